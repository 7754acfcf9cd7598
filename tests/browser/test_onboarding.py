"""The onboarding wizard in Chromium (issue 4, "Acceptance").

1. A new member signs up, then completes the wizard by keyboard alone, joins an
   open community, asks to join a selective one and lands on the first step
   with the people to know and a question to answer.
2. Abandoning at step 3 and signing in from a fresh browser resumes at step 3
   with the earlier answers.
3. A lead (here: the site admin) approves the request; the member then sees the
   community as joined.
4. Invalid input on each step shows a message beside the field and saves
   nothing wrong; markup in free text is kept as text and never executed.
5. axe-core finds no serious or critical violation on any step (nor with
   step 2's errors shown).
6. Choosing communities twice and finishing twice duplicate no membership.

The app and its database are shared with the other browser tests, so every
test here works with accounts made for it (straight in the database, except
the one that signs up through the page), and the sign-ups and sign-ins logged
here are removed at the end of the module, like test_accounts.py does.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest
from playwright.sync_api import Browser, Locator, Page, expect
from sqlmodel import col, func, select

from cop_app.db import session_scope
from cop_app.models import (
    ActivityEvent,
    ActivityKind,
    Community,
    MemberProfile,
    Membership,
    MembershipStatus,
    OnboardingDraft,
    User,
)
from cop_app.services.communities import matching, onboarding
from cop_app.services.communities.communities import do_create_user, get_user_by_email

from .axe import assert_no_serious_violations
from .flows import sign_in

pytestmark = pytest.mark.browser

ADMIN_EMAIL = "admin@example.org"
DEMO_PASSWORD = "practice-makes-perfect"
PASSPHRASE = "amber kettle walks 9 orbit"

OPEN_SLUG = "results-measurement"
OPEN_NAME = "Results Measurement & Evidence Stream"
SELECTIVE_SLUG = "urban-public-spaces"
SELECTIVE_NAME = "Urban Public Spaces Circle"
MOTIVATION_LABEL = "A short note to the leads: why you want to join"

# Answers that rank both communities above in the wizard's top five.
LOOKING_FOR = "results measurement"
CAN_HELP = "public space design"
FOCUS = ("coordination", "business_support")

# Every toast has faded in and no transition is running (axe would see half-faded text).
TOASTS_SETTLED = """() => [...document.querySelectorAll("[data-sonner-toast]")].every(
  (t) => t.dataset.mounted === "true"
    && t.getAnimations({ subtree: true }).every((a) => a.playState !== "running"))"""

MARKUP = '<img src=x onerror="window.__xss=1"><b>Org</b>'


# --------------------------------------------------------------------------- fixtures, helpers


@pytest.fixture(scope="module", autouse=True)
def _forget_sign_ups(restore_throttle_counters: None) -> None:
    """Forget this module's sign-ups and sign-in failures once it is done."""


@pytest.fixture
def db_url(app_env: dict[str, str]) -> str:
    return app_env["REFLEX_DB_URL"]


def _unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def _new_account(db_url: str, name: str) -> str:
    """An account made straight in the database; returns its email."""
    email = f"{_unique('onb')}@example.org"
    with session_scope(db_url) as session:
        do_create_user(session, email=email, display_name=name, password=PASSPHRASE)
    return email


def _user(session: Any, email: str) -> User:
    user = get_user_by_email(session, email=email)
    assert user is not None, f"no account {email}"
    return user


def _advance_to(db_url: str, email: str, step: int) -> None:
    """Save the wizard's steps before ``step`` with the answers above (services only)."""
    answers: dict[int, dict[str, Any]] = {
        1: {},
        2: {
            "organisation": "Municipal Works Agency",
            "org_type": "government",
            "discipline": "Urban planning",
            "region": "West Africa",
            "languages": ["en"],
        },
        3: {"can_help": [CAN_HELP], "looking_for": [LOOKING_FOR]},
        4: {"focus": list(FOCUS)},
    }
    with session_scope(db_url) as session:
        user = _user(session, email)
        for number in range(1, step):
            onboarding.do_save_step(session, user=user, step=number, answers=answers[number])


def _draft(db_url: str, email: str) -> tuple[int, dict[str, Any], bool]:
    """The draft's step, answers and whether it is finished."""
    with session_scope(db_url) as session:
        draft = session.get(OnboardingDraft, _user(session, email).id)
        assert draft is not None, "no onboarding draft"
        return draft.step, dict(draft.answers), draft.completed_at is not None


def _profile(db_url: str, email: str) -> dict[str, Any]:
    with session_scope(db_url) as session:
        profile = session.get(MemberProfile, _user(session, email).id)
        if profile is None:
            return {}
        return {
            "organisation": profile.organisation,
            "org_type": str(profile.org_type),
            "discipline": profile.discipline,
            "region": profile.region,
            "languages": list(profile.languages),
            "focus": list(profile.focus_interests),
        }


def _memberships(db_url: str, email: str) -> dict[str, list[tuple[str, str]]]:
    """slug -> [(status, motivation)], one entry per membership row."""
    with session_scope(db_url) as session:
        rows = session.exec(
            select(Community.slug, Membership.status, Membership.motivation)
            .join(Community, col(Community.id) == col(Membership.community_id))
            .where(Membership.user_id == _user(session, email).id)
        ).all()
    found: dict[str, list[tuple[str, str]]] = {}
    for slug, status, motivation in rows:
        found.setdefault(slug, []).append((MembershipStatus(status).value, motivation))
    return found


def _step_text(page: Page, number: int) -> Locator:
    return page.get_by_text(f"Step {number} of 6", exact=True)


def _heading(page: Page) -> Locator:
    return page.locator("#wizard-step-heading")


def _expect_step(page: Page, number: int, title: str) -> None:
    """The wizard shows step ``number``, its heading has the focus (moved there
    after each save, for keyboard and screen-reader users)."""
    expect(_step_text(page, number)).to_be_visible()
    expect(_heading(page)).to_have_text(title)
    expect(_heading(page)).to_be_focused()


def tab_to(page: Page, target: Locator, max_tabs: int = 60) -> None:
    """Press Tab until ``target`` has the focus (fails after ``max_tabs`` presses)."""
    target.wait_for()
    for _ in range(max_tabs):
        if target.evaluate("el => el === document.activeElement"):
            break
        page.keyboard.press("Tab")
    expect(target).to_be_focused(timeout=1_000)


def _button(page: Page, name: str) -> Locator:
    return page.get_by_role("button", name=name, exact=True)


def _field(page: Page, label: str) -> Locator:
    return page.get_by_label(label, exact=True)


def _open_wizard(page: Page, email: str, step: int) -> None:
    sign_in(page, email, PASSPHRASE)
    page.goto("/onboarding")
    expect(_step_text(page, step)).to_be_visible()


def _expect_error_beside(control: Locator, message: str) -> None:
    """The message is shown as an alert and is the control's accessible description."""
    expect(control).to_have_accessible_description(re.compile(re.escape(message)))
    described_by = (control.get_attribute("aria-describedby") or "").split()
    alert = control.page.get_by_role("alert").filter(has_text=message)
    expect(alert).to_have_count(1)
    error_id = alert.get_attribute("id")
    assert error_id in described_by, f"{described_by} does not reference #{error_id}"


def _fill_about(page: Page, organisation: str, region: str = "West Africa") -> None:
    _field(page, "Organisation").fill(organisation)
    _field(page, "Type of organisation").select_option("government")
    _field(page, "Discipline").fill("Urban planning")
    _field(page, "Region").fill(region)
    page.get_by_role("checkbox", name="English", exact=True).check()


def _add_tag(page: Page, label: str, tag: str) -> None:
    page.get_by_role("combobox", name=label, exact=True).fill(tag)
    page.get_by_role("combobox", name=label, exact=True).press("Enter")
    expect(_button(page, f"Remove {tag}")).to_be_visible()


def _focus_box(page: Page, area: str) -> Locator:
    return page.get_by_role("checkbox", name=re.compile("^" + re.escape(area)))


# --------------------------------------------------------------------------- 1. keyboard only


def test_a_new_member_signs_up_and_completes_the_wizard_by_keyboard(
    page: Page, db_url: str
) -> None:
    name = f"Kim {_unique('Keys')}"
    email = f"{_unique('signup')}@example.org"
    motivation = "I review public space components of urban projects in Dakar."
    page.goto("/signup")
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSPHRASE)
    page.get_by_role("button", name="Create account").click()
    expect(page).to_have_url(re.compile(r"/onboarding/?$"))
    expect(_step_text(page, 1)).to_be_visible()

    # From here on: the keyboard only.
    keys = page.keyboard
    tab_to(page, _button(page, "Let's start"))
    keys.press("Enter")
    _expect_step(page, 2, "About you")

    tab_to(page, _field(page, "Organisation"))
    keys.type("Municipal Works Agency")
    tab_to(page, _field(page, "Type of organisation"))
    keys.type("Government")  # a native select picks the option typed
    expect(_field(page, "Type of organisation")).to_have_value("government")
    tab_to(page, _field(page, "Discipline"))
    keys.type("Urban planning")
    tab_to(page, _field(page, "Region"))
    keys.type("West Africa")
    english = page.get_by_role("checkbox", name="English", exact=True)
    tab_to(page, english)
    keys.press("Space")
    expect(english).to_be_checked()
    tab_to(page, _button(page, "Save and continue"))
    keys.press("Enter")
    _expect_step(page, 3, "Expertise")

    for label, tag in (("I am looking for", LOOKING_FOR), ("I can help with", CAN_HELP)):
        tab_to(page, page.get_by_role("combobox", name=label, exact=True))
        keys.type(tag)
        keys.press("Enter")
        expect(_button(page, f"Remove {tag}")).to_be_visible()
    tab_to(page, _button(page, "Save and continue"))
    keys.press("Enter")
    _expect_step(page, 4, "Focus areas")

    for area in ("Coordination", "Business support"):
        box = _focus_box(page, area)
        tab_to(page, box)
        keys.press("Space")
        expect(box).to_be_checked()
    tab_to(page, _button(page, "Save and continue"))
    keys.press("Enter")
    _expect_step(page, 5, "Communities")

    join_open = page.get_by_role("checkbox", name=f"Join {OPEN_NAME}", exact=True)
    ask_selective = page.get_by_role("checkbox", name=f"Ask to join {SELECTIVE_NAME}", exact=True)
    tab_to(page, join_open)
    keys.press("Space")
    tab_to(page, ask_selective)
    keys.press("Space")
    expect(join_open).to_be_checked()
    expect(ask_selective).to_be_checked()
    tab_to(page, page.locator(f"#field-motivation_{SELECTIVE_SLUG}"))
    keys.type(motivation)
    tab_to(page, _button(page, "Continue"))
    keys.press("Enter")
    _expect_step(page, 6, "First step")

    # The first step: the communities chosen, people to know, a question.
    main = page.get_by_role("main")
    expect(main.get_by_role("listitem").filter(has_text=OPEN_NAME)).to_contain_text(
        "you are a member"
    )
    expect(main.get_by_role("listitem").filter(has_text=SELECTIVE_NAME)).to_contain_text(
        "waiting for a lead to approve"
    )
    with session_scope(db_url) as session:
        user = _user(session, email)
        slugs = [OPEN_SLUG, SELECTIVE_SLUG]
        people = matching.suggest_people(
            session,
            user_id=user.id or 0,
            can_help=[CAN_HELP],
            looking_for=[LOOKING_FOR],
            community_slugs=slugs,
        )
        question = matching.suggest_question(
            session, user_id=user.id, can_help=[CAN_HELP], community_slugs=slugs
        )
    assert people, "the demo data should give this member people to know"
    assert question is not None, "the demo data should give this member a question"
    expect(page.get_by_role("heading", name="People to know")).to_be_visible()
    for person in people:
        expect(main.get_by_text(person.display_name, exact=True)).to_be_visible()
    expect(page.get_by_text("We will suggest people")).to_have_count(0)
    expect(page.get_by_role("heading", name="A question you could answer")).to_be_visible()
    link = main.get_by_role("link", name=question.title, exact=True)
    expect(link).to_have_attribute("href", question.url)

    step, _answers, _finished = _draft(db_url, email)
    assert step == 6
    assert _memberships(db_url, email) == {
        OPEN_SLUG: [("active", "")],
        SELECTIVE_SLUG: [("pending", motivation)],
    }


# --------------------------------------------------------------------------- 2. resume


def test_abandoning_at_step_3_resumes_there_in_a_fresh_browser(
    page: Page, browser: Browser, app_url: str, db_url: str
) -> None:
    """Abandoning at step 3, as read here: steps 1 to 3 were saved, the member
    went Back from step 4 to step 3 (so the draft stands at step 3, with saved
    tags) and closed the browser there. Tags added but not yet saved are kept
    only in the page until "Save and continue", so they are not what resumes."""
    email = _new_account(db_url, "Resuming Member")
    _open_wizard(page, email, 1)
    _button(page, "Let's start").click()
    _expect_step(page, 2, "About you")
    _fill_about(page, "Harbour Authority of Mombasa", region="East Africa")
    _button(page, "Save and continue").click()
    _expect_step(page, 3, "Expertise")
    _add_tag(page, "I am looking for", LOOKING_FOR)
    _add_tag(page, "I can help with", CAN_HELP)
    _button(page, "Save and continue").click()
    _expect_step(page, 4, "Focus areas")
    _button(page, "Back").click()
    _expect_step(page, 3, "Expertise")
    step, answers, _finished = _draft(db_url, email)
    assert step == 3
    assert answers["looking_for"] == [LOOKING_FOR]
    page.context.close()

    context = browser.new_context(base_url=app_url)
    try:
        other = context.new_page()
        other.set_default_timeout(15_000)
        _open_wizard(other, email, 3)
        expect(_heading(other)).to_have_text("Expertise")
        expect(_button(other, f"Remove {LOOKING_FOR}")).to_be_visible()
        expect(_button(other, f"Remove {CAN_HELP}")).to_be_visible()

        _button(other, "Back").click()
        _expect_step(other, 2, "About you")
        expect(_field(other, "Organisation")).to_have_value("Harbour Authority of Mombasa")
        expect(_field(other, "Type of organisation")).to_have_value("government")
        expect(_field(other, "Discipline")).to_have_value("Urban planning")
        expect(_field(other, "Region")).to_have_value("East Africa")
        expect(other.get_by_role("checkbox", name="English", exact=True)).to_be_checked()
        expect(other.get_by_role("checkbox", name="French", exact=True)).not_to_be_checked()

        # Saving step 2 again leads back to step 3 with the tags still there.
        _button(other, "Save and continue").click()
        _expect_step(other, 3, "Expertise")
        expect(_button(other, f"Remove {LOOKING_FOR}")).to_be_visible()
        expect(_button(other, f"Remove {CAN_HELP}")).to_be_visible()
    finally:
        context.close()


# --------------------------------------------------------------------------- 3. approval


def test_a_lead_approves_the_request_and_the_member_sees_the_community_joined(
    page: Page, browser: Browser, app_url: str, db_url: str
) -> None:
    name = f"Applicant {_unique('W')}"
    # Markup in the motivation: the lead must see it as text.
    motivation = f'<img src=x onerror="window.__xss=1">I audit plazas ({_unique("m")}).'
    email = _new_account(db_url, name)
    _advance_to(db_url, email, 5)
    with session_scope(db_url) as session:
        onboarding.do_choose_communities(
            session,
            user=_user(session, email),
            join=[],
            requests={SELECTIVE_SLUG: motivation},
        )

    context = browser.new_context(base_url=app_url)
    try:
        member = context.new_page()
        member.set_default_timeout(15_000)
        _open_wizard(member, email, 6)
        outcome = member.get_by_role("main").get_by_role("listitem").filter(has_text=SELECTIVE_NAME)
        expect(outcome).to_contain_text("waiting for a lead to approve")

        sign_in(page, ADMIN_EMAIL, DEMO_PASSWORD)
        page.goto(f"/c/{SELECTIVE_SLUG}/requests")
        expect(page.get_by_role("heading", name="Join requests", level=1)).to_be_visible()
        card_quote = page.get_by_role("blockquote").filter(has_text=motivation)
        expect(card_quote).to_have_text(motivation)  # the markup, as text
        expect(card_quote.locator("img")).to_have_count(0)
        _button(page, f"Approve {name}").click()
        expect(page.get_by_text("Approved: they are now a member.")).to_be_visible()
        expect(page.get_by_role("heading", name=name)).to_have_count(0)
        assert page.evaluate("() => window.__xss") is None
        assert _memberships(db_url, email) == {SELECTIVE_SLUG: [("active", motivation)]}

        member.goto("/onboarding")
        expect(_step_text(member, 6)).to_be_visible()
        expect(outcome).to_contain_text("you are a member")
        expect(member.get_by_text("waiting for a lead to approve")).to_have_count(0)
    finally:
        context.close()


# --------------------------------------------------------------------------- 4. invalid input


def test_invalid_input_on_each_step_is_refused_beside_the_field(page: Page, db_url: str) -> None:
    email = _new_account(db_url, "Careful Member")
    _advance_to(db_url, email, 2)
    _open_wizard(page, email, 2)
    _expect_step(page, 2, "About you")
    before = (_draft(db_url, email), _profile(db_url, email))

    # Step 2, an empty organisation (a crafted client ignores `required`).
    organisation = _field(page, "Organisation")
    organisation.evaluate("el => el.removeAttribute('required')")
    _fill_about(page, "")
    _button(page, "Save and continue").click()
    _expect_error_beside(organisation, "Enter the organisation you work for.")
    expect(organisation).to_have_attribute("aria-invalid", "true")
    expect(_step_text(page, 2)).to_be_visible()
    assert (_draft(db_url, email), _profile(db_url, email)) == before

    # Step 2, a region over 80 characters.
    region = _field(page, "Region")
    region.evaluate("el => el.removeAttribute('maxlength')")
    organisation.fill("Municipal Works Agency")
    region.fill("R" * 81)
    _button(page, "Save and continue").click()
    _expect_error_beside(region, "Use at most 80 characters for the region.")
    expect(region).to_have_attribute("aria-invalid", "true")
    expect(organisation).to_have_attribute("aria-invalid", "false")
    assert (_draft(db_url, email), _profile(db_url, email)) == before

    # Step 2, markup in the organisation: saved as typed, shown as text.
    organisation.fill(MARKUP)
    region.fill("West Africa")
    _button(page, "Save and continue").click()
    _expect_step(page, 3, "Expertise")
    assert _profile(db_url, email)["organisation"] == MARKUP
    assert _draft(db_url, email)[1]["organisation"] == MARKUP
    page.reload()  # the next visit
    expect(_step_text(page, 3)).to_be_visible()
    _button(page, "Back").click()
    _expect_step(page, 2, "About you")
    expect(_field(page, "Organisation")).to_have_value(MARKUP)
    expect(page.locator("img[src='x']")).to_have_count(0)
    assert page.evaluate("() => window.__xss") is None
    _button(page, "Save and continue").click()
    _expect_step(page, 3, "Expertise")

    # Step 3, an empty tag, then no tags at all.
    can_help = page.get_by_role("combobox", name="I can help with", exact=True)
    can_help.press("Enter")
    _expect_error_beside(can_help, "Type a topic first.")
    _button(page, "Save and continue").click()
    _expect_error_beside(
        can_help, "Add at least one topic you can help with or one you are looking for."
    )
    expect(_step_text(page, 3)).to_be_visible()
    step, answers, _finished = _draft(db_url, email)
    assert (step, answers["can_help"], answers["looking_for"]) == (3, [], [])

    _add_tag(page, "I am looking for", LOOKING_FOR)
    _add_tag(page, "I can help with", CAN_HELP)
    _button(page, "Save and continue").click()
    _expect_step(page, 4, "Focus areas")

    # Step 4, nothing picked.
    _button(page, "Save and continue").click()
    group = page.get_by_role("group", name="What do you want from a community?")
    expect(group.get_by_role("alert")).to_have_text(
        "Choose at least one thing you want from a community."
    )
    expect(_step_text(page, 4)).to_be_visible()
    assert _draft(db_url, email)[0] == 4
    assert _profile(db_url, email)["focus"] == []

    for area in ("Coordination", "Business support"):
        _focus_box(page, area).check()
    _button(page, "Save and continue").click()
    _expect_step(page, 5, "Communities")

    # Step 5, asking to join the selective community without a motivation.
    page.get_by_role("checkbox", name=f"Join {OPEN_NAME}", exact=True).check()
    page.get_by_role("checkbox", name=f"Ask to join {SELECTIVE_NAME}", exact=True).check()
    _button(page, "Continue").click()
    motivation = page.locator(f"#field-motivation_{SELECTIVE_SLUG}")
    expect(motivation).to_have_accessible_name(f"{MOTIVATION_LABEL} ({SELECTIVE_NAME})")
    _expect_error_beside(
        motivation,
        "Tell the leads in a sentence why you would like to join (at least 10 characters).",
    )
    expect(_step_text(page, 5)).to_be_visible()
    assert _draft(db_url, email)[0] == 5
    assert _memberships(db_url, email) == {}  # nothing written, not even the open one

    # Step 5, a motivation over 500 characters (maxlength removed).
    motivation.evaluate("el => el.removeAttribute('maxlength')")
    motivation.fill("M" * 501)
    _button(page, "Continue").click()
    _expect_error_beside(motivation, "Keep the motivation to 500 characters or fewer.")
    assert _memberships(db_url, email) == {}
    assert page.evaluate("() => window.__xss") is None


# --------------------------------------------------------------------------- 5. axe


def test_no_step_has_serious_accessibility_violations(page: Page, db_url: str) -> None:
    email = _new_account(db_url, "Screen Reader User")
    _open_wizard(page, email, 1)
    assert_no_serious_violations(page)
    _button(page, "Let's start").click()
    _expect_step(page, 2, "About you")
    assert_no_serious_violations(page)

    _field(page, "Organisation").evaluate("el => el.removeAttribute('required')")
    _button(page, "Save and continue").click()
    expect(page.get_by_text("Enter the organisation you work for.")).to_be_visible()
    expect(page.get_by_text("Choose at least one language you work in.")).to_be_visible()
    # The errors come with a toast: check the page with it shown (once it has
    # faded in), then let it go so it cannot fade out during a later check.
    toast = page.locator("[data-sonner-toast]").filter(has_text="Some fields need another look.")
    expect(toast).to_be_visible()
    page.wait_for_function(TOASTS_SETTLED)
    assert_no_serious_violations(page)
    expect(toast).to_have_count(0, timeout=10_000)

    _fill_about(page, "Municipal Works Agency")
    _button(page, "Save and continue").click()
    _expect_step(page, 3, "Expertise")
    assert_no_serious_violations(page)
    _add_tag(page, "I am looking for", LOOKING_FOR)
    _add_tag(page, "I can help with", CAN_HELP)
    assert_no_serious_violations(page)  # with the chips
    _button(page, "Save and continue").click()
    _expect_step(page, 4, "Focus areas")
    assert_no_serious_violations(page)

    for area in ("Coordination", "Business support"):
        _focus_box(page, area).check()
    _button(page, "Save and continue").click()
    _expect_step(page, 5, "Communities")
    assert_no_serious_violations(page)

    page.get_by_role("checkbox", name=f"Join {OPEN_NAME}", exact=True).check()
    _button(page, "Continue").click()
    _expect_step(page, 6, "First step")
    expect(page.get_by_role("heading", name="People to know")).to_be_visible()
    assert_no_serious_violations(page)


# --------------------------------------------------------------------------- 6. no duplicates


def test_choosing_twice_and_finishing_twice_duplicates_nothing(page: Page, db_url: str) -> None:
    email = _new_account(db_url, "Twice Member")
    motivation = "I help cities test tactical urbanism before capital works."
    _advance_to(db_url, email, 5)
    _open_wizard(page, email, 5)
    page.get_by_role("checkbox", name=f"Join {OPEN_NAME}", exact=True).check()
    page.get_by_role("checkbox", name=f"Ask to join {SELECTIVE_NAME}", exact=True).check()
    page.locator(f"#field-motivation_{SELECTIVE_SLUG}").fill(motivation)
    _button(page, "Continue").click()
    _expect_step(page, 6, "First step")
    expected = {OPEN_SLUG: [("active", "")], SELECTIVE_SLUG: [("pending", motivation)]}
    assert _memberships(db_url, email) == expected

    # Back to step 5 and continue again with the same choices.
    _button(page, "Back").click()
    _expect_step(page, 5, "Communities")
    # Back keeps answers: both choices and the motivation are still there.
    expect(page.get_by_role("checkbox", name=f"Join {OPEN_NAME}", exact=True)).to_be_checked()
    ask = page.get_by_role("checkbox", name=f"Ask to join {SELECTIVE_NAME}", exact=True)
    expect(ask).to_be_checked()
    expect(page.locator(f"#field-motivation_{SELECTIVE_SLUG}")).to_have_value(motivation)
    _button(page, "Continue").click()
    _expect_step(page, 6, "First step")
    assert _memberships(db_url, email) == expected
    outcomes = page.get_by_role("main").get_by_role("listitem")
    expect(outcomes.filter(has_text=OPEN_NAME)).to_contain_text("you are a member")
    expect(outcomes.filter(has_text=SELECTIVE_NAME)).to_contain_text("waiting for a lead")

    # Finish, come back, finish again.
    _button(page, "Finish for now").click()
    expect(page).to_have_url(re.compile(r"^https?://[^/]+/?$"))
    page.goto("/onboarding")
    expect(_step_text(page, 6)).to_be_visible()
    _button(page, "Finish for now").click()
    expect(page).to_have_url(re.compile(r"^https?://[^/]+/?$"))

    assert _memberships(db_url, email) == expected
    step, _answers, finished = _draft(db_url, email)
    assert (step, finished) == (6, True)
    with session_scope(db_url) as session:
        user_id = _user(session, email).id
        finished_events = session.exec(
            select(func.count())
            .select_from(ActivityEvent)
            .where(
                ActivityEvent.actor_id == user_id,
                ActivityEvent.kind == ActivityKind.ONBOARDING_FINISHED,
            )
        ).one()
    assert finished_events == 1
