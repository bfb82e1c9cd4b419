"""The composition root: the ``kiosk`` command and its subcommands, ``kiosk doctor``, the demo
and its scripted walkthrough, and the wiring of windows, storage and workers.

Everything else in :mod:`kiosk` is the Qt-free core. This package may import every layer
(``cardreader``, ``forms``, the core, ``sync``, ``ui``); nothing imports it.
"""
