import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// The embedded Japanese virtual keyboard (Qt Virtual Keyboard's InputPanel), in a file of its
// own so that Main.qml loads it, and the keyboard module, only after the welcome screen's first
// frame. ``locale`` is the layout free text is typed with.
InputPanel {
    id: panel
    objectName: "inputPanel"
    property string locale: "ja_JP"

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: panel.locale
    }
}
