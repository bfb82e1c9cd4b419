import QtQuick
import ".."

// 異動者: who moves. The card holder is first; others are read from their own card, or left for
// staff to enter.
StepPage {
    id: page
    title: qsTr("一緒に引っ越す人はいますか？")
    Column {
        width: parent.width
        spacing: Theme.gap
        Repeater {
            model: page.s.members || []
            delegate: Rectangle {
                required property var modelData
                required property int index
                width: parent.width
                height: Math.max(Theme.target + Theme.gap, row.implicitHeight + Theme.gap)
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
                Row {
                    id: row
                    anchors.verticalCenter: parent.verticalCenter
                    x: Theme.gap
                    spacing: Theme.margin
                    RubyLabel {
                        width: page.width * 0.35
                        text: modelData.fromCard || modelData.source ? modelData.name : qsTr("（係員が入力します）")
                        bold: true
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    RubyLabel {
                        width: page.width * 0.3
                        text: modelData.fromCard ? "✓ " + qsTr("カードで確認") + "  " + modelData.birth
                            : modelData.source === "preentry" ? qsTr("スマートフォンで入力") + "  " + modelData.birth
                            : modelData.source === "tenshutsu_info" ? qsTr("転出の届出の情報") + "  " + modelData.birth
                            : qsTr("カードなし")
                        color: modelData.fromCard ? Theme.ok : Theme.muted
                        pixelSize: Theme.small
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    Btn {
                        objectName: "removeMember_" + index
                        visible: index > 0
                        label: qsTr("外す")
                        onClicked: vm.removeMember(index)
                    }
                }
            }
        }
        Item { width: 1; height: Theme.gap }
        Row {
            spacing: Theme.margin
            Btn {
                objectName: "addByCard"
                minWidth: page.width * 0.42
                maxWidth: page.width / 2 - Theme.margin
                label: qsTr("カードを持っている人を追加")
                detail: qsTr("その人のカードと暗証番号が必要です")
                onClicked: vm.addMemberByCard()
            }
            Btn {
                objectName: "addForStaff"
                minWidth: page.width * 0.42
                maxWidth: page.width / 2 - Theme.margin
                label: qsTr("カードがない人を追加")
                detail: qsTr("係員があとで入力します")
                onClicked: vm.addMemberForStaff()
            }
        }
    }
}
