"""Pairings of resident tablets with staff desks (short-lived codes, see kiosk.pairing).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pairings",
        sa.Column("tablet", sa.String(length=64), nullable=False),
        sa.Column("desk", sa.String(length=64), nullable=True),
        sa.Column("code_hash", sa.String(length=64), nullable=True),
        sa.Column("code_expires_at", sa.DateTime(), nullable=True),
        sa.Column("paired_at", sa.DateTime(), nullable=True),
        sa.Column("paired_by", sa.String(length=80), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("tablet", name=op.f("pk_pairings")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_pairings_code_hash")),
    )
    op.create_index("ix_pairings_desk", "pairings", ["desk"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_pairings_desk", table_name="pairings")
    op.drop_table("pairings")
