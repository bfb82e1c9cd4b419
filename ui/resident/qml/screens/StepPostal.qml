import QtQuick
import ".."

// 郵便番号: seven digits on our own pad, then the addresses it stands for.
StepPage {
    id: page
    property string code: s.postalCode || ""
    title: s.kind === "tenshutsu" ? qsTr("引っ越し先の郵便番号を入力してください") : qsTr("新しい住所の郵便番号を入力してください")
    nextEnabled: code.length === 7
    onNextClicked: {}
    Connections {
        target: page
        function onNextClicked() { vm.lookupPostal(page.code) }
    }
    Row {
        width: parent.width
        spacing: Theme.margin * 2
        Column {
            spacing: Theme.margin
            width: parent.width * 0.4
            RubyLabel {
                objectName: "postalDisplay"
                text: "〒 " + (page.code.length > 3 ? page.code.slice(0, 3) + "-" + page.code.slice(3) : page.code)
                pixelSize: Theme.huge
                bold: true
                Accessible.role: Accessible.EditableText
            }
            Btn {
                // no 郵便番号: choose 都道府県 → 市区町村 → 町字 instead
                objectName: "postalUnknown"
                width: parent.width
                label: qsTr("郵便番号がわからない")
                detail: qsTr("都道府県と市区町村から選びます")
                onClicked: vm.addressUnknown()
            }
        }
        Keypad {
            onKeyPressed: (key) => {
                if (key === "back") page.code = page.code.slice(0, -1);
                else if (page.code.length < 7) page.code += key;
            }
        }
    }
}
