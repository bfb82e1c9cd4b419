import QtQuick

// The resident's screens: a top bar with the display switches, the current screen, the
// embedded Japanese virtual keyboard and the idle / card-removed warning above everything.
// The low-reach layout (for a wheelchair user, switched on by the top bar or the counter's
// setting) leaves the upper third empty: every control sits in the lower two thirds.
Rectangle {
    id: root
    objectName: "residentRoot"
    color: Theme.background
    Component.onCompleted: Theme.vm = vm

    readonly property var screenFiles: ({
        "welcome": "Welcome", "staff": "Staff", "pin": "Pin", "blocked": "Blocked",
        "identity": "Identity", "furigana": "Furigana", "guide": "Guide",
        "placeMember": "PlaceMember", "confirm": "Confirm", "sign": "Sign", "done": "Done",
        "codeB": "CodeB", "paperSign": "PaperSign", "preentry": "Preentry"
    })
    readonly property string stepName: vm.state.step || ""
    // 対面受付: while a clerk leads, the resident's screen mirrors the form (read-only) and
    // confirms it section by section.
    readonly property string screenFile: vm.state.mirror === true ? "Mirror"
        : vm.screen === "confirm" && vm.state.mode === "staff_led" ? "ConfirmSections"
        : vm.screen === "step" && stepName === "candidates" && vm.state.browsing
        ? "StepBrowse"
        : vm.screen === "step" && stepName !== ""
        ? "Step" + stepName.charAt(0).toUpperCase() + stepName.slice(1)
        : (screenFiles[vm.screen] || "Welcome")
    // the upper third left empty in the low-reach layout
    readonly property real reachTop: vm.lowReach ? Math.round(height / 3) : 0
    property bool askingCancel: false
    // 方書 goes onto the 住民票 in Japanese script, and フリガナ is typed in kana, whatever the
    // screen's language
    readonly property string keyboardLocale: screenFile === "StepKatagaki" || vm.screen === "furigana"
        ? "ja_JP" : vm.keyboardLocale

    // Every screen, in the order a visit meets them: compiled on Qt's loader thread after the
    // welcome screen's first frame, so the first visit to a screen does not wait for its QML.
    readonly property var allScreens: [
        "Pin", "Identity", "Furigana", "Guide", "StepDate", "StepPostal", "StepCandidates",
        "StepBrowse", "StepBanchi", "StepKatagaki", "StepCountry", "StepMembers", "PlaceMember",
        "StepHousehold", "StepRelated", "Confirm", "Sign", "Done", "Blocked", "CodeB", "Staff",
        "PaperSign", "Preentry", "Mirror", "ConfirmSections"
    ]
    property var compiled: []
    function compileFrom(i) {
        if (i >= allScreens.length) return;
        var c = Qt.createComponent("screens/" + allScreens[i] + ".qml", Component.Asynchronous);
        compiled.push(c);  // held, so the engine keeps the compiled type
        if (c.status === Component.Loading)
            c.statusChanged.connect(function() { root.compileFrom(i + 1); });
        else
            compileFrom(i + 1);
    }
    Connections {
        target: vm
        function onStartedChanged() {
            if (!vm.started) return;
            // The keyboard starts in the layout in use now (a language chosen before the first
            // frame), so it never builds one layout and tears it down half-made for another.
            keyboard.setSource("Keyboard.qml", { "locale": root.keyboardLocale });
            root.compileFrom(0);
        }
    }

    Rectangle {
        // the low-reach layout's empty upper third
        objectName: "reachSpace"
        visible: vm.lowReach
        width: parent.width
        height: root.reachTop
        color: Theme.contrast ? "#000000" : "#d9d6ca"
        RubyLabel {
            anchors.centerIn: parent
            text: qsTr("画面を下に寄せています")
            color: Theme.muted
        }
    }

    TopBar {
        id: topBar
        y: root.reachTop
        anchors.left: parent.left
        anchors.right: parent.right
        onCancelClicked: root.askingCancel = true
    }

    Rectangle {
        // staff were called: say so on every screen until they come; nothing is lost
        id: staffBanner
        objectName: "staffCalled"
        visible: !!vm.state.staffCall && vm.screen !== "staff"
        anchors.top: topBar.bottom
        width: parent.width
        height: visible ? bannerText.implicitHeight + 2 * Theme.gap : 0
        color: Theme.contrast ? "#333300" : "#fff3c4"
        border.color: Theme.border
        border.width: 1
        RubyLabel {
            id: bannerText
            x: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - 2 * Theme.margin
            text: qsTr("係員を呼びました。このままお待ちください。入力した内容はそのまま残ります。")
            bold: true
            Accessible.role: Accessible.AlertMessage
        }
    }

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.top: staffBanner.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: keyboard.shown ? keyboard.top : parent.bottom
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

    Loader {
        // the embedded keyboard (Keyboard.qml), loaded after the first frame
        id: keyboard
        objectName: "keyboardLoader"
        readonly property bool shown: item !== null && item.active
        z: 50
        asynchronous: true
        // Narrower than the screen so the question, the field and back / next stay visible
        // above it; its keys are still far larger than 12 mm.
        y: shown ? parent.height - height : parent.height
        width: parent.width * 0.72
        anchors.horizontalCenter: parent.horizontalCenter
        visible: shown
        onLoaded: item.locale = Qt.binding(function() { return root.keyboardLocale; })
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
