"""Watching levels: precedence, parsing, the leads' focus-area default, and the
levels writes set on their own (authors, onboarding interests)."""

from __future__ import annotations

import pytest
from sqlmodel import Session, col, select

from cop_app.models import (
    AuditLog,
    CommunityFocusArea,
    FocusAreaCode,
    MembershipRole,
    MembershipStatus,
    NotificationKind,
    Openness,
    Watch,
    WatchLevel,
)
from cop_app.services.communities import communities
from cop_app.services.guards.authz import NotAllowedError
from cop_app.services.reach import watching
from cop_app.services.reach.watching import WatchLevelError

from .support import LEARNING, PS, community, expand_all, member, notes, person, reply, start, told

W = WatchLevel


def _watch(session: Session, user_id: int, scope: str) -> Watch | None:
    return session.exec(select(Watch).where(Watch.user_id == user_id, Watch.scope == scope)).first()


def _default_audits(session: Session) -> list[AuditLog]:
    return list(
        session.exec(
            select(AuditLog).where(AuditLog.action == "watching.default").order_by(col(AuditLog.id))
        ).all()
    )


# --------------------------------------------------------------------------- precedence


def test_resolve_precedence_rule() -> None:
    r = watching.resolve
    assert r(
        thread_level=W.TRACKING,
        focus_level=W.WATCHING,
        community_level=W.MUTED,
        focus_default=W.WATCHING,
    ) == watching.Effective(W.TRACKING, "thread")
    assert r(
        thread_level=None, focus_level=W.WATCHING, community_level=W.MUTED, focus_default=W.MUTED
    ) == watching.Effective(W.WATCHING, "focus")
    assert r(
        thread_level=None, focus_level=None, community_level=W.MUTED, focus_default=W.WATCHING
    ) == watching.Effective(W.MUTED, "community")
    assert r(
        thread_level=None,
        focus_level=None,
        community_level=None,
        focus_default=W.WATCHING_FIRST_POST,
    ) == watching.Effective(W.WATCHING_FIRST_POST, "focus_default")
    assert r(
        thread_level=None, focus_level=None, community_level=None, focus_default=None
    ) == watching.Effective(W.NORMAL, "")


def test_effective_levels_follow_precedence(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    t_user, f_user, c_user, d_user = (member(session, c) for _ in range(4))
    thread = start(session, c, lead)
    # Thread own beats focus own beats community own.
    watching.do_set_community_level(session, user=t_user, community=c, level="muted")
    watching.do_set_community_level(
        session, user=t_user, community=c, level="watching", focus_area=PS
    )
    watching.do_set_thread_level(session, user=t_user, thread=thread, level="tracking")
    watching.do_set_community_level(session, user=f_user, community=c, level="muted")
    watching.do_set_community_level(
        session, user=f_user, community=c, level="watching", focus_area=PS
    )
    # A member's own community level beats the lead's focus default.
    watching.do_set_community_level(session, user=c_user, community=c, level="muted")
    watching.do_set_focus_default(
        session, community=c, focus_area=PS, level="watching_first_post", by=lead
    )

    eff = watching.effective_for(
        session,
        user_ids=[t_user.id, f_user.id, c_user.id, d_user.id],
        community_id=c.id,
        focus_area=PS,
        thread_id=thread.id,
    )
    assert eff[t_user.id] == watching.Effective(W.TRACKING, "thread")
    assert eff[f_user.id] == watching.Effective(W.WATCHING, "focus")
    assert eff[c_user.id] == watching.Effective(W.MUTED, "community")
    assert eff[d_user.id] == watching.Effective(W.WATCHING_FIRST_POST, "focus_default")

    # Another focus area (no default, nothing own) and no focus at all: normal.
    learning = watching.effective_for(
        session, user_ids=[d_user.id], community_id=c.id, focus_area=LEARNING
    )
    assert learning[d_user.id] == watching.Effective(W.NORMAL, "")
    bare = watching.effective_for(session, user_ids=[d_user.id], community_id=c.id)
    assert bare[d_user.id] == watching.Effective(W.NORMAL, "")

    control = watching.control_for_thread(session, user=d_user, thread=thread)
    assert (control.level, control.own) == ("watching_first_post", False)
    assert control.inherited_from  # says where it comes from (the leads' default)
    control = watching.control_for_thread(session, user=c_user, thread=thread)
    assert (control.level, control.own) == ("muted", False)
    assert control.inherited_from not in (
        "",
        watching.control_for_thread(session, user=d_user, thread=thread).inherited_from,
    )
    control = watching.control_for_thread(session, user=t_user, thread=thread)
    assert (control.level, control.own, control.inherited_from) == ("tracking", True, "")


def test_precedence_decides_who_hears_of_a_reply(session: Session) -> None:
    """One reply, eight members with every combination that matters."""
    lead = person(session, "Lead Person")
    c = community(session, lead=lead)
    replier = member(session, c)
    a, b, cc, d, e, f, g, h = (member(session, c) for _ in range(8))
    thread = start(session, c, lead)
    set_c = lambda u, lvl, fa=None: watching.do_set_community_level(  # noqa: E731
        session, user=u, community=c, level=lvl, focus_area=fa
    )
    set_c(a, "watching")
    watching.do_set_thread_level(
        session, user=a, thread=thread, level="normal"
    )  # thread own: normal
    set_c(b, "muted")
    watching.do_set_thread_level(
        session, user=b, thread=thread, level="watching"
    )  # thread own wins
    set_c(cc, "muted")
    set_c(cc, "watching", PS)  # focus own beats community own
    set_c(d, "watching")
    set_c(d, "normal", PS)  # focus own (normal) beats community own (watching)
    set_c(e, "watching")  # community own, same level as the default
    # f: nothing of their own -> the lead's default
    set_c(g, "muted")  # own community level beats the default
    set_c(h, "normal")  # even "normal", chosen, beats the default
    watching.do_set_focus_default(session, community=c, focus_area=PS, level="watching", by=lead)
    expand_all(session)  # the opening post's job
    before = {n.id for n in notes(session)}

    reply(session, thread, replier)
    expand_all(session)

    new = [n for n in notes(session) if n.id not in before]
    got = {n.user_id: (NotificationKind(n.kind), n.reason) for n in new}
    assert got == {
        lead.id: (NotificationKind.REPLY, "your_thread"),
        b.id: (NotificationKind.WATCHED_POST, "watching_thread"),
        cc.id: (NotificationKind.WATCHED_POST, "watching_focus"),
        e.id: (NotificationKind.WATCHED_POST, "watching_community"),
        f.id: (NotificationKind.WATCHED_POST, "focus_default"),
    }
    assert len(new) == len(got)


def test_normal_level_hears_of_nothing_but_what_is_addressed_to_them(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    quiet, tracker = member(session, c), member(session, c)
    watching.do_set_community_level(session, user=tracker, community=c, level="tracking")
    thread = start(session, c, lead, focus_area=LEARNING)
    reply(session, thread, member(session, c))
    expand_all(session)
    assert notes(session, user=quiet) == []
    assert notes(session, user=tracker) == []


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize("value", ["loud", "", None, "WATCHING ", 3, "first_post"])
def test_parse_level_refuses_unknown_levels(value: object) -> None:
    with pytest.raises(WatchLevelError, match="Choose one of"):
        watching.parse_level(value)


def test_parse_level_accepts_known_levels_and_refuses_thread_inapplicable_ones() -> None:
    for level in W:
        assert watching.parse_level(level.value) == level
    assert watching.parse_level("watching", allowed=watching.THREAD_LEVELS) == W.WATCHING
    with pytest.raises(WatchLevelError):
        watching.parse_level("watching_first_post", allowed=watching.THREAD_LEVELS)
    with pytest.raises(WatchLevelError):
        watching.parse_level(W.WATCHING_FIRST_POST, allowed=watching.THREAD_LEVELS)


def test_setting_levels_refuses_what_does_not_apply(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    someone = member(session, c)
    thread = start(session, c, lead)
    with pytest.raises(WatchLevelError):
        watching.do_set_thread_level(
            session, user=someone, thread=thread, level="watching_first_post"
        )
    with pytest.raises(WatchLevelError):
        watching.do_set_thread_level(session, user=someone, thread=thread, level="shouting")
    with pytest.raises(WatchLevelError, match="not a focus area"):
        watching.do_set_community_level(
            session,
            user=someone,
            community=c,
            level="watching",
            focus_area=FocusAreaCode.INNOVATION,
        )
    with pytest.raises(WatchLevelError):
        watching.do_set_community_level(
            session, user=someone, community=c, level="watching", focus_area="gardening"
        )
    assert session.exec(select(Watch).where(Watch.user_id == someone.id)).all() == []
    # A community or focus area can watch first posts.
    row = watching.do_set_community_level(
        session, user=someone, community=c, level="watching_first_post", focus_area=LEARNING
    )
    assert (row.scope, row.level) == (watching.focus_scope(c.id, LEARNING), W.WATCHING_FIRST_POST)
    # Setting again updates the same row.
    again = watching.do_set_community_level(
        session, user=someone, community=c, level="muted", focus_area=LEARNING
    )
    assert again.id == row.id and again.level == W.MUTED
    assert len(session.exec(select(Watch).where(Watch.user_id == someone.id)).all()) == 1


# --------------------------------------------------------------------------- the leads' default


def test_focus_default_is_audited_and_only_leads_set_it(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    plain = member(session, c)
    facilitator = member(session, c, role=MembershipRole.FACILITATOR)

    row = watching.do_set_focus_default(
        session, community=c, focus_area="learning", level="watching_first_post", by=lead
    )
    assert row.default_watch_level == W.WATCHING_FIRST_POST
    audits = _default_audits(session)
    assert len(audits) == 1
    assert (audits[0].community_id, audits[0].actor_id) == (c.id, lead.id)
    assert audits[0].before == {"focus_area": "learning", "level": "normal"}
    assert audits[0].after == {"focus_area": "learning", "level": "watching_first_post"}

    # The same level again changes nothing and logs nothing.
    watching.do_set_focus_default(
        session, community=c, focus_area=LEARNING, level="watching_first_post", by=lead
    )
    assert len(_default_audits(session)) == 1

    for who in (plain, facilitator):
        with pytest.raises(NotAllowedError):
            watching.do_set_focus_default(
                session, community=c, focus_area=LEARNING, level="muted", by=who
            )
    with pytest.raises(WatchLevelError):
        watching.do_set_focus_default(
            session, community=c, focus_area=LEARNING, level="loud", by=lead
        )
    with pytest.raises(WatchLevelError):
        watching.do_set_focus_default(
            session, community=c, focus_area="innovation", level="muted", by=lead
        )

    session.expire_all()
    stored = session.exec(
        select(CommunityFocusArea).where(
            CommunityFocusArea.community_id == c.id, CommunityFocusArea.focus_area == LEARNING
        )
    ).one()
    assert stored.default_watch_level == W.WATCHING_FIRST_POST
    assert len(_default_audits(session)) == 1
    assert watching.focus_defaults(session, community_id=c.id) == {
        PS: W.NORMAL,
        LEARNING: W.WATCHING_FIRST_POST,
    }


def test_focus_default_tells_members_of_new_threads_only(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    m1, m2 = member(session, c), member(session, c)
    watching.do_set_focus_default(
        session, community=c, focus_area=LEARNING, level="watching_first_post", by=lead
    )
    thread = start(session, c, m1, focus_area=LEARNING)
    expand_all(session)
    assert told(session) == {
        lead.id: [("new_thread", "focus_default")],
        m2.id: [("new_thread", "focus_default")],
    }
    reply(session, thread, m2)
    expand_all(session)
    # The reply reaches the thread's author only; the default is first posts only.
    assert told(session, kind=NotificationKind.REPLY) == {m1.id: [("reply", "your_thread")]}
    assert told(session, kind=NotificationKind.WATCHED_POST) == {}


# --------------------------------------------------------------------------- levels set by writes


def test_starting_and_replying_make_the_author_watch_the_thread(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker, helper, third = member(session, c), member(session, c), member(session, c)
    thread = start(session, c, asker)
    scope = watching.thread_scope(thread.id)
    assert _watch(session, asker.id, scope).level == W.WATCHING
    assert _watch(session, helper.id, scope) is None
    reply(session, thread, helper)
    assert _watch(session, helper.id, scope).level == W.WATCHING
    expand_all(session)

    reply(session, thread, third)
    expand_all(session)
    # The helper watches now: told of the third member's reply.
    third_post = notes(session, kind=NotificationKind.WATCHED_POST)
    assert [(n.user_id, n.reason) for n in third_post] == [(helper.id, "watching_thread")]


def test_a_lowered_level_is_not_raised_again_by_a_later_reply(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker, helper, third = member(session, c), member(session, c), member(session, c)
    thread = start(session, c, asker)
    reply(session, thread, helper)
    scope = watching.thread_scope(thread.id)
    watching.do_set_thread_level(session, user=helper, thread=thread, level="normal")
    watching.do_set_thread_level(session, user=asker, thread=thread, level="tracking")
    reply(session, thread, helper, "One more thing: keep the line free of charge.")
    reply(session, thread, asker, "Thanks, that helps.")
    assert _watch(session, helper.id, scope).level == W.NORMAL
    assert _watch(session, asker.id, scope).level == W.TRACKING
    expand_all(session)
    before = {n.id for n in notes(session)}

    reply(session, thread, third)
    expand_all(session)
    new = [
        (n.user_id, NotificationKind(n.kind), n.reason)
        for n in notes(session)
        if n.id not in before
    ]
    # The helper lowered it to normal: nothing. The asker (tracking) still
    # hears of replies to their own thread.
    assert new == [(asker.id, NotificationKind.REPLY, "your_thread")]


def test_joining_watches_first_posts_in_the_focus_areas_chosen_at_onboarding(
    session: Session,
) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    other = community(session, lead=lead)
    keen = person(session, focus_interests=[LEARNING, FocusAreaCode.INNOVATION])
    assert (
        _watch(session, keen.id, watching.focus_scope(c.id, LEARNING)) is None
    )  # not before joining
    communities.do_join(session, community=c, user=keen)

    rows = session.exec(select(Watch).where(Watch.user_id == keen.id)).all()
    assert [(r.scope, r.level, r.focus_area) for r in rows] == [
        (watching.focus_scope(c.id, LEARNING), W.WATCHING_FIRST_POST, LEARNING)
    ]  # innovation is not one of c's focus areas, and nothing in the other community

    poster = member(session, c)
    learning_thread = start(session, c, poster, focus_area=LEARNING)
    start(session, c, poster, focus_area=PS, title="Another topic")
    start(session, other, lead, focus_area=LEARNING, title="Elsewhere")
    expand_all(session)
    got = notes(session, user=keen)
    assert [(n.kind, n.thread_id, n.reason) for n in got] == [
        (NotificationKind.NEW_THREAD, learning_thread.id, "watching_focus")
    ]
    reply(session, learning_thread, lead)
    expand_all(session)
    assert len(notes(session, user=keen)) == 1  # first posts only


def test_joining_keeps_a_focus_level_chosen_before(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    keen = person(session, focus_interests=[LEARNING, PS])
    # A public community: a visitor can set a level before joining.
    watching.do_set_community_level(
        session, user=keen, community=c, level="muted", focus_area=LEARNING
    )
    communities.do_join(session, community=c, user=keen)
    assert _watch(session, keen.id, watching.focus_scope(c.id, LEARNING)).level == W.MUTED
    assert _watch(session, keen.id, watching.focus_scope(c.id, PS)).level == W.WATCHING_FIRST_POST


def test_approved_join_request_watches_chosen_focus_areas_pending_does_not(
    session: Session,
) -> None:
    lead = person(session)
    c = community(session, lead=lead, openness=Openness.SELECTIVE)
    keen = person(session, focus_interests=[PS])
    membership = communities.do_join(
        session, community=c, user=keen, motivation="I run a help desk."
    )
    assert membership.status == MembershipStatus.PENDING
    assert session.exec(select(Watch).where(Watch.user_id == keen.id)).all() == []
    communities.do_decide_join(session, membership=membership, approve=True, by=lead)
    assert _watch(session, keen.id, watching.focus_scope(c.id, PS)).level == W.WATCHING_FIRST_POST


def test_onboarding_focus_step_then_joining_watches_those_focus_areas(session: Session) -> None:
    from cop_app.services.communities import onboarding

    lead = person(session)
    c = community(session, lead=lead)
    newcomer = person(session)
    onboarding.get_or_start(session, user=newcomer)
    onboarding.do_save_step(session, user=newcomer, step=1, answers={})
    onboarding.do_save_step(
        session,
        user=newcomer,
        step=2,
        answers={
            "organisation": "Sahel Water Agency",
            "org_type": "government",
            "discipline": "Hydrology",
            "region": "Africa",
            "languages": ["fr"],
        },
    )
    onboarding.do_save_step(
        session, user=newcomer, step=3, answers={"can_help": ["gis"], "looking_for": []}
    )
    onboarding.do_save_step(
        session, user=newcomer, step=4, answers={"focus": ["learning", "coordination"]}
    )
    onboarding.do_save_step(session, user=newcomer, step=5, answers={"joined": [c.slug]})
    rows = session.exec(select(Watch).where(Watch.user_id == newcomer.id)).all()
    assert [(r.scope, r.level) for r in rows] == [
        (watching.focus_scope(c.id, LEARNING), W.WATCHING_FIRST_POST)
    ]
