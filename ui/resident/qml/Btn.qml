import QtQuick
import QtQuick.Controls.Basic

// A touch button at least 12 mm square that grows with its text: wider up to ``maxWidth``
// (then the text wraps), taller as the wrapped text needs, at every text size and in every
// language. Give ``minWidth`` / ``minHeight`` rather than a fixed width or height, so a longer
// translation never spills out. ``selected`` shows a check mark and a thick border (never colour
// alone); ``primary`` is the main action of a screen.
AbstractButton {
    id: root
    property string label: ""
    property string detail: ""
    property bool selected: false
    property bool primary: false
    property real labelSize: Theme.body
    property real minWidth: Theme.target * 2
    property real minHeight: Theme.target
    property real maxWidth: 100000
    readonly property string plainLabel: label.replace(/\{([^|}]*)\|[^}]*\}/g, "$1")
    readonly property string plainDetail: detail.replace(/\{([^|}]*)\|[^}]*\}/g, "$1")
    // room the label and the check mark take beside the text itself
    readonly property real sideRoom: 4 * Theme.gap + (selected ? markWidth.advanceWidth + Theme.gap : 0)

    TextMetrics { id: markWidth; text: "✓"; font.family: Theme.family; font.pixelSize: root.labelSize; font.bold: true }

    implicitWidth: Math.min(Math.max(minWidth, Math.max(labelText.implicitWidth, detailText.visible ? detailText.implicitWidth : 0) + sideRoom), Math.max(minWidth, maxWidth))
    implicitHeight: Math.max(minHeight, content.implicitHeight + Theme.gap)
    focusPolicy: Qt.StrongFocus

    Accessible.role: Accessible.Button
    Accessible.name: plainLabel + (plainDetail ? " " + plainDetail : "")
        + (selected ? " (" + qsTr("選択中") + ")" : "")
    Accessible.checkable: selected
    Accessible.checked: selected

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.pressed
             : root.primary ? Theme.primary
             : root.selected ? Theme.selected : Theme.surface
        border.color: root.selected || root.activeFocus ? Theme.primary : Theme.border
        border.width: root.selected ? Math.round(Theme.mm) : Math.max(2, Math.round(Theme.mm / 3))
        opacity: root.enabled ? 1.0 : 0.45
    }

    contentItem: Item {
        implicitWidth: content.implicitWidth
        implicitHeight: content.implicitHeight
        Row {
            id: content
            anchors.centerIn: parent
            spacing: Theme.gap
            Text {
                id: mark
                visible: root.selected
                text: "✓"
                font.family: Theme.family
                font.pixelSize: root.labelSize
                font.bold: true
                color: root.primary ? Theme.primaryText : Theme.text
                anchors.verticalCenter: parent.verticalCenter
                Accessible.ignored: true
            }
            Column {
                anchors.verticalCenter: parent.verticalCenter
                spacing: Math.round(Theme.mm)
                readonly property real room: root.width - 4 * Theme.gap - (mark.visible ? mark.width + Theme.gap : 0)
                RubyLabel {
                    id: labelText
                    objectName: "btnLabel"
                    text: root.label
                    pixelSize: root.labelSize
                    bold: root.primary || root.selected
                    color: root.primary ? Theme.primaryText : Theme.text
                    width: Math.max(1, Math.min(implicitWidth, parent.room))
                    Accessible.ignored: true
                }
                RubyLabel {
                    id: detailText
                    visible: root.detail !== ""
                    text: root.detail
                    pixelSize: Theme.small
                    color: root.primary ? Theme.primaryText : Theme.muted
                    width: Math.max(1, Math.min(implicitWidth, parent.room))
                    Accessible.ignored: true
                }
            }
        }
    }
}
