"""Web app security: server-side sessions and review versions (issue #13).

`web_sessions`: one row per signed-in session, keyed by the SHA-256 of the cookie's random
token; signing out, disabling a user or changing a password deletes rows, which ends every
copy of the cookie. `review_versions`: a counter per company-year and methodology, bumped by
every override, revert and sign-off, for optimistic concurrency on the review forms.

Revision ID: 0003_websec
Revises: 0002_review
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_websec"
down_revision = "0002_review"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "web_sessions",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("expires_at", TZ, nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE",
                                name="fk_web_sessions_user_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_web_sessions"),
    )
    op.create_index("ix_web_sessions_user_id", "web_sessions", ["user_id"])
    op.create_index("ix_web_sessions_expires_at", "web_sessions", ["expires_at"])
    op.create_table(
        "review_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_year_id", sa.Integer(), nullable=False),
        sa.Column("methodology", sa.String(200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("changed_by", sa.String(100), nullable=False),
        sa.Column("changed_at", TZ, nullable=False),
        sa.Column("action", sa.String(30), nullable=False),
        sa.ForeignKeyConstraint(["company_year_id"], ["company_years.id"], ondelete="CASCADE",
                                name="fk_review_versions_company_year_id_company_years"),
        sa.PrimaryKeyConstraint("id", name="pk_review_versions"),
        sa.UniqueConstraint("company_year_id", "methodology",
                            name="uq_review_versions_company_year_id_methodology"),
    )


def downgrade() -> None:
    op.drop_table("review_versions")
    op.drop_index("ix_web_sessions_expires_at", table_name="web_sessions")
    op.drop_index("ix_web_sessions_user_id", table_name="web_sessions")
    op.drop_table("web_sessions")
