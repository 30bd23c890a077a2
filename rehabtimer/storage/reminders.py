"""Reminder times per profile and routine, and when reminders were last checked."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert

from rehabtimer.core.reminders import ReminderTime
from rehabtimer.storage.convert import aware, utc_naive
from rehabtimer.storage.db import Database
from rehabtimer.storage.models import ReminderCheckRow, ReminderTimeRow


def _minute(at: time) -> int:
    return at.hour * 60 + at.minute


class ReminderRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def times(self, profile_id: int) -> list[ReminderTime]:
        """All of the profile's reminder times, by routine, then time of day."""
        with self._db.reading() as s:
            rows = s.execute(
                select(ReminderTimeRow.routine_id, ReminderTimeRow.minute_of_day)
                .where(ReminderTimeRow.profile_id == profile_id)
                .order_by(ReminderTimeRow.routine_id, ReminderTimeRow.minute_of_day)
            ).all()
        return [ReminderTime(routine_id, time(minute // 60, minute % 60)) for routine_id, minute
                in rows]

    def set_times(self, profile_id: int, routine_id: str, times: Iterable[time]) -> None:
        """Replace a routine's reminder times; seconds are dropped and repeats kept once."""
        minutes = sorted({_minute(at) for at in times})
        with self._db.transaction() as s:
            s.execute(
                delete(ReminderTimeRow).where(
                    ReminderTimeRow.profile_id == profile_id,
                    ReminderTimeRow.routine_id == routine_id,
                )
            )
            s.add_all(
                ReminderTimeRow(profile_id=profile_id, routine_id=routine_id, minute_of_day=m)
                for m in minutes
            )

    def last_check(self, profile_id: int) -> datetime | None:
        """When reminders were last checked, in UTC; None if never."""
        with self._db.reading() as s:
            at = s.scalar(
                select(ReminderCheckRow.checked_at).where(ReminderCheckRow.profile_id == profile_id)
            )
        return None if at is None else aware(at)

    def checked(self, profile_id: int, at: datetime) -> None:
        stmt = insert(ReminderCheckRow).values(profile_id=profile_id, checked_at=utc_naive(at))
        with self._db.transaction() as s:
            s.execute(
                stmt.on_conflict_do_update(
                    index_elements=[ReminderCheckRow.profile_id],
                    set_={"checked_at": stmt.excluded.checked_at},
                )
            )
