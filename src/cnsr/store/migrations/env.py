"""Alembic environment, driven from code (`cnsr.store.migrate`): no alembic.ini needed.

The caller passes an open connection in `config.attributes["connection"]`; offline mode
(`--sql`, for a DBA who wants the DDL) uses the URL set as `sqlalchemy.url`.
"""

from __future__ import annotations

from alembic import context

from cnsr.store.migrate import models_metadata

config = context.config
metadata = models_metadata()

if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"),
                      target_metadata=metadata, literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    context.configure(connection=config.attributes["connection"],
                      target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
