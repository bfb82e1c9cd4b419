import QtQuick
import ".."

// 対面受付: a clerk fills the form at the desk; the resident sees it here as it fills,
// large and read-only, in their language.
Page {
    title: qsTr("係員が入力しています")
    subtitle: qsTr("入力した内容です。違うところがあれば係員に伝えてください。")
    Flickable {
        objectName: "mirrorList"
        anchors.fill: parent
        contentHeight: sections.implicitHeight
        clip: true
        FormSections {
            id: sections
            width: parent.width
            sections: vm.state.confirm || []
        }
    }
}
