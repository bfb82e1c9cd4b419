import QtQuick
import ".."

// The resident goes on with a member of staff (no card, unknown PIN, or a case for staff).
Page {
    title: qsTr("係員がお手伝いします")
    showBack: false
    Column {
        width: parent.width
        spacing: Theme.margin
        RubyLabel {
            width: parent.width
            text: qsTr("このままお待ちください。係員がまいります。")
            pixelSize: Theme.heading
        }
        RubyLabel {
            width: parent.width
            text: qsTr("本人確認の書類（在留カード、運転免許証など）をお持ちでしたら、ご用意ください。")
        }
        Btn {
            objectName: "staffBack"
            label: qsTr("最初の画面に戻る")
            minWidth: Theme.target * 6
            onClicked: vm.backToWelcome()
        }
    }
}
