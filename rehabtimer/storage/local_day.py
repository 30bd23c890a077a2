"""Each session's local start day, kept in its row by SQLite whenever the row is written.

The history's daily sums group a decade of sessions by local day: computing that day and
checking every column of every row on each read cost more than the sums themselves. The
triggers do both once, when a row is written, whoever writes it (the app, an import, the
command line, a hand edit), and leave `local_day` NULL where a column cannot be read, so
the sums leave that session out as the session list does. A later migration that rebuilds
the sessions table drops its triggers with it, and must create them again.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, case
from sqlalchemy.dialects import sqlite

from rehabtimer.storage.convert import local_ordinal, session_checks
from rehabtimer.storage.models import SessionRow


def _sql(expression: ColumnElement[int]) -> str:
    return str(expression.compile(dialect=sqlite.dialect(),
                                  compile_kwargs={"literal_binds": True}))


# The same day as local_ordinal() and the same rule as session_checks(), in SQL text.
LOCAL_DAY = _sql(case((and_(*session_checks().values()), local_ordinal()), else_=None))

# Every column but local_day itself: the triggers' own update never fires them again,
# whether or not recursive triggers are on.
_WATCHED = ", ".join(c.name for c in SessionRow.__table__.columns if c.name != "local_day")
_SET = f"UPDATE sessions SET local_day = {LOCAL_DAY} WHERE id = NEW.id;"

TRIGGERS = (
    f"CREATE TRIGGER sessions_local_day_on_insert AFTER INSERT ON sessions BEGIN {_SET} END",
    f"CREATE TRIGGER sessions_local_day_on_update AFTER UPDATE OF {_WATCHED} ON sessions "
    f"BEGIN {_SET} END",
)
