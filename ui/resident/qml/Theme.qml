pragma Singleton
import QtQuick

// Colours, sizes and fonts of the resident screens. Every size derives from the 12 mm touch
// target at the configured screen size and from the resident's text-size choice; the high-contrast
// palette is white/yellow on black. Meaning is never carried by colour alone: selected buttons
// carry a check mark, problems a warning sign and words.
QtObject {
    property var vm: null
    readonly property bool contrast: vm ? vm.highContrast : false
    readonly property bool lowReach: vm ? vm.lowReach : false
    // the municipality's name in running text: with furigana in やさしい日本語
    readonly property string municipalityName: vm ? (vm.language === "ja-easy" ? vm.municipalityRuby : vm.municipality) : ""
    readonly property real scale: vm ? vm.textScale : 1.0
    readonly property real target: vm ? vm.targetSize : 64
    readonly property real mm: vm ? vm.pxPerMm : 5.3

    readonly property string family: "BIZ UDGothic"
    readonly property real body: Math.round(4.6 * mm * scale)
    readonly property real small: Math.round(3.4 * mm * scale)
    readonly property real heading: Math.round(6.6 * mm * scale)
    readonly property real huge: Math.round(10 * mm * scale)
    readonly property real gap: Math.round(3 * mm)
    readonly property real margin: Math.round(6 * mm)
    readonly property real radius: Math.round(1.6 * mm)

    readonly property color background: contrast ? "#000000" : "#f6f5f0"
    readonly property color surface: contrast ? "#000000" : "#ffffff"
    readonly property color text: contrast ? "#ffffff" : "#1b1b1b"
    readonly property color muted: contrast ? "#ffff66" : "#4a4a4a"
    readonly property color border: contrast ? "#ffffff" : "#6b6b6b"
    readonly property color primary: contrast ? "#ffff00" : "#0b4f9c"
    readonly property color primaryText: contrast ? "#000000" : "#ffffff"
    readonly property color danger: contrast ? "#ffff00" : "#a3001b"
    readonly property color ok: contrast ? "#ffffff" : "#1c6b2a"
    readonly property color selected: contrast ? "#333300" : "#dce9f7"
    // Text without furigana marks ({漢字|かんじ} → 漢字): for accessible names and speech.
    function plain(t) { return String(t).replace(/\{([^|}]*)\|[^}]*\}/g, "$1"); }

    readonly property color pressed: contrast ? "#555555" : "#c9d7e8"
}
