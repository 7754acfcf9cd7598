"""Configuring a community's focus areas: who may, what is checked, what the audit log says."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlmodel import Session, select

from cop_app.models import AuditLog, CommunityFocusArea, FocusAreaCode, MembershipRole
from cop_app.services.accounts.profiles import FormError
from cop_app.services.communities import community_admin
from cop_app.services.guards.authz import NotAllowedError
from tests.factories import make_community, make_membership, make_user

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)
CODES = [c.value for c in FocusAreaCode]


def _form(**emphasis: str) -> dict[str, dict[str, str]]:
    return {"emphasis": {c: emphasis.get(c, "") for c in CODES}, "targets": {}, "notes": {}}


def _state(session: Session, community_id: int) -> dict[str, tuple[str, float | None, str]]:
    rows = session.exec(
        select(CommunityFocusArea).where(CommunityFocusArea.community_id == community_id)
    ).all()
    return {r.focus_area.value: (r.emphasis.value, r.target_value, r.note) for r in rows}


def test_a_lead_sets_primary_areas_targets_and_notes_and_the_audit_log_says_so(
    session: Session,
) -> None:
    community = make_community(session, primary=(FocusAreaCode.LEARNING,))
    lead = make_user(session, display_name="Lena Lead")
    make_membership(session, community=community, user=lead, role=MembershipRole.LEAD)
    form = _form(practitioner_support="primary", coordination="primary", learning="secondary")
    form["targets"] = {"practitioner_support": "24", "coordination": "40"}
    form["notes"] = {"practitioner_support": "Answer within a day <b>please</b>"}

    community_admin.do_save_focus_config(session, community=community, by=lead, **form)

    assert _state(session, community.id or 0) == {
        "practitioner_support": ("primary", 24.0, "Answer within a day <b>please</b>"),
        "coordination": ("primary", 40.0, ""),
        "learning": ("secondary", None, ""),
    }
    audit = community_admin.list_audit(session, community=community, by=lead, now=NOW)
    assert audit[0].who == "Lena Lead"
    assert "Learning: primary → secondary" in audit[0].changes
    assert "Practitioner support: not a focus → primary" in audit[0].changes
    assert "Practitioner support target: none → 24" in audit[0].changes
    config = community_admin.get_focus_config(session, community=community, by=lead)
    assert [r.emphasis for r in config] == ["primary", "", "secondary", "", "primary"]


@pytest.mark.parametrize(
    ("emphasis", "targets", "key"),
    [
        ({}, {}, "primary"),
        ({"learning": "primary"}, {"learning": "lots"}, "target:learning"),
        ({"learning": "primary"}, {"learning": "-1"}, "target:learning"),
        ({"learning": "primary"}, {"learning": "0"}, "target:learning"),
        ({"coordination": "primary"}, {"coordination": "120"}, "target:coordination"),
        ({"learning": "primary"}, {"innovation": "3"}, "target:innovation"),
        ({"learning": "boss"}, {}, "emphasis:learning"),
    ],
)
def test_bad_input_is_refused_beside_its_field_and_nothing_changes(
    session: Session, emphasis: dict, targets: dict, key: str
) -> None:
    community = make_community(session, primary=(FocusAreaCode.LEARNING,))
    admin = make_user(session, is_site_admin=True)
    before = _state(session, community.id or 0)
    form = _form(**emphasis)
    form["targets"] = targets
    with pytest.raises(FormError) as refused:
        community_admin.do_save_focus_config(session, community=community, by=admin, **form)
    assert key in refused.value.errors
    assert _state(session, community.id or 0) == before
    assert session.exec(select(AuditLog)).all() == []


def test_a_third_primary_area_needs_the_confirmation(session: Session) -> None:
    community = make_community(session, primary=(FocusAreaCode.LEARNING,))
    admin = make_user(session, is_site_admin=True)
    form = _form(learning="primary", innovation="primary", coordination="primary")
    with pytest.raises(FormError) as refused:
        community_admin.do_save_focus_config(session, community=community, by=admin, **form)
    assert "drift" in refused.value.errors["primary"]
    community_admin.do_save_focus_config(
        session, community=community, by=admin, more_primary_confirmed=True, **form
    )
    assert sorted(
        k for k, v in _state(session, community.id or 0).items() if v[0] == "primary"
    ) == [
        "coordination",
        "innovation",
        "learning",
    ]


def test_members_and_leads_of_other_communities_may_not_configure(session: Session) -> None:
    community = make_community(session, primary=(FocusAreaCode.LEARNING,))
    other = make_community(session)
    member, other_lead = make_user(session), make_user(session)
    make_membership(session, community=community, user=member)
    make_membership(session, community=other, user=other_lead, role=MembershipRole.LEAD)
    for who in (None, member, other_lead):
        with pytest.raises(NotAllowedError):
            community_admin.do_save_focus_config(
                session, community=community, by=who, **_form(coordination="primary")
            )
        with pytest.raises(NotAllowedError):
            community_admin.get_focus_config(session, community=community, by=who)
    assert _state(session, community.id or 0) == {"learning": ("primary", None, "")}


def _settings(**overrides: object) -> community_admin.SettingsForm:
    base = {
        "name": "Cities Circle",
        "tagline": "Public space, peer reviewed",
        "description": "We review **designs**.",
        "openness": "selective",
        "languages": ["en", "fr"],
    }
    return community_admin.SettingsForm(**{**base, **overrides})


def test_settings_are_saved_audited_and_bump_the_live_version(session: Session) -> None:
    community = make_community(session, name="Old name", languages=["en"])
    admin = make_user(session, is_site_admin=True, display_name="Ada")
    version = community.config_version

    community_admin.do_save_settings(session, community=community, by=admin, form=_settings())

    saved = community_admin.get_settings(session, community=community, by=admin)
    assert (saved.name, saved.openness, saved.languages) == (
        "Cities Circle",
        "selective",
        ["en", "fr"],
    )
    session.refresh(community)
    assert community.config_version == version + 1
    changes = community_admin.list_audit(session, community=community, by=admin, now=NOW)[0].changes
    assert "Name: Old name → Cities Circle" in changes
    assert "Joining: open → selective" in changes
    assert "Languages: EN → EN, FR" in changes


@pytest.mark.parametrize(
    ("overrides", "key"),
    [
        ({"name": "   "}, "name"),
        ({"name": "x" * 121}, "name"),
        ({"tagline": "x" * 201}, "tagline"),
        ({"description": "x" * 4001}, "description"),
        ({"openness": "secret"}, "openness"),
        ({"languages": []}, "languages"),
        ({"languages": ["xx"]}, "languages"),
    ],
)
def test_bad_settings_are_refused_beside_the_field(
    session: Session, overrides: dict, key: str
) -> None:
    community = make_community(session, name="Keep me")
    admin = make_user(session, is_site_admin=True)
    with pytest.raises(FormError) as refused:
        community_admin.do_save_settings(
            session, community=community, by=admin, form=_settings(**overrides)
        )
    assert key in refused.value.errors
    session.refresh(community)
    assert community.name == "Keep me"
    assert session.exec(select(AuditLog)).all() == []


def test_a_member_may_not_change_settings(session: Session) -> None:
    community = make_community(session, name="Keep me")
    member = make_user(session)
    make_membership(session, community=community, user=member)
    with pytest.raises(NotAllowedError):
        community_admin.do_save_settings(session, community=community, by=member, form=_settings())
    session.refresh(community)
    assert community.name == "Keep me"


def test_team_add_and_remove_keeps_at_least_one_lead_and_is_audited(session: Session) -> None:
    from cop_app.services.communities.communities import LastLeadError

    community = make_community(session)
    lead = make_user(session, display_name="Lena")
    helper = make_user(session, display_name="Hugo", email="hugo@example.org")
    outsider = make_user(session, email="out@example.org")
    make_membership(session, community=community, user=lead, role=MembershipRole.LEAD)
    make_membership(session, community=community, user=helper)

    community_admin.do_add_to_team(
        session, community=community, by=lead, email=" Hugo@Example.org ", role="facilitator"
    )
    team = community_admin.list_team(session, community=community, by=lead)
    assert [(m.name, m.role) for m in team] == [("Lena", "lead"), ("Hugo", "facilitator")]

    with pytest.raises(FormError) as refused:
        community_admin.do_add_to_team(
            session, community=community, by=lead, email="out@example.org", role="lead"
        )
    assert "team_email" in refused.value.errors
    with pytest.raises(FormError) as refused:
        community_admin.do_add_to_team(
            session, community=community, by=lead, email="hugo@example.org", role="boss"
        )
    assert "team_role" in refused.value.errors

    lena = next(m for m in team if m.name == "Lena")
    with pytest.raises(LastLeadError):
        community_admin.do_remove_from_team(
            session, community=community, by=lead, membership_id=lena.membership_id
        )
    hugo = next(m for m in team if m.name == "Hugo")
    community_admin.do_remove_from_team(
        session, community=community, by=lead, membership_id=hugo.membership_id
    )
    assert [m.name for m in community_admin.list_team(session, community=community, by=lead)] == [
        "Lena"
    ]
    history = community_admin.list_audit(session, community=community, by=lead, now=NOW)
    assert history[0].changes == ["Hugo: facilitator → member"]
    assert history[1].changes == ["Hugo: member → facilitator"]
    assert outsider.id is not None


def test_a_member_may_not_touch_the_team(session: Session) -> None:
    community = make_community(session)
    lead, member = make_user(session), make_user(session, email="m@example.org")
    lead_membership = make_membership(
        session, community=community, user=lead, role=MembershipRole.LEAD
    )
    make_membership(session, community=community, user=member)
    with pytest.raises(NotAllowedError):
        community_admin.do_add_to_team(
            session, community=community, by=member, email="m@example.org", role="lead"
        )
    with pytest.raises(NotAllowedError):
        community_admin.do_remove_from_team(
            session, community=community, by=member, membership_id=lead_membership.id or 0
        )
    assert [m.role for m in community_admin.list_team(session, community=community, by=lead)] == [
        "lead"
    ]


def test_the_level_members_follow_a_focus_area_at_is_saved_with_the_form_and_audited(
    session: Session,
) -> None:
    from cop_app.models import WatchLevel

    community = make_community(session, primary=(FocusAreaCode.LEARNING,))
    lead = make_user(session, display_name="Lena Lead")
    make_membership(session, community=community, user=lead, role=MembershipRole.LEAD)
    form = _form(learning="primary", coordination="secondary")
    form["watch"] = {"learning": "watching_first_post", "coordination": "normal"}

    community_admin.do_save_focus_config(session, community=community, by=lead, **form)

    rows = {
        r.focus_area.value: r.default_watch_level
        for r in session.exec(
            select(CommunityFocusArea).where(CommunityFocusArea.community_id == community.id)
        )
    }
    assert rows == {"learning": WatchLevel.WATCHING_FIRST_POST, "coordination": WatchLevel.NORMAL}
    config = {
        r.code: r.watch
        for r in community_admin.get_focus_config(session, community=community, by=lead)
    }
    assert config["learning"] == "watching_first_post"
    audit = community_admin.list_audit(session, community=community, by=lead, now=NOW)
    assert any(
        "Learning: members follow it as normal → watching first post" in change
        for entry in audit
        for change in entry.changes
    )

    form["watch"] = {"learning": "loudest"}  # not a level: refused beside it, nothing changes
    with pytest.raises(FormError) as refused:
        community_admin.do_save_focus_config(session, community=community, by=lead, **form)
    assert "watch:learning" in refused.value.errors
    session.refresh(
        session.exec(
            select(CommunityFocusArea).where(
                CommunityFocusArea.community_id == community.id,
                CommunityFocusArea.focus_area == FocusAreaCode.LEARNING,
            )
        ).one()
    )
    assert {
        r.focus_area.value: r.default_watch_level
        for r in session.exec(
            select(CommunityFocusArea).where(CommunityFocusArea.community_id == community.id)
        )
    }["learning"] == WatchLevel.WATCHING_FIRST_POST
