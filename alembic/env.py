"""Alembic environment for plain ``alembic`` commands.

``reflex db`` and ``python -m cop_app.manage`` drive migrations through Reflex's
own alembic set-up; this file makes ``alembic upgrade head`` / ``alembic check``
work the same way, on the database named by ``REFLEX_DB_URL``.
"""

from logging.config import fileConfig

import sqlalchemy as sa
from alembic import context
from sqlmodel import SQLModel

import cop_app.models  # noqa: F401  (registers every table)
from cop_app.db import db_url

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

target_metadata = SQLModel.metadata

from cop_app.services.threads.search import include_object  # noqa: E402


def run_migrations_offline() -> None:
    context.configure(
        url=db_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = sa.create_engine(db_url(), poolclass=sa.pool.NullPool)
    with connectable.connect() as connection:
        if connection.dialect.name == "sqlite":
            # Batch mode rebuilds tables; with foreign keys on, dropping the old
            # table would cascade-delete child rows (see cop_app/manage.py).
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()  # end the autobegun transaction; alembic opens its own
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_object=include_object,  # the search structures are not models
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
