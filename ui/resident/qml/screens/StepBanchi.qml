import QtQuick
import ".."

// 番地・号: digits and hyphens on our own pad (例 1-2-3).
StepPage {
    id: page
    title: qsTr("番地を入力してください")
    Row {
        width: parent.width
        spacing: Theme.margin * 2
        Column {
            width: parent.width * 0.45
            spacing: Theme.margin
            RubyLabel { width: parent.width; text: page.s.addressSoFar || ""; color: Theme.muted }
            RubyLabel {
                objectName: "banchiDisplay"
                text: (page.s.banchi || "") + "｜"
                pixelSize: Theme.huge
                bold: true
                Accessible.role: Accessible.EditableText
                Accessible.name: Theme.plain(qsTr("番地") + " " + (page.s.banchi || ""))
            }
            RubyLabel {
                width: parent.width
                text: qsTr("例：1丁目2番3号なら 1-2-3")
                color: Theme.muted
            }
        }
        Keypad {
            hyphen: true
            onKeyPressed: (key) => {
                var b = page.s.banchi || "";
                vm.setBanchi(key === "back" ? b.slice(0, -1) : b + key);
            }
        }
    }
}
