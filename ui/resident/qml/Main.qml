import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// The resident's screens: a top bar with the display switches, the current screen, the
// embedded Japanese virtual keyboard and the idle / card-removed warning above everything.
Rectangle {
    id: root
    objectName: "residentRoot"
    color: Theme.background
    Component.onCompleted: Theme.vm = vm

    readonly property var screenFiles: ({
        "welcome": "Welcome", "staff": "Staff", "pin": "Pin", "blocked": "Blocked",
        "identity": "Identity", "furigana": "Furigana", "guide": "Guide", "placeMember": "PlaceMember",
        "confirm": "Confirm", "sign": "Sign", "done": "Done", "paperSign": "PaperSign"
    })
    readonly property string stepName: vm.state.step || ""
    // 対面受付: while a clerk leads, the resident's screen mirrors the form (read-only) and
    // confirms it section by section.
    readonly property string screenFile: vm.state.mirror === true ? "Mirror"
        : vm.screen === "confirm" && vm.state.mode === "staff_led" ? "ConfirmSections"
        : vm.screen === "step" && stepName !== ""
        ? "Step" + stepName.charAt(0).toUpperCase() + stepName.slice(1)
        : (screenFiles[vm.screen] || "Welcome")
    property bool askingCancel: false

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        // フリガナ is typed in kana whatever the resident's language
        value: vm.screen === "furigana" ? "ja_JP" : vm.keyboardLocale
    }

    TopBar {
        id: topBar
        anchors.left: parent.left
        anchors.right: parent.right
        onCancelClicked: root.askingCancel = true
    }

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.top: topBar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: keyboard.active ? keyboard.top : parent.bottom
        source: "screens/" + root.screenFile + ".qml"
        onLoaded: {
            root.askingCancel = false;
            if (item) item.objectName = "screen_" + root.screenFile;
        }
    }

    Rectangle {
        // reading the card: the screen is held still and says why
        anchors.fill: parent
        visible: vm.busy
        color: Theme.contrast ? "#cc000000" : "#b0ffffff"
        MouseArea { anchors.fill: parent }
        RubyLabel {
            objectName: "busyText"
            anchors.centerIn: parent
            text: qsTr("カードを読み取っています。カードを動かさないでください。")
            pixelSize: Theme.heading
            bold: true
        }
    }

    InputPanel {
        id: keyboard
        objectName: "inputPanel"
        z: 50
        // Narrower than the screen so the question, the field and back / next stay visible
        // above it; its keys are still far larger than 12 mm.
        y: active ? parent.height - height : parent.height
        width: parent.width * 0.72
        anchors.horizontalCenter: parent.horizontalCenter
        visible: active
    }

    Warning {
        objectName: "cancelQuestion"
        visible: root.askingCancel
        z: 90
        anchors.fill: parent
        title: qsTr("やめますか？")
        message: qsTr("入力した内容はすべて消えます。")
        yesLabel: qsTr("やめる")
        noLabel: qsTr("続ける")
        onYes: { root.askingCancel = false; vm.backToWelcome(); }
        onNo: root.askingCancel = false
    }

    Warning {
        objectName: "timeoutWarning"
        visible: vm.overlay !== ""
        z: 100
        anchors.fill: parent
        title: vm.overlay === "removed" ? qsTr("カードが外れました")
             : vm.overlay === "done" ? qsTr("ありがとうございました")
             : qsTr("続けますか？")
        message: (vm.overlay === "removed"
                    ? qsTr("カードをもう一度置くと続けられます。")
                    : vm.overlay === "done"
                    ? qsTr("まもなく最初の画面に戻ります。")
                    : qsTr("しばらく操作がありません。続けるときは画面に触れてください。"))
                 + "\n" + qsTr("あと %1 秒で入力した内容を消します。").arg(vm.countdown)
        yesLabel: vm.overlay === "idle" ? qsTr("続ける") : ""
        noLabel: ""
        onYes: vm.dismissOverlay()
    }
}
