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
    // the steps, then the confirm screen and the signature
    progressIndex: index + 1
    progressTotal: total + 2
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
}
