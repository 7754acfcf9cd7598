"""The bell over real websockets: a member's tabs sit in their room, and one
small ``live`` message per change carries the count to all of them; a tab
whose session ended is told 0 and gets nothing more."""

from __future__ import annotations

import time
import uuid

import pytest

from tests.browser.flows import DEMO_PASSWORD
from tests.browser.socket_client import AppSocket, open_session
from tests.browser.test_live_thread import _community_and_thread, _reply_handler

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("restore_throttle_counters")]


def _bells(sock: AppSocket) -> list[int]:
    return [m.data["n"] for m in sock.live() if m.data.get("k") == "bell"]


def _wait_bell(sock: AppSocket, count: int, timeout: float = 15) -> None:
    """Until the tab's latest bell message says ``count``."""
    deadline = time.monotonic() + timeout
    while not (_bells(sock) and _bells(sock)[-1] == count):
        assert time.monotonic() < deadline, f"the bell never said {count}: {_bells(sock)}"
        sock.wait_quiet(0.05, 0.2)


def test_a_members_tabs_get_their_bell_from_one_room_until_their_session_ends(
    app_url: str, app_env: dict[str, str]
) -> None:
    from cop_app.state.bell import BellState
    from cop_app.state.sessions import SessionsState

    db_url = app_env["REFLEX_DB_URL"]
    room = _community_and_thread(db_url, members=2, closed=False)
    address, (author, replier) = room["address"], room["emails"]
    first = open_session(db_url, author, DEMO_PASSWORD, client_ip="198.51.100.191")
    second = open_session(db_url, author, DEMO_PASSWORD, client_ip="198.51.100.192")
    other = open_session(db_url, replier, DEMO_PASSWORD, client_ip="198.51.100.193")
    start = f"{BellState.get_full_name()}.start"
    with (
        AppSocket(app_url, session_token=first.token) as tab,
        AppSocket(app_url, session_token=second.token) as phone,
        AppSocket(app_url, session_token=other.token) as writer,
    ):
        for sock in (tab, phone):
            sock.connect("/notifications")
            sock.call(start, path="/notifications")
        _wait_bell(tab, 0)
        _wait_bell(phone, 0)

        writer.connect(address)
        writer.call(_reply_handler(), {"form": {"body": f"One {uuid.uuid4().hex[:6]}"}})
        _wait_bell(tab, 1)  # the fan-out told the author; both tabs hear it
        _wait_bell(phone, 1)
        assert not any("One " in m.raw for m in tab.live() if m.data.get("k") == "bell")

        tab.call(
            f"{SessionsState.get_full_name()}.end",
            {"session_id": second.session_id},
            path="/notifications",
        )
        _wait_bell(phone, 0)  # its session ended: no count for it any more
        told = len(_bells(phone))

        writer.call(_reply_handler(), {"form": {"body": f"Two {uuid.uuid4().hex[:6]}"}})
        _wait_bell(tab, 2)
        phone.wait_quiet(0.5, 3)
        assert len(_bells(phone)) == told, _bells(phone)
        assert _bells(phone)[-1] == 0
