"""Days marked rest, sick or away, which adherence leaves out instead of counting as missed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert

from rehabtimer.core.plans import Excuse
from rehabtimer.storage.db import Database
from rehabtimer.storage.models import DayMarkRow


@dataclass(frozen=True)
class DayMark:
    day: date
    kind: Excuse
    note: str | None


class DayMarkRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def set(self, profile_id: int, day: date, kind: Excuse | None, note: str | None = None) -> None:
        """Mark a day, replacing any earlier mark; None takes the mark away."""
        if kind is None:
            if note is not None:
                raise ValueError("a note belongs to a marked day")
            with self._db.transaction() as s:
                s.execute(
                    delete(DayMarkRow).where(
                        DayMarkRow.profile_id == profile_id, DayMarkRow.day == day
                    )
                )
            return
        stmt = insert(DayMarkRow).values(profile_id=profile_id, day=day, kind=kind.value, note=note)
        with self._db.transaction() as s:
            s.execute(
                stmt.on_conflict_do_update(
                    index_elements=[DayMarkRow.profile_id, DayMarkRow.day],
                    set_={"kind": stmt.excluded.kind, "note": stmt.excluded.note},
                )
            )

    def get(self, profile_id: int, day: date) -> DayMark | None:
        with self._db.reading() as s:
            row = s.scalar(
                select(DayMarkRow).where(DayMarkRow.profile_id == profile_id, DayMarkRow.day == day)
            )
            return None if row is None else DayMark(row.day, Excuse(row.kind), row.note)

    def for_range(self, profile_id: int, start: date, end: date) -> dict[date, Excuse]:
        """The marked days from `start` to `end`, both included."""
        with self._db.reading() as s:
            rows = s.execute(
                select(DayMarkRow.day, DayMarkRow.kind).where(
                    DayMarkRow.profile_id == profile_id, DayMarkRow.day.between(start, end)
                )
            )
            return {day: Excuse(kind) for day, kind in rows}
