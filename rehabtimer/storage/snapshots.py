"""Routine snapshots: the exact routine each session followed, stored once per content."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any, Self

from sqlalchemy import or_, select

from rehabtimer.storage.convert import now_utc_naive, to_json
from rehabtimer.storage.db import Database
from rehabtimer.storage.errors import StorageError
from rehabtimer.storage.models import SnapshotRow


class UnreadableSnapshot(StorageError):
    @classmethod
    def at(cls, snapshot_id: int) -> Self:
        return cls(
            f"The routine saved as snapshot {snapshot_id} cannot be read. "
            "The history file has not been changed."
        )


class SnapshotRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def ensure(self, routine_id: str, title: Mapping[str, str], definition: dict[str, Any]) -> int:
        """The id of the snapshot of this definition, stored now if it is new.

        A row's hash is the SHA-256 of exactly the text in its definition column, so anyone
        can check a row with sqlite3 and hashlib alone.
        """
        text = to_json(definition)
        content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
        with self._db.transaction() as s:
            # Rows stored before that rule hashed another serialisation and keep their hash:
            # the same text finds them too, so an unchanged routine gets no second snapshot.
            # A routine's versions are few, so comparing texts costs nothing worth an index.
            found = s.scalar(
                select(SnapshotRow.id)
                .where(
                    or_(
                        SnapshotRow.content_hash == content_hash,
                        SnapshotRow.definition_json == text,
                    )
                )
                .order_by(SnapshotRow.id)
                .limit(1)
            )
            if found is not None:
                return found
            row = SnapshotRow(
                routine_id=routine_id,
                content_hash=content_hash,
                title_json=to_json(dict(title)),
                definition_json=text,
                created_at=now_utc_naive(),
            )
            s.add(row)
            s.flush()
            return row.id

    def definition(self, snapshot_id: int) -> dict[str, Any]:
        with self._db.reading() as s:
            text = s.scalar(
                select(SnapshotRow.definition_json).where(SnapshotRow.id == snapshot_id)
            )
        if text is None:
            raise LookupError(f"no routine snapshot {snapshot_id}")
        try:
            result = json.loads(text)
        except (TypeError, ValueError) as error:
            raise UnreadableSnapshot.at(snapshot_id) from error
        if not isinstance(result, dict):
            raise UnreadableSnapshot.at(snapshot_id)
        return result
