import QtQuick
import ".."

// "Is this you?": the four facts read from the card, each marked as read from the card.
Page {
    id: page
    readonly property var h: vm.state.holder || ({})
    // full-width brackets where the language writes them (Japanese, Chinese)
    readonly property bool wide: ["ja", "ja-easy", "zh"].indexOf(vm.language) >= 0
    title: qsTr("あなたの情報はこれで合っていますか？")
    subtitle: qsTr("カードから読み取りました。")
    Column {
        width: parent.width
        spacing: Theme.gap
        Repeater {
            model: [
                { "label": qsTr("氏名"), "value": page.h.name || "" },
                { "label": qsTr("住所"), "value": page.h.address || "" },
                { "label": qsTr("生年月日"), "value": (page.h.birth || "") + (page.wide ? "（" + (page.h.birthOther || "") + "）" : " (" + (page.h.birthOther || "") + ")") },
                { "label": qsTr("性別"), "value": page.h.sex === "1" ? qsTr("男") : page.h.sex === "2" ? qsTr("女") : qsTr("記載なし") }
            ]
            delegate: Rectangle {
                id: fact
                required property var modelData
                width: parent.width
                height: Math.max(Theme.target, line.implicitHeight + Theme.gap)
                color: Theme.surface
                border.color: Theme.border
                border.width: 1
                radius: Theme.radius
                Row {
                    id: line
                    anchors.verticalCenter: parent.verticalCenter
                    x: Theme.gap
                    spacing: Theme.margin
                    RubyLabel { width: Theme.target * 3; text: modelData.label; color: Theme.muted; anchors.verticalCenter: parent.verticalCenter }
                    // the value takes what the label and the badge leave, so a longer badge
                    // (やさしい日本語, larger text) never runs past the box
                    RubyLabel { objectName: "identityValue"; width: fact.width - 2 * Theme.gap - Theme.target * 3 - badge.implicitWidth - 2 * Theme.margin; text: modelData.value; pixelSize: Theme.heading; bold: true }
                    RubyLabel { id: badge; text: "✓ " + qsTr("カードで確認"); color: Theme.ok; pixelSize: Theme.small; anchors.verticalCenter: parent.verticalCenter }
                }
            }
        }
        Item { width: 1; height: Theme.margin }
        Flow {
            width: parent.width
            spacing: Theme.margin
            Btn {
                objectName: "identityYes"
                primary: true
                minWidth: Theme.target * 6
                maxWidth: parent.width / 2 - Theme.margin
                label: qsTr("はい、合っています")
                onClicked: vm.confirmIdentity(true)
            }
            Btn {
                objectName: "identityNo"
                minWidth: Theme.target * 6
                maxWidth: parent.width / 2 - Theme.margin
                label: qsTr("いいえ、違います")
                detail: qsTr("係員がお手伝いします")
                onClicked: vm.confirmIdentity(false)
            }
        }
    }
}
