import QtQuick

// The switches every screen has: text size, read-aloud, high contrast, the low-reach layout,
// "call staff" (everything entered is kept) and "cancel" once a session started. The buttons
// wrap onto a second line rather than leave the screen, whatever the language.
Rectangle {
    id: root
    signal cancelClicked()
    height: Math.max(Theme.target + 2 * Theme.gap, buttons.implicitHeight + 2 * Theme.gap)
    color: Theme.contrast ? "#000000" : "#e7e5dc"
    border.color: Theme.border
    border.width: Theme.contrast ? 2 : 0
    readonly property real labelSize: Math.round(4.2 * Theme.mm)

    RubyLabel {
        id: place
        anchors.verticalCenter: parent.verticalCenter
        x: Theme.margin
        width: Math.min(implicitWidth, root.width * 0.16)
        text: vm.counterName !== "" ? vm.municipality + "\n" + vm.counterName : vm.municipality
        pixelSize: Theme.small
        color: Theme.muted
        Accessible.ignored: true
    }

    Flow {
        id: buttons
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        width: root.width - place.width - 3 * Theme.margin
        layoutDirection: Qt.RightToLeft
        spacing: Theme.gap
        Btn {
            objectName: "cancel"
            visible: vm.screen !== "welcome" && vm.screen !== "done"
            label: qsTr("やめる")
            labelSize: root.labelSize
            onClicked: root.cancelClicked()
        }
        Btn {
            objectName: "callStaff"
            visible: vm.screen !== "staff"
            label: vm.state.staffCall ? qsTr("係員を呼びました") : qsTr("係員を呼ぶ")
            labelSize: root.labelSize
            primary: !vm.state.staffCall
            selected: !!vm.state.staffCall
            onClicked: vm.callStaff()
        }
        Btn {
            objectName: "lowReach"
            label: qsTr("画面を下に寄せる")
            labelSize: root.labelSize
            selected: vm.lowReach
            onClicked: vm.toggleLowReach()
        }
        Btn {
            objectName: "contrast"
            label: qsTr("白黒反転")
            labelSize: root.labelSize
            selected: vm.highContrast
            onClicked: vm.toggleHighContrast()
        }
        Btn {
            objectName: "voice"
            visible: vm.speechAvailable
            label: qsTr("読み上げ")
            labelSize: root.labelSize
            selected: vm.voice
            onClicked: vm.toggleVoice()
        }
        Btn {
            objectName: "textSize"
            label: vm.textScale >= 1.6 ? qsTr("文字を元に戻す")
                 : vm.textScale > 1.0 ? qsTr("文字をもっと大きく") : qsTr("文字を大きく")
            labelSize: root.labelSize
            selected: vm.textScale > 1.0
            onClicked: vm.setTextScale(vm.textScale >= 1.6 ? 1.0 : vm.textScale > 1.0 ? 1.6 : 1.3)
        }
    }
}
