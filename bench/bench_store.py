"""How the store holds up after five years of daily use.

Builds (once, cached under ``bench/out/``) a synthetic database shaped like a
heavy user's five years: about 100 000 check-in answers, 20 000 wins, 10 000
focus blocks, Layer 1-3 ticks most days, weekly red-flag checks and some rough
days. Then it reports:

* the database size (target: under 30 MB);
* the weekly-wins query the wins page and ``behind-desktop wins`` run
  (``Store.wins_between`` + ``summarise_week`` for one week), timed on an empty
  database and on the five-year one, interleaved, median and p90
  (target: five-year median at most 1.5x the empty one and under 50 ms);
* ``EXPLAIN QUERY PLAN`` for the statements that query runs, to show the
  ``wins_day`` and ``ticks_day`` indexes are used.

Usage::

    python -m bench.bench_store                 # 300 timed runs each
    python -m bench.bench_store --runs 1000 --rebuild
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from behind_desktop.core.checkins import Answer
from behind_desktop.core.focus import FocusState
from behind_desktop.core.timeutil import iso_week_label, week_start
from behind_desktop.core.wins import summarise_week
from behind_desktop.store import DB_NAME, Store

try:
    from bench.measure import print_table
except ImportError:  # pragma: no cover - measure.py is another engineer's file

    def print_table(rows: Sequence[Sequence[object]], file: object = None) -> None:
        for row in rows:
            print("  ".join(str(c) for c in row))


OUT = Path(__file__).resolve().parent / "out"
BIG_DIR = OUT / "store-5y"
TZ = ZoneInfo("Europe/London")
LAST_DAY = date(2026, 11, 29)  # a Sunday: the benchmark week is the last full one
YEARS = 5
SEED = 20261129

ANSWERS = 100_000
WINS = 20_000
BLOCKS = 10_000
QUESTIONS = ("sleep", "food", "move", "person", "water", "meds", "study", "sun", "call", "rest")
ANSWER_MIX = (
    (Answer.YES, 50),
    (Answer.NOT_YET, 20),
    (Answer.IGNORED, 15),
    (Answer.SNOOZED, 10),
    (Answer.SKIPPED, 5),
)
WIN_TEXTS = (
    "Read 3 pages",
    "Sent the email I'd been avoiding",
    "Did 10 flashcards",
    "Wrote the first line of the discharge summary",
    "Presented on the ward round",
    "Called home",
    "Ate lunch sitting down",
    "Asked the registrar for help",
)

TARGET_MB = 30.0
TARGET_RATIO = 1.5
TARGET_MS = 50.0


# -- building the synthetic history ------------------------------------------------------


def _moment(day: date, rng: random.Random, first_hour: int = 7, last_hour: int = 23) -> float:
    hour = rng.randint(first_hour, last_hour - 1)
    local = datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), tzinfo=TZ)
    return local.timestamp()


def build(folder: Path) -> dict[str, int]:
    """Write five years of history into a fresh database in ``folder``."""
    if folder.exists():
        shutil.rmtree(folder)
    rng = random.Random(SEED)
    first_day = LAST_DAY - timedelta(days=365 * YEARS)
    days = [first_day + timedelta(days=i) for i in range((LAST_DAY - first_day).days + 1)]
    opened = datetime(first_day.year, first_day.month, first_day.day, 8, tzinfo=TZ)
    store = Store.open(folder, TZ, opened)
    items = store.items()
    answers = [a for a, w in ANSWER_MIX for _ in range(w)]
    counts: dict[str, int] = {}
    with store.bulk() as c:
        blocks = []
        for i in range(BLOCKS):
            day = rng.choice(days)
            start = _moment(day, rng, 8, 22)
            finished = rng.random() < 0.8
            planned = rng.choice((15, 15, 15, 20, 25, 30)) * 60
            done = planned if finished else rng.randint(60, planned - 60)
            state = FocusState.FINISHED if finished else FocusState.STOPPED
            blocks.append(
                (i + 1, rng.choice(WIN_TEXTS), planned, start, state.value, float(done),
                 None, None, "boot", start + done)
            )  # fmt: skip
        c.executemany(
            "INSERT INTO blocks(id, step, planned_s, started_at, state, accrued_s, seg_wall, "
            "seg_elapsed, boot_id, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            blocks,
        )
        counts["blocks"] = len(blocks)

        wins = []
        for _ in range(WINS):
            if rng.random() < 0.45:
                b = rng.choice(blocks)
                end = b[9]
                day = datetime.fromtimestamp(end, TZ).date()
                wins.append((end, day.isoformat(), b[1], "focus", b[0]))
            else:
                day = rng.choice(days)
                wins.append(
                    (_moment(day, rng), day.isoformat(), rng.choice(WIN_TEXTS), "typed", None)
                )
        c.executemany(
            "INSERT INTO wins(at, day, text, source, block_id) VALUES (?, ?, ?, ?, ?)", wins
        )
        counts["wins"] = len(wins)

        checkins = []
        per_day = ANSWERS / len(days)
        for day in days:
            n = int(per_day) + (rng.random() < per_day % 1)
            for _ in range(n):
                due = _moment(day, rng)
                answer = rng.choice(answers)
                snooze = due + 1800 if answer is Answer.SNOOZED else None
                checkins.append(
                    (rng.choice(QUESTIONS), due, answer.value, due + rng.randint(5, 600),
                     day.isoformat(), snooze)
                )  # fmt: skip
        c.executemany(
            "INSERT INTO checkins(question, due_at, answer, at, day, snooze_until) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            checkins,
        )
        counts["checkins"] = len(checkins)

        ticks = [
            (item.id, day.isoformat(), _moment(day, rng), rng.choice(("manual", "checkin")))
            for day in days
            for item in items
            if rng.random() < {1: 0.7, 2: 0.6, 3: 0.1}[int(item.layer)]
        ]
        c.executemany("INSERT INTO ticks(item_id, day, at, source) VALUES (?, ?, ?, ?)", ticks)
        counts["ticks"] = len(ticks)

        rough = [(d.isoformat(), 1) for d in days if rng.random() < 0.05]
        c.executemany("INSERT INTO days(day, rough) VALUES (?, ?)", rough)
        counts["days"] = len(rough)

        weeks = sorted({iso_week_label(d) for d in days})
        c.executemany(
            "INSERT INTO redflags(week, at, signs) VALUES (?, ?, ?)",
            [
                (w, opened.timestamp(), '["exhausted"]' if rng.random() < 0.2 else "[]")
                for w in weeks
            ],
        )
        counts["redflags"] = len(weeks)
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # size on disk, not in the log
    store.close()
    return counts


def copy_week(source: Path, folder: Path, start: date, now: datetime) -> Store:
    """A fresh database holding only ``start``'s week of wins and ticks from ``source``:
    the same rows the query returns, without the history around them."""
    store = Store.open(folder, TZ, now)
    src = sqlite3.connect(f"file:{source / DB_NAME}?mode=ro", uri=True)
    span = (start.isoformat(), (start + timedelta(days=6)).isoformat())
    try:
        wins = src.execute(
            "SELECT at, day, text, source FROM wins WHERE day BETWEEN ? AND ?", span
        ).fetchall()
        ticks = src.execute(
            "SELECT item_id, day, at, source FROM ticks WHERE day BETWEEN ? AND ?", span
        ).fetchall()
    finally:
        src.close()
    with store.bulk() as c:  # default items are seeded identically, so item ids match
        c.executemany("INSERT INTO wins(at, day, text, source) VALUES (?, ?, ?, ?)", wins)
        c.executemany("INSERT INTO ticks(item_id, day, at, source) VALUES (?, ?, ?, ?)", ticks)
    return store


def table_counts(folder: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{folder / DB_NAME}?mode=ro", uri=True)
    try:
        return {
            t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("checkins", "wins", "blocks", "ticks", "days", "redflags")
        }
    finally:
        conn.close()


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.glob(DB_NAME + "*")) / 1e6


# -- timing ------------------------------------------------------------------------------


def weekly_wins(store: Store, start: date) -> int:
    week = summarise_week(start, store.wins_between(start, start + timedelta(days=6)))
    return week.count


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter_ns()
    fn()
    return (time.perf_counter_ns() - t0) / 1e6


def percentile(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    pos = (len(ordered) - 1) * pct / 100
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def query_plans(store: Store, start: date) -> list[tuple[str, list[str]]]:
    """The statements ``wins_between`` really runs (traced, not copied) and their plans."""
    seen: list[str] = []
    conn = store._conn  # the store's own connection, so the SQL stays in store.py
    conn.set_trace_callback(seen.append)
    try:
        store.wins_between(start, start + timedelta(days=6))
    finally:
        conn.set_trace_callback(None)
    plans = []
    for sql in seen:
        if sql.lstrip().upper().startswith("SELECT"):
            rows = conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
            plans.append((" ".join(sql.split()), [r[-1] for r in rows]))
    return plans


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300, help="timed runs per database")
    parser.add_argument("--rebuild", action="store_true", help="build the 5-year database again")
    args = parser.parse_args(argv)

    if args.rebuild or not (BIG_DIR / DB_NAME).exists():
        OUT.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        build(BIG_DIR)
        print(f"Built {BIG_DIR / DB_NAME} in {time.perf_counter() - t0:.1f} s")
    else:
        print(f"Using the cached {BIG_DIR / DB_NAME} (--rebuild to make it again)")
    counts = table_counts(BIG_DIR)
    mb = size_mb(BIG_DIR)

    start = week_start(LAST_DAY)
    now = datetime(LAST_DAY.year, LAST_DAY.month, LAST_DAY.day, 20, tzinfo=TZ)
    with tempfile.TemporaryDirectory(prefix="behind-bench-") as tmp:
        stores = {
            "empty": Store.open(Path(tmp) / "empty", TZ, now),
            "this week only": copy_week(BIG_DIR, Path(tmp) / "week", start, now),
            "5 years": Store.open(BIG_DIR, TZ, now),
        }
        try:
            found = {name: weekly_wins(s, start) for name, s in stores.items()}
            for _ in range(20):  # warm the page cache and the statement cache
                for s in stores.values():
                    weekly_wins(s, start)
            times: dict[str, list[float]] = {name: [] for name in stores}
            order = list(stores.items())
            for i in range(args.runs):
                # rotate who goes first, so drift and caches don't favour one database
                k = i % len(order)
                for name, s in order[k:] + order[:k]:
                    times[name].append(timed(lambda s=s: weekly_wins(s, start)))
            plans = query_plans(stores["5 years"], start)
        finally:
            for s in stores.values():
                s.close()
    assert found["this week only"] == found["5 years"], found

    print()
    print_table(
        [
            ["table", "rows"],
            *[[t, n] for t, n in counts.items()],
        ]
    )
    print()
    size_ok = mb < TARGET_MB
    verdict = "met" if size_ok else "NOT met"
    print(f"Database size: {mb:.1f} MB (target < {TARGET_MB:.0f} MB: {verdict})")
    print()
    med = {k: statistics.median(v) for k, v in times.items()}
    p90 = {k: percentile(v, 90) for k, v in times.items()}
    print(
        f"Weekly wins (wins_between + summarise_week), week {iso_week_label(start)}, "
        f"{args.runs} interleaved runs each:"
    )
    print_table(
        [
            ["database", "wins in the week", "median ms", "p90 ms"],
            *[[k, found[k], round(med[k], 3), round(p90[k], 3)] for k in times],
        ]
    )
    fast = med["5 years"] < TARGET_MS
    for base in ("empty", "this week only"):
        ratio = med["5 years"] / med[base]
        verdict = "met" if ratio <= TARGET_RATIO and fast else "NOT met"
        print(
            f"5 years / {base} (median): {ratio:.2f}x "
            f"(target <= {TARGET_RATIO}x and < {TARGET_MS:.0f} ms: {verdict})"
        )
    print(
        "The empty database returns no wins, so that ratio also counts building the "
        "week's wins;\nthe one-week database returns the same wins, so its ratio is the "
        "cost of five years of history."
    )
    print()
    print("EXPLAIN QUERY PLAN for the statements wins_between runs:")
    for sql, steps in plans:
        print(f"  {sql}")
        for step in steps:
            print(f"    -> {step}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
