"""Full-text search on the migrated schema: SQLite FTS5 and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from cop_app.models import ThreadKind
from cop_app.services.threads import search, threads
from tests.dbtools import migrated_database
from tests.factories import make_community, make_membership, make_user

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def migrated(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Session]:
    with migrated_database(request.param, tmp_path) as url:
        engine = sa.create_engine(url)
        with Session(engine) as session:
            yield session
        engine.dispose()


def _world(session: Session):
    community, elsewhere = make_community(session), make_community(session)
    asker, helper = make_user(session), make_user(session)
    for user in (asker, helper):
        make_membership(session, community=community, user=user)
        make_membership(session, community=elsewhere, user=user)

    def ask(title: str, body: str, *, where=community, hours: int = 5):
        return threads.do_create_thread(
            session,
            community=where,
            author=asker,
            kind=ThreadKind.QUESTION,
            title=title,
            body=body,
            at=NOW - timedelta(hours=hours),
        )

    return community, elsewhere, asker, helper, ask


def test_a_word_in_a_reply_body_finds_its_thread_with_a_marked_snippet(
    migrated: Session,
) -> None:
    community, _elsewhere, _asker, helper, ask = _world(migrated)
    thread = ask("Upkeep after handover", "Who pays for repairs?")
    threads.do_reply(
        migrated,
        thread=thread,
        author=helper,
        body="In Nepal the user committees levied a small maintenance tariff each month.",
        at=NOW,
    )
    hits = search.search(migrated, community=community, query="tariff")
    assert [hit.thread_id for hit in hits] == [thread.id]
    marked = [seg.text for seg in hits[0].snippet if seg.hit]
    assert [word.lower() for word in marked] == ["tariff"]
    assert "maintenance" in "".join(seg.text for seg in hits[0].snippet)


def test_a_title_match_ranks_above_body_matches(migrated: Session) -> None:
    community, _elsewhere, _asker, helper, ask = _world(migrated)
    in_body = ask("Village meetings", "We discussed grievance redress at length, grievance...")
    other = ask("Budget lines", "Nothing relevant")
    threads.do_reply(
        migrated, thread=other, author=helper, body="Our grievance desk was busy", at=NOW
    )
    in_title = ask("Grievance redress manuals", "Looking for examples", hours=1)
    hits = search.search(migrated, community=community, query="Grievance")
    assert hits[0].thread_id == in_title.id
    assert {hit.thread_id for hit in hits} == {in_title.id, in_body.id, other.id}
    assert hits[0].title[0].hit is True


def test_search_stays_in_its_community_skips_hidden_and_deleted_and_follows_edits(
    migrated: Session,
) -> None:
    community, elsewhere, asker, helper, ask = _world(migrated)
    ask("Solar pumps", "Solar pumps in arid areas", where=elsewhere)
    hidden = ask("Solar kiosks", "Solar kiosks")
    lead = make_user(migrated, is_site_admin=True)
    threads.do_moderate_thread(migrated, thread=hidden, by=lead, hidden=True)
    thread = ask("Water points", "Boreholes")
    reply = threads.do_reply(migrated, thread=thread, author=helper, body="solar first", at=NOW)
    assert search.search(migrated, community=community, query="solar") != []
    threads.do_delete_post(migrated, post=reply, by=helper, at=NOW)
    assert search.search(migrated, community=community, query="solar") == []
    opening = threads.list_posts(migrated, thread=thread)[0]
    threads.do_edit_post(migrated, post=opening, by=asker, body="Hand pumps", at=NOW)
    assert [h.thread_id for h in search.search(migrated, community=community, query="hand")] == [
        thread.id
    ]
    assert search.search(migrated, community=community, query="boreholes") == []


@pytest.mark.parametrize("query", ['"', "NEAR(", "*", "a OR", "') OR 1=1 --", "   ", "-x"])
def test_hostile_or_empty_queries_never_raise(migrated: Session, query: str) -> None:
    community, *_rest, ask = _world(migrated)
    ask("Anything", "Some text")
    assert isinstance(search.search(migrated, community=community, query=query), list)


def test_prefix_of_the_last_word_matches_while_typing(migrated: Session) -> None:
    community, *_rest, ask = _world(migrated)
    thread = ask("Procurement of small works", "Community procurement rules")
    hits = search.search(migrated, community=community, query="procure")
    assert [hit.thread_id for hit in hits] == [thread.id]
