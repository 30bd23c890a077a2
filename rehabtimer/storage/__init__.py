"""The history file on SQLite, read and written in plain frozen records, one module per
repository (profiles, snapshots, sessions, plans, day marks, reminders, audit).

Every write is one short transaction, committed before the method returns: a step the
patient has confirmed is on disk even if the power goes out the next second.

Datetimes cross this boundary timezone-aware only. A session's times come back in the
local offset it started in (a fixed offset, not a named zone); other times come back in UTC.
Constraint violations (a pain score of 11, a plan with two frequencies) are bugs in the
caller and surface as sqlalchemy.exc.IntegrityError.
"""
