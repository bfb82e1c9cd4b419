import QtQuick

// One step of the form: the question, the progress through the steps, back and next, and the
// reason when the step cannot go on yet.
Page {
    id: page
    readonly property var s: vm.state
    readonly property int total: (s.steps || []).length
    readonly property int index: s.stepIndex || 0
    showBack: true
    showNext: true
    nextLabel: s.returningToConfirm ? qsTr("確認画面へ") : qsTr("次へ")
    subtitle: qsTr("手順 %1 / %2").arg(index + 1).arg(total)
    onBackClicked: vm.back()
    onNextClicked: vm.next()
    errorText: {
        switch (s.stepError) {
        case "date_missing": return qsTr("日付を選んでください。");
        case "date_future": return qsTr("引っ越した日は、今日より後にできません。");
        case "postal_unknown": return qsTr("この郵便番号は見つかりません。番号を確かめてください。");
        case "choose_candidate": return qsTr("住所を1つ選んでください。");
        case "banchi_missing": return qsTr("番地を入力してください。");
        case "country_missing": return qsTr("国名を入力してください。");
        case "choose_head": return qsTr("世帯主を選んでください。");
        case "choose_relationship": return qsTr("全員の続柄を選んでください。");
        case "answer_all": return qsTr("すべての質問に答えてください。");
        case "": return "";
        default: return qsTr("入力を確かめてください。");
        }
    }

    Rectangle {
        // progress bar under the title; the words above say the same
        objectName: "progress"
        parent: page
        x: Theme.margin
        y: 0
        width: page.width - 2 * Theme.margin
        height: Math.round(Theme.mm * 1.2)
        color: Theme.contrast ? "#444444" : "#d0d0d0"
        Rectangle {
            width: parent.width * (page.total ? (page.index + 1) / page.total : 0)
            height: parent.height
            color: Theme.primary
        }
    }
}
