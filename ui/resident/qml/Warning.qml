import QtQuick

// A modal question or warning over the whole screen, in words (and a countdown when timed).
Rectangle {
    id: root
    property string title: ""
    property string message: ""
    property string yesLabel: ""
    property string noLabel: ""
    signal yes()
    signal no()
    color: Theme.contrast ? "#e6000000" : "#c0202020"
    MouseArea { anchors.fill: parent }

    Rectangle {
        anchors.horizontalCenter: parent.horizontalCenter
        // centred, or in the lower two thirds in the low-reach layout
        y: Theme.lowReach ? Math.max(parent.height / 3, parent.height - height - Theme.margin)
                          : (parent.height - height) / 2
        width: parent.width * 0.62
        height: box.implicitHeight + 2 * Theme.margin
        color: Theme.surface
        radius: Theme.radius * 2
        border.color: Theme.danger
        border.width: Math.round(Theme.mm)
        Column {
            id: box
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            spacing: Theme.margin
            RubyLabel {
                objectName: "warningTitle"
                width: parent.width
                text: "！ " + root.title
                pixelSize: Theme.heading
                bold: true
                Accessible.role: Accessible.AlertMessage
            }
            RubyLabel {
                objectName: "warningMessage"
                width: parent.width
                text: root.message
            }
            Row {
                spacing: Theme.margin
                anchors.horizontalCenter: parent.horizontalCenter
                Btn {
                    objectName: "warningYes"
                    visible: root.yesLabel !== ""
                    label: root.yesLabel
                    primary: true
                    minWidth: Theme.target * 4
                    maxWidth: box.width / 2 - Theme.margin
                    onClicked: root.yes()
                }
                Btn {
                    objectName: "warningNo"
                    visible: root.noLabel !== ""
                    label: root.noLabel
                    minWidth: Theme.target * 4
                    maxWidth: box.width / 2 - Theme.margin
                    onClicked: root.no()
                }
            }
        }
    }
}
