import QtQuick
import QtQuick.Controls.Basic
import ".."

// カードを置いてください: where the card goes, the language choice, and a way without a card.
Flickable {
    // scrolls when large text or the low-reach layout leave less room than it needs
    id: root
    contentWidth: width
    contentHeight: Math.max(height, welcomeRow.implicitHeight + 2 * Theme.margin)
    readonly property bool scrolls: contentHeight > height + 1
    clip: scrolls
    boundsBehavior: Flickable.StopAtBounds
    ScrollIndicator.vertical: ScrollIndicator {
        active: root.scrolls
        visible: root.scrolls
        contentItem: Rectangle { implicitWidth: Math.round(Theme.mm * 1.5); color: Theme.primary; radius: width / 2 }
    }
    Row {
        id: welcomeRow
        x: Theme.margin
        y: Theme.margin
        width: root.width - 2 * Theme.margin
        spacing: Theme.margin * 2
        Column {
            width: parent.width * 0.5
            spacing: Theme.margin
            RubyLabel {
                objectName: "welcomeTitle"
                width: parent.width
                text: qsTr("マイナンバーカードを置いてください")
                pixelSize: Theme.huge
                shrinkToOneLine: 0.15
                bold: true
                Accessible.role: Accessible.Heading
            }
            RubyLabel {
                width: parent.width
                text: qsTr("カードの読み取りで、引っ越しの届出を書かずに作れます。")
            }
            CardPicture {
                width: parent.width * (Theme.lowReach ? 0.5 : 0.8)
                height: width * 0.68
                anchors.horizontalCenter: parent.horizontalCenter
            }
        }
        Column {
            width: parent.width * 0.5 - Theme.margin * 2
            spacing: Theme.gap
            RubyLabel {
                width: parent.width
                text: qsTr("言語を選んでください") + (vm.language !== "en" ? " / Language" : "")
                bold: true
            }
            Grid {
                columns: 2
                spacing: Theme.gap
                Repeater {
                    model: vm.languages
                    delegate: Btn {
                        required property var modelData
                        objectName: "lang_" + modelData.code
                        width: (root.width * 0.5 - Theme.margin * 3) / 2 - Theme.gap
                        label: modelData.name
                        selected: vm.language === modelData.code
                        onClicked: vm.chooseLanguage(modelData.code)
                    }
                }
            }
            Item { width: 1; height: Theme.margin }
            Btn {
                // 事前入力: the code made on the phone at home, read before the card
                objectName: "startPreentry"
                width: parent.width
                label: qsTr("スマートフォンで入力した方")
                detail: qsTr("二次元コードを読み取ります")
                onClicked: vm.startPreentry()
            }
            Btn {
                objectName: "withoutCard"
                width: parent.width
                label: qsTr("カードがない・暗証番号がわからない")
                detail: qsTr("係員がお手伝いします")
                onClicked: vm.withoutCard()
            }
        }
    }
}
