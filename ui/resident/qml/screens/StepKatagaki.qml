import QtQuick
import QtQuick.Controls.Basic
import ".."

// 方書: building and room, typed with the embedded Japanese virtual keyboard (kana → kanji).
StepPage {
    id: page
    title: qsTr("建物の名前と部屋番号を入力してください")
    Column {
        width: parent.width
        spacing: Theme.gap
        RubyLabel { width: parent.width; text: page.s.addressSoFar || ""; color: Theme.muted }
        RubyLabel { width: parent.width; text: qsTr("一戸建てなど、建物の名前がないときは「なし」を押してください。") }
        RubyLabel {
            // 方書 goes onto the 住民票 as written: in Japanese, on the Japanese keyboard
            objectName: "katagakiJapanese"
            width: parent.width
            text: qsTr("住民票に載るため、日本語（かな・漢字・数字）で入力してください。")
            color: Theme.muted
        }
        Row {
            spacing: Theme.gap
            TextField {
                id: field
                objectName: "katagakiField"
                width: page.width * 0.6
                height: Math.max(Theme.target, implicitHeight)
                font.family: Theme.family
                font.pixelSize: Theme.heading
                color: Theme.text
                text: page.s.katagaki || ""
                // kept in Japanese in every language: it shows what to type, in the script to type
                placeholderText: "例：さくらマンション 201"
                placeholderTextColor: Theme.muted
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.name: Theme.plain(qsTr("建物の名前と部屋番号"))
                background: Rectangle {
                    color: Theme.surface
                    border.color: field.activeFocus ? Theme.primary : Theme.border
                    border.width: Math.round(Theme.mm * 0.6)
                    radius: Theme.radius
                }
                onTextEdited: vm.setKatagaki(text)
                onDisplayTextChanged: if (displayText !== text) {} // preedit shown as typed
                Component.onCompleted: forceActiveFocus()
            }
            Btn {
                objectName: "katagakiNone"
                label: qsTr("なし")
                minWidth: Theme.target * 3
                onClicked: { field.text = ""; vm.setKatagaki(""); vm.next(); }
            }
        }
    }
}
