"""The profile form: read, validate every field, save all or nothing."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlmodel import Session, select

from cop_app.models import (
    ExpertiseDirection,
    FocusAreaCode,
    MemberExpertise,
    MemberProfile,
    OrgType,
    User,
)
from cop_app.services.accounts import profiles
from cop_app.services.accounts.profiles import ProfileError, ProfileForm
from cop_app.services.communities.communities import do_set_expertise
from tests.factories import make_user

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def valid_form(**changes: Any) -> ProfileForm:
    form = ProfileForm(
        display_name="Amina Okafor",
        organisation="Lagos Water Board",
        org_type=OrgType.GOVERNMENT.value,
        discipline="Water engineering",
        region="Africa",
        languages=["en", "fr"],
        can_help=["Non-revenue water", "  metering  "],
        looking_for=["Tariff design"],
        bio="I run the metering programme.\nAsk me about district meters.",
        focus_interests=[FocusAreaCode.PRACTITIONER_SUPPORT.value, FocusAreaCode.LEARNING.value],
    )
    return dataclasses.replace(form, **changes)


def snapshot(session: Session, user: User) -> dict[str, Any]:
    """Everything a profile update may change, as stored."""
    session.expire_all()
    profile = session.get(MemberProfile, user.id)
    account = session.get(User, user.id)
    assert profile is not None and account is not None
    tags = session.exec(
        select(MemberExpertise.direction, MemberExpertise.tag).where(
            MemberExpertise.user_id == user.id
        )
    ).all()
    return {
        "display_name": account.display_name,
        "profile": profile.model_dump(),
        "tags": sorted(tags),
    }


@pytest.fixture
def user(session: Session) -> User:
    user = make_user(session, display_name="Amina", organisation="Before Org", region="Asia")
    do_set_expertise(session, user=user, can_help=["budgeting"], looking_for=[])
    session.commit()
    return user


def test_a_valid_update_is_saved(session: Session, user: User) -> None:
    profiles.do_update_profile(
        session, user=user, form=valid_form(display_name="  Amina   Okafor "), now=T0
    )
    session.commit()
    form = profiles.get_profile_form(session, user=user)
    assert form == ProfileForm(
        display_name="Amina Okafor",
        organisation="Lagos Water Board",
        org_type="government",
        discipline="Water engineering",
        region="Africa",
        languages=["en", "fr"],
        can_help=["metering", "non-revenue water"],  # normalised, alphabetical
        looking_for=["tariff design"],
        bio="I run the metering programme.\nAsk me about district meters.",
        focus_interests=["practitioner_support", "learning"],
    )
    profile = session.get(MemberProfile, user.id)
    assert profile is not None and profile.updated_at == T0
    directions = session.exec(
        select(MemberExpertise.direction).where(MemberExpertise.tag == "tariff design")
    ).all()
    assert directions == [ExpertiseDirection.LOOKING_FOR]


def test_the_form_of_a_new_member(session: Session) -> None:
    user = make_user(session, display_name="New Person")
    form = profiles.get_profile_form(session, user=user)
    assert form == ProfileForm(display_name="New Person")


INVALID: list[tuple[str, dict[str, Any], str]] = [
    ("display_name", {"display_name": "   "}, "Enter the name"),
    ("display_name", {"display_name": "x" * 81}, "at most 80"),
    ("display_name", {"display_name": "Amina\x00"}, "control character (U+0000)"),
    ("organisation", {"organisation": "o" * 121}, "at most 120"),
    ("org_type", {"org_type": "pirate"}, "type of organisation"),
    ("discipline", {"discipline": "d" * 81}, "at most 80"),
    ("region", {"region": "r" * 81}, "at most 80"),
    ("languages", {"languages": ["en", "xx"]}, "xx is not one of them"),
    ("languages", {"languages": list(profiles.LANGUAGE_CHOICES)[:11]}, "at most 10"),
    ("can_help", {"can_help": ["a"]}, "at least 2"),
    ("can_help", {"can_help": ["t" * 61]}, "at most 60"),
    ("looking_for", {"looking_for": [f"tag {n}" for n in range(21)]}, "at most 20"),
    ("bio", {"bio": "b" * 1001}, "1000 characters"),
    ("focus_interests", {"focus_interests": ["learning", "astrology"]}, "focus areas"),
]


@pytest.mark.parametrize(("field", "change", "message"), INVALID)
def test_each_bad_field_is_named_and_nothing_is_saved(
    session: Session, user: User, field: str, change: dict[str, Any], message: str
) -> None:
    before = snapshot(session, user)
    with pytest.raises(ProfileError) as refused:
        profiles.do_update_profile(session, user=user, form=valid_form(**change), now=T0)
    assert list(refused.value.errors) == [field]
    assert message in refused.value.errors[field]
    session.flush()
    assert snapshot(session, user) == before


def test_every_bad_field_is_reported_at_once(session: Session, user: User) -> None:
    form = valid_form(**{k: v for _, change, _ in INVALID[::3] for k, v in change.items()})
    with pytest.raises(ProfileError) as refused:
        profiles.do_update_profile(session, user=user, form=form)
    assert set(refused.value.errors) == {field for field, _, _ in INVALID[::3]}
    assert str(refused.value) == "Check the fields marked below."


def test_limits_are_inclusive(session: Session, user: User) -> None:
    form = valid_form(
        display_name="n" * 80,
        organisation="o" * 120,
        discipline="d" * 80,
        region="r" * 80,
        languages=list(profiles.LANGUAGE_CHOICES)[:10],
        can_help=["ab", "t" * 60],
        looking_for=[f"tag {n}" for n in range(20)],
        bio="b" * 1000,
        focus_interests=[code.value for code in FocusAreaCode],
    )
    profiles.do_update_profile(session, user=user, form=form)
    assert profiles.get_profile_form(session, user=user).bio == "b" * 1000


def test_hostile_text_is_stored_verbatim(session: Session, user: User) -> None:
    script = "<script>alert('x')</script>"
    injection = "' OR 1=1 --"
    form = valid_form(
        display_name=injection,
        organisation=f"{injection}; DROP TABLE user_account; --",
        bio=f"{script}\n<img src=x onerror=alert(1)>",
        can_help=["<b>bold</b>"],
    )
    profiles.do_update_profile(session, user=user, form=form)
    session.commit()
    session.expire_all()
    stored = profiles.get_profile_form(session, user=user)
    assert stored.display_name == injection
    assert stored.organisation == f"{injection}; DROP TABLE user_account; --"
    assert stored.bio == f"{script}\n<img src=x onerror=alert(1)>"
    assert stored.can_help == ["<b>bold</b>"]
    assert len(session.exec(select(User)).all()) == 1  # the table is still there


def test_labels_for_the_page() -> None:
    assert set(profiles.ORG_TYPE_LABELS) == {t.value for t in OrgType}
    assert all(len(code) == 2 and code.islower() for code in profiles.LANGUAGE_CHOICES)
    assert {"en", "es", "fr", "pt", "ar", "ru", "zh"} <= set(profiles.LANGUAGE_CHOICES)
