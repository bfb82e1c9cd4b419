import QtQuick
import ".."

// The addresses a postal code stands for: the resident picks one.
StepPage {
    id: page
    title: qsTr("住所を選んでください")
    showNext: false
    Column {
        width: parent.width
        spacing: Theme.gap
        RubyLabel { text: "〒 " + (page.s.postalCode || ""); color: Theme.muted }
        Repeater {
            model: page.s.candidates || []
            delegate: Btn {
                required property var modelData
                required property int index
                objectName: "candidate_" + index
                width: parent.width
                label: modelData.text
                detail: modelData.kana
                onClicked: vm.chooseCandidate(index)
            }
        }
    }
}
