"""``make bench``: every figure of issue 8 beside its reference, in one run.

1. interactions in Chromium (click to DOM change, timed in the page) against a
   bare Reflex counter page of the same build;
2. live propagation from one poster to N open thread views and dashboards at a
   steady event rate, against a stock ``rx.SharedState`` page under the same load;
3. the dashboard's incremental update against the full recompute, at each size;
4. capacity: concurrent socket clients held with p95 under 100 ms, on one worker
   and on 4 workers with Redis and PostgreSQL;
5. memory per connected client and the size of each page's state.

One app (production build, one worker, SQLite demo database, with the reference
pages of ``cop_app/pages/bench_reference.py``) serves sections 1, 2, 4 and 5;
section 4 starts its own 4-worker app for the scale-out figure. It prints one
Markdown table and writes every figure to a JSON file.

    python -m bench [--quick] [--only 1 2 3 4 5] [--sizes 10000 100000 [1000000]]
                    [--json bench-results.json]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bench import UNLIMITED_WRITES
from bench.report import Figure, table
from tests.appserver import app_environment, serve

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SIZES = [10_000, 100_000]


def machine() -> dict[str, str | int]:
    from importlib.metadata import version

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_kb = 0
    with contextlib.suppress(OSError, ValueError, IndexError):
        mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    return {
        "cpu": cpu,
        "cores": os.cpu_count() or 0,
        "memory_gib": round(mem_kb / 2**20),
        "python": platform.python_version(),
        "reflex": version("reflex"),
        "when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def _section(name: str, fn: Callable[[], list[Figure]], into: list[Figure]) -> None:
    started = time.monotonic()
    print(f"== {name}", flush=True)
    figures = fn()
    into.extend(figures)
    print(table(figures), flush=True)
    print(f"   ({time.monotonic() - started:.0f} s)\n", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer cells and samples")
    parser.add_argument("--only", nargs="+", type=int, choices=range(1, 6), default=[1, 2, 3, 4, 5])
    parser.add_argument(
        "--sizes",
        nargs="+",
        type=int,
        default=None,
        help="post counts for section 3 (default 10k and 100k, plus 1M when its "
        "database is already cached in .bench-data/)",
    )
    parser.add_argument("--json", type=Path, default=ROOT / "bench-results.json")
    parser.add_argument(
        "--markdown", type=Path, default=ROOT / "bench-results.md", help="the run as Markdown"
    )
    args = parser.parse_args()
    started = time.monotonic()
    info = machine()
    print(f"machine: {info}\n", flush=True)
    figures: list[Figure] = []

    live_sections = [n for n in args.only if n in (1, 2, 4, 5)]
    if live_sections:
        # Every state class, registered here in the main context: the sections
        # name handlers by their states' full names, some from inside asyncio.run
        # (whose context would not keep a registration made there).
        import cop_app.cop_app
        import cop_app.pages.bench_reference  # noqa: F401
        from bench import capacity, interactions, propagation

        folder = Path(tempfile.mkdtemp(prefix="cop-bench-app-"))
        db_url = f"sqlite:///{folder / 'app.db'}"
        env = {
            **app_environment(db_url, workdir_suffix="bench"),
            **UNLIMITED_WRITES,
            "COP_BENCH_PAGES": "1",
        }
        print("serving the app (production build, one worker, demo data) ...", flush=True)
        with serve(env, ROOT / ".states-bench-app.log") as url:
            if 1 in args.only:
                _section(
                    "1. interactions in Chromium",
                    lambda: interactions.run(url, db_url, quick=args.quick),
                    figures,
                )
            if 2 in args.only:
                _section(
                    "2. live propagation",
                    lambda: propagation.run(url, db_url, quick=args.quick),
                    figures,
                )
            if 4 in args.only or 5 in args.only:
                _section(
                    "4-5. capacity and memory",
                    lambda: capacity.run(url, db_url, quick=args.quick),
                    figures,
                )
    if 3 in args.only:
        from bench import health

        sizes = args.sizes
        if sizes is None:
            sizes = list(DEFAULT_SIZES)
            if any(health.CACHE.glob(f"health-1000000-{health.demo_version()}.db")):
                sizes.append(1_000_000)
        _section(
            "3. dashboard compute and incremental update",
            lambda: health.run(sizes, repeat=5 if args.quick else 15),
            figures,
        )

    elapsed = time.monotonic() - started
    print("== all figures\n")
    print(table(figures))
    print(f"\n(whole run {elapsed / 60:.1f} min; figures in {args.json})")
    args.markdown.write_text(
        f"Run of {info['when']} on {info['cores']} cores ({info['cpu']}), "
        f"{info['memory_gib']} GiB, Python {info['python']}, Reflex {info['reflex']}; "
        f"{elapsed / 60:.1f} minutes.\n\n{table(figures)}\n"
    )
    args.json.write_text(
        json.dumps(
            {
                "machine": info,
                "seconds": round(elapsed),
                "figures": [f.to_json() for f in figures],
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
