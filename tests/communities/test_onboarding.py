"""The onboarding wizard: a resumable draft, per-step validation, write-through,
community choices and the funnel in the activity log."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app.models import (
    ActivityEvent,
    ActivityKind,
    Community,
    ExpertiseDirection,
    FocusAreaCode,
    MemberExpertise,
    MemberProfile,
    Membership,
    MembershipRole,
    MembershipStatus,
    OnboardingDraft,
    Openness,
    OrgType,
    ThreadKind,
    User,
)
from cop_app.services.accounts.profiles import FormError
from cop_app.services.communities import onboarding
from cop_app.services.communities.communities import do_decide_join
from cop_app.services.communities.onboarding import STEPS, StepNotReachedError
from cop_app.services.threads import threads
from tests.factories import make_community, make_membership, make_reply, make_thread, make_user

T0 = datetime(2025, 5, 5, 9, 0, tzinfo=UTC)
ABOUT = {
    "organisation": "Sahel Water Agency",
    "org_type": OrgType.GOVERNMENT.value,
    "discipline": "Hydrology",
    "region": "Africa",
    "languages": ["fr", "en"],
}
EXPERTISE = {"can_help": ["Borehole siting"], "looking_for": ["Results   Measurement"]}
FOCUS = {"focus": [FocusAreaCode.LEARNING.value, FocusAreaCode.COORDINATION.value]}
MOTIVATION = "I review public space designs for our city programme."


def events(session: Session, user: User, kind: ActivityKind | None = None) -> list[ActivityEvent]:
    stmt = select(ActivityEvent).where(ActivityEvent.actor_id == user.id)
    if kind is not None:
        stmt = stmt.where(ActivityEvent.kind == kind)
    return list(session.exec(stmt.order_by(col(ActivityEvent.id))).all())


def through_step(session: Session, user: User, last: int, *, at: datetime = T0) -> None:
    """Save steps 1..``last`` with valid answers (step 5: no communities)."""
    answers: dict[int, dict[str, Any]] = {1: {}, 2: ABOUT, 3: EXPERTISE, 4: FOCUS}
    onboarding.get_or_start(session, user=user, now=at)
    for step in range(1, last + 1):
        if step == 5:
            onboarding.do_choose_communities(session, user=user, join=[], requests={}, now=at)
        elif step == 6:
            onboarding.do_finish(session, user=user, now=at)
        else:
            onboarding.do_save_step(session, user=user, step=step, answers=answers[step], now=at)


@pytest.fixture
def user(session: Session) -> User:
    return make_user(session, display_name="Newcomer")


# --------------------------------------------------------------------------- start and resume


def test_steps_are_the_six_named_steps() -> None:
    assert [name for name, _ in STEPS] == [
        "welcome",
        "about",
        "expertise",
        "focus",
        "communities",
        "first_step",
    ]


def test_start_creates_a_draft_once_and_logs_started_once(session: Session, user: User) -> None:
    first = onboarding.get_or_start(session, user=user, now=T0)
    again = onboarding.get_or_start(session, user=user, now=T0 + timedelta(hours=1))
    assert first.step == again.step == 1
    assert not first.completed
    started = events(session, user, ActivityKind.ONBOARDING_STARTED)
    assert len(started) == 1
    assert started[0].community_id is None
    assert started[0].occurred_at == T0


def test_start_is_prefilled_from_profile_and_expertise(session: Session) -> None:
    member = make_user(
        session,
        organisation="Ministry of Planning",
        org_type=OrgType.GOVERNMENT,
        region="South Asia",
        languages=["en", "ne"],
        focus_interests=[FocusAreaCode.LEARNING.value],
    )
    session.add(
        MemberExpertise(user_id=member.id, direction=ExpertiseDirection.CAN_HELP, tag="gis")
    )
    session.flush()
    view = onboarding.get_or_start(session, user=member, now=T0)
    assert view.answers["organisation"] == "Ministry of Planning"
    assert view.answers["org_type"] == "government"
    assert view.answers["languages"] == ["en", "ne"]
    assert view.answers["can_help"] == ["gis"]
    assert view.answers["looking_for"] == []
    assert view.answers["focus"] == ["learning"]
    assert view.answers["joined"] == [] and view.answers["requested"] == {}


def test_a_fresh_profile_does_not_answer_the_organisation_type(
    session: Session, user: User
) -> None:
    view = onboarding.get_or_start(session, user=user, now=T0)
    assert view.answers["org_type"] == ""
    onboarding.do_save_step(session, user=user, step=1, answers={}, now=T0)
    with pytest.raises(FormError) as refused:
        onboarding.do_save_step(
            session, user=user, step=2, answers={**ABOUT, "org_type": ""}, now=T0
        )
    assert set(refused.value.errors) == {"org_type"}


def test_another_browser_resumes_at_the_same_step_with_the_same_answers(
    engine: sa.Engine, session: Session, user: User
) -> None:
    through_step(session, user, 2)
    session.commit()
    with Session(engine) as other:
        member = other.get(User, user.id)
        assert member is not None
        view = onboarding.get_or_start(other, user=member, now=T0)
    assert view.step == 3
    assert view.answers["organisation"] == "Sahel Water Agency"
    assert view.answers["languages"] == ["fr", "en"]


# --------------------------------------------------------------------------- step 1 and 2


def test_step_one_has_no_fields_and_just_advances(session: Session, user: User) -> None:
    onboarding.get_or_start(session, user=user, now=T0)
    view = onboarding.do_save_step(session, user=user, step=1, answers={}, now=T0)
    assert view.step == 2
    assert view.answers["furthest"] == 2


def test_about_writes_through_to_the_profile(session: Session, user: User) -> None:
    through_step(session, user, 2)
    profile = session.get(MemberProfile, user.id)
    assert profile is not None
    assert profile.organisation == "Sahel Water Agency"
    assert profile.org_type == OrgType.GOVERNMENT
    assert profile.discipline == "Hydrology"
    assert profile.region == "Africa"
    assert profile.languages == ["fr", "en"]


@pytest.mark.parametrize(
    ("changes", "keys"),
    [
        (
            {"organisation": "  ", "org_type": "", "languages": []},
            {"organisation", "org_type", "languages"},
        ),
        ({"organisation": "x" * 121}, {"organisation"}),
        ({"discipline": "d" * 81, "region": "r" * 81}, {"discipline", "region"}),
        ({"org_type": "pirate"}, {"org_type"}),
        ({"languages": ["xx"]}, {"languages"}),
        ({"organisation": "Bad\u202eName"}, {"organisation"}),
    ],
)
def test_about_refuses_wrong_answers_and_saves_nothing(
    session: Session, user: User, changes: dict[str, Any], keys: set[str]
) -> None:
    through_step(session, user, 1)
    before = events(session, user)
    with pytest.raises(FormError) as refused:
        onboarding.do_save_step(session, user=user, step=2, answers={**ABOUT, **changes}, now=T0)
    assert set(refused.value.errors) == keys
    assert all(refused.value.errors.values())
    session.expire_all()
    profile = session.get(MemberProfile, user.id)
    draft = session.get(OnboardingDraft, user.id)
    assert profile is not None and draft is not None
    assert profile.organisation == ""
    assert draft.step == 2
    assert "Sahel" not in str(draft.answers)
    assert events(session, user) == before


def test_over_long_organisation_says_how_long_it_may_be(session: Session, user: User) -> None:
    through_step(session, user, 1)
    with pytest.raises(FormError) as refused:
        onboarding.do_save_step(
            session, user=user, step=2, answers={**ABOUT, "organisation": "x" * 121}, now=T0
        )
    assert "120" in refused.value.errors["organisation"]


def test_markup_in_free_text_is_kept_verbatim_as_text(session: Session, user: User) -> None:
    through_step(session, user, 1)
    markup = "<script>alert('x')</script> & <b>Co</b>"
    view = onboarding.do_save_step(
        session, user=user, step=2, answers={**ABOUT, "organisation": markup}, now=T0
    )
    assert view.answers["organisation"] == markup
    profile = session.get(MemberProfile, user.id)
    assert profile is not None and profile.organisation == markup


# --------------------------------------------------------------------------- step 3 and 4


def test_expertise_tags_are_normalised_and_written_through(session: Session, user: User) -> None:
    through_step(session, user, 3)
    rows = session.exec(
        select(MemberExpertise.direction, MemberExpertise.tag).where(
            MemberExpertise.user_id == user.id
        )
    ).all()
    assert sorted(rows) == [
        (ExpertiseDirection.CAN_HELP, "borehole siting"),
        (ExpertiseDirection.LOOKING_FOR, "results measurement"),
    ]
    draft = session.get(OnboardingDraft, user.id)
    assert draft is not None
    assert draft.answers["looking_for"] == ["results measurement"]


def test_one_direction_of_expertise_is_enough(session: Session, user: User) -> None:
    through_step(session, user, 2)
    view = onboarding.do_save_step(
        session, user=user, step=3, answers={"can_help": [], "looking_for": ["gis"]}, now=T0
    )
    assert view.step == 4


@pytest.mark.parametrize(
    ("answers", "keys"),
    [
        ({"can_help": [], "looking_for": ["  "]}, {"can_help"}),
        ({"can_help": ["x" * 61], "looking_for": ["gis"]}, {"can_help"}),
        ({"can_help": ["gis"], "looking_for": ["a"]}, {"looking_for"}),
        ({"can_help": [f"tag {n}" for n in range(21)], "looking_for": []}, {"can_help"}),
    ],
)
def test_expertise_refuses_wrong_tags_and_saves_nothing(
    session: Session, user: User, answers: dict[str, Any], keys: set[str]
) -> None:
    through_step(session, user, 2)
    with pytest.raises(FormError) as refused:
        onboarding.do_save_step(session, user=user, step=3, answers=answers, now=T0)
    assert set(refused.value.errors) == keys
    count = session.exec(
        select(sa.func.count())
        .select_from(MemberExpertise)
        .where(MemberExpertise.user_id == user.id)
    ).one()
    assert count == 0
    draft = session.get(OnboardingDraft, user.id)
    assert draft is not None and draft.step == 3


def test_markup_in_a_tag_is_kept_as_text(session: Session, user: User) -> None:
    through_step(session, user, 2)
    view = onboarding.do_save_step(
        session, user=user, step=3, answers={"can_help": ["<i>gis</i>"], "looking_for": []}, now=T0
    )
    assert view.answers["can_help"] == ["<i>gis</i>"]


def test_focus_writes_through_to_focus_interests(session: Session, user: User) -> None:
    through_step(session, user, 4)
    profile = session.get(MemberProfile, user.id)
    assert profile is not None
    assert profile.focus_interests == ["learning", "coordination"]


@pytest.mark.parametrize("focus", [[], ["world domination"]])
def test_focus_needs_at_least_one_known_area(
    session: Session, user: User, focus: list[str]
) -> None:
    through_step(session, user, 3)
    with pytest.raises(FormError) as refused:
        onboarding.do_save_step(session, user=user, step=4, answers={"focus": focus}, now=T0)
    assert set(refused.value.errors) == {"focus"}
    profile = session.get(MemberProfile, user.id)
    assert profile is not None and profile.focus_interests == []


# --------------------------------------------------------------------------- navigation


def test_back_keeps_answers_and_saving_an_earlier_step_again_logs_nothing_new(
    session: Session, user: User
) -> None:
    through_step(session, user, 3)
    view = onboarding.do_go_to(session, user=user, step=2, now=T0)
    assert view.step == 2
    assert view.answers["organisation"] == "Sahel Water Agency"
    assert view.answers["looking_for"] == ["results measurement"]
    logged = len(events(session, user))
    view = onboarding.do_save_step(
        session, user=user, step=2, answers={**ABOUT, "region": "West Africa"}, now=T0
    )
    assert view.step == 3
    assert view.answers["furthest"] == 4  # still reached
    assert view.answers["looking_for"] == ["results measurement"]
    assert len(events(session, user)) == logged
    # Forward again to a step already reached, without saving.
    assert onboarding.do_go_to(session, user=user, step=4, now=T0).step == 4


def test_cannot_jump_or_save_past_the_furthest_step(session: Session, user: User) -> None:
    through_step(session, user, 2)
    with pytest.raises(StepNotReachedError):
        onboarding.do_go_to(session, user=user, step=4, now=T0)
    with pytest.raises(StepNotReachedError):
        onboarding.do_save_step(session, user=user, step=4, answers=FOCUS, now=T0)
    with pytest.raises(StepNotReachedError):
        onboarding.do_choose_communities(session, user=user, join=[], requests={}, now=T0)
    with pytest.raises(StepNotReachedError):
        onboarding.do_finish(session, user=user, now=T0)
    with pytest.raises(onboarding.OnboardingError):
        onboarding.do_go_to(session, user=user, step=7, now=T0)
    draft = session.get(OnboardingDraft, user.id)
    assert draft is not None and draft.step == 3


# --------------------------------------------------------------------------- step 5


@pytest.fixture
def places(session: Session) -> dict[str, Any]:
    lead = make_user(session, display_name="Lead")
    open_one = make_community(session, slug="evidence", name="Evidence Stream")
    selective = make_community(
        session, slug="public-spaces", name="Public Spaces", openness=Openness.SELECTIVE
    )
    archived = make_community(session, slug="old-times", name="Old Times", archived_at=T0)
    make_membership(session, community=selective, user=lead, role=MembershipRole.LEAD)
    return {"open": open_one, "selective": selective, "archived": archived, "lead": lead}


def memberships(session: Session, user: User) -> dict[int, Membership]:
    rows = session.exec(select(Membership).where(Membership.user_id == user.id)).all()
    return {m.community_id: m for m in rows}


def test_choosing_joins_open_and_requests_selective_and_twice_duplicates_nothing(
    session: Session, user: User, places: dict[str, Any]
) -> None:
    through_step(session, user, 4)
    for _ in range(2):
        view = onboarding.do_choose_communities(
            session,
            user=user,
            join=["evidence"],
            requests={"public-spaces": MOTIVATION},
            now=T0,
        )
    assert view.step == 6
    assert view.answers["joined"] == ["evidence"]
    assert view.answers["requested"] == {"public-spaces": MOTIVATION}
    mine = memberships(session, user)
    assert len(mine) == 2
    assert mine[places["open"].id].status == MembershipStatus.ACTIVE
    pending = mine[places["selective"].id]
    assert pending.status == MembershipStatus.PENDING
    assert pending.motivation == MOTIVATION
    session.refresh(places["open"])
    assert places["open"].member_count == 1
    assert len(events(session, user, ActivityKind.MEMBER_JOINED)) == 1
    assert len(events(session, user, ActivityKind.JOIN_REQUESTED)) == 1
    completed = events(session, user, ActivityKind.ONBOARDING_STEP_COMPLETED)
    assert [e.detail for e in completed].count("communities") == 1
    # Finishing (twice) adds no membership either.
    onboarding.do_finish(session, user=user, now=T0)
    onboarding.do_finish(session, user=user, now=T0)
    assert len(memberships(session, user)) == 2


def test_choosing_through_save_step_five(
    session: Session, user: User, places: dict[str, Any]
) -> None:
    through_step(session, user, 4)
    view = onboarding.do_save_step(
        session,
        user=user,
        step=5,
        answers={"joined": ["evidence"], "requested": {"public-spaces": MOTIVATION}},
        now=T0,
    )
    assert view.step == 6
    assert len(memberships(session, user)) == 2


# Control characters are dropped from a motivation (a body) and do not count.
@pytest.mark.parametrize("motivation", ["", "Let me in", "m" * 501, "Hi\u202e\x00\x07" * 4])
def test_a_selective_request_needs_a_motivation_of_10_to_500_characters(
    session: Session, user: User, places: dict[str, Any], motivation: str
) -> None:
    through_step(session, user, 4)
    with pytest.raises(FormError) as refused:
        onboarding.do_choose_communities(
            session,
            user=user,
            join=["evidence"],
            requests={"public-spaces": motivation},
            now=T0,
        )
    assert set(refused.value.errors) == {"motivation:public-spaces"}
    assert memberships(session, user) == {}
    draft = session.get(OnboardingDraft, user.id)
    assert draft is not None and draft.step == 5


def test_markup_in_a_motivation_is_kept_verbatim(
    session: Session, user: User, places: dict[str, Any]
) -> None:
    through_step(session, user, 4)
    text = "<img src=x onerror=alert(1)> I design plazas & parks."
    onboarding.do_choose_communities(
        session, user=user, join=[], requests={"public-spaces": text}, now=T0
    )
    assert memberships(session, user)[places["selective"].id].motivation == text


@pytest.mark.parametrize(
    ("join", "requests"),
    [
        (["public-spaces"], {}),  # selective: must be a request
        (["no-such-place"], {}),
        (["old-times"], {}),  # archived
        ([], {"old-times": MOTIVATION}),
    ],
)
def test_unknown_archived_or_selective_joins_are_refused(
    session: Session,
    user: User,
    places: dict[str, Any],
    join: list[str],
    requests: dict[str, str],
) -> None:
    through_step(session, user, 4)
    with pytest.raises(FormError) as refused:
        onboarding.do_choose_communities(
            session, user=user, join=["evidence", *join], requests=requests, now=T0
        )
    assert set(refused.value.errors) == {"communities"}
    assert memberships(session, user) == {}


def test_a_request_for_an_open_community_simply_joins(
    session: Session, user: User, places: dict[str, Any]
) -> None:
    through_step(session, user, 4)
    view = onboarding.do_choose_communities(
        session, user=user, join=[], requests={"evidence": ""}, now=T0
    )
    assert view.answers["joined"] == ["evidence"]
    assert memberships(session, user)[places["open"].id].status == MembershipStatus.ACTIVE


def test_the_applicant_sees_the_outcome_and_a_declined_request_is_not_sent_again(
    session: Session, user: User, places: dict[str, Any]
) -> None:
    through_step(session, user, 4)
    onboarding.do_choose_communities(
        session, user=user, join=["evidence"], requests={"public-spaces": MOTIVATION}, now=T0
    )
    outcomes = onboarding.list_join_outcomes(session, user=user)
    assert [(o.slug, o.status) for o in outcomes] == [
        ("evidence", "active"),
        ("public-spaces", "pending"),
    ]
    assert outcomes[0].name == "Evidence Stream"
    request = memberships(session, user)[places["selective"].id]
    do_decide_join(session, membership=request, approve=False, by=places["lead"], at=T0)
    assert [(o.slug, o.status) for o in onboarding.list_join_outcomes(session, user=user)] == [
        ("evidence", "active"),
        ("public-spaces", "declined"),
    ]
    # Saving step 5 again with the same choice does not ask the leads again.
    onboarding.do_choose_communities(
        session, user=user, join=["evidence"], requests={"public-spaces": MOTIVATION}, now=T0
    )
    assert memberships(session, user)[places["selective"].id].status == MembershipStatus.DECLINED
    assert len(events(session, user, ActivityKind.JOIN_REQUESTED)) == 1


def test_an_approved_request_shows_as_joined(
    session: Session, user: User, places: dict[str, Any]
) -> None:
    through_step(session, user, 4)
    onboarding.do_choose_communities(
        session, user=user, join=[], requests={"public-spaces": MOTIVATION}, now=T0
    )
    request = memberships(session, user)[places["selective"].id]
    do_decide_join(session, membership=request, approve=True, by=places["lead"], at=T0)
    outcomes = onboarding.list_join_outcomes(session, user=user)
    assert [(o.slug, o.status) for o in outcomes] == [("public-spaces", "active")]


def test_no_outcomes_before_onboarding(session: Session, user: User) -> None:
    assert onboarding.list_join_outcomes(session, user=user) == []


# --------------------------------------------------------------------------- finish and funnel


def test_finish_is_idempotent(session: Session, user: User) -> None:
    through_step(session, user, 5)
    first = onboarding.do_finish(session, user=user, now=T0)
    again = onboarding.do_finish(session, user=user, now=T0 + timedelta(days=1))
    assert first.completed and again.completed
    draft = session.get(OnboardingDraft, user.id)
    assert draft is not None and draft.completed_at == T0
    assert len(events(session, user, ActivityKind.ONBOARDING_FINISHED)) == 1


def test_the_funnel_is_logged_once_per_stage_and_outside_any_community(
    session: Session, user: User
) -> None:
    through_step(session, user, 6)
    through_step(session, user, 6)  # everything again: nothing new is logged
    funnel = [
        e
        for e in events(session, user)
        if e.kind
        in (
            ActivityKind.ONBOARDING_STARTED,
            ActivityKind.ONBOARDING_STEP_COMPLETED,
            ActivityKind.ONBOARDING_FINISHED,
        )
    ]
    assert [(e.kind, e.detail) for e in funnel] == [
        (ActivityKind.ONBOARDING_STARTED, ""),
        *((ActivityKind.ONBOARDING_STEP_COMPLETED, name) for name, _ in STEPS),
        (ActivityKind.ONBOARDING_FINISHED, ""),
    ]
    assert all(e.community_id is None for e in funnel)


@pytest.fixture
def finished(session: Session, user: User) -> tuple[User, Community]:
    community = make_community(session, slug="evidence", name="Evidence Stream")
    make_membership(session, community=community, user=user, joined_at=T0)
    through_step(session, user, 6)
    return user, community


def first_contributions(session: Session, user: User) -> list[ActivityEvent]:
    return events(session, user, ActivityKind.FIRST_CONTRIBUTION)


def test_first_contribution_within_14_days_is_logged_once_with_its_community(
    session: Session, finished: tuple[User, Community]
) -> None:
    user, community = finished
    at = T0 + timedelta(days=13, hours=23)
    threads.do_create_thread(
        session,
        community=community,
        author=user,
        kind=ThreadKind.QUESTION,
        title="Hello, first question",
        body="How do you measure results?",
        at=at,
    )
    threads.do_create_thread(
        session,
        community=community,
        author=user,
        kind=ThreadKind.DISCUSSION,
        title="A second thread",
        body="More.",
        at=at + timedelta(minutes=5),
    )
    logged = first_contributions(session, user)
    assert len(logged) == 1
    assert logged[0].community_id == community.id
    assert logged[0].occurred_at == at


def test_a_contribution_after_14_days_is_not_a_first_contribution(
    session: Session, finished: tuple[User, Community]
) -> None:
    user, community = finished
    threads.do_create_thread(
        session,
        community=community,
        author=user,
        kind=ThreadKind.QUESTION,
        title="Late question",
        body="Better late than never.",
        at=T0 + timedelta(days=14, minutes=1),
    )
    assert first_contributions(session, user) == []


def test_no_first_contribution_without_a_finished_onboarding(session: Session, user: User) -> None:
    community = make_community(session)
    make_membership(session, community=community, user=user, joined_at=T0)
    through_step(session, user, 5)  # not finished
    threads.do_create_thread(
        session,
        community=community,
        author=user,
        kind=ThreadKind.QUESTION,
        title="Question",
        body="Body",
        at=T0 + timedelta(hours=1),
    )
    assert first_contributions(session, user) == []


@pytest.mark.parametrize("how", ["reply", "react", "accept"])
def test_replies_reactions_and_accepted_answers_count_as_first_contributions(
    session: Session, finished: tuple[User, Community], how: str
) -> None:
    user, community = finished
    other = make_user(session)
    make_membership(session, community=community, user=other, joined_at=T0)
    at = T0 + timedelta(days=2)
    if how == "reply":
        thread = make_thread(session, community=community, author=other, created_at=at)
        threads.do_reply(session, thread=thread, author=user, body="Try this.", at=at)
    elif how == "react":
        thread = make_thread(session, community=community, author=other, created_at=at)
        post = make_reply(session, thread=thread, author=other, at=at)
        threads.do_react(session, post=post, user=user, at=at)
    else:
        thread = make_thread(session, community=community, author=user, created_at=at)
        post = make_reply(session, thread=thread, author=other, at=at)
        threads.do_accept_answer(session, thread=thread, post=post, by=user, at=at)
    logged = first_contributions(session, user)
    assert [(e.community_id, e.occurred_at) for e in logged] == [(community.id, at)]
    assert first_contributions(session, other) == []


def test_noting_a_contribution_takes_one_query(
    engine: sa.Engine, session: Session, finished: tuple[User, Community]
) -> None:
    user, community = finished
    session.commit()
    statements: list[str] = []

    def count(conn, cursor, statement, *args) -> None:
        statements.append(statement)

    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        onboarding.do_note_contribution(
            session,
            user_id=make_user_id(user),
            community_id=community.id or 0,
            at=T0 - timedelta(days=1),
        )
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)
    assert len(statements) == 1


def make_user_id(user: User) -> int:
    assert user.id is not None
    return user.id
