import QtQuick

// A box to sign in with a finger. Strokes are kept as points in 0..1 of the box (x right, y
// down) so the form can draw the same signature at any size; ``clear()`` starts again.
Rectangle {
    id: root
    property var strokes: []
    property var current: []
    readonly property bool empty: strokes.length === 0
    color: Theme.surface
    border.color: Theme.border
    border.width: Math.round(Theme.mm * 0.5)
    radius: Theme.radius
    Accessible.role: Accessible.Canvas
    Accessible.name: Theme.plain(qsTr("署名欄: 指で名前を書いてください"))

    function clear() {
        strokes = [];
        current = [];
        canvas.requestPaint();
    }

    Rectangle {
        // the baseline to sign on
        x: parent.width * 0.05; width: parent.width * 0.9
        y: parent.height * 0.78; height: 2
        color: Theme.muted
    }

    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            var ctx = getContext("2d");
            ctx.reset();
            ctx.lineWidth = Math.max(3, Theme.mm * 0.8);
            ctx.lineCap = "round";
            ctx.lineJoin = "round";
            ctx.strokeStyle = Theme.text;
            var all = root.strokes.concat(root.current.length ? [root.current] : []);
            for (var s = 0; s < all.length; s++) {
                var pts = all[s];
                if (pts.length === 0) continue;
                ctx.beginPath();
                ctx.moveTo(pts[0][0] * width, pts[0][1] * height);
                for (var i = 1; i < pts.length; i++)
                    ctx.lineTo(pts[i][0] * width, pts[i][1] * height);
                if (pts.length === 1)
                    ctx.lineTo(pts[0][0] * width + 0.5, pts[0][1] * height + 0.5);
                ctx.stroke();
            }
        }
    }

    MultiPointTouchArea {
        anchors.fill: parent
        mouseEnabled: true
        maximumTouchPoints: 1
        function point(tp) {
            return [Math.max(0, Math.min(1, tp.x / width)), Math.max(0, Math.min(1, tp.y / height))];
        }
        onPressed: (points) => { root.current = [point(points[0])]; canvas.requestPaint(); }
        onUpdated: (points) => {
            var c = root.current.slice();
            c.push(point(points[0]));
            root.current = c;
            canvas.requestPaint();
        }
        onReleased: (points) => {
            var c = root.current.slice();
            c.push(point(points[0]));
            var s = root.strokes.slice();
            s.push(c);
            root.strokes = s;
            root.current = [];
            canvas.requestPaint();
        }
    }
}
