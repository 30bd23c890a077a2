"""The audit log: what was deleted and when, so a gap in the history can be explained."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rehabtimer.storage.convert import aware, offset_minutes, to_json, utc_naive
from rehabtimer.storage.db import Database
from rehabtimer.storage.models import AuditAction, AuditRow


@dataclass(frozen=True)
class AuditRecord:
    id: int
    # In the local offset of the moment it happened.
    at: datetime
    action: AuditAction
    detail: Mapping[str, Any]


def write_audit(s: Session, action: AuditAction, detail: Mapping[str, Any]) -> None:
    """Note an action in the transaction that does it, so neither happens without the other."""
    now = datetime.now().astimezone()
    s.add(
        AuditRow(
            at=utc_naive(now),
            utc_offset_min=offset_minutes(now),
            action=action,
            detail=to_json(dict(detail)),
        )
    )


class AuditRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self) -> list[AuditRecord]:
        """Every entry, oldest first."""
        with self._db.reading() as s:
            return [
                AuditRecord(
                    id=row.id,
                    at=aware(row.at, row.utc_offset_min),
                    action=row.action,
                    detail=json.loads(row.detail),
                )
                for row in s.scalars(select(AuditRow).order_by(AuditRow.id))
            ]
