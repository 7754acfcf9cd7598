"""A member's profile: read it as a form, validate it, save it.

Text is stored as the member typed it, through the one normaliser
(:mod:`cop_app.services.guards.text`: NFC, single-spaced lines, invisible and control
characters refused): no HTML escaping in storage. It is data, bound as SQL
parameters and escaped when rendered, never interpreted here. A display name
that looks like another account's (the same UTS #39 skeleton) is refused.
Every field is checked before anything changes, and all problems come back
at once as :class:`ProfileError` (``errors`` keyed by field name), so the page
can show each message beside its field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from cop_app import live
from cop_app.i18n import is_time_zone
from cop_app.models import ExpertiseDirection, FocusAreaCode, MemberProfile, OrgType, User, utcnow
from cop_app.services.communities.communities import (
    InvalidTagError,
    do_set_expertise,
    list_expertise,
    normalise_tags,
    pk,
    when,
)
from cop_app.services.guards.text import FormError as FormError
from cop_app.services.guards.text import (
    TextError,
    clean_body,
    clean_line,
    clean_line_into,
    skeletons,
)

MAX_DISPLAY_NAME_LENGTH = 80
MAX_ORGANISATION_LENGTH = 120
MAX_DISCIPLINE_LENGTH = 80
MAX_REGION_LENGTH = 80
MAX_BIO_LENGTH = 1000
MAX_AWAY_DAYS = 366
MAX_LANGUAGES = 10
MIN_TAG_LENGTH = 2
MAX_TAG_LENGTH = 60
MAX_TAGS_PER_DIRECTION = 20

#: What the organisation-type menu shows, keyed by the stored value.
ORG_TYPE_LABELS: dict[str, str] = {
    OrgType.STAFF.value: "Staff",
    OrgType.CLIENT.value: "Client",
    OrgType.DONOR.value: "Donor",
    OrgType.ACADEMIC.value: "Academic or research",
    OrgType.NGO.value: "NGO or civil society",
    OrgType.GOVERNMENT.value: "Government",
    OrgType.PRIVATE.value: "Private sector",
    OrgType.OTHER.value: "Other",
}

#: The languages a member can say they work in: ISO 639-1 code -> English name.
LANGUAGE_CHOICES: dict[str, str] = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "ar": "Arabic",
    "ru": "Russian",
    "zh": "Chinese",
    "de": "German",
    "it": "Italian",
    "nl": "Dutch",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ka": "Georgian",
    "sr": "Serbian",
    "fa": "Persian",
    "ur": "Urdu",
    "hi": "Hindi",
    "bn": "Bengali",
    "ne": "Nepali",
    "sw": "Swahili",
    "am": "Amharic",
    "ha": "Hausa",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "tl": "Tagalog",
    "th": "Thai",
    "ja": "Japanese",
    "ko": "Korean",
}

DISPLAY_NAME_LABEL = "name"  # the field is "Your name"
LOOKALIKE_NAME_MESSAGE = (
    "This name looks the same as another member's name; choose one that others can tell apart."
)


# --------------------------------------------------------------------------- errors

# FormError (a message per field) lives in cop_app.services.guards.text and is
# re-exported here, where the services and states have always found it.


class ProfileError(FormError):
    """A profile update was refused; nothing was saved."""


# --------------------------------------------------------------------------- the form


@dataclass(kw_only=True)
class ProfileForm:
    """What the profile page edits (org_type as its stored string value)."""

    display_name: str = ""
    organisation: str = ""
    org_type: str = OrgType.OTHER.value
    discipline: str = ""
    region: str = ""
    languages: list[str] = field(default_factory=list)
    can_help: list[str] = field(default_factory=list)
    looking_for: list[str] = field(default_factory=list)
    bio: str = ""
    focus_interests: list[str] = field(default_factory=list)
    time_zone: str = ""  # an IANA name, "" for "as my browser says"
    away_until: str = ""  # a day, YYYY-MM-DD ("" when not away)


# --------------------------------------------------------------------------- validation


def display_name_error(value: str) -> str | None:
    """Why a display name cannot be used, or ``None`` when it can (after
    :func:`~cop_app.services.guards.text.clean_line` with :data:`DISPLAY_NAME_LABEL`,
    which refuses invisible and control characters)."""
    if not value:
        return "Enter the name other members will see."
    if len(value) > MAX_DISPLAY_NAME_LENGTH:
        return f"Use at most {MAX_DISPLAY_NAME_LENGTH} characters for your name."
    return None


def display_name_lookalike_error(
    session: Session, *, name: str, user: User | None = None, confirmed_only: bool = False
) -> str | None:
    """:data:`LOOKALIKE_NAME_MESSAGE` when another account's display name is
    confusable with ``name`` (the same UTS #39 skeleton, see
    :func:`~cop_app.services.guards.text.skeletons`: "Site Αdmin" with a Greek Alpha,
    or "site admin", meets "Site Admin"), else ``None``. ``user`` (renaming
    themselves) is left out; so are accounts not confirmed yet with
    ``confirmed_only`` (otherwise sign-up's answer would tell whether the
    address before had made one).

    Skeletons are not stored (no column for them), so this reads every other
    account's name: O(accounts) per call, each name's skeleton cached in the
    process. It runs on sign-up and on a change of name only."""
    wanted = skeletons(name)
    query = select(User.display_name)
    if user is not None and user.id is not None:
        query = query.where(col(User.id) != user.id)
    if confirmed_only:  # an account nobody has confirmed reserves no name (sign-up)
        query = query.where(col(User.email_confirmed_at).is_not(None))
    for other in session.exec(query.execution_options(yield_per=2000)):
        if not wanted.isdisjoint(skeletons(other)):
            return LOOKALIKE_NAME_MESSAGE
    return None


def _line_error(value: str, *, label: str, max_length: int) -> str | None:
    """Why an already cleaned line is too long, or ``None``."""
    if len(value) > max_length:
        return f"Use at most {max_length} characters for {label}."
    return None


def _clean_tags(raw: list[str], *, label: str) -> tuple[list[str], str | None]:
    tags: list[str] = []
    for item in raw:
        try:
            line = clean_line(item, field_label=f"{label} tag")
            normalised = normalise_tags([line])
        except TextError as exc:
            return [], exc.message
        except InvalidTagError:
            return [], f"Each {label} tag may have at most {MAX_TAG_LENGTH} characters."
        if not normalised:
            continue
        tag = normalised[0]
        if len(tag) < MIN_TAG_LENGTH:
            return [], f"Each {label} tag needs at least {MIN_TAG_LENGTH} characters: “{tag}”."
        if tag not in tags:
            tags.append(tag)
    if len(tags) > MAX_TAGS_PER_DIRECTION:
        return [], f"Choose at most {MAX_TAGS_PER_DIRECTION} {label} tags."
    return tags, None


@dataclass(frozen=True)
class _Clean:
    display_name: str
    organisation: str
    org_type: OrgType
    discipline: str
    region: str
    languages: list[str]
    can_help: list[str]
    looking_for: list[str]
    bio: str
    focus_interests: list[str]
    time_zone: str
    away_until: datetime | None


def _away_until(raw: str, *, zone: str, now: datetime, errors: dict[str, str]) -> datetime | None:
    """The end of the chosen day in the member's zone; None for no day, or a
    day already past (which ends the pause)."""
    raw = raw.strip()
    if not raw:
        return None
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        errors["away_until"] = "Enter a date, for example 2027-01-15."
        return None
    tz = ZoneInfo(zone or "UTC")
    if day < now.astimezone(tz).date():
        return None
    if day > now.astimezone(tz).date() + timedelta(days=MAX_AWAY_DAYS):
        errors["away_until"] = f"Choose a date within {MAX_AWAY_DAYS} days."
        return None
    return datetime.combine(day + timedelta(days=1), time(), tz).astimezone(UTC)


def _validate(form: ProfileForm, *, session: Session, user: User, now: datetime) -> _Clean:
    """The cleaned values, or :class:`ProfileError` with every problem at once."""
    errors: dict[str, str] = {}

    display_name = clean_line_into(
        errors, "display_name", form.display_name, field_label=DISPLAY_NAME_LABEL
    )
    if "display_name" not in errors:
        message = display_name_error(display_name)
        if message is None and display_name != user.display_name:
            message = display_name_lookalike_error(session, name=display_name, user=user)
        if message:
            errors["display_name"] = message

    lines = {
        "organisation": (form.organisation, "organisation", MAX_ORGANISATION_LENGTH),
        "discipline": (form.discipline, "discipline", MAX_DISCIPLINE_LENGTH),
        "region": (form.region, "region", MAX_REGION_LENGTH),
    }
    cleaned: dict[str, str] = {}
    for name, (value, label, limit) in lines.items():
        cleaned[name] = clean_line_into(errors, name, value, field_label=label)
        if name not in errors and (
            message := _line_error(cleaned[name], label=f"the {label}", max_length=limit)
        ):
            errors[name] = message

    org_type = OrgType.OTHER
    try:
        org_type = OrgType(form.org_type.strip())
    except ValueError:
        errors["org_type"] = "Choose a type of organisation from the list."

    languages = list(dict.fromkeys(code.strip().lower() for code in form.languages))
    languages = [code for code in languages if code]
    if unknown := [code for code in languages if code not in LANGUAGE_CHOICES]:
        shown = ", ".join(unknown[:3])
        errors["languages"] = f"Choose languages from the list ({shown} is not one of them)."
    elif len(languages) > MAX_LANGUAGES:
        errors["languages"] = f"Choose at most {MAX_LANGUAGES} languages."

    can_help, message = _clean_tags(form.can_help, label="“I can help with”")
    if message:
        errors["can_help"] = message
    looking_for, message = _clean_tags(form.looking_for, label="“I am looking for”")
    if message:
        errors["looking_for"] = message

    bio = clean_body(form.bio)
    if len(bio) > MAX_BIO_LENGTH:
        errors["bio"] = f"Keep the introduction to {MAX_BIO_LENGTH} characters or fewer."

    codes = {code.value for code in FocusAreaCode}
    focus = list(dict.fromkeys(value.strip() for value in form.focus_interests))
    focus = [value for value in focus if value]
    if any(value not in codes for value in focus):
        errors["focus_interests"] = "Choose focus areas from the list."

    time_zone = form.time_zone.strip()
    if time_zone and not is_time_zone(time_zone):
        errors["time_zone"] = "Choose a time zone from the list, for example Africa/Nairobi."
        time_zone = ""
    away_until = _away_until(form.away_until, zone=time_zone, now=now, errors=errors)

    if errors:
        raise ProfileError(errors)
    return _Clean(
        display_name=display_name,
        organisation=cleaned["organisation"],
        org_type=org_type,
        discipline=cleaned["discipline"],
        region=cleaned["region"],
        languages=languages,
        can_help=can_help,
        looking_for=looking_for,
        bio=bio,
        focus_interests=focus,
        time_zone=time_zone,
        away_until=away_until,
    )


# --------------------------------------------------------------------------- read and write


def get_profile_form(session: Session, *, user: User) -> ProfileForm:
    """The member's profile as the page edits it (tags alphabetically)."""
    profile = session.get(MemberProfile, pk(user))
    tags = list_expertise(session, user=user)
    form = ProfileForm(
        time_zone=user.time_zone,
        away_until=away_day(user),
        display_name=user.display_name,
        can_help=tags[ExpertiseDirection.CAN_HELP],
        looking_for=tags[ExpertiseDirection.LOOKING_FOR],
    )
    if profile is not None:
        form.organisation = profile.organisation
        form.org_type = OrgType(profile.org_type).value
        form.discipline = profile.discipline
        form.region = profile.region
        form.languages = list(profile.languages)
        form.bio = profile.bio
        form.focus_interests = list(profile.focus_interests)
    return form


def away_day(user: User, *, now: datetime | None = None) -> str:
    """The last day a member is away (YYYY-MM-DD, in their zone), "" if not away."""
    now = now or utcnow()
    if user.away_until is None or user.away_until <= now:
        return ""
    tz = ZoneInfo(user.time_zone or "UTC")
    return (user.away_until.astimezone(tz) - timedelta(seconds=1)).date().isoformat()


def do_update_profile(
    session: Session, *, user: User, form: ProfileForm, now: datetime | None = None
) -> None:
    """Save the member's own profile (the caller passes the signed-in member;
    see :func:`cop_app.services.guards.authz.check_can_edit_profile` when a handler
    is given a profile id). ``ProfileError`` and nothing written when any field
    is not right."""
    now = when(now)
    clean = _validate(form, session=session, user=user, now=now)
    profile = session.get(MemberProfile, pk(user))
    if profile is None:
        profile = MemberProfile(user_id=pk(user))
        session.add(profile)
    if (user.display_name, user.time_zone) != (clean.display_name, clean.time_zone):
        live.publish_on_commit(session, live.AUTH_TOPIC)  # callers as cached show them
    user.display_name = clean.display_name
    user.time_zone = clean.time_zone
    user.away_until = clean.away_until
    profile.organisation = clean.organisation
    profile.org_type = clean.org_type
    profile.discipline = clean.discipline
    profile.region = clean.region
    profile.languages = clean.languages
    profile.bio = clean.bio
    profile.focus_interests = clean.focus_interests
    profile.updated_at = now
    session.add(user)
    session.flush()
    do_set_expertise(session, user=user, can_help=clean.can_help, looking_for=clean.looking_for)
