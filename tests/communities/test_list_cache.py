"""What one event costs on the community page: the list comes from this
process's cache while the community has not changed, and is read again once it has."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session

from cop_app.models import MembershipRole, ThreadKind
from cop_app.services.communities import browse
from cop_app.services.threads import threads
from cop_app.state import community as community_state
from tests.dbtools import count_statements
from tests.factories import make_community, make_membership, make_thread, make_user


def _setup(session: Session):
    lead, member = make_user(session), make_user(session)
    community = make_community(session)
    make_membership(session, community=community, user=lead, role=MembershipRole.LEAD)
    make_membership(session, community=community, user=member)
    threads_made = [
        make_thread(session, community=community, author=lead, kind=ThreadKind.QUESTION)
        for _ in range(5)
    ]
    session.commit()
    return community, lead, member, threads_made


def _event(session: Session, community, member, sort: str):
    """What a sort change on the community page does (``CommunityState.set_filter``)."""
    return community_state._more(
        session,
        user_id=member.id,
        slug=community.slug,
        filters=browse.ThreadFilters(sort=sort),
        cursor="",
    )


def test_a_sort_change_reads_the_list_once_per_community_revision(
    session: Session, engine: sa.Engine
) -> None:
    community, _lead, member, made = _setup(session)
    with count_statements(engine) as cold:
        first, _ = _event(session, community, member, "newest")
    misses = browse.list_cache.misses

    # Every further viewer (and the same one again) with the same question.
    for _ in range(3):
        with count_statements(engine) as warm:
            again, _ = _event(session, community, member, "newest")
        assert again == first
    assert browse.list_cache.misses == misses
    # The community, the viewer, whether they track anything: no list query.
    assert len(warm) <= 3, warm
    assert len(cold) > len(warm)
    assert not any("ORDER BY" in statement for statement in warm), warm

    # A reply moves the community's revision: the next event reads the list again.
    oldest = made[0]
    threads.do_reply(session, thread=oldest, author=member, body="A fresh answer.")
    session.commit()
    session.refresh(community)
    rows, _ = _event(session, community, member, "activity")
    assert browse.list_cache.misses == misses + 1
    assert rows[0].id == oldest.id
    assert rows[0].replies == 1


def test_a_sort_change_served_from_the_cache_asks_the_database_nothing(
    session: Session, engine: sa.Engine
) -> None:
    """``CommunityState.set_filter``'s fast path: the community as the tab last
    saw it (its versions), the list from this process's cache, the viewer's news
    from the tab. No statement at all; a moved community is a miss."""
    community, _lead, member, made = _setup(session)
    filters = browse.ThreadFilters(sort="replies")
    page = community_state._community_page(
        session, user_id=member.id, slug=community.slug, filters=browse.ThreadFilters()
    )
    assert page is not None
    first, cursor = _event(session, community, member, "replies")  # another viewer's read
    news = {made[1].id: 2}
    with count_statements(engine) as statements:
        found = community_state._cached_rows(
            community_id=page.community_id,
            versions=page.versions,
            filters=filters,
            viewer_id=member.id,
            news=news,
        )
    assert statements == []
    assert found is not None
    rows, next_cursor = found
    assert [r.id for r in rows] == [r.id for r in first] and next_cursor == cursor
    assert {r.id: r.new_replies for r in rows if r.new_replies} == news

    # "Mine" is the viewer's own list: another viewer's key does not serve it.
    mine = browse.ThreadFilters(mine=True)
    _event(session, community, member, "activity")
    assert (
        community_state._cached_rows(
            community_id=page.community_id,
            versions=page.versions,
            filters=mine,
            viewer_id=member.id,
            news={},
        )
        is None
    )

    # The community moved: the tab's versions no longer match what is read next.
    threads.do_reply(session, thread=made[0], author=member, body="A fresh answer.")
    session.commit()
    session.refresh(community)
    _event(session, community, member, "replies")
    moved = (community.config_version, community.revision)
    assert moved != page.versions
    again = community_state._cached_rows(
        community_id=page.community_id, versions=moved, filters=filters, viewer_id=None, news={}
    )
    assert again is not None and again[0][0].id == made[0].id
