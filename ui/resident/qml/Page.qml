import QtQuick
import QtQuick.Controls.Basic

// The frame of one screen: the progress through the form (steps, then confirm and sign), a title
// (with furigana where the language has it), the screen's content, and a bottom row with back /
// next that grow with their words.
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
    // progress: this screen's place (1-based) among ``progressTotal``; 0 hides it
    property int progressIndex: 0
    property int progressTotal: 0
    readonly property alias footerHeight: footer.height
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

    Rectangle {
        // progress bar above the title; the words under the title say the same
        objectName: "progress"
        visible: root.progressTotal > 0
        x: Theme.margin
        y: 0
        width: root.width - 2 * Theme.margin
        height: Math.round(Theme.mm * 1.2)
        color: Theme.contrast ? "#444444" : "#d0d0d0"
        Rectangle {
            width: parent.width * (root.progressTotal ? root.progressIndex / root.progressTotal : 0)
            height: parent.height
            color: Theme.primary
        }
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
            objectName: "progressText"
            visible: root.progressTotal > 0
            width: parent.width
            text: qsTr("手順 %1 / %2").arg(root.progressIndex).arg(root.progressTotal)
            color: Theme.muted
        }
        RubyLabel {
            visible: root.subtitle !== ""
            width: parent.width
            text: root.subtitle
            color: Theme.muted
        }
    }

    Flickable {
        // the screen's content; it scrolls when large text or the low-reach layout make it
        // taller than the room left (a list inside it keeps its own scrolling)
        id: bodyView
        objectName: "pageBody"
        anchors.top: head.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: errorBox.visible ? errorBox.top : footer.top
        anchors.bottomMargin: Theme.gap
        x: Theme.margin
        width: root.width - 2 * Theme.margin
        contentWidth: width
        contentHeight: Math.max(height, body.childrenRect.height)
        readonly property bool scrolls: contentHeight > height + 1
        clip: scrolls
        boundsBehavior: Flickable.StopAtBounds
        // shows that there is more to scroll to
        ScrollIndicator.vertical: ScrollIndicator {
            active: bodyView.scrolls
            visible: bodyView.scrolls
            contentItem: Rectangle { implicitWidth: Math.round(Theme.mm * 1.5); color: Theme.primary; radius: width / 2 }
        }
        Item {
            id: body
            width: bodyView.width
            height: bodyView.height
        }
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
            WarningSign {
                size: Theme.heading
                anchors.verticalCenter: parent.verticalCenter
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
        height: (root.showBack || root.showNext)
            ? Math.max(backButton.implicitHeight, nextButton.implicitHeight) : 0
        Btn {
            id: backButton
            objectName: "back"
            visible: root.showBack
            anchors.left: parent.left
            anchors.bottom: parent.bottom
            minHeight: Theme.target * 1.3
            minWidth: Theme.target * 4
            maxWidth: footer.width * 0.4
            label: "◀ " + qsTr("戻る")
            Accessible.name: Theme.plain(qsTr("戻る"))
            onClicked: root.backClicked()
        }
        Btn {
            objectName: "next"
            visible: root.showNext
            id: nextButton
            enabled: root.nextEnabled
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            minHeight: Theme.target * 1.3
            minWidth: Theme.target * 5
            maxWidth: footer.width * 0.55
            primary: true
            label: root.nextLabel + " ▶"
            Accessible.name: Theme.plain(root.nextLabel.replace(/\{([^|}]*)\|[^}]*\}/g, "$1"))
            onClicked: root.nextClicked()
        }
    }
}
