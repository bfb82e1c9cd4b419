import QtQuick
import ".."

// 世帯主 and 続柄 by buttons: who heads the household, and how each other person is related.
StepPage {
    id: page
    readonly property var members: s.members || []
    readonly property var relNames: ({
        "妻": qsTr("妻"), "夫": qsTr("夫"), "子": qsTr("子"), "父": qsTr("父"), "母": qsTr("母"),
        "兄": qsTr("兄"), "弟": qsTr("弟"), "姉": qsTr("姉"), "妹": qsTr("妹"), "同居人": qsTr("同居人"),
        "?": qsTr("わからない（係員に相談）")
    })
    function who(i) {
        var m = members[i];
        return m.fromCard ? m.name : qsTr("追加した人 %1").arg(i + 1);
    }
    title: qsTr("世帯主はだれですか？")
    Flickable {
        anchors.fill: parent
        contentHeight: col.implicitHeight
        clip: true
        Column {
            id: col
            width: parent.width
            spacing: Theme.gap
            Flow {
                width: parent.width
                spacing: Theme.gap
                Repeater {
                    model: page.members
                    delegate: Btn {
                        required property int index
                        objectName: "head_" + index
                        label: page.who(index)
                        selected: page.s.head === index
                        onClicked: vm.setHead(index)
                    }
                }
                Btn {
                    objectName: "head_outside"
                    label: qsTr("ここにいない人")
                    detail: qsTr("世帯主の名前は係員が確認します")
                    selected: page.s.headOutside
                    onClicked: vm.setHead(-1)
                }
            }
            Repeater {
                model: page.members
                delegate: Column {
                    required property int index
                    visible: page.s.head !== index && (page.s.head >= 0 || page.s.headOutside)
                    width: col.width
                    spacing: Theme.gap
                    RubyLabel {
                        width: parent.width
                        text: qsTr("%1 は世帯主から見て：").arg(page.who(index))
                        bold: true
                    }
                    Flow {
                        width: parent.width
                        spacing: Theme.gap
                        Repeater {
                            model: (page.s.relationships || []).concat(["?"])
                            delegate: Btn {
                                required property string modelData
                                objectName: "rel_" + index + "_" + modelData
                                label: page.relNames[modelData] || modelData
                                selected: (page.members[index] || {}).relationship === modelData
                                onClicked: vm.setRelationship(index, modelData)
                            }
                        }
                    }
                }
            }
        }
    }
}
