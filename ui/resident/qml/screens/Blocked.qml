import QtQuick
import ".."

// The PIN (or 照合番号B) is locked: say what happened and how to get it unlocked; never try again.
// A locked PIN can still be read with the numbers on the card face.
Page {
    id: page
    readonly property bool codeB: vm.state.secret === "code_b"
    title: codeB ? qsTr("カードの表面の数字での読み取りがロックされています")
                 : qsTr("暗証番号がロックされています")
    errorText: codeB ? qsTr("表面の数字を何度も間違えたため、この方法では読み取れません。")
                     : qsTr("このカードは、暗証番号を3回間違えたためロックされています。")
    showBack: codeB
    onBackClicked: vm.back()
    Column {
        width: parent.width
        spacing: Theme.margin
        RubyLabel {
            width: parent.width
            text: qsTr("ロックの解除（暗証番号の再設定）は、市区町村の窓口でできます。カードと、住所地の市区町村の窓口で本人確認を受けてください。")
        }
        RubyLabel {
            width: parent.width
            text: qsTr("今日の届出は、係員がカードなしでお手伝いします。")
            bold: true
        }
        Flow {
            width: parent.width
            spacing: Theme.margin
            Btn {
                objectName: "blockedStaff"
                label: qsTr("係員を呼ぶ")
                primary: true
                minWidth: Theme.target * 5
                maxWidth: parent.width
                onClicked: vm.withoutCard()
            }
            Btn {
                objectName: "blockedCodeB"
                visible: !page.codeB
                label: qsTr("カードの表面の数字で読み取る")
                minWidth: Theme.target * 6
                maxWidth: parent.width
                onClicked: vm.forgotPin()
            }
            Btn {
                objectName: "blockedBack"
                label: qsTr("最初の画面に戻る")
                minWidth: Theme.target * 6
                maxWidth: parent.width
                onClicked: vm.backToWelcome()
            }
        }
    }
}
