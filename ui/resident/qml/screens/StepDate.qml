import QtQuick
import ".."

// 異動日: the day of the move, shown in 和暦 or 西暦, changed with big − / + buttons.
StepPage {
    id: page
    title: s.kind === "tenshutsu" ? qsTr("引っ越す日（予定日）はいつですか？") : qsTr("引っ越した日はいつですか？")
    Column {
        width: parent.width
        spacing: Theme.margin
        Row {
            spacing: Theme.gap
            Btn {
                objectName: "calendar_wareki"
                label: qsTr("和暦（令和）")
                selected: page.s.calendar === "wareki"
                minWidth: Theme.target * 4
                onClicked: vm.setCalendar("wareki")
            }
            Btn {
                objectName: "calendar_seireki"
                label: qsTr("西暦")
                selected: page.s.calendar === "seireki"
                minWidth: Theme.target * 4
                onClicked: vm.setCalendar("seireki")
            }
        }
        RubyLabel {
            objectName: "moveDate"
            text: page.s.moveDate || ""
            pixelSize: Theme.huge
            bold: true
        }
        RubyLabel {
            text: page.s.moveDateOther || ""
            color: Theme.muted
        }
        Row {
            spacing: Theme.margin * 2
            Repeater {
                model: [
                    { "part": "year", "label": qsTr("年") },
                    { "part": "month", "label": qsTr("月") },
                    { "part": "day", "label": qsTr("日") }
                ]
                delegate: Column {
                    required property var modelData
                    spacing: Theme.gap
                    RubyLabel { text: modelData.label; anchors.horizontalCenter: parent.horizontalCenter; bold: true }
                    Row {
                        spacing: Theme.gap
                        Btn {
                            objectName: "minus_" + modelData.part
                            label: "−"
                            labelSize: Theme.heading
                            Accessible.name: Theme.plain(qsTr("%1を1つ前に").arg(modelData.label))
                            onClicked: vm.adjustDate(modelData.part, -1)
                        }
                        Btn {
                            objectName: "plus_" + modelData.part
                            label: "+"
                            labelSize: Theme.heading
                            Accessible.name: Theme.plain(qsTr("%1を1つ後に").arg(modelData.label))
                            onClicked: vm.adjustDate(modelData.part, 1)
                        }
                    }
                }
            }
        }
        Row {
            visible: page.s.kind !== "tenshutsu"
            spacing: Theme.gap
            Btn { objectName: "today"; label: qsTr("今日"); minWidth: Theme.target * 3; onClicked: vm.setDateDaysAgo(0) }
            Btn { objectName: "yesterday"; label: qsTr("昨日"); minWidth: Theme.target * 3; onClicked: vm.setDateDaysAgo(1) }
        }
    }
}
