"""Who may do what: every check for every kind of visitor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlmodel import Session

from cop_app.models import (
    Community,
    MembershipRole,
    MembershipStatus,
    Openness,
    User,
)
from cop_app.services.guards import authz
from tests.factories import make_community, make_membership, make_thread, make_user

PEOPLE = (
    "anonymous",
    "member",
    "facilitator",
    "lead",
    "other_lead",  # lead of another community
    "pending",  # asked to join, not yet approved
    "left",
    "inactive",  # a deactivated member
    "admin",  # site admin, not a member
)


@dataclass
class World:
    session: Session
    community: Community
    people: dict[str, User | None]

    def who(self, name: str) -> User | None:
        return self.people[name]


@pytest.fixture
def world(session: Session) -> World:
    community = make_community(session, openness=Openness.SELECTIVE, name="Urban Water")
    other = make_community(session, name="Rural Roads")
    users = {
        name: make_user(session, is_site_admin=name == "admin", is_active=name != "inactive")
        for name in PEOPLE[1:]
    }
    memberships: dict[str, tuple[Community, dict[str, object]]] = {
        "member": (community, {}),
        "facilitator": (community, {"role": MembershipRole.FACILITATOR}),
        "lead": (community, {"role": MembershipRole.LEAD}),
        "other_lead": (other, {"role": MembershipRole.LEAD}),
        "pending": (community, {"status": MembershipStatus.PENDING}),
        "left": (community, {"status": MembershipStatus.LEFT}),
        "inactive": (community, {}),
    }
    for name, (where, fields) in memberships.items():
        make_membership(session, community=where, user=users[name], **fields)  # type: ignore[arg-type]
    people: dict[str, User | None] = {"anonymous": None, **users}
    return World(session=session, community=community, people=people)


Check = Callable[..., object]
CASES: dict[str, tuple[Check, Callable[..., bool] | None, set[str]]] = {
    "view": (authz.check_can_view_community, None, set(PEOPLE)),
    "post": (authz.check_can_post, authz.can_post, {"member", "facilitator", "lead", "admin"}),
    "moderate": (authz.check_can_moderate, authz.can_moderate, {"facilitator", "lead", "admin"}),
    "review": (
        authz.check_can_review_join_requests,
        authz.can_review_join_requests,
        {"facilitator", "lead", "admin"},
    ),
    "manage": (authz.check_can_manage_community, authz.can_manage_community, {"lead", "admin"}),
}


@pytest.mark.parametrize("action", list(CASES))
def test_community_checks(world: World, action: str) -> None:
    check, can, allowed = CASES[action]
    verdicts: dict[str, bool] = {}
    for person in PEOPLE:
        user = world.who(person)
        kwargs = {"user": user, "community": world.community}
        try:
            result = check(world.session, **kwargs)
        except authz.NotAllowedError as refused:
            verdicts[person] = False
            message = str(refused)
            if person == "anonymous":
                assert message == "Sign in to continue."
            elif person == "inactive":
                assert message == "This account is deactivated."
            else:
                assert "Urban Water" in message, message
        else:
            verdicts[person] = True
            assert action == "view" or result is user
        if can is not None:
            assert can(world.session, **kwargs) is verdicts[person], person
    assert verdicts == {person: person in allowed for person in PEOPLE}


def test_roles(world: World) -> None:
    roles = {
        name: authz.get_role(world.session, user=world.who(name), community=world.community)
        for name in PEOPLE
    }
    assert roles == {
        "anonymous": None,
        "member": MembershipRole.MEMBER,
        "facilitator": MembershipRole.FACILITATOR,
        "lead": MembershipRole.LEAD,
        "other_lead": None,
        "pending": None,
        "left": None,
        "inactive": MembershipRole.MEMBER,  # the membership stands; the account cannot act
        "admin": None,
    }


def test_signed_in_and_site_admin(world: World) -> None:
    for name in PEOPLE:
        user = world.who(name)
        if name in ("anonymous", "inactive"):
            with pytest.raises(authz.NotAllowedError):
                authz.check_signed_in(user)
        else:
            assert authz.check_signed_in(user) is user
        if name == "admin":
            assert authz.check_site_admin(user) is user
        else:
            with pytest.raises(authz.NotAllowedError):
                authz.check_site_admin(user)
        assert authz.is_site_admin(user) is (name == "admin")


def test_nothing_new_in_an_archived_community(world: World) -> None:
    world.community.archived_at = datetime(2025, 1, 1, tzinfo=UTC)
    for name in ("member", "lead", "admin"):
        with pytest.raises(authz.CommunityArchivedError):
            authz.check_can_post(world.session, user=world.who(name), community=world.community)
        authz.check_can_view_community(
            world.session, user=world.who(name), community=world.community
        )
    assert not authz.can_post(world.session, user=world.who("admin"), community=world.community)


def test_only_the_owner_edits_a_profile(world: World) -> None:
    member = world.who("member")
    assert member is not None
    for name in PEOPLE:
        user = world.who(name)
        if name == "member":
            assert authz.check_can_edit_profile(user=user, target_user_id=member.id) is user
        else:
            with pytest.raises(authz.NotAllowedError):
                authz.check_can_edit_profile(user=user, target_user_id=member.id)


def test_who_accepts_an_answer(world: World) -> None:
    author = world.who("member")
    assert author is not None
    thread = make_thread(world.session, community=world.community, author=author)
    allowed = {"member", "facilitator", "lead", "admin"}  # the author and the moderators
    for name in PEOPLE:
        user = world.who(name)
        if name in allowed:
            assert authz.check_can_accept(world.session, user=user, thread=thread) is user
        else:
            with pytest.raises(authz.NotAllowedError):
                authz.check_can_accept(world.session, user=user, thread=thread)
