import QtQuick
import QtQuick.Controls.Basic
import ".."

// 国外: which country (moving in from abroad, or out to abroad), with the virtual keyboard.
StepPage {
    id: page
    title: s.kind === "tenshutsu" ? qsTr("引っ越し先の国はどこですか？") : qsTr("どこの国から引っ越してきましたか？")
    Column {
        width: parent.width
        spacing: Theme.gap
        RubyLabel { text: qsTr("国名"); bold: true }
        TextField {
            id: country
            objectName: "countryField"
            width: page.width * 0.6
            height: Math.max(Theme.target, implicitHeight)
            font.family: Theme.family
            font.pixelSize: Theme.heading
            color: Theme.text
            text: page.s.country || ""
            Accessible.name: Theme.plain(qsTr("国名"))
            background: Rectangle { color: Theme.surface; border.color: Theme.border; border.width: 2; radius: Theme.radius }
            onTextEdited: vm.setCountry(text, address.text)
            Component.onCompleted: forceActiveFocus()
        }
        RubyLabel { visible: page.s.kind === "tenshutsu"; text: qsTr("現地の住所（わかれば）"); bold: true }
        TextField {
            id: address
            objectName: "countryAddressField"
            visible: page.s.kind === "tenshutsu"
            width: page.width * 0.8
            height: Math.max(Theme.target, implicitHeight)
            font.family: Theme.family
            font.pixelSize: Theme.body
            color: Theme.text
            text: page.s.countryAddress || ""
            Accessible.name: Theme.plain(qsTr("現地の住所（わかれば）"))
            background: Rectangle { color: Theme.surface; border.color: Theme.border; border.width: 2; radius: Theme.radius }
            onTextEdited: vm.setCountry(country.text, text)
        }
    }
}
