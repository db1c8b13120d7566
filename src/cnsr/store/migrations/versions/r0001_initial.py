"""Initial schema: runs, company-years, documents, ratings, indicator scores, evidence.

Revision ID: 0001
Revises:
Create Date: 2024-06-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", TZ, nullable=False),
        sa.Column("finished_at", TZ, nullable=True),
        sa.Column("manifest", sa.Text(), nullable=False),
        sa.Column("methodology", sa.String(200), nullable=False),
        sa.Column("cnsr_version", sa.String(40), nullable=False),
        sa.Column("engine", sa.String(40), nullable=False),
        sa.Column("rated", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_runs"),
    )
    op.create_table(
        "company_years",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("industry", sa.String(10), nullable=False),
        sa.Column("size", sa.String(10), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_company_years"),
        sa.UniqueConstraint("key", name="uq_company_years_key"),
    )
    op.create_index("ix_company_years_code", "company_years", ["code"])
    op.create_index("ix_company_years_industry", "company_years", ["industry"])
    op.create_index("ix_company_years_year", "company_years", ["year"])
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_year_id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", TZ, nullable=False),
        sa.ForeignKeyConstraint(["company_year_id"], ["company_years.id"], ondelete="CASCADE",
                                name="fk_documents_company_year_id_company_years"),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], ondelete="SET NULL",
                                name="fk_documents_run_id_runs"),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.UniqueConstraint("company_year_id", "sha256",
                            name="uq_documents_company_year_id_sha256"),
    )
    op.create_index("ix_documents_company_year_id", "documents", ["company_year_id"])
    op.create_index("ix_documents_sha256", "documents", ["sha256"])
    op.create_table(
        "ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_year_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("methodology", sa.String(200), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("industry", sa.String(10), nullable=False),
        sa.Column("size", sa.String(10), nullable=False),
        sa.Column("stage", sa.Integer(), nullable=False),
        sa.Column("total", sa.Float(), nullable=False),
        sa.Column("maximum", sa.Integer(), nullable=False),
        sa.Column("share", sa.Float(), nullable=False),
        sa.Column("cnsr_version", sa.String(40), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("body", sa.JSON().with_variant(JSONB(), "postgresql"), nullable=False),
        sa.ForeignKeyConstraint(["company_year_id"], ["company_years.id"], ondelete="CASCADE",
                                name="fk_ratings_company_year_id_company_years"),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], ondelete="SET NULL",
                                name="fk_ratings_run_id_runs"),
        sa.PrimaryKeyConstraint("id", name="pk_ratings"),
        sa.UniqueConstraint("company_year_id", "kind", "methodology",
                            name="uq_ratings_company_year_id_kind_methodology"),
    )
    op.create_index("ix_ratings_company_year_id", "ratings", ["company_year_id"])
    op.create_index("ix_ratings_fingerprint", "ratings", ["fingerprint"])
    op.create_index("ix_ratings_peer", "ratings", ["kind", "year", "industry", "size", "stage"])
    op.create_table(
        "indicator_scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rating_id", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(40), nullable=False),
        sa.Column("counted", sa.Boolean(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.Column("bonus", sa.Integer(), nullable=False),
        sa.Column("capped", sa.Boolean(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["rating_id"], ["ratings.id"], ondelete="CASCADE",
                                name="fk_indicator_scores_rating_id_ratings"),
        sa.PrimaryKeyConstraint("id", name="pk_indicator_scores"),
    )
    op.create_index("ix_indicator_scores_rating_id", "indicator_scores", ["rating_id"])
    op.create_index("ix_indicator_scores_indicator", "indicator_scores", ["indicator"])
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rating_id", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(40), nullable=True),
        sa.Column("target", sa.String(60), nullable=False),
        sa.Column("file", sa.Text(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("passage", sa.Text(), nullable=False),
        sa.Column("relevance", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["rating_id"], ["ratings.id"], ondelete="CASCADE",
                                name="fk_evidence_rating_id_ratings"),
        sa.PrimaryKeyConstraint("id", name="pk_evidence"),
    )
    op.create_index("ix_evidence_rating_id", "evidence", ["rating_id"])


def downgrade() -> None:
    for table in ("evidence", "indicator_scores", "ratings", "documents", "company_years",
                  "runs"):
        op.drop_table(table)
