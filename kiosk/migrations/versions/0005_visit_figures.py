"""The counter's own figures per filed notification, without personal data (see kiosk.figures).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visit_figures",
        sa.Column("notification_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("counter", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("intake_mode", sa.String(length=32), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("card_read", sa.Boolean(), nullable=False),
        sa.Column("paper_chars", sa.Integer(), nullable=False),
        sa.Column("typed_chars", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("notification_id", name=op.f("pk_visit_figures")),
    )
    op.create_index(
        "ix_visit_figures_day_counter", "visit_figures", ["day", "counter"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_visit_figures_day_counter", table_name="visit_figures")
    op.drop_table("visit_figures")
