"""@mentions: by display name, longest match, any case; @leads; at most 20."""

from __future__ import annotations

from sqlmodel import Session

from cop_app.i18n import t
from cop_app.models import MembershipRole, NotificationKind, Visibility
from cop_app.services.reach import fanout, mentions, notifications, watching

from .support import community, expand_all, jobs, member, notes, person, reply, start, told

K = NotificationKind


def test_candidates_are_longest_first() -> None:
    assert mentions.candidates("Thanks @Ana Lopez Garcia, see") == [
        ["Ana Lopez Garcia", "Ana Lopez", "Ana"]
    ]
    assert mentions.candidates("@Ana Lopez Garcia see you") == [
        ["Ana Lopez Garcia see you", "Ana Lopez Garcia see", "Ana Lopez Garcia", "Ana Lopez", "Ana"]
    ]
    assert mentions.candidates("no mention here, mail ana@lopez.org") == []
    assert mentions.candidates('(@Bo) and "@Cy"') == [["Bo"], ["Cy"]]
    assert mentions.candidates("@leads") == [["leads"]]


def test_resolve_by_display_name_longest_match_any_case(session: Session) -> None:
    ana = person(session, "Ana Lopez")
    ana_g = person(session, "Ana Lopez Garcia")
    bo = person(session, "Bo Chen")
    resolve = lambda body: mentions.resolve(session, body=body)  # noqa: E731
    assert resolve("Thanks @Ana Lopez Garcia for this") == [ana_g.id]
    assert resolve("Thanks @Ana Lopez for this") == [ana.id]
    assert resolve("@ana lopez garcia and @BO CHEN, please look") == [ana_g.id, bo.id]
    assert resolve("@Ana Lopez: see above") == [ana.id]
    assert resolve("@Nobody Here, @Ana") == []  # unknown names stay text
    assert resolve("@Bo Chen @bo chen @Bo Chen!") == [bo.id]  # once each
    assert resolve("Asking @leads and @Bo Chen") == [mentions.LEADS, bo.id]
    assert resolve("mail bo@chen.org") == []


def test_resolve_is_case_insensitive_beyond_ascii(session: Session) -> None:
    emile = person(session, "Émile Zola")
    oyvind = person(session, "Øyvind Ås")
    assert mentions.resolve(session, body="@Émile Zola, hello") == [emile.id]  # as written
    assert mentions.resolve(session, body="@émile zola and @ØYVIND ÅS, hello") == [
        emile.id,
        oyvind.id,
    ]


def test_resolve_ignores_deactivated_accounts(session: Session) -> None:
    gone = person(session, "Gone Person")
    gone.is_active = False
    session.add(gone)
    session.flush()
    assert mentions.resolve(session, body="@Gone Person hello") == []


def test_mention_notifies_the_named_members(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker = member(session, c, "Amina Diallo")
    ana, ana_g, bystander = (
        member(session, c, "Ana Lopez"),
        member(session, c, "Ana Lopez Garcia"),
        member(session, c, "Bo Chen"),
    )
    thread = start(session, c, asker, body="Can @ana lopez garcia help? Also @Zed Unknown.")
    expand_all(session)
    assert told(session) == {ana_g.id: [("mention", "mentioned")]}
    post = reply(session, thread, ana_g, "I think @ANA LOPEZ knows better.")
    expand_all(session)
    assert told(session, kind=K.MENTION) == {
        ana_g.id: [("mention", "mentioned")],
        ana.id: [("mention", "mentioned")],
    }
    n = notes(session, user=ana)[0]
    assert (n.post_id, n.actor_id, n.thread_id) == (post.id, ana_g.id, thread.id)
    assert notes(session, user=bystander) == []
    views, _ = notifications.list_for(session, user=ana)
    assert views[0].headline == t("notify.mention", actor="Ana Lopez Garcia")
    assert views[0].why == t("notify.why_mentioned")


def test_a_mention_of_the_thread_author_is_one_notification(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker, helper = member(session, c, "Amina Diallo"), member(session, c)
    thread = start(session, c, asker)
    reply(session, thread, helper, "@Amina Diallo: here is how we did it.")
    expand_all(session)
    assert told(session) == {asker.id: [("mention", "mentioned")]}


def test_at_leads_tells_the_leads_only(session: Session) -> None:
    lead = person(session, "Lena Lead")
    c = community(session, lead=lead)
    co_lead = member(session, c, role=MembershipRole.LEAD)
    member(session, c, role=MembershipRole.FACILITATOR)
    asker = member(session, c)
    start(session, c, asker, body="Could the @Leads pin this?")
    expand_all(session)
    assert told(session) == {
        lead.id: [("mention", "leads_mentioned")],
        co_lead.id: [("mention", "leads_mentioned")],
    }
    views, _ = notifications.list_for(session, user=lead)
    assert views[0].headline == t("notify.mention_leads", actor=asker.display_name)
    assert views[0].why == t("notify.why_leads_mentioned", community=c.name)


def test_a_lead_writing_at_leads_is_not_told(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    co_lead = member(session, c, role=MembershipRole.LEAD)
    start(session, c, lead, body="@leads, a reminder for us all.")
    expand_all(session)
    assert told(session) == {co_lead.id: [("mention", "leads_mentioned")]}


def test_at_most_twenty_people_are_told_by_one_posts_mentions(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker = member(session, c)
    named = [member(session, c, f"Mentioned Member {i:02d}") for i in range(25)]
    body = "Calling everyone: " + ", ".join(f"@Mentioned Member {i:02d}" for i in range(25))
    start(session, c, asker, body=body)
    assert len(jobs(session)[0].mentions) == mentions.MAX_MENTIONED
    expand_all(session)
    got = notes(session, kind=K.MENTION)
    assert len(got) == 20
    assert {n.user_id for n in got} == {u.id for u in named[:20]}  # the first twenty written
    assert len({n.user_id for n in got}) == 20


def test_mention_cap_applies_to_at_leads_too(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    for _ in range(24):
        member(session, c, role=MembershipRole.LEAD)
    asker = member(session, c)
    start(session, c, asker, body="@leads please look")
    expand_all(session)
    assert len(notes(session, kind=K.MENTION)) == 20


def test_mention_of_someone_who_cannot_read_tells_them_nothing(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead, visibility=Visibility.MEMBERS)
    outsider = person(session, "Olga Outside")
    insider = member(session, c, "Ivan Inside")
    asker = member(session, c)
    start(session, c, asker, body="@Olga Outside and @Ivan Inside, thoughts?")
    assert jobs(session)[0].mentions == [outsider.id, insider.id]  # resolved when written
    expand_all(session)
    assert told(session) == {insider.id: [("mention", "mentioned")]}


def test_mentions_are_resolved_when_written(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker = member(session, c)
    renamed = member(session, c, "Old Name")
    start(session, c, asker, body="@Old Name are you there?")
    renamed.display_name = "New Name"
    session.add(renamed)
    expand_all(session)
    assert told(session) == {renamed.id: [("mention", "mentioned")]}


def test_a_muted_member_is_not_told_of_a_mention(session: Session) -> None:
    lead = person(session)
    c = community(session, lead=lead)
    asker = member(session, c)
    quiet = member(session, c, "Quiet Person")
    watching.do_set_community_level(session, user=quiet, community=c, level="muted")
    start(session, c, asker, body="@Quiet Person any idea?")
    expanded = expand_all(session)
    assert [e.notified for e in expanded] == [[]]
    assert notes(session) == []
    assert fanout.pending_count(session) == 0
