"""Sub-commands of ``kiosk``: one module per area, each with ``register(subparsers)``."""
