"""Plans: how often a profile is recommended to do a routine, from which day on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.dialects.sqlite import insert

from rehabtimer.storage.db import Database
from rehabtimer.storage.models import PlanRow


@dataclass(frozen=True)
class PlanRecord:
    id: int
    profile_id: int
    routine_id: str
    per_day: int | None
    per_week: int | None
    start_date: date


def _same_routine(profile_id: int, routine_id: str) -> ColumnElement[bool]:
    return and_(PlanRow.profile_id == profile_id, PlanRow.routine_id == routine_id)


def _plan_record(row: PlanRow) -> PlanRecord:
    return PlanRecord(
        id=row.id,
        profile_id=row.profile_id,
        routine_id=row.routine_id,
        per_day=row.per_day,
        per_week=row.per_week,
        start_date=row.start_date,
    )


class PlanRepository:
    """Recommended frequencies; a plan holds from its start date until the next one starts."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def set(
        self,
        profile_id: int,
        routine_id: str,
        *,
        per_day: int | None = None,
        per_week: int | None = None,
        start_date: date,
    ) -> PlanRecord:
        """Exactly one of per_day and per_week; a plan with the same start date is replaced."""
        stmt = insert(PlanRow).values(
            profile_id=profile_id,
            routine_id=routine_id,
            per_day=per_day,
            per_week=per_week,
            start_date=start_date,
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[PlanRow.profile_id, PlanRow.routine_id, PlanRow.start_date],
            set_={"per_day": stmt.excluded.per_day, "per_week": stmt.excluded.per_week},
        )
        with self._db.transaction() as s:
            s.execute(stmt)
            row = s.execute(
                select(PlanRow).where(
                    _same_routine(profile_id, routine_id), PlanRow.start_date == start_date
                )
            ).scalar_one()
            return _plan_record(row)

    def in_force(self, profile_id: int, routine_id: str, day: date) -> PlanRecord | None:
        with self._db.reading() as s:
            row = s.scalar(
                select(PlanRow)
                .where(_same_routine(profile_id, routine_id), PlanRow.start_date <= day)
                .order_by(PlanRow.start_date.desc())
                .limit(1)
            )
            return None if row is None else _plan_record(row)

    def history(self, profile_id: int, routine_id: str) -> list[PlanRecord]:
        with self._db.reading() as s:
            rows = s.scalars(
                select(PlanRow)
                .where(_same_routine(profile_id, routine_id))
                .order_by(PlanRow.start_date)
            )
            return [_plan_record(row) for row in rows]
