import QtQuick

// The form section by section as it will print, read-only: what a clerk is filling in (the
// mirror) or what the resident confirms one section at a time (``confirming``).
Column {
    id: root
    property var sections: []
    property bool confirming: false
    property var unconfirmed: []
    spacing: Theme.gap

    // The section and row names are the confirm screen's own words (its translations).
    readonly property var sectionNames: ({
        "todoke": qsTranslate("Confirm", "届出"),
        "newAddress": qsTranslate("Confirm", "新しい住所"),
        "previousAddress": qsTranslate("Confirm", "前の住所"),
        "address": qsTranslate("Confirm", "住所"),
        "destination": qsTranslate("Confirm", "引っ越し先"),
        "persons": qsTranslate("Confirm", "引っ越す人"),
        "household": qsTranslate("Confirm", "世帯"),
        "related": qsTranslate("Confirm", "ほかの手続き"),
        "filer": qsTr("届出人")
    })
    readonly property var rowNames: ({
        "kind": qsTranslate("Confirm", "届出の種類"),
        "moveDate": qsTranslate("Confirm", "引っ越しの日"),
        "filedOn": qsTranslate("Confirm", "届出日"),
        "postalCode": qsTranslate("Confirm", "郵便番号"),
        "address": qsTranslate("Confirm", "住所"),
        "head": qsTranslate("Confirm", "世帯主"),
        "procedure": qsTranslate("Confirm", "手続き"),
        "filerKubun": qsTr("区分"),
        "name": qsTr("氏名"),
        "relationship": qsTr("関係"),
        "idCheck": qsTr("本人確認"),
        "powerOfAttorney": qsTr("委任状"),
        "setaiHenko": qsTr("世帯変更の区分")
    })
    readonly property var relNames: ({
        "世帯主": qsTranslate("Confirm", "世帯主"), "妻": qsTranslate("Confirm", "妻"),
        "夫": qsTranslate("Confirm", "夫"), "子": qsTranslate("Confirm", "子"),
        "父": qsTranslate("Confirm", "父"), "母": qsTranslate("Confirm", "母"),
        "兄": qsTranslate("Confirm", "兄"), "弟": qsTranslate("Confirm", "弟"),
        "姉": qsTranslate("Confirm", "姉"), "妹": qsTranslate("Confirm", "妹"),
        "同居人": qsTranslate("Confirm", "同居人")
    })

    Repeater {
        model: root.sections
        delegate: Rectangle {
            id: box
            required property var modelData
            readonly property bool open: root.confirming
                && root.unconfirmed.indexOf(modelData.key) >= 0
            objectName: "section_" + modelData.key
            width: root.width
            height: sec.implicitHeight + Theme.gap * 2
            color: Theme.surface
            border.color: open ? Theme.primary : Theme.border
            border.width: open ? Math.round(Theme.mm * 0.8) : 1
            radius: Theme.radius
            Column {
                id: sec
                x: Theme.gap; y: Theme.gap
                width: parent.width - 2 * Theme.gap
                spacing: Math.round(Theme.mm)
                Item {
                    width: parent.width
                    height: Math.max(Theme.target, secTitle.implicitHeight)
                    RubyLabel {
                        id: secTitle
                        anchors.verticalCenter: parent.verticalCenter
                        text: root.sectionNames[box.modelData.key] || ""
                        bold: true
                        Accessible.role: Accessible.Heading
                    }
                    RubyLabel {
                        objectName: "confirmed_" + box.modelData.key
                        visible: root.confirming && !box.open
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        text: "✓ " + qsTr("確認済み")
                        color: Theme.ok
                        bold: true
                    }
                    Btn {
                        objectName: "confirm_" + box.modelData.key
                        visible: box.open
                        anchors.right: parent.right
                        primary: true
                        label: qsTr("確認しました")
                        Accessible.name: Theme.plain(root.sectionNames[box.modelData.key] || "")
                            + " " + Theme.plain(qsTr("確認しました"))
                        onClicked: vm.confirmSection(box.modelData.key)
                    }
                }
                Repeater {
                    model: box.modelData.rows
                    delegate: Row {
                        required property var modelData
                        spacing: Theme.margin
                        RubyLabel {
                            width: Theme.target * 4.4
                            text: modelData.key === "person"
                                ? (root.relNames[modelData.relationship] || modelData.relationship || "")
                                : (root.rowNames[modelData.key] || "")
                            color: Theme.muted
                        }
                        RubyLabel {
                            objectName: "sectionValue"
                            width: root.width * 0.62
                            text: modelData.value + (modelData.birth ? "　" + modelData.birth : "")
                        }
                        RubyLabel {
                            visible: modelData.verified
                            text: "✓ " + qsTranslate("Confirm", "カードで確認")
                            color: Theme.ok
                            pixelSize: Theme.small
                        }
                    }
                }
            }
        }
    }
}
