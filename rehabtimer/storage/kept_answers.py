"""Answers a routine asks only once per profile, kept until the caregiver clears them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert

from rehabtimer.storage.convert import utc_naive
from rehabtimer.storage.db import Database
from rehabtimer.storage.models import KeptAnswerRow


def question_key(routine_id: str, question_id: str) -> str:
    return f"{routine_id}/{question_id}"


class KeptAnswerRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, profile_id: int, key: str) -> str | None:
        with self._db.reading() as s:
            return s.scalar(select(KeptAnswerRow.answer).where(
                KeptAnswerRow.profile_id == profile_id, KeptAnswerRow.question_key == key))

    def all(self, profile_id: int) -> dict[str, str]:
        with self._db.reading() as s:
            rows = s.execute(select(KeptAnswerRow.question_key, KeptAnswerRow.answer).where(
                KeptAnswerRow.profile_id == profile_id).order_by(KeptAnswerRow.question_key))
            return {key: answer for key, answer in rows}

    def keep(self, profile_id: int, key: str, answer: str, at: datetime) -> None:
        stmt = insert(KeptAnswerRow).values(
            profile_id=profile_id, question_key=key, answer=answer, answered_at=utc_naive(at))
        stmt = stmt.on_conflict_do_update(
            index_elements=["profile_id", "question_key"],
            set_={"answer": stmt.excluded.answer, "answered_at": stmt.excluded.answered_at})
        with self._db.transaction() as s:
            s.execute(stmt)

    def clear(self, profile_id: int) -> None:
        """Forget them all: each is asked again at the next start of its routine."""
        with self._db.transaction() as s:
            s.execute(delete(KeptAnswerRow).where(KeptAnswerRow.profile_id == profile_id))
