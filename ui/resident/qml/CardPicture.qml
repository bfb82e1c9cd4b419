import QtQuick
import QtQuick.Shapes

// Where the card goes: a card reader seen from above with the My Number Card lying on it, face
// up, and an arrow showing the movement. Drawn here (no bitmap), so it scales and follows the
// high-contrast palette.
Item {
    id: root
    implicitWidth: 90 * Theme.mm
    implicitHeight: 62 * Theme.mm
    Accessible.role: Accessible.Graphic
    Accessible.name: Theme.plain(qsTr("カードリーダーの上にカードを置く絵"))

    // the reader
    Rectangle {
        id: reader
        x: root.width * 0.18
        y: root.height * 0.42
        width: root.width * 0.64
        height: root.height * 0.52
        radius: Theme.radius * 2
        color: Theme.contrast ? "#000000" : "#3b3f46"
        border.color: Theme.border
        border.width: Math.round(Theme.mm * 0.6)
        Rectangle {
            // the landing area of the reader, outlined
            anchors.centerIn: parent
            width: parent.width * 0.8
            height: parent.height * 0.72
            radius: Theme.radius
            color: "transparent"
            border.color: Theme.contrast ? "#ffff00" : "#9fb6d1"
            border.width: Math.round(Theme.mm * 0.5)
        }
        Rectangle {
            // the reader's lamp
            width: Theme.mm * 2.4; height: width; radius: width / 2
            x: parent.width - width * 2; y: width
            color: Theme.contrast ? "#ffff00" : "#58c46b"
        }
    }

    // the card, above the reader, about to be placed
    Rectangle {
        id: card
        x: reader.x + reader.width * 0.14
        y: root.height * 0.04
        width: reader.width * 0.72
        height: width / 1.586
        radius: Theme.radius
        rotation: -4
        color: Theme.contrast ? "#000000" : "#fbfbf8"
        border.color: Theme.contrast ? "#ffffff" : "#7c8a99"
        border.width: Math.round(Theme.mm * 0.5)
        // photo box
        Rectangle {
            x: parent.width * 0.7; y: parent.height * 0.2
            width: parent.width * 0.22; height: parent.height * 0.55
            color: Theme.contrast ? "#000000" : "#dfe6ee"
            border.color: Theme.border; border.width: 2
        }
        // IC chip
        Rectangle {
            x: parent.width * 0.1; y: parent.height * 0.4
            width: parent.width * 0.14; height: parent.height * 0.2
            radius: 3
            color: Theme.contrast ? "#ffff00" : "#d4b04c"
        }
        // text lines
        Repeater {
            model: 3
            Rectangle {
                required property int index
                x: card.width * 0.3; y: card.height * (0.25 + 0.18 * index)
                width: card.width * 0.34; height: Math.max(3, card.height * 0.05)
                color: Theme.contrast ? "#ffffff" : "#9aa5b1"
            }
        }
    }

    // the arrow from the card down to the reader
    Shape {
        anchors.fill: parent
        ShapePath {
            strokeWidth: Math.round(Theme.mm * 1.2)
            strokeColor: Theme.primary
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            startX: root.width * 0.88; startY: root.height * 0.12
            PathLine { x: root.width * 0.88; y: root.height * 0.58 }
        }
        ShapePath {
            strokeWidth: 0
            strokeColor: "transparent"
            fillColor: Theme.primary
            startX: root.width * 0.84; startY: root.height * 0.56
            PathLine { x: root.width * 0.92; y: root.height * 0.56 }
            PathLine { x: root.width * 0.88; y: root.height * 0.66 }
            PathLine { x: root.width * 0.84; y: root.height * 0.56 }
        }
    }
}
