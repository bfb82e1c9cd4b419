"""Alembic environment: runs on the connection :func:`kiosk.storage.upgrade` passes in."""

from __future__ import annotations

from alembic import context

from kiosk.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - always called through kiosk.storage
    raise RuntimeError("kiosk migrations run through `kiosk db upgrade`, not the alembic command")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
