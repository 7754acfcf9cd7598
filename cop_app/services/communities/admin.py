"""Site administration: every community (archived ones included) on /admin,
creating communities and archiving them."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from datetime import datetime

from sqlmodel import Session, col, func, select, update

from cop_app.i18n import DEFAULT_LOCALE, fmt_date, fmt_number
from cop_app.models import (
    AuditLog,
    Community,
    FocusArea,
    FocusAreaCode,
    Membership,
    MembershipRole,
    MembershipStatus,
    Openness,
    User,
)
from cop_app.services.accounts.profiles import FormError
from cop_app.services.communities import communities, community_admin
from cop_app.services.communities.catalogue import DEFAULT_TARGETS
from cop_app.services.communities.community_admin import MAX_NAME, MAX_TAGLINE, AuditView
from cop_app.services.guards import authz
from cop_app.services.guards.text import clean_line_into

MAX_SLUG = 60
SLUG_RE = communities.SLUG_RE


@dataclasses.dataclass(frozen=True)
class AdminCommunityRow:
    slug: str
    name: str
    openness: str
    members: str
    threads: str
    pending: str
    created: str
    archived: bool


@dataclasses.dataclass(frozen=True)
class AdminOverview:
    communities: list[AdminCommunityRow]
    accounts: str


def get_overview(
    session: Session, *, by: User | None, locale: str = DEFAULT_LOCALE
) -> AdminOverview:
    authz.check_site_admin(by)
    pending = dict(
        session.exec(
            select(Membership.community_id, func.count())
            .where(Membership.status == MembershipStatus.PENDING)
            .group_by(col(Membership.community_id))
        ).all()
    )
    communities = session.exec(select(Community).order_by(col(Community.name))).all()
    accounts = session.exec(select(func.count()).select_from(User)).one()
    return AdminOverview(
        communities=[
            AdminCommunityRow(
                slug=c.slug,
                name=c.name,
                openness="selective" if c.openness == Openness.SELECTIVE else "open",
                members=fmt_number(c.member_count, locale),
                threads=fmt_number(c.thread_count, locale),
                pending=fmt_number(pending.get(c.id, 0), locale),
                created=fmt_date(c.created_at, locale),
                archived=c.archived_at is not None,
            )
            for c in communities
        ],
        accounts=fmt_number(accounts, locale),
    )


# --------------------------------------------------------------------------- create, archive


@dataclasses.dataclass(frozen=True)
class NewCommunityForm:
    name: str
    slug: str  # "" → made from the name
    tagline: str
    openness: str  # open | selective
    primary: list[str]  # focus-area codes
    lead_email: str  # "" → the admin who creates it


def slug_from_name(name: str) -> str:
    """A /c/<slug> address from a name: ASCII letters and digits joined by hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_name.lower())
    slug = ""
    for word in words:  # whole words only, within the 60-character limit
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > MAX_SLUG:
            break
        slug = candidate
    return slug


def do_create_community(
    session: Session, *, by: User | None, form: NewCommunityForm, at: datetime | None = None
) -> Community:
    """Create a community with its first lead and primary focus areas (default
    targets); audited. Site admins only. Errors are keyed by form field."""
    admin = authz.check_site_admin(by)
    errors: dict[str, str] = {}
    name = clean_line_into(errors, "new_name", form.name, field_label="community name")
    if "new_name" not in errors:
        if not name:
            errors["new_name"] = "Give the community a name."
        elif len(name) > MAX_NAME:
            errors["new_name"] = f"Keep the name under {MAX_NAME} characters."
    slug = form.slug.strip().lower() or slug_from_name(name)
    if name and not slug:
        errors["new_slug"] = "Choose an address made of letters and digits, e.g. water-security."
    elif slug and (len(slug) > MAX_SLUG or not SLUG_RE.match(slug)):
        errors["new_slug"] = (
            "Use lower-case letters, digits and single hyphens (at most 60), e.g. water-security."
        )
    elif slug and communities.get_community_by_slug(session, slug=slug) is not None:
        errors["new_slug"] = f"The address /c/{slug} is taken; choose another."
    tagline = clean_line_into(errors, "new_tagline", form.tagline, field_label="tagline")
    if len(tagline) > MAX_TAGLINE:
        errors["new_tagline"] = f"Keep the tagline under {MAX_TAGLINE} characters."
    if form.openness not in {o.value for o in Openness}:
        errors["new_openness"] = "Choose open or selective."
    primary = list(dict.fromkeys(form.primary))
    if not primary:
        errors["new_primary"] = "Choose one or two primary focus areas."
    elif len(primary) > communities.MAX_PRIMARY_FOCUS_AREAS:
        errors["new_primary"] = (
            "Start with one or two primary focus areas; a third can be added later on the "
            "configuration page, with its trade-off explained."
        )
    elif any(code not in {c.value for c in FocusAreaCode} for code in primary):
        errors["new_primary"] = "Choose focus areas from the list."
    email = form.lead_email.strip().lower()
    lead: User = admin
    if email:
        found = communities.get_user_by_email(session, email=email)
        if found is not None and found.is_active:
            lead = found
        else:
            errors["new_lead"] = (
                "No active account uses this email; ask them to sign up first, or leave it "
                "empty to lead the community yourself."
            )
    if errors:
        raise FormError(errors)
    community = communities.do_create_community(
        session,
        slug=slug,
        name=name,
        tagline=tagline,
        openness=Openness(form.openness),
        languages=["en"],
        at=at,
    )
    communities.do_join(session, community=community, user=lead, role=MembershipRole.LEAD, at=at)
    session.add(
        AuditLog(
            community_id=community.id,
            actor_id=admin.id,
            action="community.create",
            before={},
            after={"name": name, "slug": slug, "lead": lead.display_name},
            at=communities.when(at),
        )
    )
    codes = [FocusAreaCode(code) for code in primary]
    communities.do_set_focus_areas(
        session,
        community=community,
        primary=codes,
        targets={code: DEFAULT_TARGETS[code].value for code in codes},
        by=admin,
        at=at,
    )
    session.flush()
    return community


def do_set_archived(
    session: Session,
    *,
    by: User | None,
    community: Community,
    archived: bool,
    at: datetime | None = None,
) -> None:
    """Archive a community (it stays readable; nothing new can be written) or
    restore it. Site admins only; audited; open pages refresh."""
    admin = authz.check_site_admin(by)
    if (community.archived_at is not None) == archived:
        return
    at = communities.when(at)
    community.archived_at = at if archived else None
    session.add(community)
    communities.update_counters(session, community, config_version=Community.config_version + 1)
    session.add(
        AuditLog(
            community_id=community.id,
            actor_id=admin.id,
            action="community.archive" if archived else "community.restore",
            before={"archived": not archived},
            after={"archived": archived},
            at=at,
        )
    )
    session.flush()


# --------------------------------------------------------------------------- the catalogue

MAX_AREA_NAME, MAX_AREA_DESCRIPTION, MAX_LINE, MAX_LINES = 60, 600, 200, 8


def _lines(errors: dict[str, str], field: str, text: str, *, field_label: str) -> list[str]:
    """One cleaned line per non-empty line of ``text`` (each through the normaliser)."""
    lines = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = clean_line_into(errors, field, raw, field_label=field_label)
        if field in errors:
            return []
        if line:
            lines.append(line)
    return lines


def do_update_focus_area(
    session: Session,
    *,
    by: User | None,
    code: str,
    name: str,
    description: str,
    examples: str,
    signals: str,
    at: datetime | None = None,
) -> None:
    """Reword one catalogue area (examples and signals one per line); site admins
    only; audited; every open community page refreshes the names it shows.
    Errors are keyed ``<field>:<code>``."""
    admin = authz.check_site_admin(by)
    area = session.get(FocusArea, FocusAreaCode(code)) if code in _CODES else None
    if area is None:
        msg = "There is no such focus area."
        raise authz.NotAllowedError(msg)
    errors: dict[str, str] = {}
    clean_name = clean_line_into(errors, f"name:{code}", name, field_label="focus area's name")
    if f"name:{code}" not in errors and (not clean_name or len(clean_name) > MAX_AREA_NAME):
        errors[f"name:{code}"] = f"Give the area a name of at most {MAX_AREA_NAME} characters."
    clean_description = clean_line_into(
        errors, f"description:{code}", description, field_label="description"
    )
    if f"description:{code}" not in errors and (
        not clean_description or len(clean_description) > MAX_AREA_DESCRIPTION
    ):
        errors[f"description:{code}"] = (
            f"Describe the area in at most {MAX_AREA_DESCRIPTION} characters."
        )
    lists = {
        key: _lines(errors, f"{key}:{code}", text, field_label=label)
        for key, text, label in (
            ("examples", examples, "list of examples"),
            ("signals", signals, "list of signals"),
        )
    }
    for key, lines in lists.items():
        if f"{key}:{code}" in errors:
            continue
        if not lines or len(lines) > MAX_LINES or any(len(line) > MAX_LINE for line in lines):
            errors[f"{key}:{code}"] = (
                f"Write 1 to {MAX_LINES} lines, one per line, each under {MAX_LINE} characters."
            )
    if errors:
        raise FormError(errors)
    before = _area_snapshot(area)
    area.name, area.description = clean_name, clean_description
    area.examples, area.signals = lists["examples"], lists["signals"]
    after = _area_snapshot(area)
    if after == before:
        return
    session.add(area)
    session.add(
        AuditLog(
            community_id=None,
            actor_id=admin.id,
            action="catalogue.update",
            before=before,
            after=after,
            at=communities.when(at),
        )
    )
    # Every community shows area names: let open pages re-read their header.
    session.exec(update(Community).values(config_version=Community.config_version + 1))
    session.flush()


_CODES = {c.value for c in FocusAreaCode}


def _area_snapshot(area: FocusArea) -> dict[str, object]:
    return {
        "code": FocusAreaCode(area.code).value,
        "name": area.name,
        "description": area.description,
        "examples": list(area.examples),
        "signals": list(area.signals),
    }


def list_catalogue_audit(
    session: Session,
    *,
    by: User | None,
    limit: int = 20,
    locale: str = DEFAULT_LOCALE,
    now: datetime | None = None,
) -> list[AuditView]:
    """The newest rewordings of the catalogue, who made them and what changed."""
    authz.check_site_admin(by)
    return community_admin.audit_views(
        session,
        where=[col(AuditLog.community_id).is_(None), AuditLog.action == "catalogue.update"],
        limit=limit,
        locale=locale,
        now=now,
    )
