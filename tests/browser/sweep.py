"""The three checks every page must pass (issue 17): axe, a keyboard walk, a phone.

- ``axe_problems``: axe-core (see ``axe.py``) with the name-mismatch and
  target-size rules on; a problem is any serious or critical violation, or any
  ``heading-order`` violation whatever its impact.
- ``keyboard_problems``: Tab through the page, then Shift+Tab back; after each
  press the focused element must be visible, drawn with a focus indicator, and
  on top at its own centre and top edge (so not under the sticky header or any
  other layer, WCAG 2.4.7 and 2.4.11).
- ``phone_problems``: at 320 CSS px (WCAG 1.4.10), no control and no text may
  lie outside the viewport or be cut by a box that hides its overflow.
  ``overflow-x: hidden`` on the page does not help: what it hides is clipped.
  Content inside a box that scrolls (a wide table, a chart) is fine as long as
  the box itself fits. Designed truncation (an ellipsis or a line clamp) is
  allowed; the full text is then in the element's accessible name or a title.

Each returns a list of readable lines, empty when the page passes.
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

from tests.browser.axe import format_violations, serious_violations

PHONE = {"width": 320, "height": 720}
DESKTOP = {"width": 1280, "height": 900}
#: Tab presses each way; a long thread has hundreds of controls and the start
#: of a page (under the header) is where focus gets hidden.
MAX_TABS = 60

JS = Path(__file__).parent / "js"


def _function(name: str) -> str:
    """The arrow function in ``js/<name>``, without its leading comment (which
    would stop Playwright from seeing a function to call)."""
    lines = (JS / name).read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("//")).strip()


FOCUS_CHECK = _function("focus_check.js")  # null, or what is wrong with the focus
PHONE_CHECK = _function("phone_check.js")  # what does not fit 320 px
MAX_LINES = 12


def axe_problems(page: Page) -> list[str]:
    """Serious and critical axe violations, and any heading-order violation."""
    violations = serious_violations(page)
    return format_violations(violations).splitlines()[1:] if violations else []


def keyboard_problems(page: Page, max_tabs: int = MAX_TABS) -> list[str]:
    """Tab forward through up to ``max_tabs`` stops, then Shift+Tab back."""
    # From the top of the page: Chromium starts Tab after the last focused
    # element even once it is blurred, so focus (then drop) a first element.
    page.evaluate(
        """() => {
            window.scrollTo(0, 0);
            const start = document.createElement("span");
            start.tabIndex = -1;
            document.body.prepend(start);
            start.focus();
            start.remove();
        }"""
    )
    problems: list[str] = []
    for key in ("Tab", "Shift+Tab"):
        for _ in range(max_tabs):
            page.keyboard.press(key)
            problem = page.evaluate(FOCUS_CHECK)
            if problem and f"{key}: {problem}" not in problems:
                problems.append(f"{key}: {problem}")
            if key == "Tab" and page.evaluate("() => document.activeElement === document.body"):
                break
    return problems


def phone_problems(page: Page) -> list[str]:
    """What does not fit a 320 px window (the viewport must already be that size)."""
    return list(page.evaluate(PHONE_CHECK))


def report(where: str, problems: list[str]) -> str:
    shown = problems[:MAX_LINES]
    more = f"\n    … and {len(problems) - MAX_LINES} more" if len(problems) > MAX_LINES else ""
    return f"{where}:\n  " + "\n  ".join(shown) + more
