"""転出証明書情報 handed over by the back office for 特例転入 (see kiosk.preentry).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tenshutsu_info",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tenshutsu_info")),
    )
    op.create_index("ix_tenshutsu_info_expires_on", "tenshutsu_info", ["expires_on"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_tenshutsu_info_expires_on", table_name="tenshutsu_info")
    op.drop_table("tenshutsu_info")
