"""Profiles: whose history it is. Each profile has its own sessions, plans and day marks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from rehabtimer.storage.audit import write_audit
from rehabtimer.storage.convert import aware, now_utc_naive, utc_naive
from rehabtimer.storage.db import Database, changed_rows
from rehabtimer.storage.default_profile import DEFAULT_PROFILE_NAME
from rehabtimer.storage.models import DayMarkRow, PlanRow, ProfileRow, SessionRow


@dataclass(frozen=True)
class ProfileInfo:
    id: int
    name: str
    created_at: datetime
    disclaimer_accepted_at: datetime | None
    is_default: bool


def _profile_info(row: ProfileRow) -> ProfileInfo:
    accepted = row.disclaimer_accepted_at
    return ProfileInfo(
        id=row.id,
        name=row.name,
        created_at=aware(row.created_at),
        disclaimer_accepted_at=None if accepted is None else aware(accepted),
        is_default=row.is_default,
    )


def _free_name(s: Session, name: str) -> str:
    """`name` without surrounding blanks, if it can name a new profile."""
    cleaned = name.strip()
    if not cleaned:
        raise ValueError("A profile needs a name.")
    if s.scalar(select(ProfileRow.id).where(ProfileRow.name == cleaned)) is not None:
        raise ValueError(f"There is already a profile called {cleaned!r}.")
    return cleaned


class ProfileRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def ensure_default(self) -> ProfileInfo:
        """The default profile, created on first use."""
        with self._db.transaction() as s:
            row = s.scalar(select(ProfileRow).where(ProfileRow.is_default))
            if row is None:
                row = ProfileRow(
                    name=DEFAULT_PROFILE_NAME, created_at=now_utc_naive(), is_default=True
                )
                s.add(row)
                s.flush()
            return _profile_info(row)

    def get_by_name(self, name: str) -> ProfileInfo | None:
        with self._db.reading() as s:
            row = s.scalar(select(ProfileRow).where(ProfileRow.name == name))
            return None if row is None else _profile_info(row)

    def list(self) -> list[ProfileInfo]:
        with self._db.reading() as s:
            return [
                _profile_info(row) for row in s.scalars(select(ProfileRow).order_by(ProfileRow.id))
            ]

    def add(self, name: str) -> ProfileInfo:
        """A new profile; ValueError, in words for the user, if the name is blank or taken."""
        with self._db.transaction() as s:
            row = ProfileRow(name=_free_name(s, name), created_at=now_utc_naive(), is_default=False)
            s.add(row)
            s.flush()
            return _profile_info(row)

    def rename(self, profile_id: int, name: str) -> ProfileInfo:
        with self._db.transaction() as s:
            row = s.get(ProfileRow, profile_id)
            if row is None:
                raise LookupError(f"no profile {profile_id}")
            if name.strip() != row.name:
                row.name = _free_name(s, name)
            s.flush()
            return _profile_info(row)

    def accept_disclaimer(self, profile_id: int, when: datetime) -> None:
        with self._db.transaction() as s:
            result = s.execute(
                update(ProfileRow)
                .where(ProfileRow.id == profile_id)
                .values(disclaimer_accepted_at=utc_naive(when))
            )
            if changed_rows(result) != 1:
                raise LookupError(f"no profile {profile_id}")

    def delete(self, profile_id: int) -> None:
        """Remove a profile with its sessions, step results, plans and day marks.

        The audit log keeps the name and how much was removed, so the patient can see later
        where a history went.
        """
        with self._db.transaction() as s:
            name = s.scalar(select(ProfileRow.name).where(ProfileRow.id == profile_id))
            if name is None:
                raise LookupError(f"no profile {profile_id}")
            marks = s.scalar(select(func.count()).where(DayMarkRow.profile_id == profile_id))
            # Step results go with their sessions, day marks with the profile (ON DELETE
            # CASCADE); sessions and plans predate cascading and are deleted here.
            sessions = changed_rows(
                s.execute(delete(SessionRow).where(SessionRow.profile_id == profile_id))
            )
            plans = changed_rows(s.execute(delete(PlanRow).where(PlanRow.profile_id == profile_id)))
            s.execute(delete(ProfileRow).where(ProfileRow.id == profile_id))
            write_audit(
                s,
                "profile_deleted",
                {
                    "profile_id": profile_id,
                    "name": name,
                    "sessions": sessions,
                    "plans": plans,
                    "day_marks": marks,
                },
            )
