"""The onboarding wizard: a resumable draft, saved step by step, and its funnel.

Six steps (:data:`STEPS`, numbered 1..6). Each save validates only that step's
answers, merges them into the member's :class:`OnboardingDraft` and writes
them through to the real data as the member goes (profile, expertise tags,
focus interests, memberships), so closing the tab loses nothing and another
browser resumes at the same step.

``draft.answers`` (and :attr:`OnboardingView.answers`) is a flat JSON object:

==================  ===========================================================
``organisation``    str (step 2, required)
``org_type``        str, an :class:`OrgType` value (step 2, required)
``discipline``      str (step 2)
``region``          str (step 2)
``languages``       list of ISO 639-1 codes (step 2, at least one)
``can_help``        list of tags, "I can help with" (step 3)
``looking_for``     list of tags, "I am looking for" (step 3)
``focus``           list of :class:`FocusAreaCode` values (step 4, at least one)
``joined``          list of slugs of open communities joined (step 5)
``requested``       {slug: motivation} of selective communities asked (step 5)
``furthest``        int, the furthest step reached (jumps go no further)
==================  ===========================================================

The funnel goes to the activity log with no community: ``onboarding_started``
(once), ``onboarding_step_completed`` with the step's name as ``detail`` (once
per step), ``onboarding_finished`` (once), and ``first_contribution`` (with
its community) when the member contributes within 14 days of finishing.

Free text is stored as typed, through the one normaliser
(:mod:`cop_app.services.guards.text`: lines NFC and single-spaced, invisible and
control characters refused; motivations lose control characters), markup
included: it is data, escaped when rendered. Nothing commits; the caller owns the transaction.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cop_app.models import (
    ActivityEvent,
    ActivityKind,
    Community,
    ExpertiseDirection,
    FocusAreaCode,
    MemberProfile,
    Membership,
    MembershipStatus,
    OnboardingDraft,
    Openness,
    OrgType,
    User,
)
from cop_app.services.accounts.profiles import (
    LANGUAGE_CHOICES,
    MAX_DISCIPLINE_LENGTH,
    MAX_LANGUAGES,
    MAX_ORGANISATION_LENGTH,
    MAX_REGION_LENGTH,
    FormError,
    _clean_tags,
    _line_error,
)
from cop_app.services.communities.communities import (
    do_join,
    do_set_expertise,
    list_expertise,
    pk,
    when,
)
from cop_app.services.guards.authz import ServiceError
from cop_app.services.guards.text import clean_body, clean_line_into

#: The wizard's steps in order: (name, label). Step numbers are 1-based.
STEPS: tuple[tuple[str, str], ...] = (
    ("welcome", "Welcome"),
    ("about", "About you"),
    ("expertise", "Expertise"),
    ("focus", "Focus areas"),
    ("communities", "Communities"),
    ("first_step", "First step"),
)
FIRST_STEP = 1
LAST_STEP = len(STEPS)
STEP_ABOUT, STEP_EXPERTISE, STEP_FOCUS, STEP_COMMUNITIES = 2, 3, 4, 5

MIN_MOTIVATION_LENGTH = 10
MAX_MOTIVATION_LENGTH = 500
#: A contribution this long after finishing still counts as the first one.
FIRST_CONTRIBUTION_WINDOW = timedelta(days=14)

_FUNNEL_KINDS = (
    ActivityKind.ONBOARDING_STARTED,
    ActivityKind.ONBOARDING_STEP_COMPLETED,
    ActivityKind.ONBOARDING_FINISHED,
)


# --------------------------------------------------------------------------- errors


class OnboardingError(ServiceError):
    """An onboarding move was refused (the message says why)."""


class StepNotReachedError(OnboardingError):
    """A jump (or save) past the furthest step the member has reached."""


# --------------------------------------------------------------------------- views


@dataclass
class OnboardingView:
    """Where the member is in the wizard, and what they answered (JSON-safe)."""

    step: int
    completed: bool
    answers: dict[str, Any]


@dataclass
class JoinOutcome:
    """A community chosen in the wizard and where the membership stands now."""

    name: str
    slug: str
    status: str  # "active" | "pending" | "declined"


def step_name(step: int) -> str:
    """The name of step ``step`` (1-based), e.g. ``"about"`` for 2."""
    return STEPS[step - 1][0]


def _view(draft: OnboardingDraft) -> OnboardingView:
    return OnboardingView(
        step=draft.step,
        completed=draft.completed_at is not None,
        answers=copy.deepcopy(dict(draft.answers)),
    )


# --------------------------------------------------------------------------- helpers


def _log_funnel(
    session: Session,
    *,
    user_id: int,
    kind: ActivityKind,
    at: datetime,
    detail: str = "",
    community_id: int | None = None,
) -> None:
    session.add(
        ActivityEvent(
            community_id=community_id,
            actor_id=user_id,
            kind=kind,
            occurred_at=at,
            detail=detail,
        )
    )


def _logged(session: Session, *, user_id: int) -> set[tuple[ActivityKind, str]]:
    """The member's funnel events so far, as (kind, detail) (ix_activity_actor_kind)."""
    rows = session.exec(
        select(ActivityEvent.kind, ActivityEvent.detail).where(
            ActivityEvent.actor_id == user_id, col(ActivityEvent.kind).in_(_FUNNEL_KINDS)
        )
    ).all()
    return {(ActivityKind(kind), detail) for kind, detail in rows}


def _furthest(draft: OnboardingDraft) -> int:
    value = draft.answers.get("furthest")
    return max(value if isinstance(value, int) else FIRST_STEP, draft.step)


def _check_step_number(step: int) -> None:
    if not isinstance(step, int) or not FIRST_STEP <= step <= LAST_STEP:
        msg = f"There is no step {step}; the steps are numbered {FIRST_STEP} to {LAST_STEP}."
        raise OnboardingError(msg)


def _check_reached(draft: OnboardingDraft, step: int) -> None:
    _check_step_number(step)
    if step > _furthest(draft):
        msg = "Complete the steps before this one first."
        raise StepNotReachedError(msg)


def _advance(
    session: Session,
    *,
    user: User,
    draft: OnboardingDraft,
    step: int,
    changes: Mapping[str, Any],
    at: datetime,
) -> None:
    """Merge ``changes``, move to the next step and log the step (once)."""
    answers = copy.deepcopy(dict(draft.answers))
    answers.update(changes)
    next_step = min(step + 1, LAST_STEP)
    answers["furthest"] = max(_furthest(draft), next_step)
    draft.answers = answers  # a new object, so the JSON column is written
    draft.step = next_step
    draft.updated_at = at
    name = step_name(step)
    if (ActivityKind.ONBOARDING_STEP_COMPLETED, name) not in _logged(session, user_id=pk(user)):
        _log_funnel(
            session,
            user_id=pk(user),
            kind=ActivityKind.ONBOARDING_STEP_COMPLETED,
            at=at,
            detail=name,
        )


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def _strings(value: Any) -> list[str]:
    """A list of strings from a list, or from one comma-separated string."""
    if value is None:
        return []
    if isinstance(value, str):
        return [part for part in value.split(",") if part.strip()]
    if isinstance(value, Iterable) and not isinstance(value, Mapping):
        return [_text(item) for item in value]
    return [_text(value)]


# --------------------------------------------------------------------------- start


def _prefill(session: Session, *, user: User) -> dict[str, Any]:
    profile = session.get(MemberProfile, pk(user))
    tags = list_expertise(session, user=user)
    answers: dict[str, Any] = {
        "organisation": "",
        "org_type": "",
        "discipline": "",
        "region": "",
        "languages": [],
        "can_help": list(tags[ExpertiseDirection.CAN_HELP]),
        "looking_for": list(tags[ExpertiseDirection.LOOKING_FOR]),
        "focus": [],
        "joined": [],
        "requested": {},
        "furthest": FIRST_STEP,
    }
    if profile is not None:
        org_type = OrgType(profile.org_type)
        untouched = not profile.organisation and org_type == OrgType.OTHER
        answers.update(
            organisation=profile.organisation,
            # A fresh profile's "other" is a default, not an answer: ask for it.
            org_type="" if untouched else org_type.value,
            discipline=profile.discipline,
            region=profile.region,
            languages=list(profile.languages),
            focus=[c for c in profile.focus_interests if c in {f.value for f in FocusAreaCode}],
        )
    return answers


def get_or_start(session: Session, *, user: User, now: datetime | None = None) -> OnboardingView:
    """The member's wizard; on the first call a draft is created, pre-filled
    from their profile and expertise, and ``onboarding_started`` is logged."""
    return _view(_draft(session, user=user, now=when(now)))


def _draft(session: Session, *, user: User, now: datetime) -> OnboardingDraft:
    draft = session.get(OnboardingDraft, pk(user))
    if draft is not None:
        return draft
    draft = OnboardingDraft(
        user_id=pk(user), step=FIRST_STEP, answers=_prefill(session, user=user), updated_at=now
    )
    session.add(draft)
    if (ActivityKind.ONBOARDING_STARTED, "") not in _logged(session, user_id=pk(user)):
        _log_funnel(session, user_id=pk(user), kind=ActivityKind.ONBOARDING_STARTED, at=now)
    session.flush()
    return draft


# --------------------------------------------------------------------------- validation


def _validate_about(answers: Mapping[str, Any]) -> dict[str, Any]:
    errors: dict[str, str] = {}
    organisation = clean_line_into(
        errors, "organisation", _text(answers.get("organisation")), field_label="organisation"
    )
    if "organisation" not in errors:
        if not organisation:
            errors["organisation"] = "Enter the organisation you work for."
        elif message := _line_error(
            organisation, label="the organisation", max_length=MAX_ORGANISATION_LENGTH
        ):
            errors["organisation"] = message
    org_type = _text(answers.get("org_type")).strip()
    if not org_type:
        errors["org_type"] = "Choose the type of your organisation."
    elif org_type not in {t.value for t in OrgType}:
        errors["org_type"] = "Choose a type of organisation from the list."
    discipline = clean_line_into(
        errors, "discipline", _text(answers.get("discipline")), field_label="discipline"
    )
    if "discipline" not in errors and (
        message := _line_error(discipline, label="the discipline", max_length=MAX_DISCIPLINE_LENGTH)
    ):
        errors["discipline"] = message
    region = clean_line_into(errors, "region", _text(answers.get("region")), field_label="region")
    if "region" not in errors and (
        message := _line_error(region, label="the region", max_length=MAX_REGION_LENGTH)
    ):
        errors["region"] = message
    languages = [code.strip().lower() for code in _strings(answers.get("languages"))]
    languages = list(dict.fromkeys(code for code in languages if code))
    if not languages:
        errors["languages"] = "Choose at least one language you work in."
    elif unknown := [code for code in languages if code not in LANGUAGE_CHOICES]:
        shown = ", ".join(unknown[:3])
        errors["languages"] = f"Choose languages from the list ({shown} is not one of them)."
    elif len(languages) > MAX_LANGUAGES:
        errors["languages"] = f"Choose at most {MAX_LANGUAGES} languages."
    if errors:
        raise FormError(errors)
    return {
        "organisation": organisation,
        "org_type": org_type,
        "discipline": discipline,
        "region": region,
        "languages": languages,
    }


def _validate_expertise(answers: Mapping[str, Any]) -> dict[str, Any]:
    errors: dict[str, str] = {}
    can_help, message = _clean_tags(_strings(answers.get("can_help")), label="“I can help with”")
    if message:
        errors["can_help"] = message
    looking_for, message = _clean_tags(
        _strings(answers.get("looking_for")), label="“I am looking for”"
    )
    if message:
        errors["looking_for"] = message
    if not errors and not can_help and not looking_for:
        errors["can_help"] = "Add at least one topic you can help with or one you are looking for."
    if errors:
        raise FormError(errors)
    return {"can_help": can_help, "looking_for": looking_for}


def _validate_focus(answers: Mapping[str, Any]) -> dict[str, Any]:
    codes = {code.value for code in FocusAreaCode}
    focus = list(dict.fromkeys(v.strip() for v in _strings(answers.get("focus")) if v.strip()))
    if not focus:
        raise FormError({"focus": "Choose at least one thing you want from a community."})
    if any(value not in codes for value in focus):
        raise FormError({"focus": "Choose focus areas from the list."})
    order = [code.value for code in FocusAreaCode]
    return {"focus": sorted(focus, key=order.index)}


def motivation_error(value: str) -> str | None:
    """Why a motivation (already through :func:`~cop_app.services.guards.text.clean_body`)
    cannot be sent, or ``None``."""
    if len(value) < MIN_MOTIVATION_LENGTH:
        return (
            "Tell the leads in a sentence why you would like to join "
            f"(at least {MIN_MOTIVATION_LENGTH} characters)."
        )
    if len(value) > MAX_MOTIVATION_LENGTH:
        return f"Keep the motivation to {MAX_MOTIVATION_LENGTH} characters or fewer."
    return None


# --------------------------------------------------------------------------- steps


def do_save_step(
    session: Session,
    *,
    user: User,
    step: int,
    answers: Mapping[str, Any],
    now: datetime | None = None,
) -> OnboardingView:
    """Validate and save one step's answers, write them through, go to the next step.

    Step 1 has no fields. Step 2 saves the profile (organisation, type,
    discipline, region, languages), step 3 the expertise tags, step 4 the focus
    interests; step 5 is :func:`do_choose_communities` (``answers["joined"]``,
    ``answers["requested"]``) and step 6 is :func:`do_finish`.
    :class:`FormError` (one message per field; nothing written) when the
    answers are not right; :class:`StepNotReachedError` past the furthest step.
    """
    now = when(now)
    draft = _draft(session, user=user, now=now)
    _check_reached(draft, step)
    if step == STEP_COMMUNITIES:
        requested = answers.get("requested", answers.get("requests")) or {}
        return do_choose_communities(
            session,
            user=user,
            join=_strings(answers.get("joined", answers.get("join"))),
            requests=dict(requested) if isinstance(requested, Mapping) else {},
            now=now,
        )
    if step == LAST_STEP:
        return do_finish(session, user=user, now=now)

    changes: dict[str, Any] = {}
    if step == STEP_ABOUT:
        changes = _validate_about(answers)
    elif step == STEP_EXPERTISE:
        changes = _validate_expertise(answers)
    elif step == STEP_FOCUS:
        changes = _validate_focus(answers)

    if step in (STEP_ABOUT, STEP_FOCUS):
        profile = session.get(MemberProfile, pk(user))
        if profile is None:
            profile = MemberProfile(user_id=pk(user))
            session.add(profile)
        if step == STEP_ABOUT:
            profile.organisation = changes["organisation"]
            profile.org_type = OrgType(changes["org_type"])
            profile.discipline = changes["discipline"]
            profile.region = changes["region"]
            profile.languages = list(changes["languages"])
        else:
            profile.focus_interests = list(changes["focus"])
        profile.updated_at = now
    elif step == STEP_EXPERTISE:
        do_set_expertise(
            session, user=user, can_help=changes["can_help"], looking_for=changes["looking_for"]
        )
    _advance(session, user=user, draft=draft, step=step, changes=changes, at=now)
    session.flush()
    return _view(draft)


def do_go_to(
    session: Session, *, user: User, step: int, now: datetime | None = None
) -> OnboardingView:
    """Go back (or forward again) to a step already reached; answers are kept and
    nothing is validated. :class:`StepNotReachedError` past the furthest step."""
    now = when(now)
    draft = _draft(session, user=user, now=now)
    _check_reached(draft, step)
    if draft.step != step:
        draft.step = step
        draft.updated_at = now
        session.flush()
    return _view(draft)


def do_choose_communities(
    session: Session,
    *,
    user: User,
    join: list[str],
    requests: dict[str, str],
    now: datetime | None = None,
) -> OnboardingView:
    """Step 5: join open communities at once and ask to join selective ones.

    ``join`` lists slugs of open communities; ``requests`` maps slugs of
    selective communities to a motivation (10-500 characters, error key
    ``motivation:<slug>``). Unknown or archived communities, and a selective
    community under ``join``, are refused (key ``communities``); an open one
    under ``requests`` is simply joined. Nothing is written when anything is
    refused. Already active or pending memberships are left as they are, and a
    declined request is not sent again, so saving twice duplicates nothing.
    """
    now = when(now)
    draft = _draft(session, user=user, now=now)
    _check_reached(draft, STEP_COMMUNITIES)

    join_slugs = list(dict.fromkeys(s.strip().lower() for s in join if s and s.strip()))
    request_map: dict[str, str] = {}
    for raw_slug, raw_motivation in requests.items():
        slug = _text(raw_slug).strip().lower()
        if slug:
            request_map[slug] = clean_body(_text(raw_motivation))
    slugs = list(dict.fromkeys([*join_slugs, *request_map]))
    found = {
        c.slug: c
        for c in session.exec(select(Community).where(col(Community.slug).in_(slugs))).all()
    }

    existing = {
        m.community_id: m
        for m in session.exec(
            select(Membership).where(
                Membership.user_id == user.id,
                col(Membership.community_id).in_([pk(c) for c in found.values()]),
            )
        ).all()
    }
    settled = {
        slug
        for slug, c in found.items()
        if (m := existing.get(pk(c))) is not None
        and m.status in (MembershipStatus.ACTIVE, MembershipStatus.PENDING)
    }

    errors: dict[str, str] = {}
    refused: list[str] = []
    must_request: list[str] = []
    for slug in slugs:
        community = found.get(slug)
        if community is None or community.archived_at is not None:
            refused.append(community.name if community is not None else slug)
        elif (
            slug in join_slugs
            and slug not in request_map
            and slug not in settled
            and _is_selective(community)
        ):
            must_request.append(community.name)
    if refused:
        errors["communities"] = (
            f"{', '.join(refused)}: not a community you can join. Choose from the list."
        )
    elif must_request:
        errors["communities"] = (
            f"{', '.join(must_request)} reviews who joins: send a request with a short "
            "motivation instead."
        )
    for slug, motivation in request_map.items():
        community = found.get(slug)
        selective = community is not None and _is_selective(community)
        if selective and slug not in settled and (message := motivation_error(motivation)):
            errors[f"motivation:{slug}"] = message
    if errors:
        raise FormError(errors)

    joined: list[str] = []
    requested: dict[str, str] = {}
    for slug in slugs:
        community = found[slug]
        selective = _is_selective(community)
        motivation = request_map.get(slug, "") if selective else ""
        if selective:
            requested[slug] = motivation
        else:
            joined.append(slug)
        membership = existing.get(pk(community))
        if membership is not None and membership.status == MembershipStatus.DECLINED:
            continue  # the leads said no; the wizard does not ask again
        do_join(session, community=community, user=user, motivation=motivation, at=now)
    _advance(
        session,
        user=user,
        draft=draft,
        step=STEP_COMMUNITIES,
        changes={"joined": joined, "requested": requested},
        at=now,
    )
    session.flush()
    return _view(draft)


def _is_selective(community: Community) -> bool:
    return Openness(community.openness) == Openness.SELECTIVE


def do_finish(session: Session, *, user: User, now: datetime | None = None) -> OnboardingView:
    """Finish the wizard (from step 6). Finishing again changes nothing; the
    last step and ``onboarding_finished`` are logged once."""
    now = when(now)
    draft = _draft(session, user=user, now=now)
    _check_reached(draft, LAST_STEP)
    logged = _logged(session, user_id=pk(user))
    last = step_name(LAST_STEP)
    if (ActivityKind.ONBOARDING_STEP_COMPLETED, last) not in logged:
        _log_funnel(
            session,
            user_id=pk(user),
            kind=ActivityKind.ONBOARDING_STEP_COMPLETED,
            at=now,
            detail=last,
        )
    if draft.completed_at is None:
        draft.completed_at = now
        draft.step = LAST_STEP
        draft.updated_at = now
    if (ActivityKind.ONBOARDING_FINISHED, "") not in logged:
        _log_funnel(session, user_id=pk(user), kind=ActivityKind.ONBOARDING_FINISHED, at=now)
    session.flush()
    return _view(draft)


# --------------------------------------------------------------------------- afterwards


def do_note_contribution(
    session: Session, *, user_id: int, community_id: int, at: datetime
) -> None:
    """Log ``first_contribution`` (with its community) when the member finished
    onboarding at most 14 days before ``at`` and has not had one logged yet.

    Called by every contribution write; one query on the draft's primary key
    and ix_activity_actor_kind, and nothing more for members without a
    finished draft.
    """
    at = when(at)
    already = (
        sa.exists()
        .where(
            col(ActivityEvent.actor_id) == user_id,
            col(ActivityEvent.kind) == ActivityKind.FIRST_CONTRIBUTION,
        )
        .correlate(None)
    )
    row = session.exec(
        select(OnboardingDraft.completed_at, already).where(OnboardingDraft.user_id == user_id)
    ).first()
    if row is None:
        return
    completed_at, logged = row
    if completed_at is None or logged:
        return
    if not completed_at <= at <= completed_at + FIRST_CONTRIBUTION_WINDOW:
        return
    _log_funnel(
        session,
        user_id=user_id,
        kind=ActivityKind.FIRST_CONTRIBUTION,
        at=at,
        community_id=community_id,
    )
    session.flush()


def list_join_outcomes(session: Session, *, user: User) -> list[JoinOutcome]:
    """Where each community chosen in the wizard stands now (active, pending or
    declined), by name; communities since left are not listed."""
    draft = session.get(OnboardingDraft, pk(user))
    if draft is None:
        return []
    requested = draft.answers.get("requested") or {}
    slugs = list(dict.fromkeys([*(draft.answers.get("joined") or []), *requested]))
    if not slugs:
        return []
    shown = (MembershipStatus.ACTIVE, MembershipStatus.PENDING, MembershipStatus.DECLINED)
    rows = session.exec(
        select(Community.name, Community.slug, Membership.status)
        .join(Membership, col(Membership.community_id) == col(Community.id))
        .where(
            col(Community.slug).in_(slugs),
            Membership.user_id == user.id,
            col(Membership.status).in_(shown),
        )
        .order_by(col(Community.name), col(Community.slug))
    ).all()
    return [
        JoinOutcome(name=name, slug=slug, status=MembershipStatus(status).value)
        for name, slug, status in rows
    ]
