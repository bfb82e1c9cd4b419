import QtQuick
import ".."

// 手続き案内: plain questions instead of legal terms decide the kind of notification.
Page {
    id: page
    readonly property var s: vm.state
    readonly property bool askAbroad: s.guideStep === "abroad"
    title: askAbroad
        ? (s.kind === "tenshutsu" ? qsTr("引っ越し先は外国ですか？") : qsTr("外国から引っ越してきましたか？"))
        : qsTr("どの引っ越しですか？")
    showBack: true
    onBackClicked: vm.guideBack()
    Column {
        width: parent.width
        spacing: Theme.gap
        visible: !page.askAbroad
        Btn {
            objectName: "guide_within"
            width: parent.width
            label: qsTr("%1の中で引っ越しました").arg(Theme.municipalityName)
            detail: qsTr("転居の届出になります")
            onClicked: vm.guideAnswer("within")
        }
        Btn {
            objectName: "guide_into"
            width: parent.width
            label: qsTr("ほかの市区町村や外国から、%1へ引っ越してきました").arg(Theme.municipalityName)
            detail: qsTr("転入の届出になります")
            onClicked: vm.guideAnswer("into")
        }
        Btn {
            objectName: "guide_out"
            width: parent.width
            label: qsTr("%1から、ほかの市区町村や外国へ引っ越します").arg(Theme.municipalityName)
            detail: qsTr("転出の届出になります")
            onClicked: vm.guideAnswer("out")
        }
        Btn {
            objectName: "guide_other"
            width: parent.width
            label: qsTr("どれでもない・わからない")
            detail: qsTr("係員がお手伝いします")
            onClicked: vm.guideAnswer("other")
        }
    }
    Row {
        visible: page.askAbroad
        spacing: Theme.margin
        Btn {
            objectName: "guide_no"
            minWidth: Theme.target * 6
            minHeight: Theme.target * 1.6
            maxWidth: page.width / 2 - Theme.margin
            label: qsTr("いいえ（日本国内）")
            onClicked: vm.guideAnswer("no")
        }
        Btn {
            objectName: "guide_yes"
            minWidth: Theme.target * 6
            minHeight: Theme.target * 1.6
            maxWidth: page.width / 2 - Theme.margin
            label: qsTr("はい（外国）")
            onClicked: vm.guideAnswer("yes")
        }
    }
}
