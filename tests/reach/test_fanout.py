"""Each kind of notification: who is told, with which kind and reason, and who
is not (the actor, the muted)."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, col, select

from cop_app.i18n import t
from cop_app.models import (
    FanoutJob,
    FanoutKind,
    MembershipRole,
    MembershipStatus,
    NotificationKind,
    Openness,
    ThreadKind,
    Visibility,
)
from cop_app.services.communities import communities
from cop_app.services.reach import fanout, notifications, watching
from cop_app.services.threads import threads

from .support import (
    LEARNING,
    STARTED,
    community,
    expand_all,
    jobs,
    member,
    notes,
    opening,
    person,
    reply,
    start,
    told,
)

K = NotificationKind


def test_reply_tells_the_thread_author(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker, helper = member(session, c, "Amina Diallo"), member(session, c, "Bo Chen")
    thread = start(session, c, asker)
    expand_all(session)
    assert told(session) == {}  # nobody watches anything yet; the author is not told of their own

    post = reply(session, thread, helper)
    expand_all(session)
    assert told(session) == {asker.id: [("reply", "your_thread")]}
    n = notes(session, user=asker)[0]
    assert (n.thread_id, n.post_id, n.actor_id, n.community_id, n.focus_area) == (
        thread.id,
        post.id,
        helper.id,
        c.id,
        thread.focus_area,
    )
    assert n.created_at == post.created_at
    assert n.read_at is None


def test_the_author_is_not_told_of_their_own_reply(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker = member(session, c)
    watching.do_set_community_level(session, user=asker, community=c, level="watching")
    thread = start(session, c, asker, body="Also asking @leads and myself.")
    reply(session, thread, asker, "Adding some context myself.")
    expand_all(session)
    assert notes(session, user=asker) == []
    assert [n.user_id for n in notes(session)] == [lead.id]  # the @leads mention only


def test_quote_tells_the_quoted_author_once(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker, helper, third = member(session, c), member(session, c), member(session, c)
    thread = start(session, c, asker)
    helper_post = reply(session, thread, helper)
    expand_all(session)
    before = {n.id for n in notes(session)}

    quoting = reply(
        session, thread, third, "> toll-free line\n\nThis worked for us too.", quoted=helper_post
    )
    expand_all(session)
    new = {
        n.user_id: (K(n.kind), n.reason, n.post_id) for n in notes(session) if n.id not in before
    }
    # The helper watches the thread (they replied) but hears of it once, as a quote.
    assert new == {
        helper.id: (K.QUOTE, "your_post", quoting.id),
        asker.id: (K.REPLY, "your_thread", quoting.id),
    }


def test_quoting_a_deleted_post_tells_its_author_nothing(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker, helper, third = member(session, c), member(session, c), member(session, c)
    thread = start(session, c, asker)
    helper_post = reply(session, thread, helper)
    watching.do_set_thread_level(session, user=helper, thread=thread, level="normal")
    quoting = reply(session, thread, third, "Quoting the above.", quoted=helper_post)
    threads.do_delete_post(session, post=helper_post, by=helper)
    expand_all(session)
    assert notes(session, user=helper) == []
    assert [(n.user_id, n.post_id) for n in notes(session, kind=K.REPLY)] == [
        (asker.id, quoting.id)
    ]  # the helper's own (now deleted) reply tells nobody


def test_new_thread_tells_first_post_watchers_but_not_of_its_replies(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    author, fp_focus, fp_community, all_posts, elsewhere = (member(session, c) for _ in range(5))
    watching.do_set_community_level(
        session, user=fp_focus, community=c, level="watching_first_post", focus_area=LEARNING
    )
    watching.do_set_community_level(
        session, user=fp_community, community=c, level="watching_first_post"
    )
    watching.do_set_community_level(session, user=all_posts, community=c, level="watching")
    watching.do_set_community_level(
        session,
        user=elsewhere,
        community=c,
        level="watching_first_post",
        focus_area="practitioner_support",
    )
    thread = start(session, c, author, focus_area=LEARNING, kind=ThreadKind.DISCUSSION)
    expand_all(session)
    assert told(session) == {
        fp_focus.id: [("new_thread", "watching_focus")],
        fp_community.id: [("new_thread", "watching_community")],
        all_posts.id: [("new_thread", "watching_community")],
    }
    first = opening(session, thread)
    assert {n.post_id for n in notes(session)} == {first.id}

    reply(session, thread, lead)
    expand_all(session)
    assert told(session, kind=K.WATCHED_POST) == {
        all_posts.id: [("watched_post", "watching_community")]
    }
    assert notes(session, user=fp_focus, kind=K.WATCHED_POST) == []
    assert notes(session, user=fp_community, kind=K.WATCHED_POST) == []


def test_every_post_reaches_watchers(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    author, w_community, w_focus, w_thread = (member(session, c) for _ in range(4))
    watching.do_set_community_level(session, user=w_community, community=c, level="watching")
    watching.do_set_community_level(
        session, user=w_focus, community=c, level="watching", focus_area=LEARNING
    )
    thread = start(session, c, author, focus_area=LEARNING)
    watching.do_set_thread_level(session, user=w_thread, thread=thread, level="watching")
    for _ in range(3):
        reply(session, thread, lead)
    expand_all(session)
    per_user = told(session, kind=K.WATCHED_POST)
    assert per_user == {
        w_community.id: [("watched_post", "watching_community")] * 3,
        w_focus.id: [("watched_post", "watching_focus")] * 3,
        w_thread.id: [("watched_post", "watching_thread")] * 3,
    }
    assert [n.kind for n in notes(session, user=author)] == [K.REPLY] * 3


def test_accepted_answer_tells_the_answerer_and_thread_watchers(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker, helper, bystander, watcher = (member(session, c) for _ in range(4))
    thread = start(session, c, asker)
    answer = reply(session, thread, helper)
    reply(session, thread, bystander, "Following this.")  # watches the thread now
    watching.do_set_community_level(session, user=watcher, community=c, level="watching")
    expand_all(session)
    before = {n.id for n in notes(session)}

    threads.do_accept_answer(session, thread=thread, post=answer, by=asker)
    expand_all(session)
    new = {
        n.user_id: (K(n.kind), n.reason, n.post_id) for n in notes(session) if n.id not in before
    }
    assert new == {
        helper.id: (K.ANSWER_ACCEPTED, "your_answer", answer.id),
        bystander.id: (K.ANSWER_ACCEPTED, "watching_thread", answer.id),
        watcher.id: (K.ANSWER_ACCEPTED, "watching_community", answer.id),
    }
    views, _ = notifications.list_for(session, user=helper)
    assert views[0].headline == t("notify.answer_yours", actor=asker.display_name)


def test_answer_accepted_by_a_lead_tells_the_thread_author(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker, helper = member(session, c), member(session, c)
    thread = start(session, c, asker)
    answer = reply(session, thread, helper)
    watching.do_set_thread_level(session, user=asker, thread=thread, level="normal")
    expand_all(session)
    before = {n.id for n in notes(session)}
    threads.do_accept_answer(session, thread=thread, post=answer, by=lead)
    expand_all(session)
    new = {n.user_id: (K(n.kind), n.reason) for n in notes(session) if n.id not in before}
    assert new == {
        helper.id: (K.ANSWER_ACCEPTED, "your_answer"),
        asker.id: (K.ANSWER_ACCEPTED, "your_thread"),
    }


def test_helpdesk_request_tells_leads_and_facilitators(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    co_lead = member(session, c, role=MembershipRole.LEAD)
    facilitator = member(session, c, role=MembershipRole.FACILITATOR)
    plain = member(session, c)
    asker = member(session, c)
    # A facilitator who asks is not told of their own request.
    start(session, c, facilitator, kind=ThreadKind.HELPDESK, title="Our own request")
    thread = start(session, c, asker, kind=ThreadKind.HELPDESK)
    expand_all(session, now=STARTED + timedelta(hours=1))
    by_thread = {
        n.user_id: n.reason for n in notes(session, kind=K.HELPDESK_REQUEST, thread=thread)
    }
    assert by_thread == {
        lead.id: "helpdesk_team",
        co_lead.id: "helpdesk_team",
        facilitator.id: "helpdesk_team",
    }
    assert notes(session, user=plain) == []
    assert notes(session, user=asker) == []
    own = [n.user_id for n in notes(session, kind=K.HELPDESK_REQUEST) if n.thread_id != thread.id]
    assert sorted(own) == sorted([lead.id, co_lead.id])


def _helpdesk(session: Session):  # type: ignore[no-untyped-def]
    lead = person(session)
    c = community(session, lead=lead)
    facilitator = member(session, c, role=MembershipRole.FACILITATOR)
    asker, helper = member(session, c), member(session, c)
    thread = start(session, c, asker, kind=ThreadKind.HELPDESK)
    assert thread.response_target_hours == 48
    return c, lead, facilitator, asker, helper, thread


def test_target_passed_without_a_first_response_tells_the_team(session: Session) -> None:
    _c, lead, facilitator, asker, helper, thread = _helpdesk(session)
    due = thread.created_at + timedelta(hours=48)
    check = [j for j in jobs(session) if j.kind == FanoutKind.TARGET_CHECK]
    assert len(check) == 1 and check[0].run_after == due and check[0].thread_id == thread.id

    # Before it is due: the request is told, the check is not expanded.
    expand_all(session, now=due - timedelta(minutes=1))
    assert notes(session, kind=K.TARGET_PASSED) == []
    session.refresh(check[0])
    assert check[0].done_at is None and check[0].cursor == 0
    assert not fanout.has_due(session, now=due - timedelta(minutes=1))
    assert fanout.has_due(session, now=due)

    # An answer by the asker themselves is no first response.
    reply(session, thread, asker, "Anyone?", at=STARTED + timedelta(hours=30))
    expand_all(session, now=due - timedelta(minutes=1))
    expand_all(session, now=due + timedelta(minutes=1))
    passed = notes(session, kind=K.TARGET_PASSED)
    assert {(n.user_id, n.reason) for n in passed} == {
        (lead.id, "helpdesk_team"),
        (facilitator.id, "helpdesk_team"),
    }
    assert all(
        n.created_at == due and n.thread_id == thread.id and n.actor_id is None for n in passed
    )
    assert notes(session, user=helper) == []
    session.refresh(check[0])
    assert check[0].done_at is not None


def test_target_passed_tells_the_assignee_first(session: Session) -> None:
    _c, lead, facilitator, _asker, helper, thread = _helpdesk(session)
    threads.do_assign_thread(session, thread=thread, assignee=helper, by=lead)
    expand_all(session, now=STARTED + timedelta(hours=49))
    assert {(n.user_id, n.reason) for n in notes(session, kind=K.TARGET_PASSED)} == {
        (helper.id, "assigned"),
        (lead.id, "helpdesk_team"),
        (facilitator.id, "helpdesk_team"),
    }


def test_target_met_tells_nobody(session: Session) -> None:
    _c, _lead, _facilitator, _asker, helper, thread = _helpdesk(session)
    reply(session, thread, helper, at=STARTED + timedelta(hours=47))
    expand_all(session, now=STARTED + timedelta(hours=49))
    assert notes(session, kind=K.TARGET_PASSED) == []
    assert all(j.done_at is not None for j in jobs(session))


def test_late_first_response_still_counts_as_target_passed(session: Session) -> None:
    _c, lead, facilitator, _asker, helper, thread = _helpdesk(session)
    reply(session, thread, helper, at=STARTED + timedelta(hours=50))
    expand_all(session, now=STARTED + timedelta(hours=51))
    assert {n.user_id for n in notes(session, kind=K.TARGET_PASSED)} == {lead.id, facilitator.id}


def test_join_request_tells_the_reviewers_of_a_selective_community(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead, openness=Openness.SELECTIVE)
    assert c.visibility == Visibility.MEMBERS
    facilitator = member(session, c, role=MembershipRole.FACILITATOR)  # appointed: joins at once
    applicant = person(session, "Carla Mendes")
    session.commit()
    member_row = communities.do_join(
        session, community=c, user=applicant, motivation="I coordinate a network."
    )
    assert member_row.status == MembershipStatus.PENDING
    expand_all(session)
    assert told(session) == {
        lead.id: [("join_request", "reviewer")],
        facilitator.id: [("join_request", "reviewer")],
    }
    views, _ = notifications.list_for(session, user=lead)
    assert views[0].headline == t("notify.join_request", actor="Carla Mendes")
    assert views[0].href == f"/c/{c.slug}/requests"
    assert views[0].why == t("notify.why_reviewer", community=c.name)


def test_open_community_join_tells_nobody(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    member(session, c)
    expand_all(session)
    assert notes(session) == [] and jobs(session) == []


def test_join_decided_tells_the_member(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead, openness=Openness.SELECTIVE)
    yes, no = person(session), person(session)
    row_yes = communities.do_join(session, community=c, user=yes)
    row_no = communities.do_join(session, community=c, user=no)
    expand_all(session)
    communities.do_decide_join(session, membership=row_yes, approve=True, by=lead)
    communities.do_decide_join(session, membership=row_no, approve=False, by=lead)
    expand_all(session)
    decided = notes(session, kind=K.JOIN_DECIDED)
    assert [(n.user_id, n.reason, n.detail, n.actor_id) for n in decided] == [
        (yes.id, "your_request", "approved", lead.id),
        (no.id, "your_request", "declined", lead.id),
    ]
    assert notes(session, user=lead, kind=K.JOIN_DECIDED) == []
    # The declined member cannot read the community, yet sees the answer.
    views, _ = notifications.list_for(session, user=no)
    assert [(v.headline, v.href) for v in views] == [(t("notify.join_declined"), f"/c/{c.slug}")]
    views, _ = notifications.list_for(session, user=yes)
    assert views[0].headline == t("notify.join_approved")


def test_a_request_decided_before_expansion_tells_the_reviewers_nothing(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead, openness=Openness.SELECTIVE)
    applicant = person(session)
    row = communities.do_join(session, community=c, user=applicant)
    communities.do_decide_join(session, membership=row, approve=True, by=lead)
    expand_all(session)
    assert told(session) == {applicant.id: [("join_decided", "your_request")]}


def test_a_muted_level_suppresses_everything(session: Session) -> None:
    lead = person(session, "Lena Lead")
    c = community(session, lead=lead)
    asker = member(session, c)
    hushed = member(session, c, "Hugo Hush")
    watching.do_set_community_level(session, user=hushed, community=c, level="muted")
    watching.do_set_community_level(session, user=lead, community=c, level="muted")
    thread = start(
        session, c, hushed, kind=ThreadKind.HELPDESK
    )  # the author, muted on the community
    hushed_post = reply(session, thread, hushed, "More detail.")
    expand_all(session, now=STARTED + timedelta(hours=1))
    assert watching.control_for_thread(session, user=hushed, thread=thread).level == "watching"
    watching.do_set_thread_level(session, user=hushed, thread=thread, level="muted")
    reply(session, thread, asker, "@Hugo Hush and @leads: see this.", quoted=hushed_post)
    expand_all(session, now=STARTED + timedelta(hours=2))
    # A reply to their thread, a quote, a mention: nothing, for the muted author.
    assert notes(session, user=hushed) == []
    # The muted lead: no help-desk request, no @leads, no target passed.
    expand_all(session, now=STARTED + timedelta(days=5))
    assert notes(session, user=lead) == []
    # Nothing was told to anyone else either (the asker wrote the only reply).
    assert notes(session) == []


def test_jobs_are_recorded_in_the_writing_transaction(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker = member(session, c)
    session.commit()
    start(session, c, asker, body="Hello @leads")
    session.rollback()  # the write is undone: so is its job
    assert jobs(session) == []
    thread = start(session, c, asker, body="Hello @leads")
    recorded = jobs(session)
    assert [(j.kind, j.thread_id, j.actor_id, j.mentions, j.done_at) for j in recorded] == [
        (FanoutKind.POST, thread.id, asker.id, [-1], None)
    ]
    assert fanout.pending_count(session) == 1
    expand_all(session)
    assert fanout.pending_count(session) == 0
    remaining = session.exec(select(FanoutJob).where(col(FanoutJob.done_at).is_(None))).all()
    assert remaining == []
