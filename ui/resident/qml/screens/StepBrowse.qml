import QtQuick
import ".."

// No 郵便番号: the address chosen from the postal data, 都道府県 → 市区町村 → 町字 (each list in
// its official or 50音 order, with readings). Back goes up one level. A long list scrolls, and
// a row of 50音 buttons jumps to a sound.
StepPage {
    id: page
    readonly property var b: s.browse || ({})
    readonly property var options: b.options || []
    readonly property string level: b.level || "prefecture"
    showNext: false
    title: level === "prefecture" ? qsTr("都道府県を選んでください")
         : level === "municipality" ? qsTr("市区町村を選んでください")
         : qsTr("町名を選んでください")
    // the 50音 row each reading starts in
    readonly property var rows: ["ア", "カ", "サ", "タ", "ナ", "ハ", "マ", "ヤ", "ラ", "ワ"]
    function rowOf(kana) {
        var order = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
        var ch = (kana || "").charAt(0).normalize("NFKD").charAt(0);
        var i = order.indexOf(ch);
        if (i < 0) return -1;
        return i < 35 ? Math.floor(i / 5) : i < 38 ? 7 : i < 43 ? 8 : 9;
    }
    function jump(row) {
        for (var i = 0; i < options.length; i++) {
            if (rowOf(options[i].kana) >= row) {
                var item = choices.itemAt(i);
                if (item) list.contentY = Math.min(item.y, Math.max(0, list.contentHeight - list.height));
                return;
            }
        }
    }
    Column {
        id: head
        width: parent.width
        spacing: Theme.gap
        RubyLabel {
            objectName: "browsePath"
            width: parent.width
            text: (page.b.prefecture || "") + (page.b.municipality ? " › " + page.b.municipality : "")
            color: Theme.muted
            visible: text !== ""
        }
        Flow {
            objectName: "kanaRow"
            visible: page.level !== "prefecture" && page.options.length > 12
            width: parent.width
            spacing: Theme.gap
            Repeater {
                model: page.rows
                delegate: Btn {
                    required property string modelData
                    required property int index
                    objectName: "kana_" + index
                    label: modelData
                    minWidth: Theme.target * 1.2
                    Accessible.name: qsTr("%1行").arg(modelData)
                    onClicked: page.jump(index)
                }
            }
        }
    }
    Flickable {
        id: list
        objectName: "browseList"
        anchors.top: head.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: parent.bottom
        width: parent.width
        contentHeight: grid.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        Flow {
            id: grid
            width: list.width
            spacing: Theme.gap
            Repeater {
                id: choices
                model: page.options
                delegate: Btn {
                    required property var modelData
                    required property int index
                    objectName: "browse_" + index
                    label: modelData.text
                    detail: modelData.kana || ""
                    minWidth: (grid.width - 3 * Theme.gap) / 4
                    maxWidth: grid.width
                    onClicked: vm.browseChoose(index)
                }
            }
        }
    }
}
