"""Site admins create and archive communities and reword the focus-area catalogue."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlmodel import Session, select

from cop_app.models import (
    AuditLog,
    Community,
    CommunityFocusArea,
    FocusArea,
    FocusAreaCode,
    Membership,
    MembershipRole,
    MembershipStatus,
    ThreadKind,
)
from cop_app.services.accounts.profiles import FormError
from cop_app.services.communities import admin, browse, catalogue, community_admin
from cop_app.services.guards.authz import CommunityArchivedError, NotAllowedError
from cop_app.services.threads import threads
from tests.factories import make_community, make_membership, make_user

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)


def _form(**overrides: object) -> admin.NewCommunityForm:
    values: dict = {
        "name": "Water Security Practitioners",
        "slug": "",
        "tagline": "Keeping taps running",
        "openness": "selective",
        "primary": ["practitioner_support"],
        "lead_email": "",
    }
    values.update(overrides)
    return admin.NewCommunityForm(**values)


def test_slug_from_name_keeps_whole_ascii_words() -> None:
    assert (
        admin.slug_from_name("Água & Saneamento: Côte d'Ivoire") == "agua-saneamento-cote-d-ivoire"
    )
    assert admin.slug_from_name("  ") == ""
    long = admin.slug_from_name("word " * 30)
    assert len(long) <= 60 and not long.endswith("-")


def test_an_admin_creates_a_community_with_a_lead_focus_areas_and_default_targets(
    session: Session,
) -> None:
    boss = make_user(session, is_site_admin=True, display_name="Ada Admin")
    lead = make_user(session, email="lena@example.org", display_name="Lena Lead")

    community = admin.do_create_community(
        session,
        by=boss,
        form=_form(primary=["practitioner_support", "learning"], lead_email=" Lena@Example.org "),
        at=NOW,
    )

    assert community.slug == "water-security-practitioners"
    assert community.openness.value == "selective"
    membership = session.exec(
        select(Membership).where(Membership.community_id == community.id)
    ).one()
    assert (membership.user_id, membership.role, membership.status) == (
        lead.id,
        MembershipRole.LEAD,
        MembershipStatus.ACTIVE,
    )
    focus = {
        r.focus_area.value: (r.emphasis.value, r.target_value)
        for r in session.exec(
            select(CommunityFocusArea).where(CommunityFocusArea.community_id == community.id)
        )
    }
    assert focus == {"practitioner_support": ("primary", 48.0), "learning": ("primary", 6.0)}
    audit = community_admin.list_audit(session, community=community, by=boss, now=NOW)
    changes = [line for entry in audit for line in entry.changes]
    assert "Created at /c/water-security-practitioners with Lena Lead as lead" in changes
    assert all(entry.who == "Ada Admin" for entry in audit)


@pytest.mark.parametrize(
    ("overrides", "key"),
    [
        ({"name": "   "}, "new_name"),
        ({"name": "!!!"}, "new_slug"),
        ({"slug": "Bad Slug"}, "new_slug"),
        ({"slug": "taken"}, "new_slug"),
        ({"openness": "secret"}, "new_openness"),
        ({"primary": []}, "new_primary"),
        ({"primary": ["learning", "innovation", "coordination"]}, "new_primary"),
        ({"primary": ["gardening"]}, "new_primary"),
        ({"lead_email": "nobody@example.org"}, "new_lead"),
    ],
)
def test_bad_new_community_input_is_refused_beside_its_field(
    session: Session, overrides: dict, key: str
) -> None:
    boss = make_user(session, is_site_admin=True)
    make_community(session, slug="taken")
    before = len(session.exec(select(Community)).all())
    with pytest.raises(FormError) as refused:
        admin.do_create_community(session, by=boss, form=_form(**overrides))
    assert key in refused.value.errors
    assert len(session.exec(select(Community)).all()) == before


def test_only_site_admins_create_archive_and_reword(session: Session) -> None:
    community = make_community(session, primary=(FocusAreaCode.LEARNING,))
    lead = make_user(session)
    make_membership(session, community=community, user=lead, role=MembershipRole.LEAD)
    for user in (None, lead):
        with pytest.raises(NotAllowedError):
            admin.do_create_community(session, by=user, form=_form())
        with pytest.raises(NotAllowedError):
            admin.do_set_archived(session, by=user, community=community, archived=True)
        with pytest.raises(NotAllowedError):
            admin.do_update_focus_area(
                session,
                by=user,
                code="learning",
                name="X",
                description="Y",
                examples="a",
                signals="b",
            )
    assert community.archived_at is None
    assert session.exec(select(AuditLog)).all() == []


def test_archiving_keeps_everything_readable_and_freezes_writes_until_restored(
    session: Session,
) -> None:
    boss = make_user(session, is_site_admin=True)
    community = make_community(session, primary=(FocusAreaCode.LEARNING,))
    lead = make_user(session)
    make_membership(session, community=community, user=lead, role=MembershipRole.LEAD)
    thread = threads.do_create_thread(
        session,
        community=community,
        author=lead,
        kind=ThreadKind.DISCUSSION,
        title="Kept",
        body="Still here",
    )
    version = community.config_version

    admin.do_set_archived(session, by=boss, community=community, archived=True, at=NOW)

    assert community.archived_at == NOW and community.config_version == version + 1
    assert browse.get_community(session, slug=community.slug) is not None
    assert [t.title for t in browse.list_recent_threads(session, community=community)] == ["Kept"]
    assert community.slug not in [c.slug for c in browse.list_community_cards(session)]
    assert browse.get_community_header(session, community=community).archived
    with pytest.raises(CommunityArchivedError):
        threads.do_reply(session, thread=thread, author=lead, body="Too late")
    with pytest.raises(CommunityArchivedError):
        community_admin.do_save_settings(
            session,
            community=community,
            by=lead,
            form=community_admin.SettingsForm("New", "", "", "open", ["en"]),
        )

    admin.do_set_archived(session, by=boss, community=community, archived=False)
    threads.do_reply(session, thread=thread, author=lead, body="Back again")
    changes = [
        line
        for entry in community_admin.list_audit(session, community=community, by=boss)
        for line in entry.changes
    ]
    assert changes[:2] == [
        "Restored: open to posts and members again",
        "Archived: still readable, closed to new posts",
    ]


def test_rewording_an_area_is_audited_and_shown_wherever_its_name_appears(
    session: Session,
) -> None:
    boss = make_user(session, is_site_admin=True, display_name="Ada Admin")
    community = make_community(session, primary=(FocusAreaCode.LEARNING,))
    version = community.config_version

    admin.do_update_focus_area(
        session,
        by=boss,
        code="learning",
        name="Learning & knowledge",
        description="Members  turn\nexperience into knowledge.",
        examples="Good practices\n\n  Lessons learned  \n",
        signals="Knowledge items published",
        at=NOW,
    )

    area = session.get(FocusArea, FocusAreaCode.LEARNING)
    assert area is not None
    assert (area.name, area.description) == (
        "Learning & knowledge",
        "Members turn experience into knowledge.",
    )
    assert area.examples == ["Good practices", "Lessons learned"]
    session.refresh(community)
    assert community.config_version == version + 1
    header = browse.get_community_header(session, community=community)
    assert [b.name for b in header.focus] == ["Learning & knowledge"]
    assert catalogue.focus_area_names(session)["learning"] == "Learning & knowledge"
    audit = admin.list_catalogue_audit(session, by=boss, now=NOW)
    assert audit[0].who == "Ada Admin"
    assert "Renamed: Learning → Learning & knowledge" in audit[0].changes
    assert "Learning & knowledge: examples reworded" in audit[0].changes


@pytest.mark.parametrize(
    ("overrides", "key"),
    [
        ({"name": " "}, "name:learning"),
        ({"description": "x" * 601}, "description:learning"),
        ({"examples": "\n \n"}, "examples:learning"),
        ({"signals": "\n".join(["s"] * 9)}, "signals:learning"),
        ({"signals": "s" * 201}, "signals:learning"),
    ],
)
def test_bad_catalogue_wording_is_refused_and_nothing_changes(
    session: Session, overrides: dict, key: str
) -> None:
    boss = make_user(session, is_site_admin=True)
    catalogue.ensure_focus_areas(session)
    before = catalogue.list_focus_areas(session)
    values = {"name": "Learning", "description": "D", "examples": "E", "signals": "S"}
    values.update(overrides)
    with pytest.raises(FormError) as refused:
        admin.do_update_focus_area(session, by=boss, code="learning", **values)
    assert key in refused.value.errors
    assert catalogue.list_focus_areas(session) == before
    assert session.exec(select(AuditLog)).all() == []


def test_target_phrases_read_as_the_dashboard_states_them() -> None:
    assert catalogue.describe_target("practitioner_support", 24.0) == (
        "First response within 24 hours"
    )
    assert catalogue.describe_target("learning", 6.5) == "6.5 knowledge items a quarter"
    assert catalogue.describe_target("coordination", None) == ""
