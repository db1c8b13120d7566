"""Checklist results per company-year and framework (issue #15): `checks` (framework id and
version, fingerprint, readiness counts and share, readiness by level and the whole result as
JSON) and `check_items` (one row per item: level, status, evidence or reason as JSON).

Revision ID: 0005_checks
Revises: 0004_batch_lock
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0005_checks"
down_revision = "0004_batch_lock"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)
JSON = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_year_id", sa.Integer(), nullable=False),
        sa.Column("framework", sa.String(100), nullable=False),
        sa.Column("version", sa.String(40), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("met", sa.Integer(), nullable=False),
        sa.Column("partly", sa.Integer(), nullable=False),
        sa.Column("missing", sa.Integer(), nullable=False),
        sa.Column("share", sa.Float(), nullable=False),
        sa.Column("readiness", JSON, nullable=False),
        sa.Column("cnsr_version", sa.String(40), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("body", JSON, nullable=False),
        sa.ForeignKeyConstraint(["company_year_id"], ["company_years.id"], ondelete="CASCADE",
                                name="fk_checks_company_year_id_company_years"),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], ondelete="SET NULL",
                                name="fk_checks_run_id_runs"),
        sa.PrimaryKeyConstraint("id", name="pk_checks"),
        sa.UniqueConstraint("company_year_id", "framework",
                            name="uq_checks_company_year_id_framework"),
    )
    for column in ("company_year_id", "framework", "fingerprint", "year"):
        op.create_index(f"ix_checks_{column}", "checks", [column])
    op.create_table(
        "check_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("check_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(60), nullable=False),
        sa.Column("level", sa.String(20), nullable=False),
        sa.Column("pillar", sa.String(40), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("found_by", sa.String(60), nullable=False),
        sa.Column("detail", JSON, nullable=False),
        sa.ForeignKeyConstraint(["check_id"], ["checks.id"], ondelete="CASCADE",
                                name="fk_check_items_check_id_checks"),
        sa.PrimaryKeyConstraint("id", name="pk_check_items"),
    )
    op.create_index("ix_check_items_check_id", "check_items", ["check_id"])
    op.create_index("ix_check_items_item", "check_items", ["item"])


def downgrade() -> None:
    op.drop_table("check_items")
    op.drop_table("checks")
