import QtQuick
import ".."

// 対面受付: the resident confirms what the clerk entered, one section at a time (a section
// the clerk changes afterwards asks again), then signs. Nothing unseen is signed.
Page {
    title: qsTr("内容を一つずつ確かめてください")
    subtitle: qsTr("正しければ「確認しました」を押してください。すべて確かめると署名できます。")
    showNext: true
    nextLabel: qsTranslate("Confirm", "署名へ進む")
    nextEnabled: (vm.state.unconfirmedSections || []).length === 0
    onNextClicked: vm.toSign()
    Flickable {
        objectName: "confirmList"
        anchors.fill: parent
        contentHeight: sections.implicitHeight
        clip: true
        FormSections {
            id: sections
            width: parent.width
            confirming: true
            sections: vm.state.confirm || []
            unconfirmed: vm.state.unconfirmedSections || []
        }
    }
}
