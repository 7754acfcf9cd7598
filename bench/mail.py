"""What mail costs: the fan-out that gathers it, the sender, and sign-up's
equal answers.

    .venv/bin/python -m bench.mail [--watchers 1000] [--messages 500]

On a SQLite file (and PostgreSQL when reachable), in one run:

1. **Gathering.** A reply in a focus area ``--watchers`` members watch,
   expanded by the app's fan-out code (``fanout.drain``): once with every
   watcher taking replies in the app only (the reference: notifications only),
   once with every watcher taking them by email too (each also opens or joins
   their gathering mail). Time per job, median of 5, and the ratio.
2. **Sending.** ``--messages`` queued messages handed by the app's sender
   (``sender.drain``) to a real SMTP server on loopback (``aiosmtpd``), and the
   same number kept in the local mailbox (the reference: the sender's own
   bookkeeping without SMTP). Messages per second, and the ratio.
3. **Sign-up's equal answers** (with a mail server configured): ``do_sign_up``
   for an address that has an account and for a new one, 15 of each,
   alternating; p50 of each and their ratio (the goal: the same time).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from bench import UNLIMITED_WRITES
from cop_app.db import session_scope
from cop_app.models import (
    FocusAreaCode,
    MailChannel,
    MailKind,
    NotificationKind,
    Thread,
    ThreadKind,
    User,
)
from cop_app.services.accounts import auth
from cop_app.services.communities import communities
from cop_app.services.mail import compose, outbox, preferences, sender, settings
from cop_app.services.reach import fanout, watching
from cop_app.services.threads import threads
from tests.dbtools import postgres_database
from tests.mail.smtp_server import smtp_server


def _world(url: str, watchers: int) -> tuple[int, int, list[int]]:
    engine = sa.create_engine(url)
    SQLModel.metadata.create_all(engine)
    tag = uuid.uuid4().hex[:6]
    with Session(engine, expire_on_commit=False) as session:
        community = communities.do_create_community(session, slug=f"mail-{tag}", name="Mail")
        communities.do_set_focus_areas(session, community=community, primary=["learning"])
        people = []
        for n in range(watchers + 1):
            user = communities.do_create_user(
                session, email=f"m{n}-{tag}@example.org", display_name=f"Member {n} {tag}"
            )
            communities.do_join(session, community=community, user=user)
            people.append(user)
        for user in people[1:]:
            watching.do_set_community_level(
                session, user=user, community=community, level="watching", focus_area="learning"
            )
        thread = threads.do_create_thread(
            session,
            community=community,
            author=people[0],
            kind=ThreadKind.DISCUSSION,
            title="Watched",
            body="A thread many watch.",
            focus_area=FocusAreaCode.LEARNING,
        )
        session.commit()
        ids = (thread.id or 0, people[0].id or 0, [u.id or 0 for u in people[1:]])
    engine.dispose()
    fanout.drain(url)
    return ids


def _expand_one(url: str, thread_id: int, replier_id: int) -> float:
    with session_scope(url, write=True) as session:
        threads.do_reply(
            session,
            thread=session.get(Thread, thread_id),
            author=session.get(User, replier_id),
            body="A reply for the bench.",
        )
    started = time.perf_counter()
    fanout.drain(url)
    return (time.perf_counter() - started) * 1000


def gathering(url: str, watchers: int) -> dict[str, float]:
    thread_id, replier_id, audience = _world(url, watchers)
    out = {}
    for channel in (MailChannel.APP, MailChannel.EMAIL):
        with session_scope(url, write=True) as session:
            for uid in audience:
                preferences.do_set_channels(
                    session,
                    user=session.get(User, uid),
                    channels={NotificationKind.WATCHED_POST.value: channel.value},
                )
        out[channel.value] = statistics.median(
            _expand_one(url, thread_id, replier_id) for _ in range(5)
        )
    return out


def _queue(url: str, count: int, tag: str) -> None:
    with session_scope(url, write=True) as session:
        for n in range(count):
            outbox.enqueue(
                session,
                key=f"{tag}:{n}",
                kind=MailKind.SIGNUP_NOTICE,
                to_address=f"{tag}-{n}@example.net",
                composed=compose.Composed(
                    subject=f"Bench {n}", text="A bench message.\n" * 20, html="<p>Bench</p>" * 20
                ),
            )


def sending(url: str, count: int) -> dict[str, float]:
    out = {}
    with smtp_server() as server:
        for mode in ("local mailbox", "SMTP"):
            os.environ.pop(settings.SMTP_URL_ENV, None)
            if mode == "SMTP":
                os.environ[settings.SMTP_URL_ENV] = server.url
            settings.reset_for_tests()
            _queue(url, count, f"{mode[:5]}{uuid.uuid4().hex[:6]}")
            started = time.perf_counter()
            handed = asyncio.run(sender.drain(url))
            elapsed = time.perf_counter() - started
            assert handed == count, (mode, handed)
            out[mode] = count / elapsed
        assert len(server.recorder.received) == count
    os.environ.pop(settings.SMTP_URL_ENV, None)
    settings.reset_for_tests()
    return out


def sign_ups(url: str, rounds: int = 15) -> dict[str, float]:
    with smtp_server() as server:
        os.environ[settings.SMTP_URL_ENV] = server.url
        settings.reset_for_tests()
        tag = uuid.uuid4().hex[:6]
        with session_scope(url, write=True) as session:
            communities.do_create_user(
                session, email=f"taken-{tag}@example.org", display_name=f"Taken {tag}"
            )
        times: dict[str, list[float]] = {"taken": [], "new": []}
        for n in range(rounds):
            for which in ("taken", "new"):
                address = f"taken-{tag}@example.org" if which == "taken" else f"n{n}-{tag}@x.org"
                started = time.perf_counter()
                with session_scope(url, write=True) as session:
                    answer = auth.do_sign_up(
                        session,
                        email=address,
                        display_name=f"Someone {which} {n} {tag}",
                        password="a sign-up passphrase for the bench",  # noqa: S106
                        client_ip=f"10.0.{n}.{len(which)}",
                        user_agent="bench",
                    )
                times[which].append((time.perf_counter() - started) * 1000)
                assert isinstance(answer, auth.CheckYourEmail)
    os.environ.pop(settings.SMTP_URL_ENV, None)
    settings.reset_for_tests()
    return {k: statistics.median(v) for k, v in times.items()}


def run(url: str, name: str, watchers: int, messages: int) -> None:
    gathered = gathering(url, watchers)
    sent = sending(url, messages)
    signed = sign_ups(url)
    print(f"\n{name}")
    print(
        f"  gathering, one reply to {watchers} watchers: in the app only "
        f"{gathered['app']:.0f} ms, with email {gathered['email']:.0f} ms "
        f"(ratio {gathered['email'] / gathered['app']:.2f})"
    )
    print(
        f"  sending {messages}: local mailbox {sent['local mailbox']:.0f}/s, "
        f"SMTP on loopback {sent['SMTP']:.0f}/s "
        f"(ratio {sent['SMTP'] / sent['local mailbox']:.2f})"
    )
    print(
        f"  sign-up p50: address in use {signed['taken']:.0f} ms, new address "
        f"{signed['new']:.0f} ms (ratio {signed['taken'] / signed['new']:.2f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--watchers", type=int, default=1000)
    parser.add_argument("--messages", type=int, default=500)
    args = parser.parse_args()
    os.environ.update(UNLIMITED_WRITES)
    os.environ["COP_RATE_LIMIT_CLIENT_FACTOR"] = "1000"
    with tempfile.TemporaryDirectory() as folder:
        run(f"sqlite:///{Path(folder) / 'mail.db'}", "SQLite", args.watchers, args.messages)
    try:
        with postgres_database() as url:
            run(url, "PostgreSQL", args.watchers, args.messages)
    except Exception as exc:
        print(f"\nPostgreSQL: not measured ({exc})")


if __name__ == "__main__":
    main()
