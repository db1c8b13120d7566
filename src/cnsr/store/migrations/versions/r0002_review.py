"""Review workflow: users, overrides, sign-offs, audit trail and upload jobs (web app, #8).

The automatic ratings are untouched: an override is a row of its own, a sign-off stores the
reviewed rating as a `ratings` row of kind 'reviewed' and points at it.

Revision ID: 0002_review
Revises: 0001
Create Date: 2024-07-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0002_review"
down_revision = "0001"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)
JSON = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("created_by", sa.String(100), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("name", name="uq_users_name"),
    )
    op.create_table(
        "overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_year_id", sa.Integer(), nullable=False),
        sa.Column("methodology", sa.String(200), nullable=False),
        sa.Column("target", sa.String(80), nullable=False),
        sa.Column("value", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("user_name", sa.String(100), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.ForeignKeyConstraint(["company_year_id"], ["company_years.id"], ondelete="CASCADE",
                                name="fk_overrides_company_year_id_company_years"),
        sa.PrimaryKeyConstraint("id", name="pk_overrides"),
        sa.UniqueConstraint("company_year_id", "methodology", "target",
                            name="uq_overrides_company_year_id_methodology_target"),
    )
    op.create_table(
        "signoffs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_year_id", sa.Integer(), nullable=False),
        sa.Column("methodology", sa.String(200), nullable=False),
        sa.Column("rating_id", sa.Integer(), nullable=True),
        sa.Column("base_fingerprint", sa.String(64), nullable=False),
        sa.Column("overrides", sa.Integer(), nullable=False),
        sa.Column("user_name", sa.String(100), nullable=False),
        sa.Column("signed_at", TZ, nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["company_year_id"], ["company_years.id"], ondelete="CASCADE",
                                name="fk_signoffs_company_year_id_company_years"),
        sa.ForeignKeyConstraint(["rating_id"], ["ratings.id"], ondelete="SET NULL",
                                name="fk_signoffs_rating_id_ratings"),
        sa.PrimaryKeyConstraint("id", name="pk_signoffs"),
        sa.UniqueConstraint("company_year_id", "methodology",
                            name="uq_signoffs_company_year_id_methodology"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.Column("user_name", sa.String(100), nullable=False),
        sa.Column("action", sa.String(30), nullable=False),
        sa.Column("key", sa.String(300), nullable=True),
        sa.Column("methodology", sa.String(200), nullable=True),
        sa.Column("target", sa.String(80), nullable=True),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_key", "audit_log", ["key"])
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_table(
        "upload_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("user_name", sa.String(100), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("company", JSON, nullable=False),
        sa.Column("files", JSON, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("finished_at", TZ, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_upload_jobs"),
    )


def downgrade() -> None:
    for table in ("upload_jobs", "audit_log", "signoffs", "overrides", "users"):
        op.drop_table(table)
