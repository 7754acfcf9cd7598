"""A socket-level client of the running app, speaking what the compiled frontend speaks.

Reflex 0.10.1 talks to the browser over one websocket (see
``/work/shared/examples/reflex-fanout-probe``):

* engine.io v4 at ``<app>/_event/?token=<uuid>&EIO=4&transport=websocket``;
* a socket.io CONNECT to namespace ``/_event`` whose auth payload carries the
  boot event ``{"event": {"name": "<root>.hydrate_and_load", "payload": {},
  "router_data": {...}}}``; the backend runs it, then the page's on_load;
* events go out as ``42/_event,["event", {"name", "payload", "router_data"}]``;
* deltas and frontend events come back as ``42/_event,["event", {"delta": ...,
  "events": [...]}]``.

The framing is spoken by hand over ``simple_websocket`` (a dependency of
python-engineio, which Reflex already installs), so no extra package is needed.
Extra HTTP headers on the handshake (``Cookie: cop_session=...``) let a test act
as a signed-in member: the app reads that cookie on the server from the
websocket request, exactly as it does for a browser.

Everything here is synchronous; one reader thread answers the server's pings
and records every message.

Knowing when an event is finished: events of one client run one at a time, in
order (Reflex's per-token queue). After an event, :meth:`AppSocket.settle`
sends a harmless *sentinel* event whose router data carries a unique nonce; the
nonce comes back in the root state's router var delta once the sentinel ran,
i.e. once everything queued before it ran. Events chained by a handler are
queued after the sentinel, so the sentinel is repeated (at least twice) until
a round brings nothing but its own echo, then a short quiet period (20 ms)
catches stragglers. This is both faster and surer than waiting for a fixed
quiet period: a slow handler (an argon2 check) cannot be mistaken for a
finished one. Background tasks (``@rx.event(background=True)``) are not
ordered by the queue; the app has none.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import simple_websocket

NAMESPACE = "/_event"
ROOT = "reflex___state____state"
HYDRATE_AND_LOAD = f"{ROOT}.hydrate_and_load"
ON_LOAD_INTERNAL = f"{ROOT}.reflex___state____on_load_internal_state.on_load_internal"
# The sentinel: sets a flag that is True on every loaded page anyway; what
# matters is the nonce in its router data, echoed in the root state's delta.
SENTINEL = f"{ROOT}.reflex___state____on_load_internal_state.set_is_hydrated"
SENTINEL_PARAM = "__sweep_sentinel"


#: The socket.io event that carries live pages' shared content (``cop_app.live.LIVE_EVENT``).
LIVE = "live"

#: Pass as ``payload`` to send an event without a "payload" key at all.
NO_PAYLOAD: Any = object()


class SocketClosedError(RuntimeError):
    """The server closed the websocket (or refused the socket.io connect)."""


@dataclass
class Message:
    """One socket.io message from the server: Reflex's ``event`` (deltas and
    frontend events) or the app's ``live`` (a live page's shared content)."""

    raw: str  # the JSON text of the message's payload, as received
    data: Any  # the parsed payload
    at: float = field(default_factory=time.monotonic)
    name: str = "event"
    size: int = 0  # the whole socket.io packet as it came over the wire, in characters

    @property
    def delta(self) -> dict[str, dict[str, Any]]:
        d = self.data.get("delta") if isinstance(self.data, dict) else None
        return d if isinstance(d, dict) else {}

    @property
    def events(self) -> list[dict[str, Any]]:
        e = self.data.get("events") if isinstance(self.data, dict) else None
        return [x for x in e if isinstance(x, dict)] if isinstance(e, list) else []


class _WebSocket(simple_websocket.Client):
    """simple_websocket's client without a 25-second stall on connect.

    Its handshake reads the server's 101 response and stops at the first
    event; a frame that came in the same read (engine.io's opening packet
    often does) stays unparsed until the next read, i.e. until the server's
    first ping 25 s later. Parse whatever is already buffered right away.
    """

    def handshake(self) -> None:
        super().handshake()
        self._handle_events()


def router_data(path: str) -> dict[str, Any]:
    """What the frontend sends as an event's router data for the page at ``path``."""
    parts = urlsplit(path)
    data: dict[str, Any] = {"pathname": parts.path or "/", "asPath": path}
    query = dict(parse_qsl(parts.query))
    if query:
        data["query"] = query
    return data


def _ws_url(app_url: str, token: str) -> str:
    parts = urlsplit(app_url)
    scheme = "wss" if parts.scheme == "https" else "ws"
    return f"{scheme}://{parts.netloc}/_event/?token={token}&EIO=4&transport=websocket"


class AppSocket:
    """One browser tab's websocket: connect with a boot event, send events, read deltas."""

    def __init__(
        self,
        app_url: str,
        *,
        session_token: str | None = None,
        headers: dict[str, str] | None = None,
        token: str | None = None,
    ) -> None:
        self.app_url = app_url.rstrip("/")
        self.token = token or str(uuid.uuid4())  # Reflex's per-tab client token
        self.headers = dict(headers or {})
        if session_token:
            cookie = f"cop_session={session_token}"
            prior = self.headers.get("Cookie")
            self.headers["Cookie"] = f"{prior}; {cookie}" if prior else cookie
        self.path = "/"
        self.messages: list[Message] = []
        self.closed = False
        self.close_reason = ""
        self._ws: _WebSocket | None = None
        self._cond = threading.Condition()
        self._reader: threading.Thread | None = None
        self._connected = False
        self._sentinel_seq = 0

    # ------------------------------------------------------------ connection

    def connect(self, path: str = "/", *, timeout: float = 30.0) -> list[Message]:
        """Open the socket with the boot event for ``path``; return what the boot produced."""
        self.path = path
        self._ws = _WebSocket(
            _ws_url(self.app_url, self.token),
            headers=self.headers or None,
            receive_bytes=65536,
        )
        opening = self._ws.receive(timeout=timeout)
        if not isinstance(opening, str) or not opening.startswith("0"):
            msg = f"unexpected engine.io opening packet: {opening!r}"
            raise SocketClosedError(msg)
        start = len(self.messages)
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()
        auth = {
            "event": {"name": HYDRATE_AND_LOAD, "payload": {}, "router_data": router_data(path)}
        }
        self._send_raw(f"40{NAMESPACE}," + json.dumps(auth))
        with self._cond:
            ok = self._cond.wait_for(lambda: self._connected or self.closed, timeout)
        if not ok or not self._connected:
            msg = f"socket.io connect failed: {self.close_reason or 'timeout'}"
            raise SocketClosedError(msg)
        self.settle()
        return self.messages[start:]

    def close(self) -> None:
        if self._ws is not None and not self.closed:
            try:
                self._send_raw(f"41{NAMESPACE},")
                self._ws.close()
            except Exception:  # noqa: S110 (closing a socket that may already be gone)
                pass
        self.closed = True
        if self._reader is not None:
            self._reader.join(timeout=5)

    def __enter__(self) -> AppSocket:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ sending

    def emit(self, name: str, payload: Any = None, *, path: str | None = None) -> None:
        """Send one event by its full name (``<state full name>.<handler>``), as-is.

        ``payload`` goes on the wire unchanged: a dict of argument name to value
        normally, but anything JSON can carry is allowed (it is a crafted message).
        """
        event: dict[str, Any] = {"name": name, "router_data": router_data(path or self.path)}
        if payload is not NO_PAYLOAD:
            event["payload"] = {} if payload is None else payload
        self._send_raw(f"42{NAMESPACE}," + json.dumps(["event", event]))

    def call(
        self,
        name: str,
        payload: Any = None,
        *,
        path: str | None = None,
        quiet: float = 0.02,
        timeout: float = 10.0,
    ) -> list[Message]:
        """Send an event, wait until it (and what it chained) ran; return the messages."""
        start = len(self.messages)
        self.emit(name, payload, path=path)
        self.settle(quiet=quiet, timeout=timeout, path=path)
        return self.messages[start:]

    def navigate(self, path: str, **kw: Any) -> list[Message]:
        """A client-side navigation: the page's on_load handlers run for ``path``."""
        self.path = path
        return self.call(ON_LOAD_INTERNAL, {}, path=path, **kw)

    def hydrate(self, path: str | None = None, **kw: Any) -> list[Message]:
        """What a reconnect sends: the full state, then the page's on_load."""
        if path is not None:
            self.path = path
        return self.call(HYDRATE_AND_LOAD, {}, path=self.path, **kw)

    # ------------------------------------------------------------ waiting

    def settle(
        self, *, quiet: float = 0.02, timeout: float = 10.0, path: str | None = None
    ) -> None:
        """Return once every event sent so far, and what it chained, has run.

        At least two sentinel rounds: an event chained by a handler is queued
        behind the first sentinel even when the handler itself sent nothing.
        Raises TimeoutError when a sentinel does not come back in ``timeout``.
        """
        deadline = time.monotonic() + timeout
        base = path or self.path
        rounds = 0
        while True:
            rounds += 1
            self._sentinel_seq += 1
            nonce = f"{uuid.uuid4().hex[:12]}n{self._sentinel_seq}"
            sep = "&" if "?" in base else "?"
            before = len(self.messages)
            self._send_raw(
                f"42{NAMESPACE},"
                + json.dumps(
                    [
                        "event",
                        {
                            "name": SENTINEL,
                            "payload": {"value": True},
                            "router_data": router_data(f"{base}{sep}{SENTINEL_PARAM}={nonce}"),
                        },
                    ]
                )
            )
            echo = self._wait_for_text(nonce, before, deadline)
            if echo is None:
                if self.closed:
                    raise SocketClosedError(self.close_reason or "socket closed")
                msg = f"no answer to the sentinel within {timeout}s"
                raise TimeoutError(msg)
            others = [  # a live page's room may speak any time: not the queue's doing
                m
                for m in self.messages[before:]
                if m is not echo and m.name == "event" and SENTINEL_PARAM not in m.raw
            ]
            if not others and rounds >= 2:
                break
        self.wait_quiet(quiet, max(0.0, min(quiet * 4, deadline - time.monotonic())))

    def wait_quiet(self, quiet: float, timeout: float) -> None:
        """Wait until nothing arrived for ``quiet`` seconds (at most ``timeout``)."""
        end = time.monotonic() + timeout
        with self._cond:
            while True:
                last = self.messages[-1].at if self.messages else 0.0
                now = time.monotonic()
                if now - last >= quiet or now >= end:
                    return
                self._cond.wait(min(quiet - (now - last), end - now))

    def _wait_for_text(self, text: str, start: int, deadline: float) -> Message | None:
        with self._cond:
            index = start
            while True:
                while index < len(self.messages):
                    if text in self.messages[index].raw:
                        return self.messages[index]
                    index += 1
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self.closed:
                    return None
                self._cond.wait(remaining)

    # ------------------------------------------------------------ wire

    def _send_raw(self, packet: str) -> None:
        if self._ws is None or self.closed:
            raise SocketClosedError(self.close_reason or "socket not open")
        try:
            self._ws.send(packet)
        except simple_websocket.ConnectionClosed as exc:
            self._mark_closed(f"send failed: {exc}")
            raise SocketClosedError(self.close_reason) from exc

    def _mark_closed(self, reason: str) -> None:
        with self._cond:
            self.closed = True
            self.close_reason = self.close_reason or reason
            self._cond.notify_all()

    def _read_loop(self) -> None:
        assert self._ws is not None
        prefix = f"42{NAMESPACE},"
        while not self.closed:
            try:
                packet = self._ws.receive(timeout=1.0)
            except simple_websocket.ConnectionClosed as exc:
                self._mark_closed(f"closed by server: {exc}")
                return
            if packet is None:
                continue
            if isinstance(packet, bytes):
                packet = packet.decode()
            if packet == "2":  # engine.io ping from the server
                try:
                    self._ws.send("3")
                except simple_websocket.ConnectionClosed:
                    self._mark_closed("closed while answering a ping")
                    return
            elif packet.startswith(prefix):
                body = packet[len(prefix) :]
                try:
                    name, *args = json.loads(body)
                except (ValueError, TypeError):
                    continue
                if name not in ("event", LIVE) or not args:
                    continue
                payload = args[0]
                raw = payload if isinstance(payload, str) else json.dumps(payload)
                data = json.loads(payload) if isinstance(payload, str) else payload
                message = Message(raw=raw, data=data, name=name, size=len(packet))
                with self._cond:
                    self.messages.append(message)
                    self._cond.notify_all()
            elif packet.startswith(f"40{NAMESPACE}"):
                with self._cond:
                    self._connected = True
                    self._cond.notify_all()
            elif packet.startswith(f"44{NAMESPACE}"):
                self._mark_closed(f"connect refused: {packet}")
                return
            elif packet.startswith(f"41{NAMESPACE}") or packet == "1":
                self._mark_closed("disconnected by server")
                return

    # ------------------------------------------------------------ reading

    def all_text(self) -> str:
        """Every message received so far, as one string (for leak searches)."""
        return "\n".join(m.raw for m in self.messages)

    def live(self) -> list[Message]:
        """The ``live`` messages received so far (shared page content)."""
        with self._cond:
            return [m for m in self.messages if m.name == LIVE]

    def wait_live(self, test: Any, timeout: float = 10.0) -> Message:
        """The first ``live`` message for which ``test(data)`` is true, waiting for it."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for m in self.messages:
                    if m.name == LIVE and test(m.data):
                        return m
                left = deadline - time.monotonic()
                if left <= 0 or self.closed:
                    raise TimeoutError("no such live message")
                self._cond.wait(left)

    def var(self, state_suffix: str, var: str) -> Any:
        """The latest value of a frontend var (``var`` without the ``_rx_state_`` suffix)."""
        key = f"{var}_rx_state_"
        found: Any = None
        for m in self.messages:
            for sname, values in m.delta.items():
                if sname.endswith(state_suffix) and key in values:
                    found = values[key]
        return found


# --------------------------------------------------------------------------- sessions


@dataclass(frozen=True)
class Ticket:
    """A signed-in session opened straight through the app's services."""

    email: str
    user_id: int
    session_id: int
    token: str = field(repr=False)  # what the HttpOnly cookie carries
    handoff_code: str = field(repr=False)  # already spent on the exchange


def open_session(
    db_url: str,
    email: str,
    password: str,
    *,
    client_ip: str = "192.0.2.10",  # TEST-NET-1: its own throttling bucket
    user_agent: str = "socket-client (tests)",
) -> Ticket:
    """Sign in with the app's real services against the app's database.

    The same steps as a browser sign-in, minus the browser: ``do_sign_in``
    (password check, new session with a one-time hand-off code), then
    ``do_exchange_handoff`` (the code becomes the session token the cookie
    carries). Use ``Cookie: cop_session=<token>`` to act as this member.
    """
    from cop_app.db import session_scope
    from cop_app.services.accounts import auth

    with session_scope(db_url) as session:
        result = auth.do_sign_in(
            session, email=email, password=password, client_ip=client_ip, user_agent=user_agent
        )
    if result.handoff_code is None:
        msg = f"sign-in as {email} failed: {result.message}"
        raise RuntimeError(msg)
    with session_scope(db_url) as session:
        token = auth.do_exchange_handoff(session, code=result.handoff_code)
    if token is None:
        msg = f"the hand-off code of {email} was refused"
        raise RuntimeError(msg)
    with session_scope(db_url) as session:
        found = auth.get_session_user(session, token=token)
        if found is None:
            msg = f"the new session of {email} does not resolve"
            raise RuntimeError(msg)
        user, row = found
        return Ticket(
            email=email,
            user_id=int(user.id or 0),
            session_id=int(row.id or 0),
            token=token,
            handoff_code=result.handoff_code,
        )
