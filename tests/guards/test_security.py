"""Security hardening at the service layer: who may read a community, figures
that count people rather than clicks, the one write limiter, bounded ids."""

from __future__ import annotations

import ast
import multiprocessing
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from cop_app import live
from cop_app.models import (
    ActivityEvent,
    ActivityKind,
    AuditLog,
    Community,
    MembershipRole,
    MembershipStatus,
    Openness,
    Thread,
    ThreadKind,
    UserSession,
    Visibility,
)
from cop_app.services.accounts import auth
from cop_app.services.communities import browse, communities, community_admin, matching
from cop_app.services.guards import authz, ratelimit
from cop_app.services.guards.ratelimit import Limit, RateLimitedError, WriteKind
from cop_app.services.health import dashboard, metrics, scorecard
from cop_app.services.threads import helpdesk, threadfeed, threads
from cop_app.state import community as community_state
from cop_app.state import search as search_state
from cop_app.state import thread as thread_state
from tests.dbtools import migrated_database
from tests.factories import make_community, make_membership, make_user
from tests.profile import SCALED

ROOT = Path(__file__).resolve().parents[2]
SECRET_TITLE = "Peer review of the Lima drainage project"


# --------------------------------------------------------------------------- visibility


def _closed_community(session: Session, visibility: Visibility = Visibility.MEMBERS):
    """A community of the given visibility with a member, a lead, a thread in it,
    a signed-in outsider and a site admin."""
    community = make_community(
        session, slug="peer-review", name="Peer review", openness=Openness.SELECTIVE
    )
    community.visibility = visibility
    member, lead = make_user(session), make_user(session)
    outsider, admin = make_user(session), make_user(session, is_site_admin=True)
    make_membership(session, community=community, user=member)
    make_membership(session, community=community, user=lead, role=MembershipRole.LEAD)
    pending = make_user(session)
    make_membership(session, community=community, user=pending, status=MembershipStatus.PENDING)
    thread = threads.do_create_thread(
        session,
        community=community,
        author=member,
        kind=ThreadKind.QUESTION,
        title=SECRET_TITLE,
        body="Which of the three drainage options should the team take to the board?",
    )
    session.commit()
    return (
        community,
        thread,
        {
            "member": member,
            "lead": lead,
            "outsider": outsider,
            "pending": pending,
            "admin": admin,
        },
    )


@pytest.mark.parametrize(
    ("visibility", "readers"),
    [
        (Visibility.PUBLIC, {None, "member", "lead", "outsider", "pending", "admin"}),
        (Visibility.SITE, {"member", "lead", "outsider", "pending", "admin"}),
        (Visibility.MEMBERS, {"member", "lead", "admin"}),
    ],
)
def test_who_may_read_follows_the_visibility_in_python_and_in_sql(
    session: Session, visibility: Visibility, readers: set
) -> None:
    community, _, people = _closed_community(session, visibility)
    other_public = make_community(session)
    for who in (None, *people):
        user = people[who] if who else None
        allowed = authz.can_read_community(session, user=user, community=community)
        assert allowed == (who in readers), who
        listed = session.exec(select(Community.id).where(authz.readable_communities(user))).all()
        assert (community.id in listed) == allowed, who
        assert other_public.id in listed
        if not allowed:
            with pytest.raises(authz.NotAllowedError):
                authz.check_can_view_community(session, user=user, community=community)


def test_a_deactivated_member_reads_nothing_closed(session: Session) -> None:
    community, _, people = _closed_community(session, Visibility.SITE)
    people["member"].is_active = False
    assert not authz.can_read_community(session, user=people["member"], community=community)


def test_new_selective_communities_are_members_only_and_open_ones_public(
    session: Session,
) -> None:
    make_community(session)  # the focus catalogue
    selective = communities.do_create_community(
        session, slug="closed", name="Closed", openness=Openness.SELECTIVE
    )
    open_one = communities.do_create_community(session, slug="open", name="Open")
    chosen = communities.do_create_community(
        session,
        slug="site-wide",
        name="Site wide",
        openness=Openness.SELECTIVE,
        visibility=Visibility.SITE,
    )
    assert selective.visibility == Visibility.MEMBERS
    assert open_one.visibility == Visibility.PUBLIC
    assert chosen.visibility == Visibility.SITE


def test_a_lead_sets_the_visibility_and_it_is_audited(session: Session) -> None:
    community, _, people = _closed_community(session, Visibility.PUBLIC)
    community.languages = ["en"]
    form = community_admin.get_settings(session, community=community, by=people["lead"])
    community_admin.do_save_settings(
        session,
        community=community,
        by=people["lead"],
        form=community_admin.SettingsForm(**{**form.__dict__, "visibility": "members"}),
    )
    assert community.visibility == Visibility.MEMBERS
    audit = session.exec(select(AuditLog).where(AuditLog.action == "settings.update")).one()
    assert (audit.before["visibility"], audit.after["visibility"]) == ("public", "members")
    with pytest.raises(community_admin.FormError) as refused:
        community_admin.do_save_settings(
            session,
            community=community,
            by=people["lead"],
            form=community_admin.SettingsForm(**{**form.__dict__, "visibility": "secret"}),
        )
    assert "visibility" in refused.value.errors
    with pytest.raises(authz.NotAllowedError):
        community_admin.do_save_settings(
            session,
            community=community,
            by=people["member"],
            form=community_admin.SettingsForm(**{**form.__dict__, "visibility": "public"}),
        )


OUTSIDERS = (None, "outsider", "pending")


@pytest.mark.parametrize("who", OUTSIDERS)
def test_the_community_page_shows_outsiders_what_it_is_about_and_no_thread(
    session: Session, who: str | None
) -> None:
    community, _, people = _closed_community(session)
    user_id = people[who].id if who else None
    page = community_state._community_page(
        session, user_id=user_id, slug=community.slug, filters=browse.ThreadFilters()
    )
    assert page is not None and not page.can_read and page.threads == []
    assert page.header.name == "Peer review" and page.header.visibility == "members"
    assert SECRET_TITLE not in repr(page)
    more = community_state._more(
        session, user_id=user_id, slug=community.slug, filters=browse.ThreadFilters(), cursor=""
    )
    assert more == ([], "")
    # A member sees the thread.
    member_page = community_state._community_page(
        session,
        user_id=people["member"].id,
        slug=community.slug,
        filters=browse.ThreadFilters(),
    )
    assert member_page is not None and [r.title for r in member_page.threads] == [SECRET_TITLE]


@pytest.mark.parametrize("who", OUTSIDERS)
def test_the_thread_page_and_its_live_feed_are_not_found_for_outsiders(
    session: Session, who: str | None
) -> None:
    community, thread, people = _closed_community(session)
    user_id = people[who].id if who else None
    facts = thread_state._facts(
        session, user_id=user_id, slug=community.slug, thread_id=thread.id or 0
    )
    assert facts is None
    member_facts = thread_state._facts(
        session, user_id=people["member"].id, slug=community.slug, thread_id=thread.id or 0
    )
    assert member_facts is not None and member_facts[1:] == (SECRET_TITLE, "Peer review")
    # The live side: the room sends the thread only to seats that may read it.
    data = threadfeed.read_thread(session, thread_id=thread.id or 0)
    assert data is not None
    seats = [_live_seat(session, people[who] if who else None, "outsider")]
    seats.append(_live_seat(session, people["member"], "member"))
    assert threadfeed.allowed_seats(session, data=data, seats=seats) == {"member"}
    # A tab claiming the member's id over the outsider's own session gets nothing.
    if who is not None:
        posing = live.Seat(
            sid="posing", user_id=people["member"].id, session_id=seats[0].session_id
        )
        assert threadfeed.allowed_seats(session, data=data, seats=[posing]) == set()


def _live_seat(session: Session, user, sid: str) -> live.Seat:
    """A browser tab of ``user`` (None: signed out) with a live session."""
    if user is None:
        return live.Seat(sid=sid)
    code = auth.do_start_session(session, user=user, client_ip="192.0.2.1", user_agent="test")
    assert auth.do_exchange_handoff(session, code=code) is not None
    session_id = session.exec(
        select(UserSession.id).where(UserSession.user_id == user.id).order_by(UserSession.id.desc())
    ).first()
    session.commit()
    return live.Seat(sid=sid, user_id=user.id, session_id=session_id)


@pytest.fixture
def migrated(tmp_path: Path) -> Iterator[Session]:
    """Search needs the migrated schema (its full-text structures)."""
    with migrated_database("postgresql" if SCALED else "sqlite", tmp_path) as url:
        engine = sa.create_engine(url)
        with Session(engine) as session:
            yield session
        engine.dispose()


@pytest.mark.parametrize("who", OUTSIDERS)
def test_search_finds_nothing_for_outsiders(migrated: Session, who: str | None) -> None:
    session = migrated
    community, _, people = _closed_community(session)
    user_id = people[who].id if who else None
    hidden = search_state._search(session, user_id=user_id, slug=community.slug, query="drainage")
    assert hidden is None
    found = search_state._search(
        session, user_id=people["member"].id, slug=community.slug, query="drainage"
    )
    assert found is not None and [h.thread_id for h in found[1]] == [
        session.exec(select(Thread.id)).one()
    ]


def test_the_onboarding_suggestion_skips_a_community_the_newcomer_only_asked_to_join(
    session: Session,
) -> None:
    _community, thread, people = _closed_community(session)
    for who in ("pending", "outsider"):
        suggestion = matching.suggest_question(
            session, user_id=people[who].id, can_help=["drainage"], community_slugs=["peer-review"]
        )
        assert suggestion is None, who
    lead_pick = matching.suggest_question(
        session, user_id=people["lead"].id, can_help=[], community_slugs=["peer-review"]
    )
    assert lead_pick is not None and lead_pick.title == thread.title


@pytest.mark.parametrize("who", (*OUTSIDERS, "member"))
def test_dashboard_export_report_and_queue_refuse_anyone_but_its_team(
    session: Session, who: str | None
) -> None:
    community, _, people = _closed_community(session)
    user = people[who] if who else None
    with pytest.raises(authz.NotAllowedError):
        dashboard.check_can_view(session, community=community, by=user)
    with pytest.raises(authz.NotAllowedError):
        scorecard.check_can_view(session, community=community, by=user)
    with pytest.raises(authz.NotAllowedError):
        helpdesk.list_queue(session, community=community, by=user)


# --------------------------------------------------------------------------- figures


def test_toggling_a_reaction_ten_times_moves_no_health_figure(session: Session) -> None:
    community = make_community(session, slug="toggles")
    asker, helper, fan = make_user(session), make_user(session), make_user(session)
    for user in (asker, helper, fan):
        make_membership(
            session, community=community, user=user, joined_at=datetime.now(UTC) - timedelta(1)
        )
    thread = threads.do_create_thread(
        session,
        community=community,
        author=asker,
        kind=ThreadKind.QUESTION,
        title="Grievance redress in small towns",
        body="What has worked?",
    )
    reply = threads.do_reply(session, thread=thread, author=helper, body="A phone line.")
    threads.do_react(session, post=reply, user=fan)
    session.commit()
    as_of = datetime.now(UTC) + timedelta(minutes=1)

    def figures():
        return (
            metrics.community_health(session, community_id=community.id or 0, as_of=as_of),
            scorecard.load_extras(session, community=community, as_of=as_of, window_days=30),
            session.exec(
                select(sa.func.count())
                .select_from(ActivityEvent)
                .where(ActivityEvent.kind == ActivityKind.REACTION_ADDED)
            ).one(),
        )

    before = figures()
    for _ in range(5):  # ten toggles: off, on, off, on, ...
        threads.do_unreact(session, post=reply, user=fan)
        threads.do_react(session, post=reply, user=fan)
    session.commit()
    assert figures() == before
    assert reply.helpful_count == 1  # the post's own count follows the current fact


# --------------------------------------------------------------------------- the limiter


@pytest.fixture
def tight_limits(monkeypatch: pytest.MonkeyPatch) -> int:
    """Every kind allows 3 writes per hour per member, 6 per client."""
    rules = ",".join(f"{kind.value}=3/3600" for kind in WriteKind)
    monkeypatch.setenv("COP_RATE_LIMITS", rules)
    monkeypatch.setenv("COP_RATE_LIMIT_CLIENT_FACTOR", "2")
    return 3


@pytest.mark.parametrize("kind", list(WriteKind))
def test_the_limiter_refuses_the_next_write_past_its_limit_for_each_kind(
    session: Session, tight_limits: int, kind: WriteKind
) -> None:
    now = 1_000_000.0
    for _ in range(tight_limits):
        ratelimit.check_and_count(session, limit=Limit(kind, 7, "10.0.0.1"), now=now)
    with pytest.raises(RateLimitedError) as refused:
        ratelimit.check_and_count(session, limit=Limit(kind, 7, "10.0.0.1"), now=now)
    assert "try again" in str(refused.value) and refused.value.retry_after_s > 0
    # Another member from another address is not affected; the allowance refills.
    ratelimit.check_and_count(session, limit=Limit(kind, 8, "10.0.0.2"), now=now)
    ratelimit.check_and_count(session, limit=Limit(kind, 7, "10.0.0.1"), now=now + 1200)


def test_a_client_shared_by_members_has_its_own_larger_allowance(
    session: Session, tight_limits: int
) -> None:
    now = 2_000_000.0
    for member in range(2 * tight_limits):  # six members, one write each, one address
        ratelimit.check_and_count(session, limit=Limit(WriteKind.POST, member, "office"), now=now)
    with pytest.raises(RateLimitedError):
        ratelimit.check_and_count(session, limit=Limit(WriteKind.POST, 99, "office"), now=now)


def test_a_refused_write_draws_nothing(session: Session, tight_limits: int) -> None:
    now = 3_000_000.0
    limit = Limit(WriteKind.EDIT, 5, "")
    for _ in range(tight_limits):
        ratelimit.check_and_count(session, limit=limit, now=now)
    for _ in range(3):
        with pytest.raises(RateLimitedError):
            ratelimit.check_and_count(session, limit=limit, now=now)
    # One interval later exactly one write is allowed again, not fewer.
    ratelimit.check_and_count(session, limit=limit, now=now + 1200)
    with pytest.raises(RateLimitedError):
        ratelimit.check_and_count(session, limit=limit, now=now + 1200)


def test_limits_are_configurable_and_bad_settings_are_refused() -> None:
    assert ratelimit.parse_limits("post=5/60, reaction=100/600") == {
        WriteKind.POST: (5, 60),
        WriteKind.REACTION: (100, 600),
    }
    for bad in ("post=5", "shout=1/1", "post=0/60", "post=a/b"):
        with pytest.raises(ValueError, match="COP_RATE_LIMITS"):
            ratelimit.parse_limits(bad)


def _hammer(url: str, attempts: int, start: multiprocessing.synchronize.Event, out) -> None:
    """One 'worker': its own engine and connections, trying writes as fast as it can."""
    engine = sa.create_engine(url)
    allowed = 0
    start.wait()
    for _ in range(attempts):
        with Session(engine) as session:
            try:
                ratelimit.check_and_count(session, limit=Limit(WriteKind.POST, 1, ""))
                session.commit()
                allowed += 1
            except RateLimitedError:
                session.rollback()
    engine.dispose()
    out.put(allowed)


@pytest.mark.skipif(not SCALED, reason="the scale-out profile's PostgreSQL")
@pytest.mark.postgres
def test_two_workers_together_allow_the_limit_not_twice_it(engine: sa.Engine) -> None:
    url = engine.url.render_as_string(hide_password=False)
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    workers = [ctx.Process(target=_hammer, args=(url, 40, start, out), kwargs={}) for _ in range(2)]
    for w in workers:
        w.start()
    start.set()
    allowed = [out.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(timeout=30)
    count, _ = ratelimit.DEFAULT_LIMITS[WriteKind.POST]
    assert sum(allowed) == count, allowed


# --------------------------------------------------------------------------- no unlimited write


_AUTH_FLOWS = {"do_sign_in", "do_sign_up", "do_sign_out"}  # throttled by auth events


def test_no_handler_writes_outside_the_limited_write_session() -> None:
    """Every module-level function of cop_app/state that calls a ``do_*``
    service is run through ``in_write_session`` (which requires a limit), never
    through the unlimited read session."""
    offenders = []
    for path in sorted((ROOT / "cop_app" / "state").glob("*.py")):
        tree = ast.parse(path.read_text())
        writers = set()
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                for call in ast.walk(node):
                    if isinstance(call, ast.Call):
                        name = getattr(call.func, "attr", getattr(call.func, "id", ""))
                        if name.startswith("do_") and name not in _AUTH_FLOWS:
                            writers.add(node.name)
        for call in ast.walk(tree):
            if (
                isinstance(call, ast.Call)
                and getattr(call.func, "id", "") == "in_session"
                and call.args
            ):
                target = call.args[0]
                name = getattr(target, "id", getattr(target, "attr", ""))
                if name in writers or (name.startswith("do_") and name not in _AUTH_FLOWS):
                    offenders.append(f"{path.name}: in_session({name})")
    assert offenders == []


def test_a_write_session_cannot_be_opened_without_naming_its_allowance() -> None:
    from cop_app.state.base import in_write_session

    with pytest.raises(TypeError, match="limit"):
        in_write_session(lambda s: None)  # type: ignore[call-arg]
