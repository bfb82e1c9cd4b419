import QtQuick
import ".."

// The PIN is locked: say what happened and how to get it unlocked; never try again.
Page {
    title: qsTr("暗証番号がロックされています")
    errorText: qsTr("このカードは、暗証番号を3回間違えたためロックされています。")
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
        Row {
            spacing: Theme.margin
            Btn {
                objectName: "blockedStaff"
                label: qsTr("係員を呼ぶ")
                primary: true
                width: Theme.target * 5
                onClicked: vm.withoutCard()
            }
            Btn {
                objectName: "blockedBack"
                label: qsTr("最初の画面に戻る")
                width: Theme.target * 6
                onClicked: vm.backToWelcome()
            }
        }
    }
}
