"""Department routes: one outbox row per notification and route.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08

An approved notification now has a row for the back office and one for each department route
(担当課への連携) its related procedures call for, so ``outbox`` is unique per (notification,
route) instead of per notification. Route names grow to 32 characters (``kokuho``,
``kosodate_shien`` …) in both ``outbox.adapter`` and ``delivery_routes.route``, and a department
route's receipt is kept on its row (``delivery_ref``; the back office's stays on the
notification).

Downgrading removes the department rows (their deliveries are forgotten, not undone).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_constraint("uq_outbox_notification_id", type_="unique")
        batch_op.alter_column(
            "adapter",
            existing_type=sa.String(length=8),
            type_=sa.String(length=32),
            existing_nullable=False,
        )
        batch_op.add_column(sa.Column("delivery_ref", sa.String(length=128), nullable=True))
        batch_op.create_unique_constraint(
            "uq_outbox_notification_id_adapter", ["notification_id", "adapter"]
        )
    with op.batch_alter_table("delivery_routes", schema=None) as batch_op:
        batch_op.alter_column(
            "route",
            existing_type=sa.String(length=8),
            type_=sa.String(length=32),
            existing_nullable=False,
        )


def downgrade() -> None:
    op.execute("DELETE FROM outbox WHERE adapter NOT IN ('http', 'csv')")
    op.execute("DELETE FROM delivery_routes WHERE route NOT IN ('http', 'csv')")
    with op.batch_alter_table("delivery_routes", schema=None) as batch_op:
        batch_op.alter_column(
            "route",
            existing_type=sa.String(length=32),
            type_=sa.String(length=8),
            existing_nullable=False,
        )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_constraint("uq_outbox_notification_id_adapter", type_="unique")
        batch_op.drop_column("delivery_ref")
        batch_op.alter_column(
            "adapter",
            existing_type=sa.String(length=32),
            type_=sa.String(length=8),
            existing_nullable=False,
        )
        batch_op.create_unique_constraint("uq_outbox_notification_id", ["notification_id"])
