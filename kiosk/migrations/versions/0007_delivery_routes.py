"""The health of each delivery route (送信経路), shared by every worker and screen.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

One row per route (``http``, ``csv``): whether it reaches the back office, since when it has
been failing, and the pacing of probes while it does not. Both rows are created here so that
workers on a counter floor only ever update them.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    routes = op.create_table(
        "delivery_routes",
        sa.Column("route", sa.String(length=8), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("failing_since", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("probes", sa.Integer(), nullable=False),
        sa.Column("next_probe_at", sa.DateTime(), nullable=True),
        sa.Column("probe_by", sa.String(length=128), nullable=True),
        sa.Column("probe_until", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("route", name=op.f("pk_delivery_routes")),
    )
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    op.bulk_insert(
        routes,
        [
            {"route": name, "state": "up", "failures": 0, "probes": 0, "updated_at": now}
            for name in ("http", "csv")
        ],
    )


def downgrade() -> None:
    op.drop_table("delivery_routes")
