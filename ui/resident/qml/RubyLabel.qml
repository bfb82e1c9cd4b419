import QtQuick

// Text that can carry furigana: ``{漢字|かんじ}`` marks (used by the やさしい日本語 translation)
// are drawn as ruby above the base text; text without marks is a plain wrapped Text.
// ``plain`` is the text without marks, used as the accessible name.
Item {
    id: root
    property string text: ""
    property real pixelSize: Theme.body
    property bool bold: false
    property color color: Theme.text
    property int horizontalAlignment: Text.AlignLeft
    readonly property bool hasRuby: text.indexOf("{") >= 0 && text.indexOf("|") >= 0
    readonly property string plain: text.replace(/\{([^|}]*)\|[^}]*\}/g, "$1")

    implicitWidth: hasRuby ? natural.implicitWidth : single.implicitWidth
    implicitHeight: hasRuby ? flow.implicitHeight : single.implicitHeight

    Accessible.role: Accessible.StaticText
    Accessible.name: plain

    function segments(t) {
        // Split into {base, ruby} chunks; plain text splits per character for Japanese and per
        // word otherwise so that lines still break where a reader expects.
        var out = [];
        var re = /\{([^|}]*)\|([^}]*)\}/g;
        var last = 0;
        var m;
        function pushPlain(s) {
            var parts = s.match(/[ -~\u00c0-\u024f]+\s*|\s+|./g) || [];
            for (var i = 0; i < parts.length; i++)
                out.push({ "base": parts[i], "ruby": "" });
        }
        while ((m = re.exec(t)) !== null) {
            pushPlain(t.substring(last, m.index));
            out.push({ "base": m[1], "ruby": m[2] });
            last = re.lastIndex;
        }
        pushPlain(t.substring(last));
        return out;
    }

    Text {
        id: single
        visible: !root.hasRuby
        width: root.width > 0 ? root.width : implicitWidth
        text: root.text
        font.family: Theme.family
        font.pixelSize: root.pixelSize
        font.bold: root.bold
        color: root.color
        wrapMode: Text.Wrap
        horizontalAlignment: root.horizontalAlignment
        lineHeight: 1.15
        Accessible.ignored: true
    }

    Row {
        // the unwrapped width of the text with its ruby, for layouts that size to content
        id: natural
        opacity: 0  // laid out (an invisible positioner would not measure), never seen
        height: 1
        Accessible.ignored: true
        Repeater {
            model: root.hasRuby ? root.segments(root.text) : []
            delegate: Item {
                required property var modelData
                implicitWidth: Math.max(baseM.advanceWidth, rubyM.advanceWidth)
                implicitHeight: 1  // a positioner skips items with no height
                TextMetrics { id: baseM; text: modelData.base; font.family: Theme.family; font.pixelSize: root.pixelSize; font.bold: root.bold }
                TextMetrics { id: rubyM; text: modelData.ruby; font.family: Theme.family; font.pixelSize: Math.round(root.pixelSize * 0.5) }
            }
        }
    }

    Flow {
        id: flow
        visible: root.hasRuby
        width: root.width > 0 ? root.width : implicitWidth
        layoutDirection: Qt.LeftToRight
        Repeater {
            model: root.hasRuby ? root.segments(root.text) : []
            delegate: Column {
                required property var modelData
                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: modelData.ruby
                    font.family: Theme.family
                    font.pixelSize: Math.round(root.pixelSize * 0.5)
                    color: root.color
                    Accessible.ignored: true
                    height: Math.round(root.pixelSize * 0.62)
                    width: Math.max(implicitWidth, 1)  // an empty ruby still takes its line
                }
                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: modelData.base
                    font.family: Theme.family
                    font.pixelSize: root.pixelSize
                    font.bold: root.bold
                    color: root.color
                    Accessible.ignored: true
                }
            }
        }
    }
}
