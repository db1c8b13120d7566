"""One batch per store: the batch lock row, run status and owner (issue #13).

`batch_lock` holds at most one row (id 1): the batch writing the store (a random owner token,
its run once started, host, pid) and a heartbeat, so a second `cnsr batch` is refused with who holds the store, and a run killed
without cleanup is recognised (dead pid on this host, or a heartbeat older than the lease).
`runs.status` says how a run ended: running, finished or interrupted (killed or crashed);
runs made before this revision get finished or interrupted from their `finished_at`.

Revision ID: 0004_batch_lock
Revises: 0003_websec
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_batch_lock"
down_revision = "0003_websec"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("status", sa.String(20), nullable=False,
                                   server_default="finished"))
        batch.add_column(sa.Column("host", sa.String(200), nullable=True))
        batch.add_column(sa.Column("pid", sa.Integer(), nullable=True))
    op.execute("UPDATE runs SET status = 'interrupted' WHERE finished_at IS NULL")
    op.create_table(
        "batch_lock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(32), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("host", sa.String(200), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("manifest", sa.Text(), nullable=False),
        sa.Column("acquired_at", TZ, nullable=False),
        sa.Column("heartbeat_at", TZ, nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], ondelete="CASCADE",
                                name="fk_batch_lock_run_id_runs"),
        sa.PrimaryKeyConstraint("id", name="pk_batch_lock"),
    )


def downgrade() -> None:
    op.drop_table("batch_lock")
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("pid")
        batch.drop_column("host")
        batch.drop_column("status")
