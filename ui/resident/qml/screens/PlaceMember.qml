import QtQuick
import ".."

// Reading a further member's card: take your own card off, place theirs.
Page {
    title: qsTr("追加する人のカードを置いてください")
    showBack: true
    onBackClicked: vm.back()
    Row {
        width: parent.width
        spacing: Theme.margin
        CardPicture { width: parent.width * 0.4; height: width * 0.68 }
        RubyLabel {
            width: parent.width * 0.5
            text: qsTr("今置いているカードを取ってから、追加する人のカードを置いてください。")
        }
    }
}
