import QtQuick
import ".."

// The whole form as it will print; fields read from the card are marked; every section has
// its own "change" button. When the form is longer than the screen (a family: the children are
// below), a bar says so and scrolls on; 署名へ進む opens only once every section has been seen.
Page {
    id: page
    readonly property var sections: vm.state.confirm || []
    readonly property var sectionNames: ({
        "todoke": qsTr("届出"), "newAddress": qsTr("新しい住所"),
        "previousAddress": qsTr("前の住所"), "destination": qsTr("引っ越し先"),
        "persons": qsTr("引っ越す人"), "household": qsTr("世帯"), "related": qsTr("ほかの手続き")
    })
    readonly property var rowNames: ({
        "kind": qsTr("届出の種類"), "moveDate": qsTr("引っ越しの日"), "filedOn": qsTr("届出日"),
        "postalCode": qsTr("郵便番号"), "address": qsTr("住所"), "head": qsTr("世帯主"),
        "procedure": qsTr("手続き")
    })
    readonly property var relNames: ({
        "世帯主": qsTr("世帯主"), "妻": qsTr("妻"), "夫": qsTr("夫"), "子": qsTr("子"),
        "父": qsTr("父"), "母": qsTr("母"), "兄": qsTr("兄"), "弟": qsTr("弟"), "姉": qsTr("姉"),
        "妹": qsTr("妹"), "同居人": qsTr("同居人"), "?": qsTr("わからない（係員に相談）")
    })
    readonly property var kindNames: ({
        "転入届": qsTr("転入届"), "転居届": qsTr("転居届"), "転出届": qsTr("転出届")
    })
    title: qsTr("内容を確かめてください")
    subtitle: qsTr("この内容で届出書を作ります。直すときは「直す」を押してください。")
    showBack: true
    showNext: true
    progressIndex: (vm.state.steps || []).length + 1
    progressTotal: (vm.state.steps || []).length + 2
    // every section has been on screen (the list scrolled to its end, or it fits)
    property bool seenAll: false
    nextEnabled: seenAll
    nextLabel: qsTr("署名へ進む")
    onBackClicked: vm.back()
    onNextClicked: vm.toSign()
    Flickable {
        id: list
        objectName: "confirmList"
        anchors.top: parent.top
        anchors.bottom: more.top
        anchors.bottomMargin: Theme.gap
        width: parent.width
        contentHeight: col.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        readonly property bool atEnd: contentHeight <= height + 1 || contentY + height >= contentHeight - 1
        onAtEndChanged: if (atEnd && height > 0) page.seenAll = true
        Component.onCompleted: if (atEnd && height > 0) page.seenAll = true
        onHeightChanged: if (atEnd && height > 0) page.seenAll = true
        onContentHeightChanged: if (atEnd && height > 0) page.seenAll = true
        Column {
            id: col
            width: parent.width
            spacing: Theme.gap
            Repeater {
                model: page.sections
                delegate: Rectangle {
                    required property var modelData
                    width: col.width
                    height: sec.implicitHeight + Theme.gap * 2
                    color: Theme.surface
                    border.color: Theme.border
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
                                text: page.sectionNames[modelData.key] || ""
                                bold: true
                                Accessible.role: Accessible.Heading
                            }
                            Btn {
                                objectName: "edit_" + modelData.key
                                visible: modelData.edit !== ""
                                anchors.right: parent.right
                                label: qsTr("直す")
                                Accessible.name: Theme.plain(qsTr("%1を直す").arg(page.sectionNames[modelData.key] || ""))
                                onClicked: vm.edit(modelData.edit)
                            }
                        }
                        Repeater {
                            model: modelData.rows
                            delegate: Row {
                                required property var modelData
                                spacing: Theme.margin
                                RubyLabel {
                                    width: col.width * 0.22
                                    text: modelData.key === "person"
                                        ? (page.relNames[modelData.relationship] || modelData.relationship || "")
                                        : (page.rowNames[modelData.key] || "")
                                    color: Theme.muted
                                }
                                RubyLabel {
                                    objectName: "confirmValue"
                                    width: col.width * 0.5
                                    text: modelData.key === "person" && modelData.staffEnters
                                        ? qsTr("（係員が入力します）")
                                        : modelData.key === "kind"
                                        ? (page.kindNames[modelData.value] || modelData.value)
                                        : modelData.value + (modelData.birth ? "　" + modelData.birth : "")
                                }
                                RubyLabel {
                                    visible: modelData.verified
                                    text: "✓ " + qsTr("カードで確認")
                                    color: Theme.ok
                                    pixelSize: Theme.small
                                }
                                RubyLabel {
                                    visible: modelData.flagged
                                    text: "！ " + qsTr("係員が確認します")
                                    color: Theme.danger
                                    pixelSize: Theme.small
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    Item {
        // below the list, always the same height (so the list never resizes as it scrolls):
        // "there is more below" (and scroll on by most of a screen), or "that is all"
        id: more
        anchors.bottom: parent.bottom
        width: parent.width
        height: Math.max(moreButton.implicitHeight, allSeen.implicitHeight)
        Btn {
            id: moreButton
            objectName: "confirmMore"
            visible: !list.atEnd
            width: parent.width
            label: "▼ " + qsTr("下に続きがあります（押すと進みます）")
            onClicked: list.contentY = Math.min(list.contentHeight - list.height, list.contentY + list.height * 0.8)
        }
        RubyLabel {
            id: allSeen
            objectName: "confirmAllSeen"
            visible: list.atEnd
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            text: "✓ " + qsTr("これで全部です。よければ「署名へ進む」を押してください。")
            color: Theme.ok
            bold: true
        }
    }
}
