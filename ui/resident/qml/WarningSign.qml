import QtQuick
import QtQuick.Shapes

// A warning sign drawn from shapes (a triangle with "!"), so it never depends on a font having
// the ⚠ character; it follows the high-contrast palette.
Item {
    id: root
    property real size: Theme.heading
    property color color: Theme.danger
    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true
    Shape {
        anchors.fill: parent
        ShapePath {
            strokeWidth: Math.max(2, root.size * 0.08)
            strokeColor: root.color
            fillColor: "transparent"
            joinStyle: ShapePath.RoundJoin
            startX: root.size / 2; startY: root.size * 0.08
            PathLine { x: root.size * 0.96; y: root.size * 0.9 }
            PathLine { x: root.size * 0.04; y: root.size * 0.9 }
            PathLine { x: root.size / 2; y: root.size * 0.08 }
        }
    }
    Text {
        anchors.horizontalCenter: parent.horizontalCenter
        y: root.size * 0.3
        text: "!"
        font.family: Theme.family
        font.pixelSize: root.size * 0.55
        font.bold: true
        color: root.color
    }
}
