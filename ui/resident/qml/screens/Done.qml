import QtQuick
import ".."

// The notification is filed: the 受付番号 the resident is called by.
Page {
    title: qsTr("受け付けました")
    Column {
        width: parent.width
        spacing: Theme.margin
        RubyLabel { text: qsTr("受付番号"); pixelSize: Theme.heading }
        RubyLabel {
            objectName: "receptionNumber"
            text: vm.state.receptionNumber || ""
            pixelSize: Theme.huge * 1.6
            bold: true
        }
        RubyLabel {
            width: parent.width
            text: qsTr("番号を呼ばれるまで、お待ちください。係員が内容を確認します。")
        }
        RubyLabel {
            width: parent.width
            text: qsTr("カードをお取りください。")
            bold: true
        }
        Btn {
            objectName: "finish"
            label: qsTr("終わる")
            primary: true
            width: Theme.target * 4
            onClicked: vm.finish()
        }
    }
}
