"""The thread feed: a viewer-independent snapshot per revision, shared by the
open views of a thread, with each viewer's rights laid over it."""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app.i18n import DEFAULT_LOCALE, fmt_ago, fmt_date, fmt_duration, fmt_number, t
from cop_app.models import (
    AcceptedAnswer,
    Community,
    MemberProfile,
    MembershipRole,
    Post,
    Reaction,
    Thread,
    ThreadStatus,
    User,
    utcnow,
)
from cop_app.schemas import PostView, ThreadHeader
from cop_app.services.communities import browse
from cop_app.services.guards import authz
from cop_app.services.guards.authz import ServiceError
from cop_app.services.threads import threadfeed, threads
from tests.factories import (
    make_accept,
    make_community,
    make_membership,
    make_reaction,
    make_reply,
    make_thread,
    make_user,
)

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)


# The thread view as computed before the snapshot/overlay split (one read per
# viewer), kept verbatim as the reference the split must reproduce.
def _old_thread_view(
    session: Session,
    *,
    community: Community,
    thread_id: int,
    viewer: User | None = None,
    replies: int = 100,
    locale: str = DEFAULT_LOCALE,
    now: datetime | None = None,
) -> tuple[ThreadHeader, list[PostView], int] | None:
    """A thread of ``community`` with its posts in order, what ``viewer`` may do
    with each, and the thread's revision; None when it does not exist or is
    hidden (moderators still see hidden threads). Five statements."""
    now = now or utcnow()
    found = session.exec(
        select(Thread, User.display_name)
        .join(User, col(User.id) == col(Thread.author_id))
        .where(Thread.id == thread_id, Thread.community_id == community.id)
    ).first()
    if found is None:
        return None
    thread, author = found
    moderator = authz.can_moderate(session, user=viewer, community=community)
    if thread.is_hidden and not moderator:
        return None
    accepted_post_id = session.exec(
        select(AcceptedAnswer.post_id).where(AcceptedAnswer.thread_id == thread_id)
    ).first()
    # The opening post and the last ``replies`` replies (a long thread opens
    # at its end; earlier replies are loaded on request).
    last = (
        select(sa.func.coalesce(sa.func.max(Post.position), 0))
        .where(Post.thread_id == thread_id)
        .scalar_subquery()
    )
    rows = session.exec(
        select(Post, User.display_name, MemberProfile.organisation, MemberProfile.region)
        .join(User, col(User.id) == col(Post.author_id))
        .join(MemberProfile, col(MemberProfile.user_id) == col(Post.author_id), isouter=True)
        .where(
            Post.thread_id == thread_id,
            sa.or_(Post.position == 0, col(Post.position) > last - replies),
        )
        .order_by(col(Post.position))
    ).all()
    shown_from = rows[1][0].position if len(rows) > 1 else 1
    helpful: set[int] = set()
    if viewer is not None:
        helpful = set(
            session.exec(
                select(Reaction.post_id)
                .join(Post, col(Post.id) == col(Reaction.post_id))
                .where(Post.thread_id == thread_id, Reaction.user_id == viewer.id)
            ).all()
        )
    reply_block = ""
    try:
        threads.check_can_reply(session, thread=thread, user=viewer)
    except ServiceError as exc:
        reply_block = browse.as_sentence(str(exc))
    can_post = authz.can_post(session, user=viewer, community=community)
    answerable = thread.kind in browse.ANSWERABLE_KINDS
    can_accept = answerable and viewer is not None and (viewer.id == thread.author_id or moderator)
    by_id = {post.id: (post, name) for post, name, _org, _region in rows}
    posts = []
    for post, name, org, region in rows:
        deleted = post.deleted_at is not None
        mine = viewer is not None and post.author_id == viewer.id
        quoted = by_id.get(post.quoted_post_id) if post.quoted_post_id else None
        posts.append(
            PostView(
                id=post.id or 0,
                author=name,
                author_meta=" · ".join(part for part in (org, region) if part),
                created=fmt_ago(post.created_at, now, locale),
                created_iso=post.created_at.isoformat(),
                body=t("post.deleted", locale) if deleted else post.body,
                edited=post.edited_at is not None and not deleted,
                helpful=fmt_number(post.helpful_count, locale),
                accepted=post.id == accepted_post_id,
                opening=post.position == 0,
                deleted=deleted,
                quote_author=quoted[1] if quoted else "",
                quote_excerpt=browse._excerpt(quoted[0]) if quoted else "",
                mine=mine and not deleted,
                can_accept=can_accept
                and not deleted
                and post.position > 0
                and post.id != accepted_post_id,
                can_delete=((mine and can_post) or moderator) and post.position > 0 and not deleted,
                can_react=can_post and not mine and not deleted and not thread.is_hidden,
                i_found_helpful=post.id in helpful,
            )
        )
    focus_label = ""
    if thread.focus_area is not None:
        focus_label = browse._focus_names(session).get(thread.focus_area.value, "")
    header = ThreadHeader(
        id=thread_id,
        title=thread.title,
        kind_label=browse._kind_label(thread, locale),
        focus_label=focus_label,
        status_label=t(f"status.{thread.status.value}", locale),
        answered=thread.status == ThreadStatus.ANSWERED,
        created=fmt_date(thread.created_at, locale),
        author=author,
        community_slug=community.slug,
        community_name=community.name,
        reply_count=fmt_number(thread.reply_count, locale),
        first_response=(
            fmt_duration(thread.first_response_seconds, locale)
            if thread.first_response_seconds is not None
            else ""
        ),
        kind=thread.kind.value,
        answerable=answerable,
        pinned=thread.is_pinned,
        locked=thread.is_locked,
        hidden=thread.is_hidden,
        tags=list(thread.tags),
        context=browse._context(thread, locale),
        target=(
            t("thread.target", locale, hours=f"{thread.response_target_hours:g}")
            if thread.response_target_hours
            else ""
        ),
        can_reply=not reply_block,
        reply_block=reply_block,
        can_moderate=moderator,
        earlier=max(0, shown_from - 1),
        move_targets=browse._move_targets(session, viewer, community) if moderator else {},
        can_make_knowledge=moderator and accepted_post_id is not None,
    )
    return header, posts, thread.revision


def _thread_with_viewers(session: Session):
    community = make_community(session)
    other = make_community(session)  # a move target for the lead
    asker = make_user(session, display_name="Asha", organisation="Ministry", region="South Asia")
    member = make_user(session, display_name="Bo")
    lead = make_user(session, display_name="Lee")
    outsider = make_user(session, display_name="Out")
    admin = make_user(session, display_name="Root", is_site_admin=True)
    for user in (asker, member):
        make_membership(session, community=community, user=user)
    for where in (community, other):
        make_membership(session, community=where, user=lead, role=MembershipRole.LEAD)
    thread = make_thread(
        session, community=community, author=asker, created_at=NOW - timedelta(hours=6)
    )
    first = make_reply(
        session, thread=thread, author=member, at=NOW - timedelta(hours=2), body="Try X"
    )
    second = make_reply(
        session, thread=thread, author=asker, at=NOW - timedelta(hours=1), body="Thanks"
    )
    make_reply(
        session,
        thread=thread,
        author=lead,
        at=NOW - timedelta(minutes=5),
        body="Quoting",
        quoted_post_id=first.id,
    )
    make_reply(session, thread=thread, author=member, at=NOW, body="gone", deleted_at=NOW)
    make_reaction(session, post=first, user=asker)
    make_reaction(session, post=second, user=member)
    make_accept(session, post=first)
    session.commit()
    viewers = {
        "anonymous": None,
        "member": member,
        "author": asker,
        "lead": lead,
        "outsider": outsider,
        "admin": admin,
    }
    return community, thread, viewers


def _set(session: Session, thread: Thread, **values) -> None:
    for name, value in values.items():
        setattr(thread, name, value)
    session.add(thread)
    session.commit()


def test_snapshot_and_overlay_equal_the_direct_read_for_every_viewer(session: Session) -> None:
    community, thread, viewers = _thread_with_viewers(session)
    tid = thread.id or 0
    for state in ({}, {"is_locked": True}, {"is_hidden": True}, {"is_locked": False}):
        if state:
            _set(session, thread, **state)
        for replies in (100, 2):
            snapshot = browse.get_thread_snapshot(
                session, community=community, thread_id=tid, replies=replies, now=NOW
            )
            assert snapshot is not None
            for name, viewer in viewers.items():
                expected = _old_thread_view(
                    session,
                    community=community,
                    thread_id=tid,
                    viewer=viewer,
                    replies=replies,
                    now=NOW,
                )
                facts = browse.get_viewer_facts(
                    session, community=community, thread_id=tid, viewer=viewer
                )
                where = (state, replies, name)
                assert browse.overlay_thread_view(snapshot, facts) == expected, where
                assert (
                    browse.get_thread_view(
                        session,
                        community=community,
                        thread_id=tid,
                        viewer=viewer,
                        replies=replies,
                        now=NOW,
                    )
                    == expected
                ), where
    # The fixture covers what it means to: rights differ between the viewers.
    _set(session, thread, is_hidden=False)
    views = {
        name: browse.get_thread_view(session, community=community, thread_id=tid, viewer=v)
        for name, v in viewers.items()
    }
    assert views["lead"] is not None and views["lead"][0].move_targets
    assert views["anonymous"] is not None and not views["anonymous"][0].can_reply
    assert views["member"] is not None and views["member"][0].can_reply
    assert any(p.i_found_helpful for p in views["author"][1])
    assert any(p.quote_author == "Bo" for p in views["member"][1])


def test_viewers_with_the_same_facts_share_one_overlay(session: Session) -> None:
    community, thread, _viewers = _thread_with_viewers(session)
    snapshot = browse.get_thread_snapshot(session, community=community, thread_id=thread.id or 0)
    assert snapshot is not None
    anonymous = browse.get_viewer_facts(
        session, community=community, thread_id=thread.id or 0, viewer=None
    )
    one = browse.overlay_thread_view(snapshot, anonymous)
    two = browse.overlay_thread_view(snapshot, anonymous)
    assert one is not None and two is not None
    assert one == two and one[0] is two[0]
    assert one[1] is not two[1]  # each viewer its own list (state vars are not shared)


def test_the_feed_reads_once_per_revision_and_again_after_a_reply(
    session: Session, engine: sa.Engine, monkeypatch
) -> None:
    community, thread, viewers = _thread_with_viewers(session)

    @contextmanager
    def scope() -> Iterator[Session]:
        with Session(engine, expire_on_commit=False) as s:
            yield s

    monkeypatch.setattr(threadfeed, "session_scope", scope)
    tid = thread.id or 0
    key = (community.slug, tid, 100)

    async def scenario() -> None:
        feed = threadfeed.ThreadFeed()
        feed.join(key)
        feed.join(key)
        # Two viewers of the same revision at once: one read, the same object.
        first, second = await asyncio.gather(
            feed.snapshot(key, hub_version=0), feed.snapshot(key, hub_version=0)
        )
        assert first is not None and first is second and feed.reads == 1
        # A reply (committed, then published: the hub version moves on).
        make_reply(session, thread=thread, author=viewers["member"], body="New")
        session.commit()
        threadfeed.live.hub.bump(threadfeed.live.thread_topic(tid))
        version = threadfeed.live.hub.version(threadfeed.live.thread_topic(tid))
        third = await feed.snapshot(key, hub_version=version)
        fourth = await feed.snapshot(key, hub_version=version)
        assert third is not None and third is not first and third is fourth
        assert feed.reads == 2 and third.posts[-1].body == "New"
        assert len(third.posts) == len(first.posts) + 1
        # The periodic check: the kept snapshot holds the stored revision, no read;
        # a newer stored revision (another process's write) forces one.
        assert await feed.snapshot(key, revision=third.revision) is third
        _set(session, thread, revision=third.revision + 1)
        fifth = await feed.snapshot(key, revision=third.revision + 1)
        assert fifth is not None and fifth is not third and feed.reads == 3
        feed.leave(key)
        feed.leave(key)
        assert feed.watched() == 0  # a key nobody watches is forgotten

    # In a thread of its own: the browser tests' event loop may be running here.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, scenario()).result()
