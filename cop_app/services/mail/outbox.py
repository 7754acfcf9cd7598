"""Mail to send, written in the same transaction as its cause.

- Account mail (a reset link, a confirmation, a notice) is composed at once and
  queued with an idempotency ``key``: enqueueing the same key twice writes
  one row.
- Notifications a member takes by email are *gathered*: the fan-out, in the
  transaction that writes them, opens (or joins) the member's one gathering
  mail for that thread (``gather_key``), due when the batching window closes;
  help-desk requests to the team are due at once. The sender composes it then,
  from the notifications still unread and visible (cop_app.services.mail.sender).

Every write here wakes this process's sender after the commit
(``db.on_commit``); other processes find the rows when they next look.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from cop_app.background import Wakers
from cop_app.models import MailKind, MailMessage, MailStatus, NotificationKind, User, utcnow
from cop_app.services.mail import compose, settings

#: Kinds whose mail does not wait for the batching window.
AT_ONCE: frozenset[NotificationKind] = frozenset({NotificationKind.HELPDESK_REQUEST})
#: Account mail: its body is for its recipient's eyes only.
PRIVATE: frozenset[MailKind] = frozenset(
    {
        MailKind.PASSWORD_RESET,
        MailKind.CONFIRM_ADDRESS,
        MailKind.SIGNUP_NOTICE,
        MailKind.ADDRESS_CHANGED,
    }
)

#: The senders of this process, woken after a commit that queued mail.
wakers = Wakers()


def enqueue(
    session: Session,
    *,
    key: str,
    kind: MailKind,
    to_address: str,
    composed: compose.Composed,
    user_id: int | None = None,
    headers: dict[str, str] | None = None,
    now: datetime | None = None,
) -> MailMessage:
    """Queue one composed mail (idempotent on ``key``)."""
    existing = session.exec(select(MailMessage).where(MailMessage.key == key)).first()
    if existing is not None:
        return existing
    now = now or utcnow()
    domain = settings.current().from_domain
    row = MailMessage(
        key=key[:120],
        kind=kind,
        status=MailStatus.QUEUED,
        user_id=user_id,
        to_address=to_address,
        private=kind in PRIVATE,
        message_id=compose.new_message_id(domain),
        subject=composed.subject,
        body_text=composed.text,
        body_html=composed.html,
        headers=headers or {},
        created_at=now,
        run_after=now,
    )
    session.add(row)
    session.flush()
    wakers.after_commit(session)
    return row


def gather_key(user_id: int, *, thread_id: int | None, community_id: int, kind: str) -> str:
    if thread_id:
        return f"{int(user_id)}:t{int(thread_id)}"
    return f"{int(user_id)}:c{int(community_id)}:{kind}"


def gather(
    session: Session,
    *,
    recipients: Iterable[tuple[int, NotificationKind]],
    community_id: int,
    thread_id: int | None,
    at: datetime,
    cause: str,
) -> dict[int, int]:
    """Open or join each member's gathering mail for this thread (or, outside a
    thread, this community and kind); member id -> mail id. Called by the
    fan-out in the transaction that writes the notifications; ``cause`` names
    what happened (the fan-out job), which tells each member at most once, so
    a mail it opens has a key of its own."""
    found: dict[int, int] = {}
    wanted = list(recipients)
    if not wanted:
        return found
    addresses = dict(
        session.exec(
            select(User.id, User.email).where(col(User.id).in_([uid for uid, _ in wanted]))
        ).all()
    )
    current = settings.current()
    table = MailMessage.__table__  # type: ignore[attr-defined]
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    rows = []
    for uid, kind in wanted:
        if uid not in addresses:
            continue
        key = f"gather:{cause}:{uid}"
        rows.append(
            {
                "key": key,
                "gather_key": gather_key(
                    uid, thread_id=thread_id, community_id=community_id, kind=kind
                ),
                "kind": MailKind(kind.value),
                "status": MailStatus.GATHERING,
                "user_id": uid,
                "to_address": addresses[uid],
                "community_id": community_id,
                "thread_id": thread_id,
                "private": False,
                "message_id": compose.keyed_message_id(key, current.from_domain),
                "subject": "",
                "body_text": "",
                "body_html": "",
                "headers": {},
                "detail": "",
                "attempts": 0,
                "created_at": at,
                "run_after": at if kind in AT_ONCE else at + current.batch_window,
                "local": False,
            }
        )
    if not rows:
        return found
    # One statement for the whole batch (it runs inside the fan-out's write
    # transaction): each member's row is opened, or their open one joined.
    statement = insert(table).values(rows)
    statement = statement.on_conflict_do_update(
        index_elements=["gather_key"],
        # An urgent kind joining a waiting mail brings it forward.
        set_={
            "run_after": sa.case(
                (statement.excluded.run_after < table.c.run_after, statement.excluded.run_after),
                else_=table.c.run_after,
            )
        },
    ).returning(table.c.id, table.c.user_id)
    for mail_id, user_id in session.execute(statement).all():
        found[int(user_id)] = int(mail_id)
    wakers.after_commit(session)
    return found
