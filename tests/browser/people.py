"""Members made for socket-level tests, and their sessions."""

from __future__ import annotations

from typing import Any

from tests.browser.flows import DEMO_PASSWORD
from tests.browser.socket_client import open_session


def make_people(session: Any, *, count: int, prefix: str, tag: str) -> list[Any]:
    """``count`` new accounts with the demo password (``<prefix><n>-<tag>@example.org``)."""
    from cop_app.services.accounts.passwords import hash_password
    from cop_app.services.communities import communities

    password_hash = hash_password(DEMO_PASSWORD)
    users = []
    for n in range(count):
        user = communities.do_create_user(
            session,
            email=f"{prefix}{n}-{tag}@example.org",
            display_name=f"{prefix.capitalize()} {n} {tag}",
        )
        user.password_hash = password_hash
        session.add(user)
        users.append(user)
    session.flush()
    return users


def session_tokens(db_url: str, emails: list[str], first_ip: int) -> list[str]:
    """A signed-in session for each address, each from its own client address
    (``198.51.100.<first_ip + n>``), so the sign-in limits do not meet."""
    return [
        open_session(db_url, email, DEMO_PASSWORD, client_ip=f"198.51.100.{first_ip + n}").token
        for n, email in enumerate(emails)
    ]
