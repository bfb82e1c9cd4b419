"""Voice guidance (音声案内): a Qt text-to-speech voice for the resident's screens, if any."""

from __future__ import annotations

from typing import Any


def voice_for(engine: str | None) -> Any:
    """A text-to-speech voice (Qt TextToSpeech), or None where the platform has none.

    ``engine`` None takes the first real engine (the ``mock`` plugin is for tests only), ""
    turns voice guidance off; an engine that cannot start (speech-dispatcher not running …)
    means no voice guidance.
    """
    if engine == "":
        return None
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:  # pragma: no cover - PySide6-Addons always ships it
        return None
    engines = [e for e in QTextToSpeech.availableEngines() if e != "mock" and _engine_usable(e)]
    name = engine if engine is not None else (engines[0] if engines else None)
    if name is None:
        return None
    speech = QTextToSpeech(name)
    if speech.state() == QTextToSpeech.State.Error:
        return None
    return speech


def _engine_usable(name: str) -> bool:
    """Whether an engine's plug-in can load here: speechd needs the speech-dispatcher library
    (Qt reports a failed load as a critical error, so do not even try without it).

    The library is opened by the name Qt's plug-in links against, as the plug-in would open it
    (``ctypes.util.find_library`` ran compilers and ``ldconfig`` for that, before the first
    frame)."""
    if name == "speechd":
        import ctypes

        try:
            ctypes.CDLL("libspeechd.so.2")
        except OSError:
            return False
    return True
