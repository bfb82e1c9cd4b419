import QtQuick
import QtQuick.Controls.Basic
import QtQuick.VirtualKeyboard
import ".."

// 振り仮名: how this person's name is read. The card has no reading; the resident taps the
// right one of the dictionary's proposals for the family and the given name (best first), or
// types it on the embedded keyboard in katakana (hiragana is turned into katakana too), or
// leaves it to staff. A name without kanji or kana (ローマ字) opens the typing at once.
Page {
    id: page
    readonly property var s: vm.state
    readonly property var r: s.reading || ({})
    readonly property var parts: r.given ? ["family", "given"] : ["family"]
    // the part whose typing field is open ("" for none): the screen's own business
    property string typing: r.proposed === false ? "family" : ""

    title: r.holder === false
        ? qsTr("%1 さんのお名前の読み方（フリガナ）を選んでください").arg(r.name || "")
        : r.proposed === false ? qsTr("お名前の読み方（フリガナ）を入力してください")
        : qsTr("お名前の読み方（フリガナ）を選んでください")
    subtitle: r.proposed === false ? qsTr("住民票に載ります。カタカナで入力してください。")
                                   : qsTr("住民票に載ります。合うものを押してください。")
    showBack: true
    showNext: true
    nextLabel: qsTr("これで決定")
    onBackClicked: vm.back()
    onNextClicked: {
        if (page.typing !== "" && !page.commitTyping())
            return;
        vm.confirmReading();
    }
    errorText: {
        switch (s.stepError) {
        case "reading_missing": return r.given ? qsTr("名字と名前の読み方を、それぞれ選ぶか入力してください。")
                                               : qsTr("読み方を選ぶか入力してください。");
        case "reading_not_katakana": return qsTr("読み方は、カタカナかひらがなで入力してください。");
        case "reading_too_long": return qsTr("読み方が長すぎます。");
        default: return "";
        }
    }

    // The typed text goes to the flow (the keyboard's unfinished word first); false when the
    // flow refused it (the error says why and the field stays open).
    function commitTyping() {
        var field = fieldOf(page.typing);
        if (!field)
            return true;
        Qt.inputMethod.commit();
        vm.typeReading(page.typing, field.text);
        if (vm.state.stepError !== "")
            return false;
        page.typing = "";
        return true;
    }
    function fieldOf(part) {
        for (var i = 0; i < rows.count; i++) {
            var row = rows.itemAt(i);
            if (row && row.part === part)
                return row.field;
        }
        return null;
    }

    Flickable {
        anchors.fill: parent
        contentHeight: col.implicitHeight
        clip: true
        Column {
            id: col
            width: parent.width
            spacing: Theme.gap

            RubyLabel {
                // what フリガナ is, for a resident reading another language
                objectName: "readingExplained"
                visible: vm.language !== "ja"
                width: parent.width
                text: qsTr("フリガナは、お名前を日本語でどう読むかをカタカナで書いたものです。")
                color: Theme.muted
            }

            Repeater {
                id: rows
                model: page.parts
                delegate: Column {
                    id: row
                    required property string modelData
                    readonly property string part: modelData
                    readonly property string written: page.r[part] || ""
                    readonly property var offered: page.r[part + "Candidates"] || []
                    readonly property string chosen: page.r[part + "Kana"] || ""
                    readonly property bool typed: chosen !== "" && offered.indexOf(chosen) < 0
                    property alias field: input
                    width: col.width
                    spacing: Theme.gap

                    Row {
                        spacing: Theme.margin
                        RubyLabel {
                            text: page.parts.length === 1 ? qsTr("氏名")
                                : row.part === "family" ? qsTr("名字（氏）") : qsTr("名前（名）")
                            color: Theme.muted
                            anchors.verticalCenter: parent.verticalCenter
                        }
                        Text {
                            objectName: "reading_" + row.part + "_written"
                            text: row.written
                            font.family: Theme.family
                            font.pixelSize: Theme.huge
                            font.bold: true
                            color: Theme.text
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                    }
                    Flow {
                        width: parent.width
                        spacing: Theme.gap
                        Repeater {
                            model: row.offered
                            delegate: Btn {
                                required property string modelData
                                required property int index
                                objectName: "reading_" + row.part + "_" + index
                                height: Theme.target * 1.4
                                width: Math.max(implicitWidth, Theme.target * 3.5)
                                label: modelData
                                labelSize: Theme.heading
                                selected: row.chosen === modelData
                                onClicked: { page.typing = ""; vm.chooseReading(row.part, index); }
                            }
                        }
                        Btn {
                            objectName: "reading_" + row.part + "_typed"
                            visible: row.typed && page.typing !== row.part
                            height: Theme.target * 1.4
                            width: Math.max(implicitWidth, Theme.target * 3.5)
                            label: row.chosen
                            labelSize: Theme.heading
                            selected: true
                            onClicked: page.typing = row.part
                        }
                        Btn {
                            objectName: "reading_" + row.part + "_other"
                            visible: page.typing !== row.part
                            height: Theme.target * 1.4
                            label: row.offered.length ? qsTr("ほかの読み方を入力") : qsTr("読み方を入力")
                            onClicked: page.typing = row.part
                        }
                    }
                    Row {
                        visible: page.typing === row.part
                        spacing: Theme.gap
                        TextField {
                            id: input
                            objectName: "reading_" + row.part + "_field"
                            width: Math.min(page.width * 0.5, Theme.target * 9)
                            height: Math.max(Theme.target, implicitHeight)
                            font.family: Theme.family
                            font.pixelSize: Theme.heading
                            color: Theme.text
                            placeholderText: qsTr("例：ヤマダ")
                            placeholderTextColor: Theme.muted
                            inputMethodHints: Qt.ImhNoPredictiveText
                            Accessible.name: Theme.plain(qsTr("読み方（カタカナ）"))
                            background: Rectangle {
                                color: Theme.surface
                                border.color: input.activeFocus ? Theme.primary : Theme.border
                                border.width: Math.round(Theme.mm * 0.6)
                                radius: Theme.radius
                            }
                            onVisibleChanged: if (visible) { text = row.chosen; forceActiveFocus(); }
                            Component.onCompleted: if (page.typing === row.part) forceActiveFocus()
                            onActiveFocusChanged: if (activeFocus) Qt.callLater(page.katakanaMode)
                            onAccepted: page.commitTyping()
                        }
                        Btn {
                            objectName: "reading_" + row.part + "_ok"
                            width: Theme.target * 3
                            height: input.height
                            label: qsTr("決定")
                            onClicked: page.commitTyping()
                        }
                    }
                }
            }
        }
    }

    Btn {
        // between back and next, so the keyboard never hides it
        objectName: "readingSkip"
        parent: page
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap
        width: Math.min(page.width - Theme.target * 10 - 4 * Theme.margin, Theme.target * 8)
        height: Theme.target * 1.3
        label: qsTr("わからない")
        detail: qsTr("読み方は係員が入力します")
        onClicked: { page.typing = ""; vm.skipReading(); }
    }

    // The embedded keyboard types katakana (the Japanese keyboard's カナ mode) when it has one.
    function katakanaMode() {
        var engine = InputContext.inputEngine;
        if (engine && engine.inputModes.indexOf(InputEngine.InputMode.Katakana) >= 0)
            engine.inputMode = InputEngine.InputMode.Katakana;
    }
}
