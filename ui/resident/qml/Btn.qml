import QtQuick
import QtQuick.Controls.Basic

// A touch button at least 12 mm square. ``selected`` shows a check mark and a thick border
// (never colour alone); ``primary`` is the main action of a screen.
AbstractButton {
    id: root
    property string label: ""
    property string detail: ""
    property bool selected: false
    property bool primary: false
    property real labelSize: Theme.body
    readonly property string plainLabel: label.replace(/\{([^|}]*)\|[^}]*\}/g, "$1")
    readonly property string plainDetail: detail.replace(/\{([^|}]*)\|[^}]*\}/g, "$1")

    implicitWidth: Math.max(Theme.target * 2, content.implicitWidth + 4 * Theme.gap)
    implicitHeight: Math.max(Theme.target, content.implicitHeight + Theme.gap)
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
                RubyLabel {
                    text: root.label
                    pixelSize: root.labelSize
                    bold: root.primary || root.selected
                    color: root.primary ? Theme.primaryText : Theme.text
                    width: Math.min(implicitWidth, root.width - 3 * Theme.gap - (mark.visible ? mark.width : 0))
                    Accessible.ignored: true
                }
                RubyLabel {
                    visible: root.detail !== ""
                    text: root.detail
                    pixelSize: Theme.small
                    color: root.primary ? Theme.primaryText : Theme.muted
                    width: Math.min(implicitWidth, root.width - 3 * Theme.gap - (mark.visible ? mark.width : 0))
                    Accessible.ignored: true
                }
            }
        }
    }
}
