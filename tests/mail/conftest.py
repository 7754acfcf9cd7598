"""Mail tests: a real SMTP server per test, and the app's mail settings pointed
at it (or at the local mailbox)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cop_app.services.mail import settings
from tests.mail.smtp_server import SmtpServer, smtp_server


@pytest.fixture
def smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[SmtpServer]:
    with smtp_server() as server:
        monkeypatch.setenv("COP_SMTP_URL", server.url)
        monkeypatch.setenv("COP_MAIL_FROM", "Practice Commons <cop@example.org>")
        monkeypatch.setenv("COP_MAIL_BATCH_MINUTES", "10")
        monkeypatch.setenv("COP_SMTP_TIMEOUT_S", "5")
        settings.reset_for_tests()
        yield server
    settings.reset_for_tests()


@pytest.fixture
def local_mailbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("COP_SMTP_URL", raising=False)
    settings.reset_for_tests()
    yield
    settings.reset_for_tests()
