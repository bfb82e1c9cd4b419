"""The demo counter: a throwaway database, the card emulator in a virtual reader and the reference
back office on loopback, around the real windows (``kiosk demo``).

- :func:`run_interactive` opens the single-PC counter on this display, with a small window to put a
  persona's card on the reader.
- :func:`run_headless` plays the scripted scenarios (:mod:`kiosk.app.walkthrough`) offscreen and
  leaves in its folder: ``screens/`` (a PNG of every screen a resident or staff member passes, per
  scenario), ``forms/`` (the printed PDFs: forms, receipts and related forms),
  ``backoffice-received/`` (what the reference back office stored, one JSON per notification)
  and ``report/`` (the day's own figures: ``kpi.csv`` and the chart ``day.png``).

Nothing of the demo touches a real counter's data: the database, its key and the signing key
live in a temporary folder removed at the end.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.app.serving import ReferenceBackOffice
from kiosk.errors import KioskError

#: The demo clerk (a 審査 + 受付 + 管理 account in the throwaway database).
DEMO_LOGIN = "demo"
DEMO_PASSWORD = "practice-counter-2026"
#: Personas offered in the interactive demo, with their PINs (emulated cards only).
DEMO_PERSONAS = (
    ("kokutou-mikiya", "1234"),
    ("yoshida-takashi", "4321"),
    ("long-address", "2580"),
    ("foreign-resident", "0000"),
    ("last-try", "1111"),
    ("pin-blocked", "9999"),
)


def has_display() -> bool:
    """Whether a window can be shown (Linux needs X11 or Wayland; other systems always can)."""
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


# ---------------------------------------------------------------------------------------------
# The demo's parts


@dataclass
class DemoCounter:
    """The throwaway counter: configuration, database, back office, card slot, worker."""

    config: Any
    storage: Any
    backoffice: ReferenceBackOffice
    emulator: Any
    totp_secret: str | None


@contextlib.contextmanager
def demo_counter(out: Path, *, second_factor: str) -> Iterator[DemoCounter]:
    """Start everything the demo needs; stop what it started at the end."""
    from cardreader.emulator import CardEmulator, claim_slot
    from cardreader.pcscd import ensure_pcscd
    from kiosk import staff, workflow
    from kiosk.config import load_config
    from kiosk.storage import open_storage
    from sync.service import build_adapters, load_signing_key
    from sync.worker import OutboxWorker, running_in_thread

    with contextlib.ExitStack() as stack:
        data = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="kiosk-demo-")))
        base_env = {
            "KIOSK_PATHS_DATA_DIR": str(data),
            "KIOSK_PRIVACY_KEY_STORE": "file",
            "KIOSK_MUNICIPALITY_NAME": "清瀬市",
            "KIOSK_MUNICIPALITY_CODE": "132217",
            "KIOSK_STAFF_SECOND_FACTOR": second_factor,
            # The demo municipality signs a 世帯変更 by hand on the printed form.
            "KIOSK_COUNTER_SIGNATURE_BY_KIND": '{"setai_henko": "paper"}',
        }
        config = load_config(env=base_env)
        key = load_signing_key(config)
        backoffice = ReferenceBackOffice(
            out / "backoffice-received" / "backoffice.sqlite3",
            trusted_pems={key.key_id: key.public_pem()},
            admin_listing=True,  # the demo's window names the listing's URL
        ).start()
        stack.callback(backoffice.stop)
        config = load_config(env={**base_env, "KIOSK_BACKOFFICE_URL": backoffice.url})
        storage = open_storage(config)
        stack.callback(storage.close)
        with storage.transaction() as session:
            enrollment = staff.add(
                session,
                DEMO_LOGIN,
                display_name="デモ 職員",
                roles=["審査", "受付", "管理"],
                password=DEMO_PASSWORD,
                second_factor=second_factor,
                actor=workflow.Actor.system("demo"),
            )
        pcscd = ensure_pcscd(timeout=20)
        stack.callback(pcscd.stop)
        slot = claim_slot(timeout=60)
        stack.callback(slot.release)
        emulator = CardEmulator(port=slot.port, wait=15)
        stack.callback(emulator.stop)
        worker = OutboxWorker(storage, build_adapters(config))
        stack.enter_context(running_in_thread(worker, idle_poll=0.5))
        yield DemoCounter(
            config,
            storage,
            backoffice,
            emulator,
            enrollment.secret if enrollment is not None else None,
        )


@contextlib.contextmanager
def offscreen_stage(out: Path, app: Any) -> Iterator[tuple[DemoCounter, Any, Any]]:
    """The demo counter with both windows open at the counter's standard sizes (a 15.6-inch
    full-HD touch monitor for the resident), printing into ``out/forms``, and the
    :class:`kiosk.app.walkthrough.Stage` that plays scenarios on them, logged in as the demo
    clerk: ``(demo, windows, stage)``. The headless demo and the end-to-end tests play on it."""
    import pyotp
    from PySide6.QtCore import QSize

    from cardreader.emulator import Persona
    from kiosk.app.counter import open_counter
    from kiosk.app.walkthrough import Stage

    with demo_counter(out, second_factor="totp") as demo:
        secret = demo.totp_secret
        windows = open_counter(
            demo.config,
            demo.storage,
            app=app,
            full_screen=False,
            resident_size=QSize(1920, 1080),
            diagonal_inches=15.6,
            print_dir=out / "forms",
            ask_printer=False,
            reader_name=demo.emulator.reader_name,
        )
        try:
            stage = Stage(
                resident_window=windows.resident,
                console=windows.staff,
                emulator=demo.emulator,
                service=windows.staff_service,
                personas=Persona.load,
                login=(
                    DEMO_LOGIN,
                    DEMO_PASSWORD,
                    lambda: pyotp.TOTP(secret).now() if secret else None,
                ),
                out=out,
            )
            yield demo, windows, stage
        finally:
            windows.close()


# ---------------------------------------------------------------------------------------------
# Running it


def run_headless(out: Path, scenarios: tuple[str, ...] = ()) -> int:
    """Play the scenarios offscreen into ``out``; prints where the results are."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from kiosk.app.counter import prepare_qt

    prepare_qt()
    from PySide6.QtWidgets import QApplication

    from kiosk.app import walkthrough

    out = out.resolve()
    for sub in ("screens", "forms", "backoffice-received", "report"):
        folder = out / sub
        if folder.exists():
            for old in sorted(folder.rglob("*"), reverse=True):
                if old.is_file():
                    old.unlink()
                elif old.is_dir():
                    old.rmdir()
        folder.mkdir(parents=True, exist_ok=True)
    print(f"kiosk demo: playing the counter scenarios offscreen into {out}", file=sys.stderr)
    app = QApplication.instance() or QApplication(["kiosk-demo"])
    with offscreen_stage(out, app) as (demo, counter, stage):
        try:
            results = walkthrough.play(stage, scenarios or tuple(walkthrough.SCENARIOS))
            ids = [r.notification_id for r in results if r.notification_id is not None]
            walkthrough.wait_for_deliveries(counter.staff_service, ids, timeout=60)
        except walkthrough.WalkthroughError as exc:
            raise KioskError(f"demo scenario failed: {exc}") from exc
        received = demo.backoffice.export(out / "backoffice-received")
        figures_of_day = write_day_report(demo.storage, demo.config, out / "report")
    screens = sum(len(r.screens) for r in results)
    documents = sum(len(r.documents) for r in results)
    for r in results:
        print(f"  {r.name}: 受付番号 {r.reception_number}, {len(r.screens)} screens")
    print(
        f"kiosk demo: {len(results)} scenarios, {screens} screens in {out / 'screens'}, "
        f"{documents} PDFs in {out / 'forms'}, {received} notifications in "
        f"{out / 'backoffice-received'}, the day's figures ({figures_of_day} filed) in "
        f"{out / 'report'}"
    )
    return 0


def write_day_report(storage: Any, config: Any, folder: Path) -> int:
    """The day's own figures (:mod:`kiosk.figures`) as ``kpi.csv`` and the chart ``day.png``;
    returns how many notifications they cover."""
    from kiosk import figures
    from kiosk.figures_chart import day_chart
    from kiosk.models import utcnow

    day = utcnow().astimezone(config.tz).date()
    with storage.reader() as session:
        items = figures.visits(session, start=day, end=day)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "kpi.csv").open("w", encoding="utf-8", newline="") as fh:
        figures.write_csv(figures.group(items), fh)
    (folder / "day.png").write_bytes(day_chart(items, day, config.tz))
    return len(items)


Rect = tuple[int, int, int, int]


def tile(x: int, y: int, width: int, height: int, gap: int = 8) -> dict[str, Rect]:
    """Where the interactive demo's three windows go on one display so all show at once:
    the resident's tablet on the left, the desk on the right, the card controls under it.
    Rectangles are (x, y, width, height) inside the display's available area."""
    left = (width - gap) * 11 // 20
    right = width - gap - left
    cards = max(220, (height - gap) * 3 // 10)
    desk = height - gap - cards
    return {
        "resident": (x, y, left, height),
        "staff": (x + left + gap, y, right, desk),
        "cards": (x + left + gap, y + desk + gap, right, cards),
    }


def open_interactive(demo: DemoCounter, app: Any, out: Path) -> tuple[Any, Any]:
    """The counter's windows and the card controls; on a single display, tiled (:func:`tile`)
    instead of stacked at its top left. Returns (the counter, the card window)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    from cardreader.emulator import Persona
    from kiosk.app.counter import open_counter

    counter = open_counter(
        demo.config,
        demo.storage,
        app=app,
        full_screen=False,
        print_dir=out / "forms",
        reader_name=demo.emulator.reader_name,
    )
    cards = QWidget()
    cards.setObjectName("demoCards")
    cards.setWindowTitle("デモ: カードリーダー")
    layout = QVBoxLayout(cards)
    layout.addWidget(
        QLabel(
            f"職員ログイン: {DEMO_LOGIN} / {DEMO_PASSWORD}\n"
            f"受け取った届出: {demo.backoffice.url}/v1/notifications"
        )
    )
    for name, pin in DEMO_PERSONAS:
        persona = Persona.load(name)
        button = QPushButton(f"カードを置く: {persona.name}（暗証番号 {pin}）")
        button.clicked.connect(lambda _=False, p=persona: demo.emulator.insert(p, wait=None))
        layout.addWidget(button)
    remove = QPushButton("カードを取る")
    remove.clicked.connect(lambda: demo.emulator.remove(wait=None))
    layout.addWidget(remove)
    screens = QGuiApplication.screens()
    if len(screens) == 1:
        area = screens[0].availableGeometry()
        spots = tile(area.x(), area.y(), area.width(), area.height())
        rects = {k: QRect(*r) for k, r in spots.items()}
        counter.resident.view.setGeometry(rects["resident"])
        counter.staff.placement = lambda widget: widget.setGeometry(rects["staff"])
        if counter.staff.login is not None:
            counter.staff.login.setGeometry(rects["staff"])
        cards.setGeometry(rects["cards"])
    cards.show()
    return counter, cards


def run_interactive() -> int:
    """The counter on this display, with a card window to put personas on the reader."""
    from kiosk.app.counter import prepare_qt

    prepare_qt()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["kiosk-demo"])
    out = Path(tempfile.mkdtemp(prefix="kiosk-demo-out-"))
    with demo_counter(out, second_factor="none") as demo:
        counter, _cards = open_interactive(demo, app, out)
        print(
            f"kiosk demo: staff login {DEMO_LOGIN} / {DEMO_PASSWORD}; printed forms go to "
            f"{out / 'forms'} when there is no printer",
            file=sys.stderr,
        )
        from ui.staff.app import quit_on_interrupt

        keep = quit_on_interrupt(app)
        try:
            app.exec()
        finally:
            keep.stop()
            counter.close()
    return 0
