import QtQuick
import ".."

// 暗証番号: our own masked 4-digit keypad. Tries left are shown before the first attempt; at the
// last try the resident must confirm explicitly; nothing is ever retried automatically.
Page {
    id: page
    property string entered: ""
    readonly property var s: vm.state
    readonly property int tries: s.triesLeft
    readonly property bool mustConfirm: tries === 1 && !s.lastTryConfirmed
    title: s.readingMember ? qsTr("ご家族のカードの暗証番号を入力してください")
                           : qsTr("暗証番号（数字4けた）を入力してください")
    subtitle: qsTr("カードを受け取ったときに決めた、数字4けたの暗証番号です。")
    showBack: s.readingMember
    onBackClicked: vm.back()
    errorText: {
        switch (s.pinError) {
        case "wrong_pin": return qsTr("暗証番号が違います。あと %n 回間違えるとカードがロックされます。", "", tries);
        case "last_try": return qsTr("残り1回です。先に「確認して入力する」を押してください。");
        case "card_removed": return qsTr("カードが離れました。カードを置き直してください。");
        case "no_card": return qsTr("カードが置かれていません。");
        case "not_my_number_card": return qsTr("マイナンバーカードではないようです。");
        case "no_reader": return qsTr("カードリーダーが使えません。係員をお呼びください。");
        case "invalid_pin": return qsTr("数字4けたで入力してください。");
        case "": return "";
        default: return qsTr("カードを読み取れませんでした。係員をお呼びください。");
        }
    }
    onErrorTextChanged: if (s.pinError === "wrong_pin") entered = ""

    Row {
        width: parent.width
        height: Math.max(parent.height, keys.implicitHeight)
        spacing: Theme.margin * 2
        Flickable {
            // the explanation scrolls when large text and the last-try warning need the room
            objectName: "pinHelp"
            width: parent.width * 0.45
            height: parent.height
            contentHeight: help.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
        Column {
            id: help
            width: parent.width
            spacing: Theme.margin
            RubyLabel {
                objectName: "triesLeft"
                width: parent.width
                visible: page.tries > 0
                text: qsTr("間違えられる回数：あと %n 回", "", page.tries)
                pixelSize: Theme.heading
                bold: page.tries === 1
            }
            RubyLabel {
                width: parent.width
                visible: page.tries > 1
                text: qsTr("3回続けて間違えるとカードがロックされ、市区町村の窓口での手続きが必要になります。")
            }
            Rectangle {
                // the last try: a clear warning and an explicit choice
                objectName: "lastTryBox"
                visible: page.tries === 1
                width: parent.width
                height: lastCol.implicitHeight + 2 * Theme.gap
                color: Theme.surface
                border.color: Theme.danger
                border.width: Math.round(Theme.mm)
                radius: Theme.radius
                Column {
                    id: lastCol
                    x: Theme.gap; y: Theme.gap
                    width: parent.width - 2 * Theme.gap
                    spacing: Theme.gap
                    RubyLabel {
                        width: parent.width
                        text: "！ " + qsTr("残り1回です。間違えるとカードがロックされます。")
                        bold: true
                        Accessible.role: Accessible.AlertMessage
                    }
                    RubyLabel {
                        width: parent.width
                        text: qsTr("自信がないときは、入力せずに係員をお呼びください。")
                    }
                    Btn {
                        objectName: "confirmLastTry"
                        width: parent.width
                        visible: page.mustConfirm
                        label: qsTr("確認して入力する")
                        onClicked: vm.confirmLastTry()
                    }
                    Btn {
                        objectName: "askStaff"
                        width: parent.width
                        label: qsTr("入力せずに係員を呼ぶ")
                        onClicked: vm.withoutCard()
                    }
                }
            }
            Btn {
                // no PIN: 照合番号B from the card face (its own tries, guarded the same way)
                objectName: "forgotPin"
                width: parent.width
                label: qsTr("暗証番号がわからない")
                detail: qsTr("カードの表面の数字で読み取ります")
                enabled: !vm.busy
                onClicked: vm.forgotPin()
            }
            Btn {
                // the card placed first, the phone's code still to read
                objectName: "pinPreentry"
                width: parent.width
                visible: !page.s.readingMember && !page.s.preentryRead
                label: qsTr("スマートフォンで入力した方")
                detail: qsTr("二次元コードを読み取ります")
                enabled: !vm.busy
                onClicked: vm.startPreentry()
            }
            RubyLabel {
                objectName: "pinPreentryRead"
                width: parent.width
                visible: !page.s.readingMember && !!page.s.preentryRead
                text: "✓ " + qsTr("スマートフォンの内容を読み取りました。")
                color: Theme.ok
            }
        }
        }
        Column {
            id: keys
            spacing: Theme.gap
            Row {
                // the masked entry: one box per digit, filled with ●
                objectName: "pinDots"
                spacing: Theme.gap
                Accessible.role: Accessible.EditableText
                Accessible.name: Theme.plain(qsTr("入力した数字：%1 けた").arg(page.entered.length))
                Repeater {
                    model: 4
                    Rectangle {
                        required property int index
                        width: Theme.target; height: Theme.target
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.border
                        border.width: index === page.entered.length ? Math.round(Theme.mm) : 2
                        Text {
                            anchors.centerIn: parent
                            text: index < page.entered.length ? "●" : ""
                            font.pixelSize: Theme.heading
                            color: Theme.text
                        }
                    }
                }
            }
            Keypad {
                id: pad
                enabled: !page.mustConfirm && page.tries > 0 && !vm.busy
                onKeyPressed: (key) => {
                    if (key === "back") page.entered = page.entered.slice(0, -1);
                    else if (page.entered.length < 4) page.entered += key;
                }
            }
            Btn {
                objectName: "pinOk"
                minWidth: pad.width
                primary: true
                enabled: page.entered.length === 4 && !page.mustConfirm && !vm.busy
                label: qsTr("決定")
                onClicked: { var p = page.entered; page.entered = ""; vm.submitPin(p); }
            }
        }
    }
}
