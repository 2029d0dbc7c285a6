"""Alembic environment: runs migrations on the connection the Store hands over."""

from alembic import context

from conflictlens.store.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # `alembic` run from a shell: build an engine from the configured URL
    from sqlalchemy import create_engine

    engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
    with engine.begin() as connection:
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
