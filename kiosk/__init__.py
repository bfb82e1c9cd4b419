"""The counter application: configuration, storage, workflow, privacy and the ``kiosk`` command.

No Qt here: screens (``ui``) and the delivery worker (``sync``) stand on these services.
"""

__version__ = "0.1.0"
