import QtQuick

// The switches every screen has: text size, high contrast, and "stop" once a session started.
Rectangle {
    id: root
    signal cancelClicked()
    height: Theme.target + 2 * Theme.gap
    color: Theme.contrast ? "#000000" : "#e7e5dc"
    border.color: Theme.border
    border.width: Theme.contrast ? 2 : 0

    RubyLabel {
        anchors.verticalCenter: parent.verticalCenter
        x: Theme.margin
        text: vm.municipality
        pixelSize: Theme.small
        color: Theme.muted
        Accessible.ignored: true
    }

    Row {
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.gap
        Btn {
            objectName: "textSize"
            label: vm.textScale > 1.0 ? qsTr("文字を元に戻す") : qsTr("文字を大きく")
            labelSize: Math.round(4.2 * Theme.mm)
            selected: vm.textScale > 1.0
            onClicked: vm.setTextScale(vm.textScale > 1.0 ? 1.0 : 1.3)
        }
        Btn {
            objectName: "voice"
            visible: vm.speechAvailable
            label: qsTr("読み上げ")
            labelSize: Math.round(4.2 * Theme.mm)
            selected: vm.voice
            onClicked: vm.toggleVoice()
        }
        Btn {
            objectName: "contrast"
            label: qsTr("白黒反転")
            labelSize: Math.round(4.2 * Theme.mm)
            selected: vm.highContrast
            onClicked: vm.toggleHighContrast()
        }
        Btn {
            objectName: "cancel"
            visible: vm.screen !== "welcome" && vm.screen !== "done"
            label: qsTr("やめる")
            labelSize: Math.round(4.2 * Theme.mm)
            onClicked: root.cancelClicked()
        }
    }
}
