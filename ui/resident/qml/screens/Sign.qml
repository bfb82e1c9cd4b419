import QtQuick
import ".."

// 署名: the resident signs with a finger; the strokes go into the form.
Page {
    id: page
    title: qsTr("指で署名してください")
    subtitle: qsTr("署名すると、この内容で届け出ます。")
    showBack: true
    progressIndex: (vm.state.steps || []).length + 2
    progressTotal: (vm.state.steps || []).length + 2
    onBackClicked: vm.back()
    errorText: vm.state.signError === "empty" ? qsTr("署名欄に名前を書いてください。")
             : vm.state.signError === "rules" ? qsTr("届出書に足りないところがあります。係員をお呼びください。")
             : ""
    Column {
        width: parent.width
        spacing: Theme.gap
        SignaturePad {
            id: pad
            objectName: "signaturePad"
            width: parent.width
            height: width / 4
        }
        Row {
            spacing: Theme.margin
            Btn {
                objectName: "signClear"
                label: qsTr("書き直す")
                minWidth: Theme.target * 4
                maxWidth: page.width * 0.4
                onClicked: pad.clear()
            }
            Btn {
                objectName: "signSubmit"
                label: qsTr("この内容で届け出る")
                primary: true
                enabled: !pad.empty
                minWidth: Theme.target * 7
                maxWidth: page.width * 0.55
                onClicked: vm.submitSignature(pad.strokes, pad.width / pad.height)
            }
        }
    }
}
