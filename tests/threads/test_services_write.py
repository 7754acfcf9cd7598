"""Write services: stored counters and the activity log after each write."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count

import pytest
import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app.models import (
    AcceptedAnswer,
    ActivityEvent,
    ActivityKind,
    AuditLog,
    Community,
    CommunityFocusArea,
    ExpertiseDirection,
    FocusArea,
    FocusAreaCode,
    KnowledgeSubtype,
    MemberProfile,
    MembershipRole,
    MembershipStatus,
    Openness,
    OrgType,
    Post,
    Reaction,
    TargetUnit,
    Thread,
    ThreadKind,
    ThreadStatus,
    Urgency,
    User,
)
from cop_app.services.accounts import passwords
from cop_app.services.communities import catalogue, communities
from cop_app.services.communities.communities import (
    do_create_community,
    do_create_user,
    do_decide_join,
    do_join,
    do_leave,
    do_set_expertise,
    do_set_focus_areas,
)
from cop_app.services.threads import threads
from cop_app.services.threads.threads import do_accept_answer, do_create_thread, do_react, do_reply

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
_seq = count(1)
World = tuple[Community, User, User, User]


# --------------------------------------------------------------------------- factories


def make_user(session: Session, **overrides: object) -> User:
    n = next(_seq)
    fields: dict[str, object] = {"email": f"person{n}@example.net", "display_name": f"Person {n}"}
    fields.update(overrides)
    return do_create_user(session, **fields)  # type: ignore[arg-type]


def make_community(session: Session, **overrides: object) -> Community:
    n = next(_seq)
    fields: dict[str, object] = {"slug": f"community-{n}", "name": f"Community {n}", "at": T0}
    fields.update(overrides)
    community = do_create_community(session, **fields)  # type: ignore[arg-type]
    do_set_focus_areas(
        session,
        community=community,
        primary=[FocusAreaCode.PRACTITIONER_SUPPORT],
        secondary=[FocusAreaCode.LEARNING],
        targets={FocusAreaCode.PRACTITIONER_SUPPORT: 48},
        notes={FocusAreaCode.PRACTITIONER_SUPPORT: "Requests answered by peers."},
    )
    return community


def member(session: Session, community: Community, **overrides: object) -> User:
    user = make_user(session, **overrides)
    do_join(session, community=community, user=user, at=T0)
    return user


def make_thread(
    session: Session, community: Community, author: User, **overrides: object
) -> Thread:
    fields: dict[str, object] = {
        "kind": ThreadKind.QUESTION,
        "title": "How do you run grievance redress in remote villages?",
        "body": "We are setting up a **grievance** channel. What worked for you?",
        "focus_area": FocusAreaCode.PRACTITIONER_SUPPORT,
        "at": T0 + timedelta(days=1),
    }
    fields.update(overrides)
    return do_create_thread(session, community=community, author=author, **fields)  # type: ignore[arg-type]


def events(session: Session, kind: ActivityKind | None = None) -> list[ActivityEvent]:
    stmt = select(ActivityEvent).order_by(col(ActivityEvent.id))
    if kind is not None:
        stmt = stmt.where(ActivityEvent.kind == kind)
    return list(session.exec(stmt).all())


@pytest.fixture
def world(session: Session) -> World:
    community = make_community(session)
    asker = member(session, community)
    helper = member(session, community)
    other = member(session, community)
    return community, asker, helper, other


# --------------------------------------------------------------------------- catalogue, passwords


def test_ensure_focus_areas_inserts_missing_and_keeps_edits(session: Session) -> None:
    assert catalogue.ensure_focus_areas(session) == 5
    row = session.get(FocusArea, FocusAreaCode.LEARNING)
    assert row is not None
    row.name = "Learning together"
    session.flush()
    session.delete(session.get(FocusArea, FocusAreaCode.INNOVATION))
    session.flush()
    assert catalogue.ensure_focus_areas(session) == 1
    assert session.get(FocusArea, FocusAreaCode.LEARNING).name == "Learning together"  # type: ignore[union-attr]
    assert (
        {info.code for info in catalogue.FOCUS_AREAS}
        == set(FocusAreaCode)
        == set(catalogue.DEFAULT_TARGETS)
    )
    target = catalogue.DEFAULT_TARGETS[FocusAreaCode.PRACTITIONER_SUPPORT]
    assert (target.value, target.unit) == (48, TargetUnit.HOURS_TO_FIRST_RESPONSE)
    for info in catalogue.FOCUS_AREAS:
        assert len(info.description) <= 600
        assert 3 <= len(info.examples) <= 4
        assert info.signals


def test_passwords_argon2id() -> None:
    hashed = passwords.hash_password("correct horse battery")
    assert hashed.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert passwords.verify_password(hashed, "correct horse battery")
    assert not passwords.verify_password(hashed, "wrong")
    assert not passwords.verify_password("not-a-hash", "wrong")
    assert not passwords.verify_password(None, "x")
    assert not passwords.needs_rehash(hashed)
    assert passwords.needs_rehash("$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$aGFzaGhhc2g")
    with pytest.raises(passwords.WeakPasswordError):
        passwords.check_password_strength("short")


# --------------------------------------------------------------------------- people


def test_create_user_normalises_and_profiles(session: Session) -> None:
    user = do_create_user(
        session,
        email="  Ana.Silva@Example.ORG ",
        display_name=" Ana  Silva ",
        org_type=OrgType.NGO,
        region="Latin America & Caribbean",
        languages=["PT", "es", "pt"],
        at=T0,
    )
    assert user.email == "ana.silva@example.org"
    assert user.display_name == "Ana Silva"
    assert user.password_hash is None
    assert user.created_at == T0
    profile = session.get(MemberProfile, user.id)
    assert profile is not None and profile.org_type == OrgType.NGO
    assert profile.languages == ["pt", "es"]
    with pytest.raises(communities.EmailTakenError):
        do_create_user(session, email="ana.silva@example.org", display_name="Again")
    with pytest.raises(communities.InvalidEmailError):
        do_create_user(session, email="nobody", display_name="X")
    with pytest.raises(communities.InvalidNameError):
        do_create_user(session, email="blank@example.org", display_name="   ")


def test_set_expertise_normalises_and_replaces(session: Session) -> None:
    user = make_user(session)
    result = do_set_expertise(
        session,
        user=user,
        can_help=["Results  Measurement", "results measurement", " Grievance Redress", ""],
        looking_for=["People Analytics"],
    )
    assert result[ExpertiseDirection.CAN_HELP] == ["results measurement", "grievance redress"]
    do_set_expertise(
        session, user=user, can_help=["grievance redress"], looking_for=["results measurement"]
    )
    assert communities.list_expertise(session, user=user) == {
        ExpertiseDirection.CAN_HELP: ["grievance redress"],
        ExpertiseDirection.LOOKING_FOR: ["results measurement"],
    }


# --------------------------------------------------------------------------- communities


def test_focus_areas_replace_and_audit(session: Session) -> None:
    community = make_community(session)
    do_set_focus_areas(
        session,
        community=community,
        primary=[FocusAreaCode.LEARNING],
        secondary=[FocusAreaCode.COORDINATION],
        targets={FocusAreaCode.LEARNING: (8, TargetUnit.ITEMS_PER_QUARTER)},
        notes={FocusAreaCode.COORDINATION: "Who does what"},
    )
    rows = communities.list_community_focus_areas(session, community=community)
    assert [(r.focus_area, r.emphasis, r.target_value) for r in rows] == [
        (FocusAreaCode.LEARNING, "primary", 8),
        (FocusAreaCode.COORDINATION, "secondary", None),
    ]
    assert session.exec(select(sa.func.count()).select_from(AuditLog)).one() == 2
    with pytest.raises(communities.FocusAreaConfigError):
        do_set_focus_areas(session, community=community, primary=[], secondary=[])
    with pytest.raises(communities.FocusAreaConfigError):
        do_set_focus_areas(
            session,
            community=community,
            primary=[FocusAreaCode.LEARNING],
            secondary=[FocusAreaCode.LEARNING],
        )
    with pytest.raises(communities.FocusAreaConfigError):
        do_set_focus_areas(
            session,
            community=community,
            primary=[FocusAreaCode.LEARNING],
            targets={FocusAreaCode.INNOVATION: 3},
        )


def test_open_join_is_active_counted_and_idempotent(session: Session) -> None:
    community = make_community(session)
    user = make_user(session)
    first = do_join(session, community=community, user=user, at=T0)
    again = do_join(session, community=community, user=user, at=T0 + timedelta(hours=1))
    assert first.id == again.id
    assert first.status == MembershipStatus.ACTIVE and first.joined_at == T0
    assert community.member_count == 1
    joined = events(session, ActivityKind.MEMBER_JOINED)
    assert [(e.actor_id, e.occurred_at) for e in joined] == [(user.id, T0)]


def test_selective_join_pending_then_decided(session: Session) -> None:
    community = make_community(session, openness=Openness.SELECTIVE)
    lead = make_user(session)
    do_join(session, community=community, user=lead, role=MembershipRole.LEAD, at=T0)
    asker = make_user(session)
    declined = make_user(session)
    pending = do_join(
        session, community=community, user=asker, motivation="I review plazas.", at=T0
    )
    assert pending.status == MembershipStatus.PENDING
    assert community.member_count == 1  # only the lead
    assert [e.actor_id for e in events(session, ActivityKind.JOIN_REQUESTED)] == [asker.id]
    with pytest.raises(communities.NotAllowedError):
        do_decide_join(session, membership=pending, approve=True, by=declined)
    later = T0 + timedelta(days=2)
    do_decide_join(session, membership=pending, approve=True, by=lead, at=later)
    assert pending.status == MembershipStatus.ACTIVE
    assert pending.joined_at == later and pending.decided_by_id == lead.id
    assert pending.decided_at == later
    assert community.member_count == 2
    req = do_join(session, community=community, user=declined, at=T0)
    do_decide_join(session, membership=req, approve=False, by=lead, at=later)
    assert req.status == MembershipStatus.DECLINED
    assert community.member_count == 2
    with pytest.raises(communities.JoinRequestNotPendingError):
        do_decide_join(session, membership=req, approve=True, by=lead, at=later)


def test_leave_counts_down_and_protects_last_lead(session: Session) -> None:
    community = make_community(session)
    lead = make_user(session)
    do_join(session, community=community, user=lead, role=MembershipRole.LEAD, at=T0)
    user = member(session, community)
    assert community.member_count == 2
    do_leave(session, community=community, user=user, at=T0 + timedelta(days=3))
    do_leave(session, community=community, user=user, at=T0 + timedelta(days=4))
    assert community.member_count == 1
    assert len(events(session, ActivityKind.MEMBER_LEFT)) == 1
    with pytest.raises(communities.LastLeadError):
        do_leave(session, community=community, user=lead)
    rejoined = do_join(session, community=community, user=user, at=T0 + timedelta(days=9))
    assert rejoined.status == MembershipStatus.ACTIVE and rejoined.left_at is None
    assert community.member_count == 2


# --------------------------------------------------------------------------- threads


def test_create_thread_counters_and_event(session: Session, world: World) -> None:
    community, asker, _, _ = world
    at = T0 + timedelta(days=1)
    thread = make_thread(
        session,
        community,
        asker,
        kind=ThreadKind.HELPDESK,
        urgency=Urgency.HIGH,
        tags=["Grievance Redress", "grievance redress"],
        context_country="Nepal",
        at=at,
    )
    assert thread.response_target_hours == 48
    assert thread.tags == ["grievance redress"]
    assert (thread.reply_count, thread.participant_count, thread.last_activity_at) == (0, 1, at)
    assert thread.first_response_at is None
    opening = threads.list_posts(session, thread=thread)
    assert [(p.position, p.author_id) for p in opening] == [(0, asker.id)]
    assert community.thread_count == 1 and community.last_activity_at == at
    (event,) = events(session, ActivityKind.THREAD_CREATED)
    assert (event.actor_id, event.thread_id, event.post_id, event.focus_area) == (
        asker.id,
        thread.id,
        opening[0].id,
        FocusAreaCode.PRACTITIONER_SUPPORT,
    )
    question = make_thread(session, community, asker)
    assert question.response_target_hours is None and question.urgency is None


def test_thread_validation(session: Session, world: World) -> None:
    community, asker, _, _ = world
    with pytest.raises(threads.EmptyTitleError):
        make_thread(session, community, asker, title="   ")
    with pytest.raises(threads.EmptyBodyError):
        make_thread(session, community, asker, body="\n")
    with pytest.raises(threads.KnowledgeSubtypeError):
        make_thread(session, community, asker, kind=ThreadKind.KNOWLEDGE)
    with pytest.raises(threads.KnowledgeSubtypeError):
        make_thread(session, community, asker, knowledge_subtype=KnowledgeSubtype.GOOD_PRACTICE)
    with pytest.raises(threads.UrgencyError):
        make_thread(session, community, asker, urgency=Urgency.HIGH)
    outsider = make_user(session)
    with pytest.raises(communities.NotAMemberError):
        make_thread(session, community, outsider)
    item = make_thread(
        session,
        community,
        asker,
        kind=ThreadKind.KNOWLEDGE,
        knowledge_subtype=KnowledgeSubtype.BRIEFING_NOTE,
    )
    assert item.knowledge_subtype == KnowledgeSubtype.BRIEFING_NOTE


def test_reply_counters_first_response_only_from_others(session: Session, world: World) -> None:
    community, asker, helper, other = world
    thread = make_thread(session, community, asker)
    start = thread.created_at
    bump = do_reply(
        session, thread=thread, author=asker, body="Any ideas?", at=start + timedelta(hours=5)
    )
    assert bump.position == 1
    assert thread.first_response_at is None and thread.first_response_seconds is None
    assert (thread.reply_count, thread.participant_count) == (1, 1)

    answer_at = start + timedelta(hours=30)
    answer = do_reply(session, thread=thread, author=helper, body="We used SMS.", at=answer_at)
    assert answer.position == 2
    assert thread.first_response_at == answer_at
    assert thread.first_response_seconds == 30 * 3600
    do_reply(
        session,
        thread=thread,
        author=other,
        body="> We used SMS.\n\nSame here.",
        quoted_post=answer,
        at=start + timedelta(hours=40),
    )
    do_reply(
        session, thread=thread, author=helper, body="Also radio.", at=start + timedelta(hours=50)
    )
    assert thread.reply_count == 4
    assert thread.participant_count == 3  # distinct authors, the asker included
    assert thread.first_response_at == answer_at  # unchanged by later replies
    assert thread.last_activity_at == start + timedelta(hours=50)
    assert community.last_activity_at == start + timedelta(hours=50)
    replies = events(session, ActivityKind.REPLY_CREATED)
    assert len(replies) == 4
    assert {e.counterpart_id for e in replies} == {asker.id}
    assert [e.actor_id for e in replies] == [asker.id, helper.id, other.id, helper.id]
    with pytest.raises(threads.InvalidTimestampError):
        do_reply(session, thread=thread, author=helper, body="x", at=start - timedelta(days=1))


def test_backdated_reply_keeps_earliest_first_response(session: Session, world: World) -> None:
    community, asker, helper, other = world
    thread = make_thread(session, community, asker)
    start = thread.created_at
    do_reply(session, thread=thread, author=helper, body="Late one", at=start + timedelta(hours=9))
    do_reply(session, thread=thread, author=other, body="Early one", at=start + timedelta(hours=2))
    assert thread.first_response_seconds == 2 * 3600
    assert thread.last_activity_at == start + timedelta(hours=9)


def test_locked_thread_refuses_reply(session: Session, world: World) -> None:
    community, asker, helper, _ = world
    lead = make_user(session)
    do_join(session, community=community, user=lead, role=MembershipRole.LEAD, at=T0)
    thread = make_thread(session, community, asker)
    with pytest.raises(communities.NotAllowedError):
        threads.do_moderate_thread(session, thread=thread, by=helper, locked=True)
    threads.do_moderate_thread(session, thread=thread, by=lead, locked=True)
    with pytest.raises(threads.ThreadLockedError):
        do_reply(session, thread=thread, author=helper, body="Too late")
    assert thread.reply_count == 0
    assert not events(session, ActivityKind.REPLY_CREATED)


def test_react_once_not_on_own_post(session: Session, world: World) -> None:
    community, asker, helper, other = world
    thread = make_thread(session, community, asker)
    answer = do_reply(
        session, thread=thread, author=helper, body="Try this.", at=T0 + timedelta(days=2)
    )
    at = T0 + timedelta(days=3)
    first = do_react(session, post=answer, user=asker, at=at)
    again = do_react(session, post=answer, user=asker, at=at)
    do_react(session, post=answer, user=other, at=at)
    assert first.id == again.id
    assert answer.helpful_count == 2
    with pytest.raises(threads.OwnPostReactionError):
        do_react(session, post=answer, user=helper)
    reactions = events(session, ActivityKind.REACTION_ADDED)
    assert [(e.actor_id, e.counterpart_id, e.post_id) for e in reactions] == [
        (asker.id, helper.id, answer.id),
        (other.id, helper.id, answer.id),
    ]
    assert thread.last_activity_at == T0 + timedelta(days=2)  # reactions do not bump


def test_accept_answer_and_replace(session: Session, world: World) -> None:
    community, asker, helper, other = world
    thread = make_thread(session, community, asker)
    first = do_reply(session, thread=thread, author=helper, body="A", at=T0 + timedelta(days=2))
    second = do_reply(
        session, thread=thread, author=other, body="B", at=T0 + timedelta(days=2, hours=1)
    )
    with pytest.raises(communities.NotAllowedError):
        do_accept_answer(session, thread=thread, post=first, by=other)
    opening = threads.list_posts(session, thread=thread)[0]
    with pytest.raises(threads.PostNotInThreadError):
        do_accept_answer(session, thread=thread, post=opening, by=asker)
    do_accept_answer(session, thread=thread, post=first, by=asker, at=T0 + timedelta(days=3))
    assert thread.status == ThreadStatus.ANSWERED
    do_accept_answer(session, thread=thread, post=first, by=asker, at=T0 + timedelta(days=3))
    row = do_accept_answer(session, thread=thread, post=second, by=asker, at=T0 + timedelta(days=4))
    assert row.post_id == second.id
    assert session.exec(select(sa.func.count()).select_from(AcceptedAnswer)).one() == 1
    accepted = events(session, ActivityKind.ANSWER_ACCEPTED)
    assert [(e.actor_id, e.counterpart_id, e.post_id) for e in accepted] == [
        (asker.id, helper.id, first.id),
        (asker.id, other.id, second.id),
    ]
    discussion = make_thread(session, community, asker, kind=ThreadKind.DISCUSSION)
    reply = do_reply(session, thread=discussion, author=helper, body="C")
    with pytest.raises(threads.NotAnswerableError):
        do_accept_answer(session, thread=discussion, post=reply, by=asker)


def test_services_never_commit(engine: sa.Engine) -> None:
    with Session(engine) as session:
        community = make_community(session)
        asker = member(session, community)
        helper = member(session, community)
        thread = make_thread(session, community, asker)
        post = do_reply(session, thread=thread, author=helper, body="Answer")
        do_react(session, post=post, user=asker)
        do_accept_answer(session, thread=thread, post=post, by=asker)
        session.rollback()
    with Session(engine) as session:
        for model in (User, Community, CommunityFocusArea, Thread, Post, Reaction, ActivityEvent):
            assert session.exec(select(sa.func.count()).select_from(model)).one() == 0, model


def test_naive_timestamps_refused(session: Session) -> None:
    with pytest.raises(communities.InvalidTimestampError):
        make_community(session, at=datetime(2025, 1, 1))  # noqa: DTZ001
