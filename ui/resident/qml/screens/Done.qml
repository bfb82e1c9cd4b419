import QtQuick
import ".."

// The notification is filed: the 受付番号 the resident is called by.
Page {
    id: page
    readonly property string number: vm.state.receptionNumber || ""
    title: qsTr("受け付けました")
    Column {
        width: parent.width
        spacing: Theme.margin
        RubyLabel { visible: page.number !== ""; text: qsTr("受付番号"); pixelSize: Theme.heading }
        RubyLabel {
            objectName: "receptionNumber"
            visible: page.number !== ""
            text: page.number
            pixelSize: Theme.huge * 1.6
            bold: true
        }
        RubyLabel {
            visible: page.number !== ""
            width: parent.width
            text: qsTr("番号を呼ばれるまで、お待ちください。係員が内容を確認します。")
        }
        RubyLabel {
            // some items only staff can fill (転出証明書, a family member without a card …)
            objectName: "handedToStaff"
            visible: page.number === ""
            width: parent.width
            text: qsTr("残りの項目は係員が入力します。このままお待ちください。係員が受付番号をお伝えします。")
            pixelSize: Theme.heading
        }
        RubyLabel {
            objectName: "filedOn"
            width: parent.width
            text: qsTr("届出日：%1").arg(vm.state.filedOn || "")
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
            minWidth: Theme.target * 4
            onClicked: vm.finish()
        }
    }
}
