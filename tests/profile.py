"""Which deployment profile the suite runs against.

``make test`` runs the whole suite twice: on the embedded default (SQLite file,
Reflex's in-process state, one worker) and, when PostgreSQL and Redis answer,
on the scale-out profile (``COP_TEST_PROFILE=scaled``): service tests on
PostgreSQL, and the browser tests against an app on PostgreSQL with Redis
holding Reflex's state and carrying live topics between its workers.

    python -m tests.profile [--start]   # exit 0 when the scale-out services answer
                                        # (--start: try to start stopped local ones)
"""

from __future__ import annotations

import os
import sys

import sqlalchemy as sa

PROFILE = os.environ.get("COP_TEST_PROFILE", "embedded")
SCALED = PROFILE == "scaled"
PG_ADMIN_URL = os.environ.get(
    "COP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
#: Redis database the scale-out browser app keeps its state in (flushed at start).
REDIS_URL = os.environ.get("COP_TEST_REDIS_URL", "redis://127.0.0.1:6379/2")
#: Backend workers of the scale-out browser app.
WORKERS = os.environ.get("COP_TEST_WORKERS", "2")


def unreachable() -> str | None:
    """Why the scale-out profile cannot run here, or None when it can."""
    import redis

    try:
        engine = sa.create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        engine.dispose()
    except Exception as exc:
        return f"PostgreSQL is not reachable at {PG_ADMIN_URL}: {exc.__class__.__name__}"
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3).ping()
    except Exception as exc:
        return f"Redis is not reachable at {REDIS_URL}: {exc.__class__.__name__}"
    return None


#: How this machine kind starts its services when one has stopped (ENVIRONMENT.md).
START_COMMANDS = (
    "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
    "redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save '' "
    "--appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log",
)


def start_services() -> None:
    """Try to start a stopped local PostgreSQL / Redis (where they are installed)."""
    import shutil
    import subprocess
    import time

    for command in START_COMMANDS:
        if shutil.which(command.split()[0]):
            subprocess.run(command, shell=True, check=False, capture_output=True)  # noqa: S602
    time.sleep(2)


if __name__ == "__main__":
    reason = unreachable()
    if reason and "--start" in sys.argv:
        print(f"scale-out profile: {reason}; starting the local services")
        start_services()
        reason = unreachable()
    if reason:
        print(f"scale-out profile: {reason}")
        sys.exit(1)
    print("scale-out profile: PostgreSQL and Redis answer")
