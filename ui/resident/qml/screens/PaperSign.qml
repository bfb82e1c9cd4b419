import QtQuick
import ".."

// Print-and-sign: where the municipality requires a handwritten signature, the clerk prints
// the form; the resident signs it on paper and the clerk checks it.
Page {
    title: qsTr("紙の届書に署名してください")
    RubyLabel {
        objectName: "paperSignText"
        width: parent.width
        text: qsTr("係員が届書を印刷します。署名欄に手書きで署名してください。")
        pixelSize: Theme.heading
    }
}
