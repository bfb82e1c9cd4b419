"""Run in a child process by test_binding_refcounts: drive the Qt binding through the calls a
counter makes all day and print how far the interpreter's counts of None/True/False moved.

A child process, because a binding that loses references makes the interpreter abort
(``none_dealloc``/``bool_dealloc``) rather than fail politely.
"""

from __future__ import annotations

import gc
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog


class Talker(QObject):
    plain = Signal()
    flag = Signal(bool)
    text = Signal(str)


def counts() -> dict[str, int]:
    gc.collect()
    return {
        "None": sys.getrefcount(None),
        "True": sys.getrefcount(True),
        "False": sys.getrefcount(False),
    }


def main(turns: int) -> None:
    app = QApplication.instance() or QApplication(["refcount-probe"])
    talker = Talker()
    heard: list[object] = []
    talker.flag.connect(lambda v: heard.append(v))
    talker.text.connect(lambda v: None)

    def nested_loop() -> None:
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()

    # One dialog opened again and again, as the console's dialogs are. (Creating and showing a
    # new widget each time takes references to None that are never given back on 6.11 too: a
    # slow, harmless growth, not the loss that aborts the interpreter, so it is not measured.)
    dialog = QDialog()

    def modal_dialog() -> None:
        QTimer.singleShot(0, dialog.accept)
        dialog.exec()

    calls = {
        "processEvents": lambda: QCoreApplication.processEvents(),
        "QEventLoop.exec": nested_loop,
        "QDialog.exec": modal_dialog,
        "emit()": lambda: talker.plain.emit(),
        "emit(bool)": lambda: talker.flag.emit(True),
        "emit(str)": lambda: talker.text.emit("住民"),
    }
    # Warm up each path once so caches and lazily created objects are not counted as drift.
    for call in calls.values():
        call()
    heard.clear()
    drift: dict[str, dict[str, int]] = {}
    for name, call in calls.items():
        before = counts()
        for _ in range(turns):
            call()
        heard.clear()
        after = counts()
        drift[name] = {k: after[k] - before[k] for k in before}
    print(json.dumps({"turns": turns, "drift": drift}))
    sys.stdout.flush()
    del app


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
