"""An asyncio socket-level client of the running app, light enough for hundreds
of open tabs in one process (the live-propagation and capacity benchmarks).

It speaks what the compiled frontend speaks (see ``tests/browser/socket_client.py``
for the same protocol, synchronous and with threads):

* engine.io v4 over one websocket at
  ``<app>/_event/?token=<uuid>&EIO=4&transport=websocket``;
* a socket.io CONNECT to namespace ``/_event`` whose auth payload carries the
  boot event (``hydrate_and_load`` with the page's router data); the backend
  runs it, then the page's on_load;
* events go out as ``42/_event,["event", {"name", "payload", "router_data"}]``;
  deltas come back as ``42/_event,["event", {"delta": ..., "events": [...]}]``;
* the server pings (``2``) and the client answers (``3``).

Why by hand: python-socketio's ``AsyncClient`` needs aiohttp (not installed)
and runs several tasks and queues per client. Here each client is one asyncio
stream plus one reader task, and the websocket framing is done by ``wsproto``
(sans-IO, already installed: Reflex -> python-socketio -> python-engineio ->
simple-websocket -> wsproto). Incoming messages are parsed as JSON only when
someone asked for them (:attr:`AsyncAppClient.on_message`); a benchmark that
looks for a marker in the text can use the cheaper :attr:`AsyncAppClient.on_raw`.

A session cookie (``Cookie: cop_session=<token>``, from
``tests.browser.socket_client.open_session``) on the handshake makes the client
a signed-in member: the app reads it from the websocket request, as it does for
a browser.

Knowing when the page has loaded: events of one client run one at a time, in
order, so after the boot event :meth:`AsyncAppClient.connect` sends a harmless
*sentinel* event whose router data carries a unique nonce; the nonce comes back
in the root state's router delta once everything queued before it ran. Events
chained by a handler queue behind the first sentinel, so sentinels repeat (at
least two rounds) until a round brings nothing but its own echo, then a short
quiet period catches stragglers. Background tasks (the pages' live watchers)
are not ordered by the queue; their first delta comes only on news.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import ssl
import time
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, urlsplit

from wsproto import ConnectionType, WSConnection
from wsproto.events import (
    AcceptConnection,
    BytesMessage,
    CloseConnection,
    Ping,
    RejectConnection,
    RejectData,
    Request,
    TextMessage,
)
from wsproto.utilities import LocalProtocolError, RemoteProtocolError

from tests.browser.socket_client import (
    HYDRATE_AND_LOAD,
    NAMESPACE,
    ON_LOAD_INTERNAL,
    SENTINEL,
    SENTINEL_PARAM,
    router_data,
)

__all__ = ["AsyncAppClient", "ClientClosedError"]

_EVENT_PREFIX = f"42{NAMESPACE},"
_CONNECT_ACK = f"40{NAMESPACE}"
_CONNECT_ERROR = f"44{NAMESPACE}"
_DISCONNECT = f"41{NAMESPACE}"
#: Sentinel rounds after which :meth:`AsyncAppClient.connect` stops waiting for a
#: round that brings nothing else (on a page that other clients keep changing,
#: e.g. a shared board during a join storm, such a round may never come).
_MAX_SETTLE_ROUNDS = 6
_READ_SIZE = 65536


class ClientClosedError(RuntimeError):
    """The server closed the websocket, refused the connect, or it timed out."""


MessageHook = Callable[["AsyncAppClient", dict[str, Any], float], None]
RawHook = Callable[["AsyncAppClient", str, float], None]


class AsyncAppClient:
    """One browser tab's websocket, for asyncio.

    Counters: :attr:`messages` (socket.io ``event`` messages received) and
    :attr:`bytes_received` (bytes read from the TCP stream, framing included).
    Hooks, both called in the reader task for every ``event`` message with the
    ``time.perf_counter()`` of its receipt: :attr:`on_raw` with its JSON text
    (cheap), :attr:`on_message` with the parsed payload dict (parsed only when
    this hook is set). Also: :attr:`token` (Reflex's client token), :attr:`path`
    (the page events say they come from), :attr:`last_message_at`,
    :attr:`closed` and :attr:`close_reason`; :meth:`navigate` (a client-side
    page change) and :meth:`settle` (wait until everything sent has run).
    """

    on_message: MessageHook | None
    on_raw: RawHook | None

    def __init__(self, app_url: str, *, session_token: str | None = None) -> None:
        self.app_url = app_url.rstrip("/")
        self.session_token = session_token
        self.token = str(uuid.uuid4())  # Reflex's per-tab client token
        self.path = "/"
        self.on_message = None
        self.on_raw = None
        self.messages = 0
        self.bytes_received = 0
        self.last_message_at = 0.0  # perf_counter of the latest event message
        self.closed = False
        self.close_reason = ""
        self._ws = WSConnection(ConnectionType.CLIENT)
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._task: asyncio.Task[None] | None = None
        self._accepted: asyncio.Future[None] | None = None
        self._opened: asyncio.Future[None] | None = None  # engine.io open packet
        self._joined: asyncio.Future[None] | None = None  # socket.io connect ack
        self._nonce = ""
        self._echo: asyncio.Future[int] | None = None
        self._text: list[str] = []  # fragments of the text message being received
        self._seq = 0

    # ------------------------------------------------------------ connection

    async def connect(self, path: str, *, timeout: float = 30.0) -> None:
        """Open the socket with the boot event for page ``path``; return once the
        boot event, the page's on_load and what they chained have run and their
        deltas have arrived."""
        self.path = path
        deadline = time.monotonic() + timeout
        loop = asyncio.get_running_loop()
        self._accepted, self._opened, self._joined = (
            loop.create_future(),
            loop.create_future(),
            loop.create_future(),
        )
        try:
            await asyncio.wait_for(self._open(), timeout)
            auth = {
                "event": {
                    "name": HYDRATE_AND_LOAD,
                    "payload": {},
                    "router_data": router_data(path),
                }
            }
            self._send_text(f"40{NAMESPACE}," + json.dumps(auth))
            await asyncio.wait_for(asyncio.shield(self._joined), _left(deadline))
            await self.settle(timeout=_left(deadline))
        except BaseException:
            await self.close()
            raise

    async def _open(self) -> None:
        parts = urlsplit(self.app_url)
        secure = parts.scheme in {"https", "wss"}
        host = parts.hostname or "127.0.0.1"
        port = parts.port or (443 if secure else 80)
        self._reader, self._writer = await asyncio.open_connection(
            host, port, ssl=ssl.create_default_context() if secure else None
        )
        headers: list[tuple[bytes, bytes]] = []
        if self.session_token:
            headers.append((b"Cookie", f"cop_session={self.session_token}".encode()))
        target = f"/_event/?token={quote(self.token)}&EIO=4&transport=websocket"
        self._writer.write(
            self._ws.send(Request(host=parts.netloc, target=target, extra_headers=headers))
        )
        self._task = asyncio.get_running_loop().create_task(self._read_loop())
        assert self._accepted is not None and self._opened is not None
        await asyncio.shield(self._accepted)
        await asyncio.shield(self._opened)

    async def close(self) -> None:
        """Disconnect (socket.io, then websocket, then TCP) and stop the reader."""
        if not self.closed and self._writer is not None:
            with contextlib.suppress(Exception):
                self._send_text(f"{_DISCONNECT},")
                self._writer.write(self._ws.send(CloseConnection(code=1000)))
                await asyncio.wait_for(self._writer.drain(), 2)
        self._mark_closed("closed by the client")
        if self._task is not None and self._task is not asyncio.current_task():
            self._task.cancel()
            with contextlib.suppress(BaseException):
                await self._task
        if self._writer is not None:
            self._writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._writer.wait_closed(), 2)

    async def __aenter__(self) -> AsyncAppClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # ------------------------------------------------------------ sending

    async def emit(
        self, handler: str, payload: dict[str, Any], *, path: str | None = None
    ) -> float:
        """Send one event by its full handler name; return ``time.perf_counter()``
        at send. ``path`` overrides the page the event says it comes from (the
        router data), e.g. to post to a thread from a client on another page."""
        event = {"name": handler, "payload": payload, "router_data": router_data(path or self.path)}
        packet = _EVENT_PREFIX + json.dumps(["event", event])
        sent = time.perf_counter()
        self._send_text(packet)
        assert self._writer is not None
        await self._writer.drain()
        return sent

    async def navigate(self, path: str, *, timeout: float = 30.0) -> None:
        """A client-side navigation to ``path`` (its on_load handlers run), settled."""
        self.path = path
        await self.emit(ON_LOAD_INTERNAL, {})
        await self.settle(timeout=timeout)

    async def settle(self, *, quiet: float = 0.02, timeout: float = 30.0) -> None:
        """Return once every event sent so far, and what it chained, has run
        (sentinel rounds, then ``quiet`` seconds without a message)."""
        deadline = time.monotonic() + timeout
        loop = asyncio.get_running_loop()
        for rounds in range(1, _MAX_SETTLE_ROUNDS + 1):
            self._seq += 1
            self._nonce = f"{uuid.uuid4().hex[:12]}n{self._seq}"
            self._echo = loop.create_future()
            before = self.messages
            base = self.path
            sep = "&" if "?" in base else "?"
            event = {
                "name": SENTINEL,
                "payload": {"value": True},
                "router_data": router_data(f"{base}{sep}{SENTINEL_PARAM}={self._nonce}"),
            }
            self._send_text(_EVENT_PREFIX + json.dumps(["event", event]))
            try:
                at_echo = await asyncio.wait_for(asyncio.shield(self._echo), _left(deadline))
            except TimeoutError:
                msg = f"no answer to the sentinel within {timeout} s ({self.path})"
                raise TimeoutError(msg) from None
            finally:
                self._nonce, self._echo = "", None
            others = at_echo - before - 1
            if others <= 0 and rounds >= 2:
                break
        end = min(deadline, time.monotonic() + quiet * 4)
        while (now := time.perf_counter()) - self.last_message_at < quiet and (
            time.monotonic() < end
        ):
            await asyncio.sleep(quiet - (now - self.last_message_at))
        if self.closed:
            raise ClientClosedError(self.close_reason)

    # ------------------------------------------------------------ wire

    def _send_text(self, text: str) -> None:
        if self.closed or self._writer is None:
            raise ClientClosedError(self.close_reason or "socket not open")
        try:
            self._writer.write(self._ws.send(TextMessage(data=text)))
        except LocalProtocolError as exc:
            self._mark_closed(f"send failed: {exc}")
            raise ClientClosedError(self.close_reason) from exc

    def _mark_closed(self, reason: str) -> None:
        if not self.closed:
            self.closed, self.close_reason = True, reason
        error = ClientClosedError(self.close_reason)
        for future in (self._accepted, self._opened, self._joined, self._echo):
            if future is not None and not future.done():
                future.set_exception(error)
                future.exception()  # retrieved: no "never retrieved" warning

    async def _read_loop(self) -> None:
        assert self._reader is not None
        try:
            while not self.closed:
                chunk = await self._reader.read(_READ_SIZE)
                if not chunk:
                    self._mark_closed("connection closed by the server")
                    return
                self.bytes_received += len(chunk)
                self._ws.receive_data(chunk)
                for event in self._ws.events():
                    if isinstance(event, TextMessage):
                        self._text.append(event.data)
                        if event.message_finished:
                            text = "".join(self._text)
                            self._text.clear()
                            self._on_packet(text)
                    elif isinstance(event, AcceptConnection):
                        if self._accepted is not None and not self._accepted.done():
                            self._accepted.set_result(None)
                    elif isinstance(event, Ping):
                        self._writer_write(self._ws.send(event.response()))
                    elif isinstance(event, CloseConnection):
                        with contextlib.suppress(LocalProtocolError):
                            self._writer_write(self._ws.send(event.response()))
                        self._mark_closed(f"websocket closed by the server ({event.code})")
                        return
                    elif isinstance(event, RejectConnection | RejectData):
                        self._mark_closed(f"websocket refused: {event!r}")
                        return
                    elif isinstance(event, BytesMessage):
                        continue  # the app sends no binary packets
        except (ConnectionError, OSError, RemoteProtocolError) as exc:
            self._mark_closed(f"connection lost: {exc}")
        except asyncio.CancelledError:
            self._mark_closed(self.close_reason or "reader cancelled")
            raise

    def _writer_write(self, data: bytes) -> None:
        if self._writer is not None and not self._writer.is_closing():
            self._writer.write(data)

    def _on_packet(self, packet: str) -> None:
        if packet.startswith(_EVENT_PREFIX):
            now = time.perf_counter()
            self.messages += 1
            self.last_message_at = now
            echo = self._echo
            if self._nonce and self._nonce in packet and echo is not None and not echo.done():
                echo.set_result(self.messages)
            if self.on_raw is not None:
                self.on_raw(self, packet, now)
            if self.on_message is not None:
                data = _event_payload(packet[len(_EVENT_PREFIX) :])
                if data is not None:
                    self.on_message(self, data, now)
        elif packet == "2":  # engine.io ping from the server
            self._writer_write(self._ws.send(TextMessage(data="3")))
        elif packet.startswith("0"):  # engine.io open
            if self._opened is not None and not self._opened.done():
                self._opened.set_result(None)
        elif packet.startswith(_CONNECT_ACK):
            if self._joined is not None and not self._joined.done():
                self._joined.set_result(None)
        elif packet.startswith(_CONNECT_ERROR):
            self._mark_closed(f"connect refused: {packet}")
        elif packet.startswith(_DISCONNECT) or packet == "1":
            self._mark_closed("disconnected by the server")


def _event_payload(body: str) -> dict[str, Any] | None:
    """The payload of ``["event", payload]`` (Reflex's deltas) or ``["live",
    payload]`` (a live page's shared content), a dict or JSON text of one."""
    try:
        name, *args = json.loads(body)
    except (ValueError, TypeError):
        return None
    if name not in ("event", "live") or not args:
        return None
    payload = args[0]
    if isinstance(payload, str):
        try:
            payload = json.loads(payload)
        except ValueError:
            return None
    return payload if isinstance(payload, dict) else None


def _left(deadline: float) -> float:
    return max(0.001, deadline - time.monotonic())
