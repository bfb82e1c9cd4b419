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
    // A heading a little too long for one line would leave a character or two alone on the
    // next (マイナンバーカードを置いてくださ / い): it may shrink by up to this share of its
    // size to stay on one line instead. Text that needs more still wraps at full size.
    property real shrinkToOneLine: 0
    readonly property bool marked: text.indexOf("{") >= 0 && text.indexOf("|") >= 0
    // Laid out phrase by phrase, breaking between phrases only: text with furigana, and Japanese
    // written with spaces between its phrases (分かち書き: やさしい日本語, whatever the screen's
    // language, as the やさしい にほんご button), which must not break inside a phrase
    // (おい / て, にほん / ご) as a plain wrapped Text breaks Japanese anywhere.
    readonly property bool phrased: marked
        || /[\u3041-\u30ff\u3400-\u9fff] +[\u3041-\u30ff\u3400-\u9fff]/.test(text)
    readonly property string plain: text.replace(/\{([^|}]*)\|[^}]*\}/g, "$1")

    implicitWidth: phrased ? (ruby.item ? ruby.item.naturalWidth : 0) : single.implicitWidth
    implicitHeight: phrased ? (ruby.item ? ruby.item.implicitHeight : 0) : single.implicitHeight

    Accessible.role: Accessible.StaticText
    Accessible.name: plain

    function segments(t) {
        // Split into {base, ruby} chunks. Text between marks breaks at spaces only (やさしい日本語
        // is written with spaces between phrases, 分かち書き); closing punctuation stays with the
        // chunk before it, so no line starts with 。 or 、.
        var out = [];
        var re = /\{([^|}]*)\|([^}]*)\}/g;
        var last = 0;
        var m;
        function push(base, ruby) {
            if (out.length && ruby === "" && /^[、。，．）」』！？!?,.)]/.test(base)
                    && !/\s$/.test(out[out.length - 1].base)) {
                var head = base.match(/^[、。，．）」』！？!?,.)]+/)[0];
                out[out.length - 1] = { "base": out[out.length - 1].base + head,
                                        "ruby": out[out.length - 1].ruby };
                base = base.slice(head.length);
                if (base === "") return;
            }
            out.push({ "base": base, "ruby": ruby });
        }
        function pushPlain(s) {
            var parts = s.match(/\S+\s*|\s+/g) || [];
            for (var i = 0; i < parts.length; i++)
                push(parts[i], "");
        }
        while ((m = re.exec(t)) !== null) {
            pushPlain(t.substring(last, m.index));
            push(m[1], m[2]);
            last = re.lastIndex;
        }
        pushPlain(t.substring(last));
        return out;
    }

    Component {
        // one chunk: its reading (maybe empty, still one ruby line high) above the base text
        id: chunk
        Column {
            required property var modelData
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: modelData.ruby
                font.family: Theme.family
                font.pixelSize: Math.round(root.pixelSize * 0.5)
                color: root.color
                Accessible.ignored: true
                // an empty ruby still takes its line in text with furigana; none without
                height: root.marked ? Math.round(root.pixelSize * 0.62) : 0
                visible: root.marked
                width: Math.max(implicitWidth, 1)
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

    TextMetrics {
        // the text on one line at full size, measured only where shrinking is allowed
        id: oneLine
        font.family: Theme.family
        font.pixelSize: root.pixelSize
        font.bold: root.bold
        text: root.shrinkToOneLine > 0 && !root.phrased ? root.text : ""
    }
    // (shrinkToOneLine first: a label sized to its text must not read its own width here)
    readonly property real fittedSize: root.shrinkToOneLine > 0 && root.width > 0
        && oneLine.advanceWidth > root.width
        && oneLine.advanceWidth * (1 - root.shrinkToOneLine) <= root.width
        ? Math.floor(root.pixelSize * root.width / oneLine.advanceWidth) : root.pixelSize

    Text {
        id: single
        visible: !root.phrased
        width: root.width > 0 ? root.width : implicitWidth
        text: root.text
        font.family: Theme.family
        font.pixelSize: root.fittedSize
        font.bold: root.bold
        color: root.color
        wrapMode: Text.Wrap
        horizontalAlignment: root.horizontalAlignment
        lineHeight: 1.15
        Accessible.ignored: true
    }

    Loader {
        // the phrase-by-phrase layout, made only for phrased text (a screen holds dozens of
        // labels, and only やさしい日本語 is phrased)
        id: ruby
        active: root.phrased
        sourceComponent: Item {
            readonly property real naturalWidth: natural.implicitWidth
            implicitWidth: flow.width
            implicitHeight: flow.implicitHeight

            Row {
                // the unwrapped width of the text with its ruby, for layouts that size to
                // content; laid out (an invisible positioner would not measure) but never seen
                id: natural
                opacity: 0
                Accessible.ignored: true
                Repeater {
                    model: root.segments(root.text)
                    delegate: chunk
                }
            }

            Flow {
                id: flow
                width: root.width > 0 ? root.width : implicitWidth
                layoutDirection: Qt.LeftToRight
                Repeater {
                    model: root.segments(root.text)
                    delegate: chunk
                }
            }
        }
    }
}
