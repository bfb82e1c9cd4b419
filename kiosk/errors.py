"""The base error of the application layer: a message a person can act on, and an exit status."""

from __future__ import annotations


class KioskError(Exception):
    """An error the ``kiosk`` command reports as one line, exiting with :attr:`exit_code`."""

    exit_code: int = 1

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code
