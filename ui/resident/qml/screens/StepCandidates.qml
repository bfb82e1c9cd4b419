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
        Btn {
            objectName: "notInList"
            width: parent.width
            label: qsTr("この中にない")
            detail: qsTr("都道府県と市区町村から選びます")
            onClicked: vm.addressUnknown()
        }
    }
}
