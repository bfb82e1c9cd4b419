import QtQuick

// Where 照合番号B's parts are printed on the front of the My Number Card: the birth date, the
// 有効期限 (expiry) and the 4-digit セキュリティコード in the photo's corner. Drawn here, from
// shapes (no photo of a real card), in the high-contrast palette too; ``highlight`` marks the
// part being asked for: "birth", "expiry" or "code".
Item {
    id: root
    property string highlight: "birth"
    implicitWidth: 86 * Theme.mm
    implicitHeight: implicitWidth / 1.586
    Accessible.role: Accessible.Graphic
    Accessible.name: Theme.plain(qsTr("カードの表面の絵：生年月日、有効期限、セキュリティコードの場所"))

    readonly property color ink: Theme.contrast ? "#ffffff" : "#6f7b88"
    readonly property color mark: Theme.contrast ? "#ffff00" : "#c0392b"

    Rectangle {
        id: card
        anchors.fill: parent
        radius: Theme.radius * 1.5
        color: Theme.contrast ? "#000000" : "#f4f7fb"
        border.color: Theme.contrast ? "#ffffff" : "#7c8a99"
        border.width: Math.round(Theme.mm * 0.5)

        // the lines of name and address: grey bars, no real data
        Repeater {
            model: 4
            Rectangle {
                required property int index
                x: card.width * 0.05
                y: card.height * (0.12 + 0.1 * index)
                width: card.width * (index === 0 ? 0.35 : 0.55)
                height: Math.max(3, card.height * 0.035)
                color: root.ink
                opacity: 0.55
            }
        }
        // the birth date line: 「昭和55年 2月17日生」 (or 1998年7月9日生)
        Rectangle {
            id: birth
            objectName: "faceBirth"
            x: card.width * 0.04
            y: card.height * 0.52
            width: card.width * 0.5
            height: card.height * 0.12
            radius: Theme.radius
            color: "transparent"
            border.color: root.highlight === "birth" ? root.mark : "transparent"
            border.width: Math.round(Theme.mm * 0.8)
            Text {
                anchors.centerIn: parent
                text: "○○年 ○月○日生"
                font.family: Theme.family
                font.pixelSize: Math.max(8, card.height * 0.07)
                color: root.ink
                Accessible.ignored: true
            }
        }
        // the expiry line: 「2035年 2月17日まで有効」
        Rectangle {
            id: expiry
            objectName: "faceExpiry"
            x: card.width * 0.04
            y: card.height * 0.7
            width: card.width * 0.64
            height: card.height * 0.12
            radius: Theme.radius
            color: Theme.contrast ? "#000000" : "#e4ebf3"
            border.color: root.highlight === "expiry" ? root.mark : "transparent"
            border.width: Math.round(Theme.mm * 0.8)
            Text {
                anchors.centerIn: parent
                text: "□□□□年 ○月○日まで有効"
                font.family: Theme.family
                font.pixelSize: Math.max(8, card.height * 0.058)
                color: root.ink
                Accessible.ignored: true
            }
        }
        // the photo, with the セキュリティコード printed at its lower right
        Rectangle {
            id: photo
            x: card.width * 0.7
            y: card.height * 0.14
            width: card.width * 0.24
            height: card.height * 0.58
            color: Theme.contrast ? "#000000" : "#dfe6ee"
            border.color: root.ink
            border.width: 2
            Rectangle {
                // a head and shoulders, as shapes
                anchors.horizontalCenter: parent.horizontalCenter
                y: parent.height * 0.18
                width: parent.width * 0.42; height: width; radius: width / 2
                color: root.ink; opacity: 0.5
            }
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottom: parent.bottom
                width: parent.width * 0.8; height: parent.height * 0.3
                radius: width / 3
                color: root.ink; opacity: 0.5
            }
        }
        Rectangle {
            id: code
            objectName: "faceCode"
            x: card.width * 0.7
            y: card.height * 0.76
            width: card.width * 0.24
            height: card.height * 0.14
            radius: Theme.radius
            color: "transparent"
            border.color: root.highlight === "code" ? root.mark : "transparent"
            border.width: Math.round(Theme.mm * 0.8)
            Text {
                anchors.centerIn: parent
                text: "□□□□"
                font.family: Theme.family
                font.pixelSize: Math.max(8, card.height * 0.08)
                font.bold: true
                color: root.ink
                Accessible.ignored: true
            }
        }
    }
}
