"""The resident's touch screens (Qt Quick) and their thin view-model.

- :mod:`ui.resident.app` — Qt set-up (virtual keyboard, bundled fonts) and :class:`ResidentWindow`;
- :mod:`ui.resident.viewmodel` — :class:`ResidentViewModel`, the state and actions behind the QML;
- :mod:`ui.resident.i18n` — the offered languages and their Qt translators;
- ``qml/`` — the screens; ``translations/`` — ``.ts`` sources and compiled ``.qm`` files.

Everything below the view-model goes through :mod:`kiosk.resident_service`.
"""
