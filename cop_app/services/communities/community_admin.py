"""Configuring a community's focus areas (/admin/communities/<slug>), with its audit log.

Leads of the community and site admins may change it (authz.check_can_manage_community);
every change is written to the audit log with the configuration before and after.
"""

from __future__ import annotations

import dataclasses
import math
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, func, select

from cop_app.i18n import DEFAULT_LOCALE, fmt_ago
from cop_app.models import (
    AuditLog,
    Community,
    CommunityFocusArea,
    FocusAreaCode,
    FocusEmphasis,
    Membership,
    MembershipRole,
    MembershipStatus,
    Openness,
    TargetUnit,
    User,
    Visibility,
    WatchLevel,
    utcnow,
)
from cop_app.services.accounts.profiles import LANGUAGE_CHOICES, FormError
from cop_app.services.communities.catalogue import (
    CATALOGUE,
    DEFAULT_TARGETS,
    TARGET_PHRASES,
    focus_area_names,
)
from cop_app.services.communities.communities import (
    MAX_PRIMARY_FOCUS_AREAS,
    FocusAreaConfigError,
    LastLeadError,
    do_set_focus_areas,
    do_set_role,
    update_counters,
)
from cop_app.services.guards import authz
from cop_app.services.guards.text import clean_body, clean_line_into
from cop_app.services.reach import watching

UNIT_LABELS: dict[TargetUnit, str] = {
    TargetUnit.HOURS_TO_FIRST_RESPONSE: "hours to first response",
    TargetUnit.ITEMS_PER_QUARTER: "items per quarter",
    TargetUnit.PERCENT: "percent",
    TargetUnit.COUNT_PER_MONTH: "per month",
}
EMPHASES = ("primary", "secondary", "")
MAX_NOTE = 500
MAX_TARGET = 10_000


@dataclasses.dataclass(frozen=True)
class FocusConfigRow:
    code: str
    name: str
    emphasis: str  # primary | secondary | "" (not emphasised)
    target: str  # the number as typed ("" for none)
    unit: str  # what the number counts, in words
    default_target: str
    note: str
    phrase: str  # how the dashboard states the target, with a {value} slot
    watch: str  # the level members follow it at until they choose (a WatchLevel value)


@dataclasses.dataclass(frozen=True)
class SettingsForm:
    name: str
    tagline: str
    description: str
    openness: str  # open | selective
    languages: list[str]
    visibility: str = ""  # public | site | members ("" keeps the current one)


MAX_NAME, MAX_TAGLINE, MAX_DESCRIPTION, MAX_LANGUAGES = 120, 200, 4000, 10


def _check_writable(session: Session, *, community: Community, by: User | None) -> User:
    """A lead or site admin, and the community is not archived (archived ones are frozen)."""
    user = authz.check_can_manage_community(session, user=by, community=community)
    if community.archived_at is not None:
        msg = f"{community.name} is archived: a site admin must restore it before it can change."
        raise authz.CommunityArchivedError(msg)
    return user


def get_settings(session: Session, *, community: Community, by: User | None) -> SettingsForm:
    authz.check_can_manage_community(session, user=by, community=community)
    return SettingsForm(
        name=community.name,
        tagline=community.tagline,
        description=community.description,
        openness=Openness(community.openness).value,
        languages=list(community.languages),
        visibility=Visibility(community.visibility).value,
    )


def _settings_snapshot(community: Community) -> dict[str, object]:
    return {
        "name": community.name,
        "tagline": community.tagline,
        "description": community.description,
        "openness": Openness(community.openness).value,
        "visibility": Visibility(community.visibility).value,
        "languages": list(community.languages),
    }


def do_save_settings(
    session: Session,
    *,
    community: Community,
    by: User | None,
    form: SettingsForm,
    at: datetime | None = None,
) -> None:
    """Name, tagline, description, openness and languages; audited; open pages refresh."""
    user = _check_writable(session, community=community, by=by)
    errors: dict[str, str] = {}
    name = clean_line_into(errors, "name", form.name, field_label="community name")
    if "name" not in errors:
        if not name:
            errors["name"] = "Give the community a name."
        elif len(name) > MAX_NAME:
            errors["name"] = f"Keep the name under {MAX_NAME} characters."
    tagline = clean_line_into(errors, "tagline", form.tagline, field_label="tagline")
    if len(tagline) > MAX_TAGLINE:
        errors["tagline"] = f"Keep the tagline under {MAX_TAGLINE} characters."
    description = clean_body(form.description)
    if len(description) > MAX_DESCRIPTION:
        errors["description"] = f"Keep the description under {MAX_DESCRIPTION} characters."
    if form.openness not in {o.value for o in Openness}:
        errors["openness"] = "Choose open or selective."
    visibility = form.visibility or Visibility(community.visibility).value
    if visibility not in {v.value for v in Visibility}:
        errors["visibility"] = "Choose who can read the discussions."
    languages = list(dict.fromkeys(form.languages))
    if not languages:
        errors["languages"] = "Choose at least one language the community works in."
    elif any(code not in LANGUAGE_CHOICES for code in languages) or len(languages) > MAX_LANGUAGES:
        errors["languages"] = f"Choose up to {MAX_LANGUAGES} languages from the list."
    if errors:
        raise FormError(errors)
    before = _settings_snapshot(community)
    community.name, community.tagline, community.description = name, tagline, description
    community.openness = Openness(form.openness)
    community.visibility = Visibility(visibility)
    community.languages = languages
    session.add(community)
    session.flush()
    after = _settings_snapshot(community)
    if after == before:
        return
    update_counters(session, community, config_version=Community.config_version + 1)
    session.add(
        AuditLog(
            community_id=community.id,
            actor_id=user.id,
            action="settings.update",
            before=before,
            after=after,
            at=at or utcnow(),
        )
    )
    session.flush()


def _describe_settings(before: dict, after: dict) -> list[str]:
    labels = {
        "name": "Name",
        "tagline": "Tagline",
        "openness": "Joining",
        "visibility": "Who reads",
    }
    changes = []
    for key, label in labels.items():
        if before.get(key) != after.get(key):
            changes.append(f"{label}: {before.get(key) or 'none'} → {after.get(key) or 'none'}")
    if before.get("languages") != after.get("languages"):
        old = ", ".join(code.upper() for code in before.get("languages") or []) or "none"
        new = ", ".join(code.upper() for code in after.get("languages") or []) or "none"
        changes.append(f"Languages: {old} → {new}")
    if before.get("description") != after.get("description"):
        changes.append("Description rewritten")
    return changes or ["No change"]


@dataclasses.dataclass(frozen=True)
class AuditView:
    who: str
    when: str
    changes: list[str]


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def get_focus_config(
    session: Session, *, community: Community, by: User | None
) -> list[FocusConfigRow]:
    """Every catalogue area with how this community emphasises it now."""
    authz.check_can_manage_community(session, user=by, community=community)
    rows = {
        FocusAreaCode(r.focus_area): r
        for r in session.exec(
            select(CommunityFocusArea).where(CommunityFocusArea.community_id == community.id)
        ).all()
    }
    names = focus_area_names(session)
    out = []
    for code in FocusAreaCode:
        row = rows.get(code)
        default = DEFAULT_TARGETS[code]
        unit = TargetUnit(row.target_unit) if row and row.target_unit else default.unit
        out.append(
            FocusConfigRow(
                code=code.value,
                name=names[code.value],
                emphasis=FocusEmphasis(row.emphasis).value if row else "",
                target=_fmt(row.target_value) if row else "",
                unit=UNIT_LABELS[unit],
                default_target=f"{default.value:g} {UNIT_LABELS[default.unit]}",
                note=row.note if row else "",
                phrase=TARGET_PHRASES[code],
                watch=WatchLevel(row.default_watch_level).value if row else WatchLevel.NORMAL.value,
            )
        )
    return out


def do_save_focus_config(
    session: Session,
    *,
    community: Community,
    by: User | None,
    emphasis: dict[str, str],
    targets: dict[str, str],
    notes: dict[str, str],
    more_primary_confirmed: bool = False,
    watch: dict[str, str] | None = None,
    at: datetime | None = None,
) -> None:
    """Validate the form (messages keyed by field) and save it with an audit row;
    ``watch``: the level members follow each focus area at until they choose
    their own (each change audited by ``watching.do_set_focus_default``)."""
    user = _check_writable(session, community=community, by=by)
    errors: dict[str, str] = {}
    primary, secondary = [], []
    parsed_targets: dict[str, tuple[float, TargetUnit] | None] = {}
    parsed_notes: dict[str, str] = {}
    for code in FocusAreaCode:
        key = code.value
        choice = emphasis.get(key, "")
        if choice not in EMPHASES:
            errors[f"emphasis:{key}"] = "Choose primary, secondary or not a focus."
            continue
        note = clean_body(notes.get(key) or "")
        raw = (targets.get(key) or "").strip()
        if not choice:
            if raw or note:
                errors[f"target:{key}"] = (
                    "Make this a focus area first, or clear its target and note."
                )
            continue
        (primary if choice == "primary" else secondary).append(code)
        if watch is not None and watch.get(key, "normal") not in {w.value for w in WatchLevel}:
            errors[f"watch:{key}"] = "Choose one of the levels in the list."
        if len(note) > MAX_NOTE:
            errors[f"note:{key}"] = f"Keep the note under {MAX_NOTE} characters."
        parsed_notes[key] = note
        if not raw:
            parsed_targets[key] = None
            continue
        try:
            value = float(raw)
        except ValueError:
            errors[f"target:{key}"] = "Enter a number, e.g. 48."
            continue
        unit = DEFAULT_TARGETS[code].unit
        if (
            not math.isfinite(value)
            or value <= 0
            or value > MAX_TARGET
            or (unit == TargetUnit.PERCENT and value > 100)
        ):
            limit = 100 if unit == TargetUnit.PERCENT else MAX_TARGET
            errors[f"target:{key}"] = f"Enter a number above 0 and at most {limit}."
            continue
        parsed_targets[key] = (value, unit)
    if not primary:
        errors["primary"] = "Choose at least one primary focus area."
    elif len(primary) > MAX_PRIMARY_FOCUS_AREAS and not more_primary_confirmed:
        errors["primary"] = (
            "A community that emphasises one or two areas stands out and delivers more; "
            "one that tries to do everything tends to drift. Tick the confirmation to keep "
            f"{len(primary)} primary areas."
        )
    if errors:
        raise FormError(errors)
    try:
        do_set_focus_areas(
            session,
            community=community,
            primary=primary,
            secondary=secondary,
            targets=parsed_targets,
            notes=parsed_notes,
            by=user,
            at=at,
            more_primary_confirmed=more_primary_confirmed,
        )
    except FocusAreaConfigError as exc:
        raise FormError({"primary": str(exc)}) from exc
    for code in (*primary, *secondary):
        if watch is not None and watch.get(code.value):
            watching.do_set_focus_default(
                session, community=community, focus_area=code, level=watch[code.value], by=user
            )


def _describe(before: dict, after: dict) -> list[str]:
    """Human sentences for what changed between two focus-area snapshots."""
    changes = []
    for code in FocusAreaCode:
        name = CATALOGUE[code].name
        old, new = before.get(code.value), after.get(code.value)
        old_emphasis = old["emphasis"] if old else "not a focus"
        new_emphasis = new["emphasis"] if new else "not a focus"
        if old_emphasis != new_emphasis:
            changes.append(f"{name}: {old_emphasis} → {new_emphasis}")
        old_target = _fmt(old.get("target_value")) if old else ""
        new_target = _fmt(new.get("target_value")) if new else ""
        if new and old_target != new_target:
            changes.append(f"{name} target: {old_target or 'none'} → {new_target or 'none'}")
        if new and (old.get("note") if old else "") != new.get("note"):
            changes.append(f"{name} note: “{new.get('note') or ''}”")
    return changes or ["No change"]


def list_audit(
    session: Session,
    *,
    community: Community,
    by: User | None,
    limit: int = 20,
    locale: str = DEFAULT_LOCALE,
    now: datetime | None = None,
) -> list[AuditView]:
    """The newest configuration changes of the community, who made them and what changed."""
    authz.check_can_manage_community(session, user=by, community=community)
    return audit_views(
        session, where=[AuditLog.community_id == community.id], limit=limit, locale=locale, now=now
    )


def audit_views(
    session: Session,
    *,
    where: list[Any],
    limit: int = 20,
    locale: str = DEFAULT_LOCALE,
    now: datetime | None = None,
) -> list[AuditView]:
    """Audit rows matching ``where``, newest first, described in sentences.
    Authorise the caller before calling."""
    now = now or utcnow()
    rows = session.exec(
        select(AuditLog, User.display_name)
        .join(User, col(User.id) == col(AuditLog.actor_id), isouter=True)
        .where(*where)
        .order_by(col(AuditLog.at).desc(), col(AuditLog.id).desc())
        .limit(limit)
    ).all()
    return [
        AuditView(
            who=name or "System",
            when=fmt_ago(row.at, now, locale),
            changes=_DESCRIBE.get(row.action, _describe)(row.before or {}, row.after or {}),
        )
        for row, name in rows
    ]


# --------------------------------------------------------------------------- the team


@dataclasses.dataclass(frozen=True)
class TeamMember:
    membership_id: int
    name: str
    role: str  # lead | facilitator


TEAM_ROLES = (MembershipRole.LEAD, MembershipRole.FACILITATOR)


def list_team(session: Session, *, community: Community, by: User | None) -> list[TeamMember]:
    """The community's leads, then its facilitators, by name."""
    authz.check_can_manage_community(session, user=by, community=community)
    rows = session.exec(
        select(Membership, User.display_name)
        .join(User, col(User.id) == col(Membership.user_id))
        .where(
            Membership.community_id == community.id,
            Membership.status == MembershipStatus.ACTIVE,
            col(Membership.role).in_(TEAM_ROLES),
        )
        .order_by(col(Membership.role).desc(), col(User.display_name))
    ).all()
    return [
        TeamMember(membership_id=m.id or 0, name=name, role=MembershipRole(m.role).value)
        for m, name in rows
    ]


def _audit_team(
    session: Session, *, community: Community, by: User, name: str, old: str, new: str
) -> None:
    session.add(
        AuditLog(
            community_id=community.id,
            actor_id=by.id,
            action="team.update",
            before={"member": name, "role": old},
            after={"member": name, "role": new},
        )
    )


def do_add_to_team(
    session: Session, *, community: Community, by: User | None, email: str, role: str
) -> None:
    """Make an active member of the community a lead or a facilitator."""
    user = _check_writable(session, community=community, by=by)
    errors: dict[str, str] = {}
    if role not in {r.value for r in TEAM_ROLES}:
        errors["team_role"] = "Choose lead or facilitator."
    address = email.strip().lower()
    found = session.exec(
        select(Membership, User.display_name)
        .join(User, col(User.id) == col(Membership.user_id))
        .where(
            Membership.community_id == community.id,
            Membership.status == MembershipStatus.ACTIVE,
            User.email == address,
        )
    ).first()
    if found is None:
        errors["team_email"] = "No active member of this community has that email address."
    if errors:
        raise FormError(errors)
    membership, name = found
    old = MembershipRole(membership.role).value
    if old == role:
        return
    do_set_role(session, membership=membership, role=MembershipRole(role))
    _audit_team(session, community=community, by=user, name=name, old=old, new=role)
    session.flush()


def do_remove_from_team(
    session: Session, *, community: Community, by: User | None, membership_id: int
) -> None:
    """Make a lead or facilitator a plain member again; the last lead stays."""
    user = _check_writable(session, community=community, by=by)
    membership = session.get(Membership, membership_id)
    if membership is None or membership.community_id != community.id:
        msg = "That person is not on this community's team."
        raise authz.NotAllowedError(msg)
    old = MembershipRole(membership.role)
    if old not in TEAM_ROLES:
        return
    if old == MembershipRole.LEAD:
        leads = session.exec(
            select(func.count())
            .select_from(Membership)
            .where(
                Membership.community_id == community.id,
                Membership.status == MembershipStatus.ACTIVE,
                Membership.role == MembershipRole.LEAD,
            )
        ).one()
        if leads <= 1:
            msg = "A community needs at least one lead: appoint another lead first."
            raise LastLeadError(msg)
    name = session.get(User, membership.user_id).display_name  # type: ignore[union-attr]
    do_set_role(session, membership=membership, role=MembershipRole.MEMBER)
    _audit_team(session, community=community, by=user, name=name, old=old.value, new="member")
    session.flush()


def _describe_team(before: dict, after: dict) -> list[str]:
    return [f"{after.get('member', '?')}: {before.get('role')} → {after.get('role')}"]


_DESCRIBE = {
    "settings.update": _describe_settings,
    "team.update": _describe_team,
    "community.create": lambda _b, a: [
        f"Created at /c/{a.get('slug', '?')} with {a.get('lead', '?')} as lead"
    ],
    "community.archive": lambda _b, _a: ["Archived: still readable, closed to new posts"],
    "community.restore": lambda _b, _a: ["Restored: open to posts and members again"],
    "catalogue.update": lambda b, a: _describe_area(b, a),
    "watching.default": lambda b, a: [
        f"{CATALOGUE[FocusAreaCode(a['focus_area'])].name}: members follow it as "
        f"{watching.level_label(b.get('level', 'normal')).lower()} → "
        f"{watching.level_label(a.get('level', 'normal')).lower()} until they choose"
    ],
    "scorecard.update": lambda b, a: _describe_rating(b, a),
}


def _describe_rating(before: dict, after: dict) -> list[str]:
    from cop_app.services.health import scorecard  # late: it pulls in the dashboard and charts

    return scorecard.describe_audit(before, after)


def _describe_area(before: dict, after: dict) -> list[str]:
    name = after.get("name", "?")
    changes = []
    if before.get("name") != after.get("name"):
        changes.append(f"Renamed: {before.get('name')} → {name}")
    for key, label in (
        ("description", "description"),
        ("examples", "examples"),
        ("signals", "signals"),
    ):
        if before.get(key) != after.get(key):
            changes.append(f"{name}: {label} reworded")
    return changes or ["No change"]
