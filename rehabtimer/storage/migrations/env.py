"""Alembic environment for the history file.

RehabTimer runs migrations itself (rehabtimer.storage.db) on the connection it has open,
handed over in `config.attributes["connection"]`; there is no alembic.ini and no logging
set-up. To draft a new revision against an up-to-date database, do the same from Python:

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with database.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.revision(config, "what changed", autogenerate=True, rev_id="0002")

Migrations only go forward; going back means restoring the pre-migration backup.
"""

from alembic import context

from rehabtimer.storage.models import Base

context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=Base.metadata,
    # SQLite can alter little in place; batch mode rebuilds the table instead.
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
