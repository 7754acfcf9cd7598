"""Issue 17: every page, for everyone who can see it, passes three checks.

For each page below (signed out, member, lead, admin, and each step of the
onboarding wizard) the sweep, at 1280 px: runs axe-core with the name-mismatch
and target-size rules and fails on serious or critical violations and on
heading order; walks the page by keyboard (Tab, then Shift+Tab back) and fails
when focus is invisible or hidden under the sticky header; then, at 320 px,
runs axe again and fails when any control or text is outside the window or cut
off. See ``sweep.py`` for the checks.

**A page added to the app joins ``PAGES`` the day it is born**;
``test_every_route_is_swept`` fails when a route of the app is in neither
``PAGES`` nor ``NOT_SWEPT``.

The sweep runs on the embedded profile only: the pages are the same on the
scale-out profile, and the suite's time matters more.
"""

from __future__ import annotations

import ast
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from playwright.sync_api import Page, expect

from tests import profile
from tests.browser import sweep
from tests.browser.flows import DEMO_PASSWORD, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(profile.SCALED, reason="the sweep runs on the embedded profile only"),
]

SLUG = "cdd-practitioners"  # lead@ leads it
MEMBERS_ONLY = "urban-public-spaces"  # member@ is not a member


@dataclass(frozen=True)
class Visit:
    """A page as one role sees it; ``ready`` waits for its content."""

    path: str
    ready: Callable[[Page], None]
    act: Callable[[Page], None] | None = None  # e.g. submit an empty form to show errors


def _heading(name: str | None = None) -> Callable[[Page], None]:
    def ready(page: Page) -> None:
        expect(page.get_by_role("heading", level=1, name=name).first).to_be_visible()

    return ready


def _text(text: str) -> Callable[[Page], None]:
    def ready(page: Page) -> None:
        expect(page.get_by_text(text).first).to_be_visible()

    return ready


# The control the first field error (in page order) describes, or the first
# control of the group it describes.
FIRST_FIELD_IN_ERROR = """() => {
  const alert = document.querySelector('[role="alert"][id$="-error"]');
  if (!alert) return null;
  const described = document.querySelector(`[aria-describedby~="${alert.id}"]`);
  return described?.matches("input,select,textarea,button") ? described.id || described.name
    : described?.querySelector("input,select,textarea,button")?.name ?? null;
}"""
FOCUSED = "() => document.activeElement?.id || document.activeElement?.name || null"


def submit_and_expect_focus_on_first_error(page: Page, button: str) -> None:
    """Submit with the browser's own checks off; the app's messages appear beside
    the fields and focus moves to the first field in error."""
    page.evaluate(NO_BROWSER_CHECKS)
    page.get_by_role("button", name=button, exact=True).click()
    expect(page.locator('[role="alert"][id$="-error"]').first).to_be_visible()
    first = page.evaluate(FIRST_FIELD_IN_ERROR)
    assert first, "an error is shown but no field says it is described by it"
    page.wait_for_function(f"([want]) => ({FOCUSED})() === want", arg=[first], timeout=5_000)


def _empty_submit(button: str) -> Callable[[Page], None]:
    def act(page: Page) -> None:
        submit_and_expect_focus_on_first_error(page, button)

    return act


# The app's own messages, not the browser's bubbles for `required` fields.
NO_BROWSER_CHECKS = (
    "() => document.querySelectorAll('[required]').forEach((e) => e.removeAttribute('required'))"
)


def _thread_id(db_url: str) -> int:
    """The busiest visible thread of the lead's community, with an accepted answer if any."""
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(
                sa.text(
                    "SELECT t.id FROM thread t JOIN community c ON c.id = t.community_id"
                    " LEFT JOIN accepted_answer a ON a.thread_id = t.id"
                    " WHERE c.slug = :s AND NOT t.is_hidden"
                    " ORDER BY (a.thread_id IS NOT NULL) DESC, t.reply_count DESC, t.id LIMIT 1"
                ),
                {"s": SLUG},
            ).scalar_one()
    finally:
        engine.dispose()


def pages(role: str, thread: int) -> list[Visit]:
    """Every page the role can open, as it opens it."""
    community = [
        Visit(f"/c/{SLUG}", _heading()),
        Visit(f"/c/{SLUG}/t/{thread}", _heading()),
        Visit(f"/c/{SLUG}/search?q=water", _heading()),
        Visit(f"/c/{MEMBERS_ONLY}", _heading()),
        Visit("/", _heading()),
    ]
    if role == "anonymous":
        return [
            *community,
            Visit("/login", _heading("Sign in")),
            Visit("/login", _heading("Sign in"), _empty_submit("Sign in")),
            Visit("/signup", _heading()),
            Visit("/signup", _heading(), _empty_submit("Create account")),
            Visit("/no/such/page", _text("Page not found")),
            Visit("/c/no-such-community", _text("There is no community at this address.")),
            Visit(f"/c/{SLUG}/t/999999", _text("This thread does not exist")),
            Visit("/password/forgot", _heading("Reset your password")),
            Visit(
                "/password/forgot",
                _heading("Reset your password"),
                _empty_submit("Send the link"),
            ),
            Visit("/password/reset?t=not-a-real-link", _text("This reset link is not valid")),
            Visit("/account/confirm?t=not-a-real-link", _text("not valid")),
            Visit("/unsubscribe?t=1.reply.forged", _text("This unsubscribe link is not valid")),
        ]
    if role == "member":
        return [
            *community,
            Visit("/profile", _heading()),
            Visit("/account/sessions", _heading()),
            Visit("/notifications", _heading("Notifications")),
            # Its forms come with its content (loaded): wait for that.
            Visit("/account/email", _text("Mail goes to")),
            Visit("/account/email", _text("Mail goes to"), _empty_submit("Change address")),
            Visit(f"/c/{SLUG}/new", _heading()),
            Visit(f"/c/{SLUG}/new", _heading(), _empty_submit("Post")),
            Visit(f"/c/{SLUG}/t/{thread}", _heading(), _empty_submit("Post reply")),
        ]
    if role == "lead":
        return [
            Visit(f"/c/{SLUG}/t/{thread}", _heading()),
            Visit(f"/c/{SLUG}/health", _heading()),
            Visit(f"/c/{SLUG}/queue", _heading()),
            Visit(f"/c/{SLUG}/requests", _heading()),
            Visit(f"/admin/communities/{SLUG}", _heading()),
            Visit("/notifications", _heading("Notifications")),
        ]
    assert role == "admin"
    return [
        Visit("/admin", _heading()),
        Visit("/admin/health", _heading()),
        Visit("/admin/focus-areas", _heading()),
        Visit("/admin/email", _heading("Email log")),
        Visit(f"/admin/communities/{MEMBERS_ONLY}", _heading()),
        Visit(f"/c/{MEMBERS_ONLY}/requests", _heading()),
        Visit(f"/c/{MEMBERS_ONLY}", _heading()),
    ]


ACCOUNTS = {
    "member": "member@example.org",
    "lead": "lead@example.org",
    "admin": "admin@example.org",
}
#: Routes that are in no role's list, and why.
NOT_SWEPT = {
    "/bench/counter": "benchmark reference page, only built by make bench",
    "/bench/shared": "benchmark reference page, only built by make bench",
}


def _settle(page: Page) -> None:
    """Content loaded, no spinner, toasts gone, transitions over."""
    expect(page.locator(".rt-Spinner")).to_have_count(0)
    page.wait_for_function("() => document.getAnimations().every((a) => a.playState !== 'running')")


def check(page: Page, label: str) -> list[str]:
    """The three checks on the page as it is: desktop, then 320 px."""
    failures = []
    page.set_viewport_size(sweep.DESKTOP)
    _settle(page)
    if problems := sweep.axe_problems(page):
        failures.append(sweep.report(f"{label}, axe at 1280 px", problems))
    # A toast (shown with field errors) sends focus back to where it was when
    # focus leaves it (sonner's behaviour): walk once it has gone.
    expect(page.locator("[data-sonner-toast]")).to_have_count(0, timeout=15_000)
    if problems := sweep.keyboard_problems(page):
        failures.append(sweep.report(f"{label}, keyboard", problems))
    page.set_viewport_size(sweep.PHONE)
    page.evaluate("() => window.scrollTo(0, 0)")
    page.wait_for_timeout(300)  # charts redraw for the new width
    _settle(page)
    if problems := sweep.phone_problems(page):
        failures.append(sweep.report(f"{label}, at 320 px", problems))
    if problems := sweep.axe_problems(page):
        failures.append(sweep.report(f"{label}, axe at 320 px", problems))
    page.set_viewport_size(sweep.DESKTOP)
    return failures


def _still_on(page: Page, path: str) -> None:
    """The page did not send the viewer elsewhere (a refusal redirects to / or
    /login, which have headings of their own and would pass in its place)."""
    expect(page).to_have_url(re.compile(re.escape(path.split("?")[0]) + r"/?(\?.*)?$"))


def _sweep(page: Page, role: str, visits: list[Visit]) -> None:
    failures: list[str] = []
    for visit in visits:
        page.set_viewport_size(sweep.DESKTOP)
        page.goto(visit.path)
        visit.ready(page)
        _still_on(page, visit.path)
        label = f"{visit.path} ({role}{', after ' + visit.act.__qualname__ if visit.act else ''})"
        if visit.act:
            visit.act(page)
        failures += check(page, label)
        _still_on(page, visit.path)
    assert not failures, "\n\n".join(failures)


@pytest.mark.parametrize("role", ["anonymous", "member", "lead", "admin"])
def test_every_page_passes_the_sweep(page: Page, app_env: dict[str, str], role: str) -> None:
    visits = pages(role, _thread_id(app_env["REFLEX_DB_URL"]))
    if role in ACCOUNTS:
        sign_in(page, ACCOUNTS[role])
    _sweep(page, role, visits)


def _new_member(db_url: str) -> str:
    from cop_app.db import session_scope
    from cop_app.services.communities.communities import do_create_user

    email = f"sweep-{uuid.uuid4().hex[:10]}@example.org"
    with session_scope(db_url) as session:
        do_create_user(session, email=email, display_name="Sweep Newcomer", password=DEMO_PASSWORD)
    return email


def _save_step(db_url: str, email: str, step: int, answers: dict[str, Any]) -> None:
    from cop_app.db import session_scope
    from cop_app.services.communities import onboarding
    from cop_app.services.communities.communities import get_user_by_email

    with session_scope(db_url) as session:
        user = get_user_by_email(session, email=email)
        assert user is not None
        onboarding.do_save_step(session, user=user, step=step, answers=answers)


WIZARD_ANSWERS: list[dict[str, Any]] = [
    {},
    {
        "organisation": "Municipal Works Agency",
        "org_type": "government",
        "discipline": "Urban planning",
        "region": "West Africa",
        "languages": ["en"],
    },
    {"can_help": ["public space design"], "looking_for": ["results measurement"]},
    {"focus": ["coordination", "business_support"]},
    {"communities": []},
]


def test_every_onboarding_step_passes_the_sweep(page: Page, app_env: dict[str, str]) -> None:
    """Steps 1 to 6, each opened fresh after the earlier ones were saved, and
    the steps with a form once more with their errors shown."""
    db_url = app_env["REFLEX_DB_URL"]
    email = _new_member(db_url)
    sign_in(page, email)
    failures: list[str] = []
    for step in range(1, 7):
        page.goto("/onboarding")
        expect(page.get_by_text(f"Step {step} of 6", exact=True)).to_be_visible()
        _still_on(page, "/onboarding")
        failures += check(page, f"/onboarding step {step}")
        if step in (2, 3, 4):
            submit_and_expect_focus_on_first_error(page, "Save and continue")
            failures += check(page, f"/onboarding step {step} with its errors")
        if step < 6:
            _save_step(db_url, email, step, WIZARD_ANSWERS[step - 1])
    assert not failures, "\n\n".join(failures)


def _app_routes() -> set[str]:
    """Every ``route=`` given in ``cop_app/pages/`` (literals or ``routes.X``), read
    from the source so that nothing needs importing."""
    from cop_app import pages, routes

    found = set()
    for path in Path(pages.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            for keyword in node.keywords:
                value = keyword.value
                if keyword.arg != "route":
                    continue
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.add(value.value)
                elif isinstance(value, ast.Attribute):
                    found.add(getattr(routes, value.attr))
    return found


def test_every_route_is_swept() -> None:
    """Each page of the app is in the sweep (or in NOT_SWEPT, with a reason)."""
    swept = {"/onboarding", "404"}
    for role in ("anonymous", *ACCOUNTS):
        for visit in pages(role, 1):
            swept.add(visit.path.split("?")[0])

    def matches(template: str, path: str) -> bool:
        parts, got = template.strip("/").split("/"), path.strip("/").split("/")
        return len(parts) == len(got) and all(
            p == g or (p.startswith("[") and p.endswith("]"))
            for p, g in zip(parts, got, strict=True)
        )

    routes = _app_routes()
    assert len(routes) >= 15, f"only {sorted(routes)}: has the way pages are declared changed?"
    missing = [r for r in routes if r not in NOT_SWEPT and not any(matches(r, p) for p in swept)]
    assert not missing, f"pages not in the sweep: {sorted(missing)}"
