import QtQuick
import QtMultimedia
import ".."

// 事前入力: the code the phone page showed at home, read by the tablet camera (its preview on
// the left) or by a 2D scanner that types it into a hidden field (Enter ends the code). Then
// the card: it verifies who filed, and its four items come before anything typed at home.
Page {
    id: page
    readonly property var s: vm.state
    readonly property bool done: !!s.preentryRead
    title: done ? qsTr("読み取りました。マイナンバーカードを置いてください")
                : qsTr("スマートフォンの二次元コードを読み取ります")
    subtitle: qsTr("家で入力した内容を使って、届出を作ります。")
    showBack: true
    onBackClicked: vm.back()
    errorText: {
        switch (s.preentryError || "") {
        case "": return "";
        case "not_preentry": return qsTr("この窓口で使えるコードではありません。入力ページの最後に表示されたコードをかざしてください。");
        case "damaged":
        case "too_large": return qsTr("コードを読み取れませんでした。もう一度かざしてください。");
        case "version": return qsTr("このコードの形式は、この窓口ではまだ読めません。係員をお呼びください。");
        case "my_number": return qsTr("コードに個人番号のような数字が入っているため、使えません。係員をお呼びください。");
        default: return qsTr("コードの内容に誤りがあります。係員をお呼びください。");
        }
    }

    // The 2D scanner types like a keyboard: keys go here, never to the on-screen keyboard
    // (a plain item takes no input method), and Enter hands the code over.
    Item {
        id: scanner
        objectName: "scannerField"
        property string typed: ""
        focus: true
        Keys.onPressed: (event) => {
            if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                vm.scannerText(scanner.typed);
                scanner.typed = "";
                event.accepted = true;
            } else if (event.text.length > 0 && scanner.typed.length < 4000) {
                scanner.typed += event.text;
                event.accepted = true;
            }
        }
    }
    Timer {
        // a tap elsewhere (a top-bar button) takes the keyboard focus: take it back
        interval: 400
        repeat: true
        running: true
        onTriggered: if (!scanner.activeFocus) scanner.forceActiveFocus()
    }
    Component.onCompleted: {
        scanner.forceActiveFocus();
        vm.startCamera(preview.videoSink);
    }
    Component.onDestruction: vm.stopCamera()

    Row {
        id: columns
        // the height the screen shows without scrolling: the camera's view and the card
        // picture fit in it (the words beside them may scroll)
        readonly property real room: parent.height
        width: parent.width
        height: Math.max(parent.height, right.implicitHeight)
        spacing: Theme.margin * 2
        Item {
            id: left
            width: parent.width * 0.5
            height: parent.height
            Rectangle {
                // the camera's view, as a mirror would show it: the resident aims the phone
                objectName: "cameraBox"
                visible: vm.cameraAvailable && !page.done
                width: parent.width
                height: Math.min(columns.room, width * 9 / 16)
                color: "#000000"
                border.color: Theme.border
                border.width: 2
                radius: Theme.radius
                VideoOutput {
                    id: preview
                    objectName: "cameraPreview"
                    anchors.fill: parent
                    anchors.margins: 2
                    fillMode: VideoOutput.PreserveAspectFit
                    transform: Scale { origin.x: preview.width / 2; xScale: -1 }
                    Accessible.role: Accessible.Graphic
                    Accessible.name: Theme.plain(qsTr("カメラの映像"))
                }
            }
            Rectangle {
                // no camera here: the scanner is the way
                objectName: "noCamera"
                visible: !vm.cameraAvailable && !page.done
                width: parent.width
                height: noCameraText.implicitHeight + 2 * Theme.margin
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
                Column {
                    id: noCameraText
                    x: Theme.margin
                    y: Theme.margin
                    width: parent.width - 2 * Theme.margin
                    spacing: Theme.gap
                    RubyLabel {
                        width: parent.width
                        text: qsTr("この端末にはカメラがありません。")
                        bold: true
                    }
                    RubyLabel {
                        width: parent.width
                        text: qsTr("二次元コードを読み取り機にかざしてください。")
                    }
                }
            }
            CardPicture {
                visible: page.done
                width: Math.min(parent.width * 0.8, columns.room / 0.68)
                height: width * 0.68
                anchors.horizontalCenter: parent.horizontalCenter
            }
        }
        Column {
            id: right
            width: parent.width * 0.5 - Theme.margin * 2
            spacing: Theme.margin
            RubyLabel {
                objectName: "preentryHow"
                visible: !page.done
                width: parent.width
                text: vm.cameraAvailable
                    ? qsTr("スマートフォンに表示した二次元コードを、カメラに向けてください。読み取り機でも読み取れます。")
                    : qsTr("入力ページの最後に表示された二次元コードを使います。")
                pixelSize: Theme.heading
            }
            RubyLabel {
                objectName: "preentryRead"
                visible: page.done
                width: parent.width
                text: "✓ " + qsTr("スマートフォンの内容を読み取りました。")
                color: Theme.ok
                bold: true
                pixelSize: Theme.heading
                Accessible.role: Accessible.AlertMessage
            }
            RubyLabel {
                width: parent.width
                text: qsTr("このあとマイナンバーカードで本人を確かめます。カードの内容が、入力した内容より優先されます。")
            }
        }
    }
}
