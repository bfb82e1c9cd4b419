import QtQuick
import ".."

// The questions the related-procedure (関連手続) rules need, answered yes / no.
StepPage {
    id: page
    title: qsTr("ほかの手続きのための質問です")
    readonly property var questions: ({
        "kokuho": qsTr("国民健康保険に入っていますか（入りますか）？"),
        "shogai_techo": qsTr("障害者手帳を持っている人はいますか？"),
        "dog": qsTr("犬を飼っていますか？"),
        "inkan": qsTr("%1で印鑑登録をしていますか？").arg(Theme.municipalityName)
    })
    Column {
        width: parent.width
        spacing: Theme.margin
        Repeater {
            model: page.s.relatedQuestions || []
            delegate: Row {
                required property string modelData
                spacing: Theme.margin
                RubyLabel {
                    width: page.width * 0.5
                    text: page.questions[modelData] || ""
                    anchors.verticalCenter: parent.verticalCenter
                }
                Btn {
                    objectName: "related_" + modelData + "_yes"
                    label: qsTr("はい")
                    minWidth: Theme.target * 3
                    maxWidth: page.width * 0.22
                    selected: (page.s.related || {})[modelData] === true
                    onClicked: vm.setRelated(modelData, true)
                }
                Btn {
                    objectName: "related_" + modelData + "_no"
                    label: qsTr("いいえ")
                    minWidth: Theme.target * 3
                    maxWidth: page.width * 0.22
                    selected: (page.s.related || {})[modelData] === false
                    onClicked: vm.setRelated(modelData, false)
                }
            }
        }
    }
}
