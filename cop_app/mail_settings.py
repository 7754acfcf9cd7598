"""How mail leaves this app, read from the environment.

- ``COP_SMTP_URL``: ``smtp://user:password@host:port`` (STARTTLS required,
  except on this machine, or with ``?tls=none`` for a relay without TLS),
  ``smtps://…`` (TLS from the start). Unset (the embedded default):
  mail is composed and kept in the outbox as delivered to the local mailbox,
  which the site admin reads at /admin/email, and new accounts are confirmed
  at once.
- ``COP_MAIL_FROM``: the From address (default ``Practice Commons
  <no-reply@localhost>``).
- ``COP_MAIL_BATCH_MINUTES``: how long a thread's mail gathers what happens in
  it before it goes (default 10; fractions allowed).
- ``COP_SMTP_TIMEOUT_S`` (default 30) and ``COP_MAIL_LEASE_S``: how long one
  sender may hold a message it is sending before another may try (default
  a whole round's timeouts; a crash between the server's acceptance and the
  row's update resends the same message after it).
"""

from __future__ import annotations

import dataclasses
import os
from datetime import timedelta
from email.utils import parseaddr
from urllib.parse import parse_qsl, unquote, urlsplit

SMTP_URL_ENV = "COP_SMTP_URL"
MAIL_FROM_ENV = "COP_MAIL_FROM"
BATCH_ENV = "COP_MAIL_BATCH_MINUTES"
DEFAULT_FROM = "Practice Commons <no-reply@localhost>"
DEFAULT_BATCH_MINUTES = 10.0
#: Mails one sender takes per round (cop_app.services.mail.sender).
ROUND_SIZE = 10


@dataclasses.dataclass(frozen=True)
class Smtp:
    host: str
    port: int
    username: str
    password: str
    use_tls: bool  # TLS from the first byte (smtps://)
    # STARTTLS: True = required (smtp:// to another machine), None = when the
    # server offers it (loopback), False = never (``?tls=none``).
    start_tls: bool | None = True


@dataclasses.dataclass(frozen=True)
class MailSettings:
    smtp: Smtp | None
    mail_from: str
    batch_window: timedelta
    timeout_s: float
    lease: timedelta

    @property
    def delivers(self) -> bool:
        """An SMTP server is configured: mail really leaves, addresses are confirmed."""
        return self.smtp is not None

    @property
    def from_domain(self) -> str:
        address = parseaddr(self.mail_from)[1]
        return address.rpartition("@")[2] or "localhost"


def parse_smtp_url(raw: str) -> Smtp | None:
    """``smtp://user:pass@host:port`` -> :class:`Smtp`; "" -> None; anything
    else raises ValueError naming the variable."""
    raw = raw.strip()
    if not raw:
        return None
    parts = urlsplit(raw)
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        msg = f"{SMTP_URL_ENV}: want smtp://user:password@host:port or smtps://…, got {raw!r}"
        raise ValueError(msg)
    try:
        port = parts.port or (465 if parts.scheme == "smtps" else 587)
    except ValueError as exc:
        msg = f"{SMTP_URL_ENV}: the port is not a number"
        raise ValueError(msg) from exc
    tls = dict(parse_qsl(parts.query)).get("tls", "")
    if tls not in ("", "none"):
        msg = f"{SMTP_URL_ENV}: ?tls= takes only 'none' (a relay without TLS)"
        raise ValueError(msg)
    start_tls: bool | None
    if parts.scheme == "smtps":
        start_tls = False  # TLS already
    elif tls == "none":
        start_tls = False
    elif parts.hostname in ("localhost", "127.0.0.1", "::1"):
        start_tls = None  # this machine: whatever the server offers
    else:
        start_tls = True  # passwords and reset links never cross a network in clear
    return Smtp(
        host=parts.hostname,
        port=port,
        username=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
        use_tls=parts.scheme == "smtps",
        start_tls=start_tls,
    )


def load(environ: dict[str, str] | None = None) -> MailSettings:
    env = os.environ if environ is None else environ
    timeout = float(env.get("COP_SMTP_TIMEOUT_S", "30"))
    # A round hands up to ROUND_SIZE mails over one after another, each step
    # bounded by the timeout: the lease outlasts the whole round.
    lease = float(env.get("COP_MAIL_LEASE_S", str(timeout * (ROUND_SIZE + 2))))
    minutes = float(env.get(BATCH_ENV, str(DEFAULT_BATCH_MINUTES)))
    mail_from = env.get(MAIL_FROM_ENV, "").strip() or DEFAULT_FROM
    if "\n" in mail_from or "\r" in mail_from or "@" not in parseaddr(mail_from)[1]:
        msg = f"{MAIL_FROM_ENV}: want an address such as 'Practice Commons <cop@example.org>'"
        raise ValueError(msg)
    return MailSettings(
        smtp=parse_smtp_url(env.get(SMTP_URL_ENV, "")),
        mail_from=mail_from,
        batch_window=timedelta(minutes=max(0.0, minutes)),
        timeout_s=max(1.0, timeout),
        lease=timedelta(seconds=max(lease, timeout + 1)),
    )


_current: MailSettings | None = None


def current() -> MailSettings:
    """This process's settings (read once)."""
    global _current  # a process-wide cache, like web_origins()
    if _current is None:
        _current = load()
    return _current


def reset_for_tests(settings: MailSettings | None = None) -> None:
    """Tests switch the mode (SMTP or local mailbox) within one process."""
    global _current
    _current = settings
