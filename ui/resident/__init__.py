"""The resident's touch screens (Qt Quick) and their thin view-model.

- :mod:`ui.resident.app` — Qt set-up (virtual keyboard, bundled fonts) and :class:`ResidentWindow`;
- :mod:`ui.resident.viewmodel` — :class:`ResidentViewModel`, the Qt adapter over the flow;
- :mod:`ui.resident.voice` — voice guidance (text-to-speech);
- :mod:`ui.resident.i18n` — the offered languages and their Qt translators;
- ``qml/`` — the screens; ``translations/`` — ``.ts`` sources and compiled ``.qm`` files.

The flow itself (steps, answers, validation, timers) is :class:`kiosk.flow.ResidentFlow`;
the card, filing and storage go through :mod:`kiosk.resident_service`.
"""
