import QtQuick

// The frame of one screen: a title (with furigana where the language has it), an optional
// progress line, the screen's content, and a bottom row with back / next.
Item {
    id: root
    property string title: ""
    property string subtitle: ""
    property bool showBack: false
    property bool showNext: false
    property string nextLabel: qsTr("次へ")
    property bool nextEnabled: true
    property string errorCode: ""
    property string errorText: ""
    default property alias content: body.data
    signal backClicked()
    signal nextClicked()

    // 音声案内: say the question when the screen appears or the voice is switched on
    function sayTitle() { if (vm.voice) vm.speak(Theme.plain(root.title)); }
    Component.onCompleted: sayTitle()
    Connections {
        target: vm
        function onVoiceChanged() { root.sayTitle(); }
    }

    Column {
        id: head
        x: Theme.margin
        y: Theme.gap
        width: root.width - 2 * Theme.margin
        spacing: Theme.gap
        RubyLabel {
            objectName: "pageTitle"
            width: parent.width
            text: root.title
            pixelSize: Theme.heading
            bold: true
            Accessible.role: Accessible.Heading
        }
        RubyLabel {
            visible: root.subtitle !== ""
            width: parent.width
            text: root.subtitle
            color: Theme.muted
        }
    }

    Item {
        id: body
        anchors.top: head.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: errorBox.visible ? errorBox.top : footer.top
        anchors.bottomMargin: Theme.gap
        x: Theme.margin
        width: root.width - 2 * Theme.margin
    }

    Rectangle {
        id: errorBox
        objectName: "errorBox"
        visible: root.errorText !== ""
        anchors.bottom: footer.top
        anchors.bottomMargin: Theme.gap
        x: Theme.margin
        width: root.width - 2 * Theme.margin
        height: errorRow.implicitHeight + Theme.gap
        color: Theme.surface
        border.color: Theme.danger
        border.width: Math.round(Theme.mm * 0.8)
        radius: Theme.radius
        Row {
            id: errorRow
            anchors.verticalCenter: parent.verticalCenter
            x: Theme.gap
            spacing: Theme.gap
            Text {
                text: "⚠"
                font.pixelSize: Theme.heading
                color: Theme.danger
                Accessible.ignored: true
            }
            RubyLabel {
                objectName: "errorText"
                width: errorBox.width - 4 * Theme.gap - Theme.heading
                text: root.errorText
                bold: true
                anchors.verticalCenter: parent.verticalCenter
                Accessible.role: Accessible.AlertMessage
            }
        }
    }

    Item {
        id: footer
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap
        x: Theme.margin
        width: root.width - 2 * Theme.margin
        height: (root.showBack || root.showNext) ? Theme.target * 1.3 : 0
        Btn {
            objectName: "back"
            visible: root.showBack
            anchors.left: parent.left
            height: parent.height
            width: Theme.target * 4
            label: "◀ " + qsTr("戻る")
            Accessible.name: Theme.plain(qsTr("戻る"))
            onClicked: root.backClicked()
        }
        Btn {
            objectName: "next"
            visible: root.showNext
            enabled: root.nextEnabled
            anchors.right: parent.right
            height: parent.height
            width: Theme.target * 5
            primary: true
            label: root.nextLabel + " ▶"
            Accessible.name: Theme.plain(root.nextLabel.replace(/\{([^|}]*)\|[^}]*\}/g, "$1"))
            onClicked: root.nextClicked()
        }
    }
}
