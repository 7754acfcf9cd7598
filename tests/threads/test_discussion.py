"""Editing, deleting, taking back reactions, rate limits and what a viewer may do."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, select

from cop_app.models import (
    AcceptedAnswer,
    Community,
    MembershipRole,
    Post,
    Reaction,
    Thread,
    ThreadKind,
    ThreadStatus,
)
from cop_app.services.communities import browse
from cop_app.services.guards.authz import NotAllowedError, NotSignedInError, ServiceError
from cop_app.services.threads import threadfeed, threads
from cop_app.state import thread as thread_state
from tests.factories import make_community, make_membership, make_user

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)


def _setup(session: Session):
    community = make_community(session)
    asker, helper, other = make_user(session), make_user(session), make_user(session)
    lead = make_user(session, display_name="Lena Lead")
    for user in (asker, helper, other):
        make_membership(session, community=community, user=user)
    make_membership(session, community=community, user=lead, role=MembershipRole.LEAD)
    thread = threads.do_create_thread(
        session,
        community=community,
        author=asker,
        kind=ThreadKind.QUESTION,
        title="How do we run grievance redress?",
        body="Looking for examples",
        at=NOW - timedelta(hours=10),
    )
    return community, asker, helper, other, lead, thread


def test_every_write_bumps_the_thread_and_community_revisions(session: Session) -> None:
    community, asker, helper, _other, lead, thread = _setup(session)
    seen_thread, seen_community = thread.revision, community.revision
    post = threads.do_reply(session, thread=thread, author=helper, body="See the manual", at=NOW)
    threads.do_react(session, post=post, user=asker, at=NOW)
    threads.do_accept_answer(session, thread=thread, post=post, by=asker, at=NOW)
    threads.do_edit_post(session, post=post, by=helper, body="See the 2024 manual", at=NOW)
    threads.do_moderate_thread(session, thread=thread, by=lead, pinned=True)
    session.refresh(thread)
    session.refresh(community)
    assert thread.revision == seen_thread + 5
    assert community.revision >= seen_community + 5
    assert browse.get_thread_revision(session, thread_id=thread.id or 0) == thread.revision


def test_only_the_author_edits_and_the_post_shows_as_edited(session: Session) -> None:
    community, _asker, helper, other, _lead, thread = _setup(session)
    post = threads.do_reply(session, thread=thread, author=helper, body="First take", at=NOW)
    with pytest.raises(threads.NotYourPostError):
        threads.do_edit_post(session, post=post, by=other, body="Hijacked")
    with pytest.raises(threads.EmptyBodyError):
        threads.do_edit_post(session, post=post, by=helper, body="   ")
    threads.do_edit_post(session, post=post, by=helper, body="Better take <b>x</b>", at=NOW)
    assert post.body == "Better take <b>x</b>" and post.edited_at == NOW
    data = threadfeed.read_thread(session, thread_id=thread.id or 0)
    assert data is not None
    shown = data.posts[1]
    assert shown["edited"] and shown["body"] == "Better take <b>x</b>"  # raw; escaped when shown
    # Theirs (the browser offers "edit", never "helpful", on one's own post).
    assert shown["author_id"] == helper.id
    facts = browse.get_viewer_facts(
        session, community=community, thread_id=thread.id or 0, viewer=helper
    )
    assert facts.user_id == helper.id and facts.can_post and not facts.post_block


def test_deleting_the_only_answer_reopens_the_question_and_clears_the_first_response(
    session: Session,
) -> None:
    community, asker, helper, other, lead, thread = _setup(session)
    own = threads.do_reply(session, thread=thread, author=asker, body="Bump", at=NOW)
    answer = threads.do_reply(session, thread=thread, author=helper, body="Do X", at=NOW)
    threads.do_accept_answer(session, thread=thread, post=answer, by=asker, at=NOW)
    assert thread.first_response_seconds == 10 * 3600

    with pytest.raises(NotAllowedError):  # someone else's post, not a moderator
        threads.do_delete_post(session, post=answer, by=other)
    threads.do_delete_post(session, post=answer, by=helper, at=NOW)

    session.refresh(thread)
    assert thread.status == ThreadStatus.OPEN
    assert session.get(AcceptedAnswer, thread.id) is None
    assert thread.first_response_at is None and thread.first_response_seconds is None
    assert thread.reply_count == 1
    data = threadfeed.read_thread(session, thread_id=thread.id or 0)
    assert data is not None
    gone = data.posts[2]
    assert gone["deleted"] and gone["body"] == "" and gone["id"] == answer.id
    assert data.thread["accepted"] == 0 and data.thread["status"] == "open"
    assert data.thread["replies"] == 1 and data.thread["first_response_s"] is None
    # Deleting it again changes nothing, and the helper is no moderator.
    threads.do_delete_post(session, post=answer, by=helper, at=NOW)
    assert not browse.get_viewer_facts(
        session, community=community, thread_id=thread.id or 0, viewer=helper
    ).moderator
    # A moderator removes someone else's reply; the opening post stays.
    threads.do_delete_post(session, post=own, by=lead)
    opening = session.exec(select(Post).where(Post.thread_id == thread.id, Post.position == 0))
    with pytest.raises(threads.NotYourPostError):
        threads.do_delete_post(session, post=opening.one(), by=asker)


def test_helpful_is_a_toggle(session: Session) -> None:
    _community, asker, helper, _other, _lead, thread = _setup(session)
    post = threads.do_reply(session, thread=thread, author=helper, body="Try Y", at=NOW)
    threads.do_react(session, post=post, user=asker, at=NOW)
    threads.do_react(session, post=post, user=asker, at=NOW)
    assert post.helpful_count == 1
    threads.do_unreact(session, post=post, user=asker)
    threads.do_unreact(session, post=post, user=asker)
    session.refresh(post)
    assert post.helpful_count == 0
    assert session.exec(select(Reaction)).all() == []


def test_a_body_over_the_limit_is_refused_with_its_size(session: Session) -> None:
    _community, _asker, helper, _other, _lead, thread = _setup(session)
    with pytest.raises(threads.BodyTooLongError) as refused:
        threads.do_reply(
            session, thread=thread, author=helper, body="x" * (threads.MAX_BODY_LENGTH + 1)
        )
    assert "20000" in str(refused.value) or "20,000" in str(refused.value)


def test_what_each_viewer_may_do(session: Session) -> None:
    community, asker, helper, _other, lead, thread = _setup(session)
    answer = threads.do_reply(session, thread=thread, author=helper, body="Do X", at=NOW)
    stranger = make_user(session)

    def view(user):
        """The viewer's rights (None: not theirs to see) and the shared thread."""
        found = thread_state._facts(
            session,
            user_id=user.id if user else None,
            slug=community.slug,
            thread_id=thread.id or 0,
        )
        data = threadfeed.read_thread(session, thread_id=thread.id or 0)
        assert data is not None
        return None if found is None else (found[0], data)

    # The browser derives each post's buttons from these flags and the shared
    # thread: accept on an answerable thread's replies for its author and its
    # moderators, delete for moderators, helpful for those who may post.
    facts, data = view(asker)
    assert facts.can_post and not facts.moderator and not facts.move_targets
    assert data.thread["author_id"] == asker.id and data.thread["answerable"]
    assert data.posts[1]["author_id"] == helper.id and data.posts[0]["n"] == 0
    facts, _data = view(lead)
    assert facts.moderator and facts.can_post
    facts, _data = view(stranger)
    assert not facts.can_post and "Join" in facts.post_block and not facts.moderator
    facts, _data = view(None)
    assert facts.post_block.startswith("Sign in") and facts.user_id is None
    with pytest.raises(NotSignedInError):
        threads.check_can_reply(session, thread=thread, user=None)  # type: ignore[arg-type]

    threads.do_moderate_thread(session, thread=thread, by=lead, locked=True, hidden=True)
    assert view(asker) is None  # hidden from members
    facts, data = view(lead)
    assert facts.moderator and data.thread["hidden"] and data.thread["locked"]
    with pytest.raises(ServiceError, match="locked"):  # nobody replies, not even a lead
        threads.check_can_reply(session, thread=thread, user=lead)
    threads.do_accept_answer(session, thread=thread, post=answer, by=lead, at=NOW)
    assert session.get(Thread, thread.id).status == ThreadStatus.ANSWERED
    assert session.get(Community, community.id).revision > 0


@pytest.mark.parametrize("sort", browse.SORTS)
def test_walking_the_pages_visits_every_visible_thread_once_in_order(
    session: Session, sort: str
) -> None:
    community, asker, helper, _other, lead, first = _setup(session)
    made = [first] + [
        threads.do_create_thread(
            session,
            community=community,
            author=lead if n % 2 else asker,
            kind=ThreadKind.DISCUSSION,
            title=f"Topic {n}",
            body="…",
            at=NOW - timedelta(hours=9) + timedelta(minutes=n),
        )
        for n in range(11)
    ]
    for n, thread in enumerate(made[:6]):
        for _ in range(n % 3):
            threads.do_reply(session, thread=thread, author=helper, body="+1", at=NOW)
    threads.do_moderate_thread(session, thread=made[7], by=lead, pinned=True)
    threads.do_moderate_thread(session, thread=made[8], by=lead, hidden=True)
    filters = browse.ThreadFilters(sort=sort)

    seen, cursor, pages = [], "", 0
    while True:
        rows, cursor = browse.list_threads(
            session, community=community, filters=filters, cursor=cursor, limit=4
        )
        seen += rows
        pages += 1
        if not cursor:
            break
    everything, last = browse.list_threads(session, community=community, filters=filters, limit=100)
    assert last == "" and pages == 3
    assert [r.id for r in seen] == [r.id for r in everything]
    assert len(seen) == 11 and made[8].id not in {r.id for r in seen}
    if sort == "activity":
        assert seen[0].id == made[7].id and seen[0].pinned
    if sort == "replies":
        counts = [int(r.replies) for r in seen]
        assert counts == sorted(counts, reverse=True)


def test_filters_narrow_the_list(session: Session) -> None:
    community, asker, helper, _other, _lead, question = _setup(session)
    request = threads.do_create_thread(
        session,
        community=community,
        author=helper,
        kind=ThreadKind.HELPDESK,
        title="Need a ToR",
        body="…",
        focus_area="practitioner_support",
        at=NOW - timedelta(hours=2),
    )
    talk = threads.do_create_thread(
        session,
        community=community,
        author=helper,
        kind=ThreadKind.DISCUSSION,
        title="Chat",
        body="…",
        at=NOW - timedelta(hours=1),
    )
    threads.do_reply(session, thread=talk, author=asker, body="Hi", at=NOW)

    def ids(viewer=None, **raw):
        rows, _ = browse.list_threads(
            session,
            community=community,
            viewer=viewer,
            filters=browse.ThreadFilters.parse(raw),
        )
        return {r.id for r in rows}

    assert ids(kind="helpdesk") == {request.id}
    assert ids(focus="practitioner_support") == {request.id}
    assert ids(unanswered="1") == {question.id, request.id}
    assert ids(asker, mine="1") == {question.id, talk.id}  # started one, replied to one
    assert ids(None, mine="1") == set()
    assert ids(kind="<script>", sort="DROP") == {question.id, request.id, talk.id}
    threads.do_reply(session, thread=request, author=asker, body="Here", at=NOW)
    assert ids(unanswered="1") == {question.id}
    rows, _ = browse.list_threads(session, community=community, cursor="garbage|x|y")
    assert len(rows) == 3


def test_a_lead_moves_a_thread_and_both_communities_counters_follow(session: Session) -> None:
    community, asker, _helper, _other, lead, thread = _setup(session)
    target = make_community(session)
    make_membership(session, community=target, user=lead, role=MembershipRole.LEAD)
    stranger_target = make_community(session)
    before_source, before_target = community.thread_count, target.thread_count
    with pytest.raises(NotAllowedError):  # a member cannot move
        threads.do_move_thread(session, thread=thread, to=target, by=asker)
    with pytest.raises(NotAllowedError):  # nor a lead into a community they do not lead
        threads.do_move_thread(session, thread=thread, to=stranger_target, by=lead)
    threads.do_move_thread(session, thread=thread, to=target, by=lead)
    session.refresh(community)
    session.refresh(target)
    assert thread.community_id == target.id
    assert (community.thread_count, target.thread_count) == (before_source - 1, before_target + 1)
    # The thread now lives at the target's address only.
    assert (
        thread_state._facts(
            session, user_id=asker.id, slug=community.slug, thread_id=thread.id or 0
        )
        is None
    )
    assert thread_state._facts(session, user_id=lead.id, slug=target.slug, thread_id=thread.id or 0)
    data = threadfeed.read_thread(session, thread_id=thread.id or 0)
    assert data is not None and data.community_id == target.id
    assert data.thread["slug"] == target.slug


def test_an_accepted_answer_becomes_a_knowledge_item_crediting_its_author(
    session: Session,
) -> None:
    from cop_app.models import KnowledgeSubtype

    _community, asker, helper, _other, lead, thread = _setup(session)
    answer = threads.do_reply(
        session, thread=thread, author=helper, body="Use a **two-tier** committee", at=NOW
    )
    with pytest.raises(threads.NotAnswerableError):
        threads.do_make_knowledge_item(
            session,
            thread=thread,
            by=lead,
            subtype=KnowledgeSubtype.GOOD_PRACTICE,
            thread_url="/c/x/t/1",
        )
    threads.do_accept_answer(session, thread=thread, post=answer, by=asker, at=NOW)
    with pytest.raises(NotAllowedError):
        threads.do_make_knowledge_item(
            session,
            thread=thread,
            by=asker,
            subtype=KnowledgeSubtype.GOOD_PRACTICE,
            thread_url="/c/x/t/1",
        )
    item = threads.do_make_knowledge_item(
        session,
        thread=thread,
        by=lead,
        subtype=KnowledgeSubtype.LESSON_LEARNED,
        thread_url="/c/x/t/1",
        at=NOW,
    )
    body = threads.list_posts(session, thread=item)[0].body
    assert item.kind == ThreadKind.KNOWLEDGE
    assert item.knowledge_subtype == KnowledgeSubtype.LESSON_LEARNED
    assert item.title == thread.title and "two-tier" in body
    assert helper.display_name in body and "(/c/x/t/1)" in body
