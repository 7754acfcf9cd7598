"""A fresh start says nothing alarming (issue 18, "a quiet start").

The suite's app is started exactly as ``make run`` starts it (``manage setup``,
then ``reflex run --env prod --single-port``), with its output in
``test-artifacts/app.log``. That output used to carry a "Page … is being
redefined with the same component" warning per page (from each backend worker)
and "Detected database schema changes" (Reflex's start-up check did not know
the search structures), which a new user reads as something broken.
A real model change without a migration is still reported: see
``tests/test_migrations.py``.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import ARTIFACTS

pytestmark = pytest.mark.browser

ALARMING = ("is being redefined", "Detected database schema changes")


def test_the_app_starts_without_warnings_a_user_would_take_for_breakage(app_url: str) -> None:
    log = (ARTIFACTS / "app.log").read_text(encoding="utf-8", errors="replace")
    assert "App running at" in log, log[-2000:]
    found = [line for line in log.splitlines() if any(a in line for a in ALARMING)]
    assert not found, "\n".join(found[:10])
