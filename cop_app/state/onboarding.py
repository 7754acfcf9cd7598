"""The onboarding wizard (/onboarding): six steps, saved as the member goes.

Every step is validated and saved by the onboarding service on the server;
this state only shows the draft and forwards what the member typed. Closing
the tab, or signing in elsewhere, resumes at the same step with the same
answers because the draft lives in the database.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import reflex as rx

from cop_app import routes
from cop_app.i18n import t
from cop_app.models import FocusAreaCode, ThreadKind, User
from cop_app.services.accounts.profiles import FormError
from cop_app.services.communities import browse, catalogue, matching, onboarding
from cop_app.services.guards.authz import NotAllowedError, ServiceError, check_signed_in
from cop_app.services.guards.ratelimit import WriteKind
from cop_app.services.threads.threads import do_create_thread
from cop_app.state.auth import Caller, current_caller
from cop_app.state.base import in_session, in_write_session, write_limit

STEP_COUNT = len(onboarding.STEPS)
MAX_TAG_INPUT = 80


@dataclasses.dataclass(frozen=True)
class MatchView:
    slug: str
    name: str
    tagline: str
    selective: bool
    reasons: list[str]
    membership: str
    motivation: str = ""


@dataclasses.dataclass(frozen=True)
class PersonView:
    name: str
    about: str
    reasons: list[str]


@dataclasses.dataclass(frozen=True)
class QuestionView:
    title: str
    url: str
    community: str
    reason: str


@dataclasses.dataclass(frozen=True)
class OutcomeView:
    name: str
    slug: str
    status: str


_NO_QUESTION = QuestionView(title="", url="", community="", reason="")


def _user(session, caller: Caller) -> User:
    return check_signed_in(session.get(User, caller.id))


def _str(value: object, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


@dataclasses.dataclass
class _Snapshot:
    """Everything one step of the wizard shows, read in one transaction."""

    view: onboarding.OnboardingView
    matches: list[MatchView] = dataclasses.field(default_factory=list)
    people: list[PersonView] = dataclasses.field(default_factory=list)
    question: QuestionView = _NO_QUESTION
    suggestions: list[str] = dataclasses.field(default_factory=list)
    outcomes: list[OutcomeView] = dataclasses.field(default_factory=list)
    areas: list[catalogue.FocusAreaView] = dataclasses.field(default_factory=list)


def _chosen_slugs(answers: dict[str, Any]) -> list[str]:
    joined = list(answers.get("joined") or [])
    requested = list((answers.get("requested") or {}).keys())
    return joined + [slug for slug in requested if slug not in joined]


def _snapshot(session, *, caller: Caller, view: onboarding.OnboardingView | None = None):
    user = _user(session, caller)
    view = view or onboarding.get_or_start(session, user=user)
    snap = _Snapshot(view=view)
    answers = view.answers
    if view.step == 3:
        snap.suggestions = matching.tag_suggestions(session, limit=40)
    if view.step == 4:
        snap.areas = catalogue.list_focus_areas(session)
    if view.step == 5:
        snap.matches = [
            MatchView(
                slug=m.slug,
                name=m.name,
                tagline=m.tagline,
                selective=m.selective,
                reasons=list(m.reasons),
                membership=m.membership,
                motivation=str((answers.get("requested") or {}).get(m.slug) or ""),
            )
            for m in matching.rank_communities(
                session,
                user_id=user.id,
                focus=list(answers.get("focus") or []),
                can_help=list(answers.get("can_help") or []),
                looking_for=list(answers.get("looking_for") or []),
                languages=list(answers.get("languages") or []),
            )
        ]
    if view.step == 6:
        slugs = _chosen_slugs(answers)
        snap.people = [
            PersonView(name=p.display_name, about=p.about, reasons=list(p.reasons))
            for p in matching.suggest_people(
                session,
                user_id=user.id or 0,
                can_help=list(answers.get("can_help") or []),
                looking_for=list(answers.get("looking_for") or []),
                community_slugs=slugs,
            )
        ]
        question = matching.suggest_question(
            session,
            user_id=user.id or 0,
            can_help=list(answers.get("can_help") or []),
            community_slugs=slugs,
        )
        if question is not None:
            snap.question = QuestionView(
                title=question.title,
                url=question.url,
                community=question.community_name,
                reason=question.reason,
            )
        snap.outcomes = [
            OutcomeView(name=o.name, slug=o.slug, status=o.status)
            for o in onboarding.list_join_outcomes(session, user=user)
        ]
    return snap


def _save_step(session, *, caller: Caller, step: int, answers: dict):
    view = onboarding.do_save_step(session, user=_user(session, caller), step=step, answers=answers)
    return _snapshot(session, caller=caller, view=view)


def _go_to(session, *, caller: Caller, step: int):
    view = onboarding.do_go_to(session, user=_user(session, caller), step=step)
    return _snapshot(session, caller=caller, view=view)


def _choose(session, *, caller: Caller, join: list[str], requests: dict[str, str]):
    view = onboarding.do_choose_communities(
        session, user=_user(session, caller), join=join, requests=requests
    )
    return _snapshot(session, caller=caller, view=view)


def _finish(session, *, caller: Caller) -> None:
    onboarding.do_finish(session, user=_user(session, caller))


def _first_post(session, *, caller: Caller, slug: str, title: str, body: str, kind: str) -> str:
    user = _user(session, caller)
    community = browse.get_community(session, slug=slug)
    if community is None:
        raise NotAllowedError(t("onboarding.pick_community"))
    # Finish first, so this post counts as the first contribution in the funnel.
    onboarding.do_finish(session, user=user)
    thread = do_create_thread(
        session,
        community=community,
        author=user,
        kind=ThreadKind.QUESTION if kind == "question" else ThreadKind.DISCUSSION,
        title=title,
        body=body,
    )
    return routes.thread_url(slug, thread.id or 0)


class OnboardingState(rx.State):
    step: int = 1
    completed: bool = False
    loaded: bool = False
    errors: dict[str, str] = {}
    # Step 2
    organisation: str = ""
    org_type: str = ""
    discipline: str = ""
    region: str = ""
    languages: list[str] = []
    # Step 3
    can_help: list[str] = []
    looking_for: list[str] = []
    suggestions: list[str] = []
    # Step 4
    focus: list[str] = []
    areas: list[catalogue.FocusAreaView] = []
    # Step 5
    matches: list[MatchView] = []
    joined: list[str] = []
    # Step 6
    people: list[PersonView] = []
    question: QuestionView = _NO_QUESTION
    outcomes: list[OutcomeView] = []
    post_error: str = ""

    def _show(self, snap: _Snapshot) -> None:
        view, answers = snap.view, snap.view.answers
        self.step, self.completed = view.step, view.completed
        self.organisation = str(answers.get("organisation") or "")
        self.org_type = str(answers.get("org_type") or "")
        self.discipline = str(answers.get("discipline") or "")
        self.region = str(answers.get("region") or "")
        self.languages = list(answers.get("languages") or [])
        self.can_help = list(answers.get("can_help") or [])
        self.looking_for = list(answers.get("looking_for") or [])
        self.focus = list(answers.get("focus") or [])
        self.joined = _chosen_slugs(answers)
        self.suggestions = snap.suggestions
        self.areas = snap.areas
        self.matches = snap.matches
        self.people = snap.people
        self.question = snap.question
        self.outcomes = snap.outcomes
        self.loaded = True

    async def _run(self, fn, *, kind: WriteKind | None = WriteKind.PROFILE, **kwargs: Any):
        """Call a service for the signed-in caller; errors land beside the fields.
        A write draws on the member's ``kind`` allowance (``None``: a read)."""
        auth_state, caller = await current_caller(self)
        if caller is None:
            return auth_state._refuse(t("auth.sign_in_first"), signed_in=False)
        try:
            snap = await (
                in_session(fn, caller=caller, **kwargs)
                if kind is None
                else in_write_session(
                    fn, limit=write_limit(self, kind, caller.id), caller=caller, **kwargs
                )
            )
        except FormError as exc:
            self.errors = dict(exc.errors)
            return rx.toast.error(t("profile.fix_errors"))
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        self.errors = {}
        self._show(snap)
        return rx.set_focus("wizard-step-heading")

    @rx.event
    async def load(self):
        self.loaded = False
        self.errors = {}
        return await self._run(_snapshot, kind=None)

    @rx.event
    async def back(self):
        return await self._run(_go_to, step=max(1, self.step - 1))

    @rx.event
    async def start(self):
        return await self._run(_save_step, step=1, answers={})

    @rx.event
    async def save_about(self, form: dict):
        if not isinstance(form, dict):
            return None
        answers = {
            "organisation": _str(form.get("organisation"), 500),
            "org_type": _str(form.get("org_type"), 40),
            "discipline": _str(form.get("discipline"), 500),
            "region": _str(form.get("region"), 500),
            "languages": [k[5:] for k, v in form.items() if k.startswith("lang_") and v][:40],
        }
        return await self._run(_save_step, step=2, answers=answers)

    @rx.event
    def add_tag(self, direction: str, form: dict):
        """Add a typed tag to a list (kept in the page until Next saves the step)."""
        if direction not in {"can_help", "looking_for"} or not isinstance(form, dict):
            return
        tag = " ".join(_str(form.get("tag"), MAX_TAG_INPUT).split()).lower()
        if not tag:
            self.errors = {**self.errors, direction: t("onboarding.tag_empty")}
            return
        current = self.can_help if direction == "can_help" else self.looking_for
        if tag not in current and len(current) < 20:
            updated = [*current, tag]
            if direction == "can_help":
                self.can_help = updated
            else:
                self.looking_for = updated
        self.errors = {k: v for k, v in self.errors.items() if k != direction}

    @rx.event
    def remove_tag(self, direction: str, tag: str):
        if direction == "can_help":
            self.can_help = [x for x in self.can_help if x != tag]
        elif direction == "looking_for":
            self.looking_for = [x for x in self.looking_for if x != tag]

    @rx.event
    async def save_expertise(self):
        answers = {"can_help": list(self.can_help), "looking_for": list(self.looking_for)}
        return await self._run(_save_step, step=3, answers=answers)

    @rx.event
    async def save_focus(self, form: dict):
        if not isinstance(form, dict):
            return None
        picked = [c.value for c in FocusAreaCode if form.get(f"focus_{c.value}")]
        return await self._run(_save_step, step=4, answers={"focus": picked})

    @rx.event
    async def choose(self, form: dict):
        if not isinstance(form, dict):
            return None
        join, requests = [], {}
        for match in self.matches:
            # An active membership's checkbox is disabled (so not in the form): still chosen.
            if not form.get(f"pick_{match.slug}") and match.membership != "active":
                continue
            if match.selective:
                requests[match.slug] = _str(form.get(f"motivation_{match.slug}"), 2000)
            else:
                join.append(match.slug)
        return await self._run(_choose, kind=WriteKind.JOIN, join=join, requests=requests)

    @rx.event
    async def post_first(self, form: dict):
        """The first step: introduce yourself or ask a question in a joined community."""
        auth_state, caller = await current_caller(self)
        if caller is None:
            return auth_state._refuse(t("auth.sign_in_first"), signed_in=False)
        if not isinstance(form, dict):
            return None
        try:
            url = await in_write_session(
                _first_post,
                limit=write_limit(self, WriteKind.POST, caller.id),
                caller=caller,
                slug=_str(form.get("community"), 80),
                title=_str(form.get("title"), 1000),
                body=_str(form.get("body"), 20000),
                kind=_str(form.get("kind"), 20),
            )
        except ServiceError as exc:
            self.post_error = str(exc)
            return None
        self.post_error = ""
        return rx.redirect(url)

    @rx.event
    async def finish(self):
        auth_state, caller = await current_caller(self)
        if caller is None:
            return auth_state._refuse(t("auth.sign_in_first"), signed_in=False)
        try:
            await in_write_session(
                _finish, limit=write_limit(self, WriteKind.PROFILE, caller.id), caller=caller
            )
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        self.completed = True
        return rx.redirect(routes.HOME)
