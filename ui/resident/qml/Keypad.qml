import QtQuick

// Our own numeric pad (never the operating system's keyboard): 1–9, 0, erase, and optionally a
// hyphen key for 番地. ``keyPressed`` gives "0".."9", "-" or "back".
Grid {
    id: root
    property bool hyphen: false
    property bool masked: false
    signal keyPressed(string key)
    columns: 3
    spacing: Theme.gap
    // smaller (still far above 12 mm) in the low-reach layout, where the room is two thirds
    readonly property real keySize: Math.round(Theme.target * (Theme.lowReach ? 1.15 : 1.45))

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", root.hyphen ? "-" : "", "0", "back"]
        delegate: Item {
            required property string modelData
            // a key grows with its word ("erase" in a long language) rather than clip it
            width: Math.max(root.keySize * 1.5, key.implicitWidth)
            height: Math.max(root.keySize, key.implicitHeight)
            Btn {
                id: key
                anchors.fill: parent
                minWidth: root.keySize * 1.5
                minHeight: root.keySize
                maxWidth: root.keySize * 2.4
                visible: modelData !== ""
                objectName: "key_" + modelData
                label: modelData === "back" ? qsTr("1字消す") : modelData === "-" ? "－" : modelData
                labelSize: modelData === "back" ? Theme.small : Theme.heading
                Accessible.name: Theme.plain(modelData === "back" ? qsTr("1字消す")
                    : modelData === "-" ? qsTr("ハイフン") : modelData)
                onClicked: root.keyPressed(modelData)
            }
        }
    }
}
