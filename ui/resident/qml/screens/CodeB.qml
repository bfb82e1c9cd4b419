import QtQuick
import ".."

// 照合番号B, for a resident who does not know the PIN: the birth date as printed on the card
// face, the year of the 有効期限 and the 4-digit セキュリティコード, one after the other, each
// shown on a drawing of the card face. The digits stay on this screen until 決定 hands them to
// the card (once) and are cleared then. Tries left are shown first; at the last try the resident
// must confirm; nothing is retried.
Page {
    id: page
    readonly property var s: vm.state
    readonly property int tries: s.triesLeft
    readonly property bool mustConfirm: tries === 1 && !s.lastTryConfirmed
    property string part: "birth"        // birth → expiry → code
    property string field: "year"        // within the birth date: year, month, day
    property string year: ""
    property string month: ""
    property string day: ""
    property string expiry: ""
    property string code: ""
    readonly property bool birthDone: (year.length === 2 || year.length === 4 || year.length === 1)
        && month.length > 0 && day.length > 0
    readonly property bool partDone: part === "birth" ? birthDone
        : part === "expiry" ? expiry.length === 4 : code.length === 4

    function clearAll() {
        year = ""; month = ""; day = ""; expiry = ""; code = "";
        part = "birth"; field = "year";
    }
    function typed(key) {
        if (part === "expiry") {
            expiry = key === "back" ? expiry.slice(0, -1) : (expiry.length < 4 ? expiry + key : expiry);
        } else if (part === "code") {
            code = key === "back" ? code.slice(0, -1) : (code.length < 4 ? code + key : code);
        } else if (key === "back") {
            if (field === "day" && day === "") field = "month";
            else if (field === "month" && month === "") field = "year";
            if (field === "year") year = year.slice(0, -1);
            else if (field === "month") month = month.slice(0, -1);
            else day = day.slice(0, -1);
        } else if (field === "year") {
            if (year.length < 4) year += key;
        } else if (field === "month") {
            if (month.length < 2) month += key;
            if (month.length === 2) field = "day";
        } else if (day.length < 2) {
            day += key;
        }
    }

    title: qsTr("カードの表面の数字で読み取ります")
    subtitle: qsTr("暗証番号のかわりに、カードの表面に書かれている数字を3つ入力します。")
    showBack: true
    showNext: true
    nextEnabled: partDone && !mustConfirm && tries > 0 && !vm.busy
    nextLabel: part === "code" ? qsTr("決定") : qsTr("次へ")
    onBackClicked: {
        if (part === "code") part = "expiry";
        else if (part === "expiry") part = "birth";
        else { clearAll(); vm.back(); }
    }
    onNextClicked: {
        if (part === "birth") part = "expiry";
        else if (part === "expiry") part = "code";
        else {
            var y = parseInt(year, 10), m = parseInt(month, 10), d = parseInt(day, 10);
            var e = parseInt(expiry, 10), c = code;
            clearAll();
            vm.submitCodeB(y, m, d, e, c);
        }
    }
    errorText: {
        switch (s.pinError) {
        case "wrong_code_b": return qsTr("数字が違います。あと %n 回間違えると、この方法では読み取れなくなります。", "", tries);
        case "code_b_last_try": return qsTr("残り1回です。先に「確認して入力する」を押してください。");
        case "code_b_birth": return qsTr("生年月日を確かめてください。年はカードに書かれているとおりに入力します。");
        case "code_b_expiry": return qsTr("有効期限の年（西暦4けた）を確かめてください。");
        case "code_b_security_code": return qsTr("セキュリティコード（数字4けた）を確かめてください。");
        case "invalid_code_b": return qsTr("入力した数字を確かめてください。");
        case "card_removed": return qsTr("カードが離れました。カードを置き直してください。");
        case "no_card": return qsTr("カードが置かれていません。");
        case "not_my_number_card": return qsTr("マイナンバーカードではないようです。");
        case "no_reader": return qsTr("カードリーダーが使えません。係員をお呼びください。");
        case "": return "";
        default: return qsTr("カードを読み取れませんでした。係員をお呼びください。");
        }
    }
    Connections {
        target: vm
        function onStateChanged() {
            var e = vm.state.pinError;
            if (e === "code_b_birth") page.part = "birth";
            else if (e === "code_b_expiry") page.part = "expiry";
            else if (e === "code_b_security_code") page.part = "code";
        }
    }

    Row {
        width: parent.width
        height: Math.max(parent.height, keys.implicitHeight)
        spacing: Theme.margin * 2
        Flickable {
            // the explanation scrolls when large text and the last-try warning need the room
            objectName: "codeBHelp"
            width: parent.width * 0.5
            height: parent.height
            contentHeight: help.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
        Column {
            id: help
            width: parent.width
            spacing: Theme.gap
            RubyLabel {
                objectName: "codeBPart"
                width: parent.width
                text: (page.part === "birth" ? "1 / 3　" : page.part === "expiry" ? "2 / 3　" : "3 / 3　")
                    + (page.part === "birth"
                       ? qsTr("生年月日を入力してください。年はカードに書かれているとおりに入力します（「昭和55年」なら 55、「1998年」なら 1998）。")
                       : page.part === "expiry"
                       ? qsTr("「有効期限」の年（西暦4けた）を入力してください。")
                       : qsTr("顔写真の下にある、数字4けたのセキュリティコードを入力してください。"))
                bold: true
            }
            CardFacePicture {
                objectName: "cardFace"
                visible: !page.mustConfirm
                width: Math.min(parent.width * 0.9, 110 * Theme.mm)
                height: width / 1.586
                highlight: page.part === "expiry" ? "expiry" : page.part === "code" ? "code" : "birth"
            }
            RubyLabel {
                objectName: "triesLeft"
                width: parent.width
                visible: page.tries > 0
                text: qsTr("間違えられる回数：あと %n 回", "", page.tries)
                bold: page.tries === 1
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
                        text: "！ " + qsTr("残り1回です。間違えると、この方法では読み取れなくなります。")
                        bold: true
                        Accessible.role: Accessible.AlertMessage
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
        }
        }
        Column {
            id: keys
            spacing: Theme.gap
            Row {
                // the part being typed, in boxes (the birth date: year / month / day)
                objectName: "codeBEntry"
                spacing: Theme.gap
                Repeater {
                    model: page.part === "birth"
                        ? [{ "f": "year", "label": qsTr("年"), "value": page.year },
                           { "f": "month", "label": qsTr("月"), "value": page.month },
                           { "f": "day", "label": qsTr("日"), "value": page.day }]
                        : [{ "f": page.part, "label": "",
                             "value": page.part === "expiry" ? page.expiry : page.code }]
                    delegate: Btn {
                        required property var modelData
                        objectName: "codeB_" + modelData.f
                        minWidth: Theme.target * (modelData.f === "year" || modelData.f === "expiry" || modelData.f === "code" ? 3 : 2)
                        minHeight: Theme.target * 1.2
                        labelSize: Theme.heading
                        selected: page.part !== "birth" || page.field === modelData.f
                        label: (modelData.value || "＿") + (modelData.label ? " " + modelData.label : "")
                        Accessible.name: Theme.plain(modelData.f === "expiry" ? qsTr("有効期限の年")
                            : modelData.f === "code" ? qsTr("セキュリティコード") : modelData.label)
                            + " " + modelData.value.length
                        onClicked: if (page.part === "birth") page.field = modelData.f
                    }
                }
            }
            Keypad {
                enabled: !page.mustConfirm && page.tries > 0 && !vm.busy
                onKeyPressed: (key) => page.typed(key)
            }
        }
    }
}
