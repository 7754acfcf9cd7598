"""Expertise matching: rankings pinned on constructed cases, and on the demo data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from cop_app import demo
from cop_app.models import (
    Community,
    ExpertiseDirection,
    FocusAreaCode,
    MemberExpertise,
    MembershipStatus,
    Openness,
    ThreadKind,
    ThreadStatus,
    User,
)
from cop_app.services.communities import matching
from tests.dbtools import count_statements
from tests.factories import (
    make_accept,
    make_community,
    make_membership,
    make_reply,
    make_thread,
    make_user,
)

NOW = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)
CO = FocusAreaCode.COORDINATION
LE = FocusAreaCode.LEARNING
PS = FocusAreaCode.PRACTITIONER_SUPPORT
IN = FocusAreaCode.INNOVATION


def expert(
    session: Session,
    *,
    can_help: tuple[str, ...] = (),
    looking_for: tuple[str, ...] = (),
    communities: tuple[Community, ...] = (),
    **fields: object,
) -> User:
    """A member with expertise tags, active in ``communities``."""
    user = make_user(session, **fields)
    for direction, tags in (
        (ExpertiseDirection.CAN_HELP, can_help),
        (ExpertiseDirection.LOOKING_FOR, looking_for),
    ):
        for tag in tags:
            session.add(MemberExpertise(user_id=user.id, direction=direction, tag=tag))
    for community in communities:
        make_membership(session, community=community, user=user, joined_at=NOW - timedelta(days=60))
    session.flush()
    return user


def rank(session: Session, **answers: object) -> list[matching.CommunityMatch]:
    args: dict[str, object] = {
        "user_id": None,
        "focus": [],
        "can_help": [],
        "looking_for": [],
        "languages": [],
        **answers,
    }
    return matching.rank_communities(session, **args)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- communities


@pytest.fixture
def three(session: Session) -> dict[str, Community]:
    """A coordination community whose members can help with results measurement,
    a practitioner community with one thread on it, and a learning community."""
    coordination = make_community(
        session, slug="evidence", name="Evidence Stream", primary=(CO,), secondary=(LE,)
    )
    practitioners = make_community(
        session, slug="cdd", name="Alpha Practitioners", primary=(PS,), languages=["en", "fr"]
    )
    learning = make_community(session, slug="analytics", name="Analytics Circle", primary=(LE,))
    for _ in range(2):
        expert(session, can_help=("results measurement",), communities=(coordination,))
    asker = expert(session, communities=(practitioners, coordination))
    make_thread(
        session,
        community=practitioners,
        author=asker,
        title="Who does results measurement in the Sahel?",
        created_at=NOW - timedelta(days=3),
    )
    make_thread(
        session,
        community=coordination,
        author=asker,
        title="Indicator standards",
        tags=["results measurement", "indicators"],
        created_at=NOW - timedelta(days=3),
    )
    return {"coordination": coordination, "practitioners": practitioners, "learning": learning}


def test_looking_for_results_measurement_ranks_the_coordination_community_first(
    session: Session, three: dict[str, Community]
) -> None:
    ranked = rank(session, looking_for=["Results Measurement"])
    assert [m.slug for m in ranked] == ["evidence", "cdd", "analytics"]
    first = ranked[0]
    assert first.reasons == [
        "Members here can help with results measurement",
        "Threads discuss results measurement",
    ]
    assert ranked[1].reasons == ["Threads discuss results measurement"]
    assert ranked[2].score == 0 and ranked[2].reasons == []
    assert first.score > ranked[1].score > 0


def test_the_coordination_focus_adds_to_the_expertise_match(
    session: Session, three: dict[str, Community]
) -> None:
    ranked = rank(session, looking_for=["results measurement"], focus=[CO.value])
    assert ranked[0].slug == "evidence"
    assert ranked[0].reasons[0] == "Its primary focus is Coordination, which you picked"


def test_focus_only_ranks_primary_before_secondary_before_none(session: Session) -> None:
    make_community(session, slug="zeta", name="Zeta Learning", primary=(LE,))
    make_community(session, slug="beta", name="Beta Helpers", primary=(PS,), secondary=(LE,))
    make_community(session, slug="alpha", name="Alpha Innovators", primary=(IN,))
    ranked = rank(session, focus=[LE.value])
    assert [m.slug for m in ranked] == ["zeta", "beta", "alpha"]
    assert ranked[0].reasons == ["Its primary focus is Learning, which you picked"]
    assert ranked[1].reasons == ["It also works on Learning, which you picked"]
    assert ranked[0].score == matching.W_FOCUS_PRIMARY
    assert ranked[1].score == matching.W_FOCUS_SECONDARY


def test_languages_break_ties_and_names_break_the_rest(session: Session) -> None:
    make_community(session, slug="a", name="Alpha", primary=(CO,), languages=["en"])
    make_community(session, slug="b", name="Bravo", primary=(CO,), languages=["en", "fr"])
    make_community(session, slug="c", name="Charlie", primary=(CO,), languages=["en"])
    assert [m.slug for m in rank(session, focus=[CO.value])] == ["a", "b", "c"]
    ranked = rank(session, focus=[CO.value], languages=["fr"])
    assert [m.slug for m in ranked] == ["b", "a", "c"]
    assert "Works in French" in ranked[0].reasons
    both = rank(session, focus=[CO.value], languages=["fr", "en"])
    assert "Works in English and French" in both[0].reasons


def test_can_help_matches_members_looking_for_it_and_unanswered_questions(
    session: Session,
) -> None:
    needy = make_community(session, slug="needy", name="Needy")
    answered = make_community(session, slug="answered", name="Answered")
    seeker = expert(session, looking_for=("theory of change",), communities=(needy,))
    make_thread(
        session,
        community=needy,
        author=seeker,
        title="Reviewing a theory of change: where to start?",
        created_at=NOW - timedelta(days=2),
    )
    # In the other community the only question about it has been answered.
    helper, asker = (
        expert(session, communities=(answered,)),
        expert(session, communities=(answered,)),
    )
    old = make_thread(
        session,
        community=answered,
        author=asker,
        tags=["theory of change"],
        created_at=NOW - timedelta(days=9),
    )
    make_accept(session, post=make_reply(session, thread=old, author=helper, at=NOW))
    ranked = rank(session, can_help=["theory of change"])
    assert [m.slug for m in ranked] == ["needy", "answered"]
    assert ranked[0].reasons == [
        "Members here are looking for theory of change, which you can help with",
        "Unanswered questions here ask about theory of change",
    ]
    assert ranked[1].score == 0


def test_title_matches_whole_words_only(session: Session) -> None:
    words = make_community(session, slug="words", name="Words")
    author = expert(session, communities=(words,))
    make_thread(session, community=words, author=author, title="A mission to promise MIS-free days")
    assert rank(session, looking_for=["mis"])[0].score == 0
    make_thread(session, community=words, author=author, title="Which MIS, for sub-projects?")
    assert rank(session, looking_for=["mis"])[0].reasons == ["Threads discuss mis"]


def test_own_tags_archived_communities_and_membership_status(session: Session) -> None:
    mine = make_community(session, slug="mine", name="Mine", primary=(CO,))
    asked = make_community(
        session, slug="asked", name="Asked", primary=(CO,), openness=Openness.SELECTIVE
    )
    make_community(session, slug="gone", name="Gone", primary=(CO,), archived_at=NOW)
    me = expert(session, can_help=("gis",), communities=(mine,))
    make_membership(session, community=asked, user=me, status=MembershipStatus.PENDING)
    ranked = matching.rank_communities(
        session, user_id=me.id, focus=[CO.value], can_help=[], looking_for=["gis"], languages=[]
    )
    assert [(m.slug, m.membership, m.selective) for m in ranked] == [
        ("asked", "pending", True),
        ("mine", "active", False),
    ]
    # My own "can help with gis" does not make Mine a place to find gis help.
    assert all("gis" not in " ".join(m.reasons) for m in ranked)


def test_limit_and_every_matched_community_has_a_reason(session: Session) -> None:
    for n in range(7):
        make_community(session, slug=f"c{n}", name=f"C{n}", primary=(LE,), languages=["en"])
    ranked = rank(session, focus=[LE.value], languages=["en"], limit=5)
    assert len(ranked) == 5
    assert all(m.reasons for m in ranked if m.score > 0)


def test_ranking_takes_a_bounded_number_of_statements(engine: sa.Engine, session: Session) -> None:
    def build(n: int) -> None:
        for _ in range(n):
            community = make_community(session, primary=(CO,), secondary=(LE,), languages=["en"])
            member = expert(
                session,
                can_help=("results measurement", "gis"),
                looking_for=("power bi",),
                communities=(community,),
            )
            make_thread(session, community=community, author=member, tags=["gis"])
        session.commit()

    answers = {
        "focus": [CO.value, LE.value],
        "can_help": ["power bi", "surveys"],
        "looking_for": ["results measurement", "gis"],
        "languages": ["en"],
    }
    build(2)
    with count_statements(engine) as few:
        small = rank(session, **answers)
    build(10)
    with count_statements(engine) as many:
        large = rank(session, **answers, limit=12)
    assert len(small) == 2 and len(large) == 12
    assert len(few) == len(many) <= 5


# --------------------------------------------------------------------------- people


def test_suggest_people_ranks_the_matching_helper_first_and_never_me(session: Session) -> None:
    home = make_community(session, slug="home", name="Home")
    me = expert(
        session,
        can_help=("power bi", "results measurement"),
        looking_for=("results measurement",),
        communities=(home,),
        display_name="Me Myself",
    )
    helper = expert(
        session,
        can_help=("results measurement",),
        display_name="Zara Helper",
        organisation="Stats Office",
        region="Africa",
    )
    seeker = expert(session, looking_for=("power bi",), display_name="Adam Seeker")
    expert(session, can_help=("gardening",), display_name="Unrelated")
    expert(session, can_help=("results measurement",), display_name="Gone", is_active=False)
    people = matching.suggest_people(
        session,
        user_id=me.id,
        can_help=["power bi", "results measurement"],
        looking_for=["results measurement"],
        community_slugs=["home"],
        now=NOW,
    )
    assert [p.user_id for p in people] == [helper.id, seeker.id]
    assert people[0].display_name == "Zara Helper"
    assert people[0].about == "Stats Office · Africa"
    assert people[0].reasons == ["Can help with results measurement"]
    assert people[1].reasons == ["Is looking for power bi, which you can help with"]


def test_suggest_people_prefers_members_of_my_communities_and_recent_contributors(
    session: Session,
) -> None:
    home = make_community(session, slug="home", name="Home")
    elsewhere = make_community(session, slug="elsewhere", name="Elsewhere")
    outsider = expert(session, can_help=("gis",), display_name="Aaron Outsider")
    quiet = expert(session, can_help=("gis",), communities=(home,), display_name="Bea Quiet")
    busy = expert(session, can_help=("gis",), communities=(home,), display_name="Cy Busy")
    make_membership(session, community=elsewhere, user=outsider)
    make_thread(session, community=home, author=busy, created_at=NOW - timedelta(days=2))
    people = matching.suggest_people(
        session,
        user_id=None,
        can_help=[],
        looking_for=["gis"],
        community_slugs=["home"],
        now=NOW,
    )
    assert [p.display_name for p in people] == ["Cy Busy", "Bea Quiet", "Aaron Outsider"]
    assert [p.shared_communities for p in people] == [1, 1, 0]
    assert quiet.id in {p.user_id for p in people}


def test_suggest_people_fills_with_active_members_of_my_communities(session: Session) -> None:
    home = make_community(session, slug="home", name="Home Network")
    regular = expert(session, communities=(home,), display_name="Regular")
    make_thread(session, community=home, author=regular, created_at=NOW - timedelta(days=5))
    people = matching.suggest_people(
        session,
        user_id=None,
        can_help=[],
        looking_for=["nothing anyone has"],
        community_slugs=["home"],
        now=NOW,
    )
    assert [(p.display_name, p.reasons) for p in people] == [
        ("Regular", ["Active in Home Network"])
    ]


# --------------------------------------------------------------------------- a first question


def test_suggest_question_prefers_a_matching_unanswered_question(session: Session) -> None:
    home = make_community(session, slug="home", name="Home")
    me = expert(session, communities=(home,))
    asker, helper = expert(session, communities=(home,)), expert(session, communities=(home,))
    matching_q = make_thread(
        session,
        community=home,
        author=asker,
        title="Sampling frames for baselines?",
        created_at=NOW - timedelta(days=10),
    )
    make_thread(session, community=home, author=asker, title="Newest, unrelated question")
    # Not suggested: answered, replied to, mine, a discussion, too old.
    answered = make_thread(session, community=home, author=asker, tags=["baselines"])
    make_accept(session, post=make_reply(session, thread=answered, author=helper))
    replied = make_thread(session, community=home, author=asker, tags=["baselines"])
    make_reply(session, thread=replied, author=helper)
    make_thread(session, community=home, author=me, tags=["baselines"])
    make_thread(
        session, community=home, author=asker, kind=ThreadKind.DISCUSSION, tags=["baselines"]
    )
    make_thread(
        session,
        community=home,
        author=asker,
        tags=["baselines"],
        created_at=NOW - timedelta(days=91),
    )
    suggestion = matching.suggest_question(
        session, user_id=me.id, can_help=["baselines"], community_slugs=["home"], now=NOW
    )
    assert suggestion is not None
    assert suggestion.title == "Sampling frames for baselines?"
    assert suggestion.url == f"/c/home/t/{matching_q.id}"
    assert suggestion.community_name == "Home"
    assert suggestion.reason == "It asks about baselines, which you can help with"


def test_suggest_question_falls_back_to_the_newest_unanswered_one(session: Session) -> None:
    home = make_community(session, slug="home", name="Home")
    other = make_community(session, slug="other", name="Other")
    asker = expert(session, communities=(home, other))
    make_thread(
        session, community=home, author=asker, title="Older", created_at=NOW - timedelta(days=3)
    )
    make_thread(
        session,
        community=home,
        author=asker,
        kind=ThreadKind.HELPDESK,
        title="Newer request",
        created_at=NOW - timedelta(days=1),
    )
    make_thread(session, community=other, author=asker, title="Elsewhere", created_at=NOW)
    suggestion = matching.suggest_question(
        session, user_id=None, can_help=["knitting"], community_slugs=["home"], now=NOW
    )
    assert suggestion is not None
    assert suggestion.title == "Newer request"
    assert suggestion.reason == "No one has answered it yet"
    assert (
        matching.suggest_question(session, user_id=None, can_help=[], community_slugs=[], now=NOW)
        is None
    )


def test_suggest_question_none_when_everything_is_answered(session: Session) -> None:
    home = make_community(session, slug="home", name="Home")
    asker, helper = expert(session, communities=(home,)), expert(session, communities=(home,))
    thread = make_thread(session, community=home, author=asker, status=ThreadStatus.OPEN)
    make_reply(session, thread=thread, author=helper)
    assert (
        matching.suggest_question(
            session, user_id=None, can_help=["x y"], community_slugs=["home"], now=NOW
        )
        is None
    )


# --------------------------------------------------------------------------- type-ahead


def test_tag_suggestions_most_used_first_prefix_matches_before_substrings(
    session: Session,
) -> None:
    home = make_community(session)
    a = expert(session, can_help=("results measurement", "gis"), looking_for=("surveys",))
    expert(session, can_help=("gis",), looking_for=("results frameworks",))
    make_thread(session, community=home, author=a, tags=["gis", "measurement standards"])
    make_thread(session, community=home, author=a, tags=["welcome"], is_hidden=True)
    assert matching.tag_suggestions(session)[:1] == ["gis"]
    assert "welcome" not in matching.tag_suggestions(session)
    assert matching.tag_suggestions(session, prefix="  RESULTS") == [
        "results frameworks",
        "results measurement",
    ]
    assert matching.tag_suggestions(session, prefix="meas") == [
        "measurement standards",
        "results measurement",
    ]
    assert matching.tag_suggestions(session, prefix="%") == []
    assert len(matching.tag_suggestions(session, limit=2)) == 2


# --------------------------------------------------------------------------- demo data


@pytest.fixture(scope="module")
def demo_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sa.Engine]:
    path: Path = tmp_path_factory.mktemp("demo") / "demo.db"
    engine = sa.create_engine(f"sqlite:///{path}")
    SQLModel.metadata.create_all(engine)
    with Session(engine) as session:
        demo.generate(session, seed=7, scale=0.25, end=date(2025, 6, 30))
        session.commit()
    yield engine
    engine.dispose()


def test_demo_looking_for_results_measurement_finds_the_results_community(
    demo_engine: sa.Engine,
) -> None:
    with Session(demo_engine) as session:
        ranked = rank(session, looking_for=["results measurement"], languages=["en"])
    assert ranked[0].slug == "results-measurement"
    assert "Members here can help with results measurement" in ranked[0].reasons


def test_demo_learning_only_finds_the_hr_analytics_community(demo_engine: sa.Engine) -> None:
    with Session(demo_engine) as session:
        ranked = rank(session, focus=["learning"])
    assert ranked[0].slug == "hr-analytics"
    assert ranked[0].reasons == ["Its primary focus is Learning, which you picked"]


def test_demo_people_and_question_for_a_newcomer(demo_engine: sa.Engine) -> None:
    now = datetime(2025, 6, 30, tzinfo=UTC)
    with Session(demo_engine) as session:
        people = matching.suggest_people(
            session,
            user_id=None,
            can_help=["baselines"],
            looking_for=["results measurement"],
            community_slugs=["results-measurement"],
            now=now,
        )
        question = matching.suggest_question(
            session,
            user_id=None,
            can_help=["baselines"],
            community_slugs=["results-measurement"],
            now=now,
        )
    assert len(people) == 3
    assert all(p.reasons for p in people)
    assert question is not None and question.url.startswith("/c/results-measurement/t/")
