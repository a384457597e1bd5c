"""The one SQLite database, and all the SQL in Behind.

Opening is careful: a database from a newer version is refused and left
untouched; a corrupt one is moved aside with its -wal/-shm and a fresh one is
started, with a notice for the user; migrations run each in a transaction after
a backup. Every write is its own transaction in WAL mode with synchronous=FULL,
so an acknowledged answer, tick or win survives a crash.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from behind_desktop.core.checkins import Answer, History, Response
from behind_desktop.core.focus import FocusBlock, FocusState
from behind_desktop.core.layers import Item, Layer, clean_title
from behind_desktop.core.reasons import os_reason
from behind_desktop.core.settings import Settings, from_json, to_json
from behind_desktop.core.text import Phrase
from behind_desktop.core.wins import Win, WinSource
from behind_desktop.store import backups, schema
from behind_desktop.store.errors import (
    ReadOnlyDatabaseError,
    StoreError,
    StoreNotice,
    StoreProblem,
    WriteError,
    WriteReason,
    notice,
)
from behind_desktop.store.files import (
    APPLICATION_ID,
    DB_NAME,
    SQLITE_BUSY,
    SQLITE_FULL,
    SQLITE_LOCKED,
    SQLITE_READONLY,
    WAL_COPY,
    Damaged,
    check_wal,
    connect,
    create,
    existing_file,
    from_ts,
    inspect,
    journal,
    make_private,
    move_aside,
    prepare_dir,
    primary_code,
    sidecars,
    to_ts,
    valid_ts,
)

UNREADABLE_SETTINGS = "settings_unreadable"  # the raw value that was reset, kept for export
_UNREADABLE = "\x00unreadable"  # stands in for a number JSON can't carry (1e999)


def safe_json(raw: str) -> Any:
    """Parse stored JSON that may be hostile: None when it can't be read at all;
    numbers JSON can't carry come back as a value no field accepts."""

    def finite(text: str) -> Any:
        value = float(text)
        return value if math.isfinite(value) else _UNREADABLE

    try:
        return json.loads(raw, parse_float=finite, parse_constant=lambda _: _UNREADABLE)
    except (ValueError, RecursionError):
        return None


def _finite(value: Any) -> Any:
    """A stored number as export can write it (never inf or nan)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


if TYPE_CHECKING:
    from behind_desktop.core.redflags import WeekCheck  # loaded with the self-check
    from behind_desktop.store import importer  # loaded when an import runs

log = logging.getLogger(__name__)


class _DryRun(Exception):
    def __init__(self, summary: importer.ImportSummary) -> None:
        self.summary = summary


def _guard(fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except OSError as e:
        raise StoreError(StoreProblem.CANT_SET_ASIDE, os_reason(e)) from None


def _why_not_written(e: sqlite3.OperationalError) -> tuple[WriteReason, Phrase]:
    """Why a write was refused, by SQLite's result code (never by its wording)."""
    code = primary_code(e)
    if code == SQLITE_FULL:
        reason = WriteReason.DISK_FULL
    elif code in (SQLITE_BUSY, SQLITE_LOCKED):
        reason = WriteReason.LOCKED
    elif code == SQLITE_READONLY:
        reason = WriteReason.NOT_WRITABLE
    else:
        return WriteReason.OTHER, notice(WriteReason.OTHER, e)
    return reason, notice(reason)


def _write_problem(e: sqlite3.OperationalError) -> WriteError:
    """A write the store keeps and makes as soon as it can."""
    return WriteError(StoreProblem.WRITE_KEPT, *_why_not_written(e))


def _write_refused(e: sqlite3.OperationalError) -> WriteError:
    """A write refused with nothing changed (nothing is kept for later)."""
    return WriteError(StoreProblem.WRITE_REFUSED, *_why_not_written(e))


class Store:
    """The open database. Not thread-safe: use it from one thread.

    A write that can't be made now (a full disk, a database another program holds
    locked) raises WriteError and is kept: it is written, in order, before the next
    write or when ``retry_pending`` is called, so an answer the user gave is never
    dropped while Behind runs. A store opened with ``keep_writes=False`` (a command
    line process, which is about to end and could not keep that promise) keeps
    nothing: the write is refused, with nothing changed, before anyone is told it
    was taken.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        tz: tzinfo,
        keep_writes: bool = True,
    ) -> None:
        self._conn = conn
        self.path = path
        self.tz = tz
        # What opening did that the user is told once: moved aside, upgraded, reset.
        self.notices: tuple[Phrase, ...] = ()
        self.keep_writes = keep_writes
        self._pending: list[Callable[[sqlite3.Connection], Any]] = []
        self._backup_day: date | None = None

    @property
    def notice(self) -> str | None:
        """The notices in English, as the log says them (each front end words ``notices``)."""
        return " ".join(n.english() for n in self.notices) or None

    # -- opening ----------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path, tz: tzinfo, now: datetime, keep_writes: bool = True) -> Store:
        prepare_dir(data_dir)
        path = data_dir / DB_NAME
        notices: list[Phrase] = []
        holds_data = False
        if existing_file(path):
            if not os.access(path, os.R_OK | os.W_OK) or not os.access(data_dir, os.W_OK):
                raise ReadOnlyDatabaseError(StoreProblem.READ_ONLY, path)
            try:
                holds_data = inspect(path, schema.SCHEMA_VERSION)
            except Damaged as problem:
                moved = _guard(lambda: move_aside(path, now))
                log.warning("data file moved aside to %s: %s", moved, problem)
                notices.append(notice(StoreNotice.MOVED_ASIDE, moved))
        elif any(p.exists() for p in [*sidecars(path)[1:], journal(path)]):
            # A -wal or journal without its database would be replayed into a new one.
            moved = _guard(lambda: move_aside(path, now))
            notices.append(notice(StoreNotice.STRAY_PIECES, moved))
        if holds_data:
            aside = _guard(lambda: check_wal(path, now))
            if aside is not None:
                notices.append(notice(StoreNotice.RECENT_UNREADABLE, aside))
        else:
            create(path, lambda conn: schema.migrate(conn, path, now))
        try:
            conn = connect(path)
        except sqlite3.Error as e:
            raise StoreError(StoreProblem.CANT_CONNECT, path, e) from None
        try:
            backup = schema.migrate(conn, path, now)
            (app_id,) = conn.execute("PRAGMA application_id").fetchone()
            if app_id != APPLICATION_ID:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        except sqlite3.Error as e:
            conn.close()
            raise StoreError(StoreProblem.CANT_SET_UP, path, e) from None
        if backup is not None:
            notices.append(notice(StoreNotice.UPGRADED, backup))
        for p in sidecars(path):
            make_private(p)
        store = cls(conn, path, tz, keep_writes)
        if store._repair_settings():
            notices.append(notice(StoreNotice.SETTINGS_RESET))
        store.notices = tuple(notices)
        return store

    def close(self) -> None:
        with contextlib.suppress(StoreError):
            self.retry_pending()
        self._conn.close()

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _run(self, op: Callable[[sqlite3.Connection], Any]) -> Any:
        try:
            with self._tx() as c:
                return op(c)
        except sqlite3.OperationalError as e:
            raise _write_problem(e) from None

    def _write(self, op: Callable[[sqlite3.Connection], Any]) -> Any:
        """Run one write in its own transaction, after any still waiting."""
        if not self.keep_writes:
            try:
                with self._tx() as c:
                    return op(c)
            except sqlite3.OperationalError as e:
                raise _write_refused(e) from None
        try:
            self.retry_pending()
        except WriteError:
            self._pending.append(op)
            raise
        try:
            return self._run(op)
        except WriteError:
            self._pending.append(op)
            raise

    @property
    def pending(self) -> int:
        """How many writes are waiting for the disk or the lock."""
        return len(self._pending)

    def retry_pending(self) -> bool:
        """Write what is waiting, in order; True when nothing waits any more."""
        while self._pending:
            self._run(self._pending[0])
            self._pending.pop(0)
        return True

    def _day(self, d: date) -> str:
        return d.isoformat()

    # -- key/value state and settings ---------------------------------------------

    def get_value(self, key: str) -> str | None:
        # As bytes, so a value that is not UTF-8 text (a BLOB, junk) still reads.
        row = self._conn.execute(
            "SELECT CAST(value AS BLOB) FROM kv WHERE key = ?", (key,)
        ).fetchone()
        if row is None or row[0] is None:
            return None
        raw = row[0]
        return raw.decode("utf-8", "backslashreplace") if isinstance(raw, bytes) else str(raw)

    def set_value(self, key: str, value: str | None) -> None:
        def op(c: sqlite3.Connection) -> Any:
            if value is None:
                c.execute("DELETE FROM kv WHERE key = ?", (key,))
            else:
                c.execute(
                    "INSERT INTO kv(key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )

        self._write(op)

    def get_time(self, key: str) -> datetime | None:
        return from_ts(self.get_value(key), self.tz)

    def set_time(self, key: str, moment: datetime | None) -> None:
        self.set_value(key, None if moment is None else repr(to_ts(moment)))

    def settings(self) -> Settings:
        raw = self.get_value("settings")
        if raw is None:
            return Settings()
        data = safe_json(raw)
        return from_json(json.dumps(data)) if isinstance(data, dict) else Settings()

    def save_settings(self, settings: Settings) -> None:
        self.set_value("settings", to_json(settings))

    def _repair_settings(self) -> bool:
        """Reset stored settings that fail validation, keeping the raw value for export.
        True when something was reset (the user is told once)."""
        raw = self.get_value("settings")
        if raw is None:
            return False
        data = safe_json(raw)
        settings = self.settings()
        if isinstance(data, dict):
            clean = json.loads(to_json(settings))
            if all(clean.get(k) == v for k, v in data.items() if k in clean):
                return False
        with contextlib.suppress(StoreError):
            if self.get_value(UNREADABLE_SETTINGS) is None:
                self.set_value(UNREADABLE_SETTINGS, raw)
            self.save_settings(settings)
        return True

    # -- layer items and ticks ----------------------------------------------------

    def items(self, include_archived: bool = False) -> list[Item]:
        rows = self._conn.execute(
            "SELECT id, layer, title, position, key, archived FROM items "
            + ("" if include_archived else "WHERE archived = 0 ")
            + "ORDER BY layer, position, id"
        ).fetchall()
        return [Item(r[0], Layer(r[1]), r[2], r[3], r[4], bool(r[5])) for r in rows]

    def add_item(self, layer: Layer, title: str, now: datetime, key: str | None = None) -> Item:
        title = clean_title(title)

        def op(c: sqlite3.Connection) -> Any:
            (pos,) = c.execute(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM items WHERE layer = ?", (int(layer),)
            ).fetchone()
            cur = c.execute(
                "INSERT INTO items(layer, key, title, position, created_at) VALUES (?, ?, ?, ?, ?)",
                (int(layer), key, title, pos, to_ts(now)),
            )
            assert cur.lastrowid is not None
            return Item(cur.lastrowid, layer, title, pos, key)

        item: Item = self._write(op)
        return item

    def rename_item(self, item_id: int, title: str) -> None:
        title = clean_title(title)

        def op(c: sqlite3.Connection) -> Any:
            c.execute("UPDATE items SET title = ? WHERE id = ?", (title, item_id))

        self._write(op)

    def archive_item(self, item_id: int, archived: bool = True) -> None:
        def op(c: sqlite3.Connection) -> Any:
            c.execute("UPDATE items SET archived = ? WHERE id = ?", (int(archived), item_id))

        self._write(op)

    def move_item(self, item_id: int, delta: int) -> None:
        """Move an item up (negative) or down within its layer."""

        def op(c: sqlite3.Connection) -> Any:
            row = c.execute("SELECT layer FROM items WHERE id = ?", (item_id,)).fetchone()
            if row is None:
                return
            ids = [
                r[0]
                for r in c.execute(
                    "SELECT id FROM items WHERE layer = ? AND archived = 0 ORDER BY position, id",
                    (row[0],),
                )
            ]
            i = ids.index(item_id)
            j = max(0, min(len(ids) - 1, i + delta))
            ids.insert(j, ids.pop(i))
            c.executemany(
                "UPDATE items SET position = ? WHERE id = ?", [(p, x) for p, x in enumerate(ids)]
            )

        self._write(op)

    def item_by_key(self, key: str) -> Item | None:
        for item in self.items():
            if item.key == key:
                return item
        return None

    def ticked(self, day: date) -> set[int]:
        rows = self._conn.execute("SELECT item_id FROM ticks WHERE day = ?", (self._day(day),))
        return {r[0] for r in rows}

    def set_tick(
        self, item_id: int, day: date, ticked: bool, now: datetime, source: str = "manual"
    ) -> None:
        def op(c: sqlite3.Connection) -> Any:
            if ticked:
                c.execute(
                    "INSERT OR IGNORE INTO ticks(item_id, day, at, source) VALUES (?, ?, ?, ?)",
                    (item_id, self._day(day), to_ts(now), source),
                )
            else:
                c.execute(
                    "DELETE FROM ticks WHERE item_id = ? AND day = ?", (item_id, self._day(day))
                )

        self._write(op)

    def rough_day(self, day: date) -> bool:
        row = self._conn.execute(
            "SELECT rough FROM days WHERE day = ?", (self._day(day),)
        ).fetchone()
        return bool(row and row[0])

    def set_rough_day(self, day: date, rough: bool) -> None:
        def op(c: sqlite3.Connection) -> Any:
            c.execute(
                "INSERT INTO days(day, rough) VALUES (?, ?) "
                "ON CONFLICT(day) DO UPDATE SET rough = excluded.rough",
                (self._day(day), int(rough)),
            )

        self._write(op)

    # -- focus blocks -----------------------------------------------------------------

    def _block(self, row: tuple[Any, ...] | None) -> FocusBlock | None:
        if row is None:
            return None
        started = from_ts(row[3], self.tz)
        planned, accrued = _finite(row[2]), _finite(row[5])
        try:
            state = FocusState(row[4])
        except ValueError:
            return None
        if started is None or not isinstance(planned, int) or not 0 < planned <= 86_400:
            return None  # a damaged row: read as no block rather than stop the app
        if not isinstance(accrued, (int, float)) or not 0 <= accrued <= planned:
            accrued = float(planned)
        seg_elapsed = _finite(row[7])
        return FocusBlock(
            id=row[0],
            step=str(row[1]),
            planned_s=planned,
            started_at=started,
            state=state,
            accrued_s=float(accrued),
            seg_wall=from_ts(row[6], self.tz),
            seg_elapsed=seg_elapsed if isinstance(seg_elapsed, (int, float)) else None,
            boot_id=str(row[8]),
            ended_at=from_ts(row[9], self.tz),
        )

    _BLOCK_COLS = (
        "id, step, planned_s, started_at, state, accrued_s, seg_wall, seg_elapsed, "
        "boot_id, ended_at"
    )

    def latest_block(self) -> FocusBlock | None:
        row = self._conn.execute(
            f"SELECT {self._BLOCK_COLS} FROM blocks ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return self._block(row)

    def save_block(self, block: FocusBlock) -> FocusBlock:
        values = (
            block.step,
            block.planned_s,
            to_ts(block.started_at),
            block.state.value,
            block.accrued_s,
            None if block.seg_wall is None else to_ts(block.seg_wall),
            block.seg_elapsed,
            block.boot_id,
            None if block.ended_at is None else to_ts(block.ended_at),
        )

        def op(c: sqlite3.Connection) -> Any:
            if block.id is None:
                cur = c.execute(
                    "INSERT INTO blocks(step, planned_s, started_at, state, accrued_s, seg_wall, "
                    "seg_elapsed, boot_id, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    values,
                )
                assert cur.lastrowid is not None
                return replace(block, id=cur.lastrowid)
            c.execute(
                "UPDATE blocks SET step = ?, planned_s = ?, started_at = ?, state = ?, "
                "accrued_s = ?, seg_wall = ?, seg_elapsed = ?, boot_id = ?, ended_at = ? "
                "WHERE id = ?",
                (*values, block.id),
            )
            return block

        saved: FocusBlock = self._write(op)
        return saved

    # -- wins -------------------------------------------------------------------------

    def add_win(
        self,
        text: str,
        source: WinSource,
        at: datetime,
        day: date,
        block_id: int | None = None,
    ) -> Win:
        text = clean_title(text)

        def op(c: sqlite3.Connection) -> Any:
            cur = c.execute(
                "INSERT INTO wins(at, day, text, source, block_id) VALUES (?, ?, ?, ?, ?)",
                (to_ts(at), self._day(day), text, source.value, block_id),
            )
            assert cur.lastrowid is not None
            return Win(at, day, text, source, block_id, cur.lastrowid)

        win: Win = self._write(op)
        return win

    def restore_win(self, win: Win) -> Win:
        """Put back a deleted win (undo), keeping its id."""

        def op(c: sqlite3.Connection) -> Any:
            c.execute(
                "INSERT INTO wins(id, at, day, text, source, block_id) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    win.id,
                    to_ts(win.at),
                    self._day(win.day),
                    win.text,
                    win.source.value,
                    win.block_id,
                ),
            )

        self._write(op)
        return win

    def edit_win(self, win_id: int, text: str) -> None:
        text = clean_title(text)

        def op(c: sqlite3.Connection) -> Any:
            c.execute("UPDATE wins SET text = ? WHERE id = ?", (text, win_id))

        self._write(op)

    def delete_win(self, win_id: int) -> Win | None:
        row = self._conn.execute(
            "SELECT id, at, day, text, source, block_id FROM wins WHERE id = ?", (win_id,)
        ).fetchone()
        if row is None:
            return None

        def op(c: sqlite3.Connection) -> Any:
            c.execute("DELETE FROM wins WHERE id = ?", (win_id,))

        self._write(op)
        return self._win(row)

    def _win(self, r: tuple[Any, ...]) -> Win | None:
        try:
            day = date.fromisoformat(r[2])
            source = WinSource(r[4])
        except (TypeError, ValueError):
            return None  # a damaged row: left in the file, not shown
        at = from_ts(r[1], self.tz) or datetime.combine(day, time(12), self.tz)
        return Win(at, day, str(r[3]), source, r[5], r[0])

    def wins_between(self, first: date, last: date) -> list[Win]:
        """Stored wins plus Layer 1 basics ticked, for days first..last inclusive."""
        a, b = self._day(first), self._day(last)
        rows = self._conn.execute(
            "SELECT id, at, day, text, source, block_id FROM wins "
            "WHERE day BETWEEN ? AND ? ORDER BY at, id",
            (a, b),
        )
        wins = [w for w in map(self._win, rows) if w is not None]
        for at, day, title in self._conn.execute(
            "SELECT t.at, t.day, i.title FROM ticks t JOIN items i ON i.id = t.item_id "
            "WHERE t.day BETWEEN ? AND ? AND i.layer = 1 ORDER BY t.at",
            (a, b),
        ):
            with contextlib.suppress(TypeError, ValueError):
                d = date.fromisoformat(day)
                moment = from_ts(at, self.tz) or datetime.combine(d, time(12), self.tz)
                wins.append(Win(moment, d, str(title), WinSource.BASICS))
        return wins

    def win_days(self) -> tuple[date, date] | None:
        row = self._conn.execute("SELECT MIN(day), MAX(day) FROM wins").fetchone()
        if row is None or row[0] is None:
            return None
        return date.fromisoformat(row[0]), date.fromisoformat(row[1])

    # -- check-ins ------------------------------------------------------------------------

    def record_response(self, response: Response, day: date) -> None:
        """Store an answer; a "yes" ticks the matching Layer 1 item in the same transaction."""

        def op(c: sqlite3.Connection) -> Any:
            c.execute(
                "INSERT INTO checkins(question, due_at, answer, at, day, snooze_until) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    response.question_key,
                    to_ts(response.due_at),
                    response.answer.value,
                    to_ts(response.at),
                    self._day(day),
                    None if response.snooze_until is None else to_ts(response.snooze_until),
                ),
            )
            if response.tick_item:
                row = c.execute(
                    "SELECT id FROM items WHERE key = ? AND archived = 0 ORDER BY id LIMIT 1",
                    (response.tick_item,),
                ).fetchone()
                if row is not None:
                    c.execute(
                        "INSERT OR IGNORE INTO ticks(item_id, day, at, source) "
                        "VALUES (?, ?, ?, 'checkin')",
                        (row[0], self._day(day), to_ts(response.at)),
                    )

        self._write(op)

    def history(self, question: str) -> History:
        rows = self._conn.execute(
            "SELECT due_at, answer, snooze_until FROM checkins WHERE question = ? "
            "ORDER BY id DESC LIMIT 12",
            (question,),
        ).fetchall()
        if not rows:
            return History()
        # Each moment is checked on its own: junk (text, inf, the year 9999) beside
        # sound ones must neither hide them nor break the comparison.
        dues = [t for t in (valid_ts(r[0]) for r in rows) if t is not None]
        ignored = 0
        for r in rows:
            if r[1] != Answer.IGNORED.value:
                break
            ignored += 1
        newest = rows[0]
        snooze_until = from_ts(newest[2], self.tz)
        snoozed = newest[1] == Answer.SNOOZED.value and snooze_until is not None
        return History(
            last_due=from_ts(max(dues), self.tz) if dues else None,
            ignored_in_row=ignored,
            snooze_until=snooze_until if snoozed else None,
            snoozed_due=from_ts(newest[0], self.tz) if snoozed else None,
        )

    def histories(self, questions: Iterable[str]) -> dict[str, History]:
        return {q: self.history(q) for q in questions}

    def answered_yes(self, day: date, since: date | None = None) -> set[str]:
        """Questions answered "yes" on ``day`` (or on any day from ``since`` to ``day``)."""
        rows = self._conn.execute(
            "SELECT DISTINCT question FROM checkins WHERE day BETWEEN ? AND ? AND answer = 'yes'",
            (self._day(since or day), self._day(day)),
        )
        return {r[0] for r in rows}

    # -- red flags --------------------------------------------------------------------------

    def save_week_check(self, check: WeekCheck, now: datetime) -> None:
        def op(c: sqlite3.Connection) -> Any:
            c.execute(
                "INSERT INTO redflags(week, at, signs) VALUES (?, ?, ?) "
                "ON CONFLICT(week) DO UPDATE SET at = excluded.at, signs = excluded.signs",
                (check.week, to_ts(now), json.dumps(sorted(check.signs))),
            )

        self._write(op)

    def week_checks(self, weeks: Iterable[str] | None = None) -> dict[str, WeekCheck]:
        from behind_desktop.core.redflags import SIGN_KEYS, WeekCheck

        rows = self._conn.execute("SELECT week, signs FROM redflags").fetchall()
        wanted = None if weeks is None else set(weeks)
        out = {}
        for week, signs in rows:
            if wanted is None or week in wanted:
                found = safe_json(signs) if isinstance(signs, str) else None
                listed = found if isinstance(found, list) else []
                keys = frozenset(s for s in listed if isinstance(s, str) and s in SIGN_KEYS)
                out[week] = WeekCheck(week, keys)
        return out

    # -- export and delete -------------------------------------------------------------------

    def export(self) -> dict[str, list[dict[str, Any]]]:
        """Every table as plain rows, times in ISO 8601 with the local offset."""
        tz = self.tz

        def iso(ts: float | None) -> str | None:
            m = from_ts(ts, tz)
            return None if m is None else m.isoformat(timespec="seconds")

        out: dict[str, list[dict[str, Any]]] = {}
        out["checkins"] = [
            {
                "question": q,
                "due_at": iso(d),
                "answer": a,
                "at": iso(at),
                "day": day,
                "snooze_until": iso(s),
            }
            for q, d, a, at, day, s in self._conn.execute(
                "SELECT question, due_at, answer, at, day, snooze_until FROM checkins ORDER BY id"
            )
        ]
        out["items"] = [
            {"id": i, "layer": layer, "key": k, "title": t, "position": p, "archived": bool(ar)}
            for i, layer, k, t, p, ar in self._conn.execute(
                "SELECT id, layer, key, title, position, archived FROM items "
                "ORDER BY layer, position"
            )
        ]
        out["ticks"] = [
            {"item_id": i, "item": t, "day": d, "at": iso(at), "source": s}
            for i, t, d, at, s in self._conn.execute(
                "SELECT t.item_id, i.title, t.day, t.at, t.source FROM ticks t "
                "JOIN items i ON i.id = t.item_id ORDER BY t.day, t.at"
            )
        ]
        out["days"] = [
            {"day": d, "rough_day": bool(r)}
            for d, r in self._conn.execute("SELECT day, rough FROM days ORDER BY day")
        ]
        out["blocks"] = [
            {
                "id": i,
                "step": st,
                "planned_s": p,
                "started_at": iso(s),
                "state": state,
                "focused_s": round(a) if isinstance(_finite(a), (int, float)) else None,
                "ended_at": iso(e),
            }
            for i, st, p, s, state, a, e in self._conn.execute(
                "SELECT id, step, planned_s, started_at, state, accrued_s, ended_at "
                "FROM blocks ORDER BY id"
            )
        ]
        out["wins"] = [
            {"id": i, "at": iso(at), "day": d, "text": t, "source": s, "block_id": b}
            for i, at, d, t, s, b in self._conn.execute(
                "SELECT id, at, day, text, source, block_id FROM wins ORDER BY at, id"
            )
        ]
        out["redflags"] = [
            {"week": w, "at": iso(at), "signs": safe_json(s) if isinstance(s, str) else None}
            for w, at, s in self._conn.execute("SELECT week, at, signs FROM redflags ORDER BY week")
        ]
        # Never saved: the defaults in force, so the export names every setting.
        stored = safe_json(self.get_value("settings") or to_json(Settings()))
        out["settings"] = [stored if isinstance(stored, dict) else {}]
        raw = self.get_value(UNREADABLE_SETTINGS)
        if raw is not None:
            out[UNREADABLE_SETTINGS] = [{"raw": raw}]
        return out

    # -- import and backups ---------------------------------------------------------------

    def import_export(
        self, data: object, name: str, dry_run: bool = False
    ) -> importer.ImportSummary:
        """Merge Behind's own JSON export (parsed); only what is missing is added.
        Raises StoreError for a file that is not Behind's, newer or damaged."""
        from behind_desktop.store import importer

        export = importer.check_export(data, name)
        try:
            with self._tx() as c:
                summary = importer.merge(c, export)
                if dry_run:
                    raise _DryRun(summary)
        except _DryRun as done:
            return done.summary
        except (ValueError, TypeError, KeyError, OverflowError, sqlite3.IntegrityError):
            raise importer.ImportRefused(StoreProblem.DAMAGED_ROW, name) from None
        except sqlite3.OperationalError as e:
            raise _write_refused(e) from None  # an import is never kept
        return summary

    def backup_if_due(self, now: datetime) -> Path | None:
        """Today's backup, made once a day (the first call on a new day makes it)."""
        today = now.date()
        if self._backup_day == today:
            return None
        found = backups.backups(self.path.parent)
        if found and found[0].day >= today:
            self._backup_day = today
            return None
        made = self.backup_now(now)
        self._backup_day = today
        return made

    def backup_now(self, now: datetime) -> Path:
        return backups.make_backup(self._conn, self.path.parent, now.date(), to_ts(now))

    def restore(self, source: Path, now: datetime) -> Path | None:
        """Put a backup in place of this database while it is open (the running app):
        what waits is written first, the file is let go, the backup is checked and
        put in place (the current file kept aside, see ``backups.restore``), and the
        database is opened again. Returns where the current file went. Raises
        StoreError with nothing changed: a write still waiting, a backup that is
        damaged, newer or not Behind's."""
        self.retry_pending()
        self._conn.close()
        try:
            moved = backups.restore(self.path.parent, source, now)
        finally:
            reopened = Store.open(self.path.parent, self.tz, now, self.keep_writes)
            self._conn = reopened._conn
            self._backup_day = None
        self.notices = reopened.notices
        return moved

    def delete_all(self, now: datetime) -> list[Path]:
        """Remove every answer, tick, block, win, flag and setting; start with defaults.

        Copies Behind made of this file (moved-aside damaged ones, backups from
        before an upgrade) hold the same health data, so they go too. Returns them.
        """

        def op(c: sqlite3.Connection) -> Any:
            for table in ("checkins", "ticks", "days", "wins", "blocks", "redflags", "kv", "items"):
                c.execute(f"DELETE FROM {table}")
            schema.seed(c, now)

        self._write(op)
        self._conn.execute("VACUUM")
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        removed = []
        for pattern in (
            f"{self.path.name}.corrupt-*",
            f"{self.path.name}.before-restore-*",
            f"{self.path.name}.v*.bak",
            self.path.name + WAL_COPY,
            f"{backups.BACKUP_DIR}/*.db",
        ):
            for copy in sorted(self.path.parent.glob(pattern)):
                with contextlib.suppress(OSError):
                    copy.unlink()
                    removed.append(copy)
        return removed

    # -- bulk loading (benchmarks and tests) ---------------------------------------------------

    def bulk(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """One transaction for many inserts; used by the benchmark's synthetic history."""
        return self._tx()
