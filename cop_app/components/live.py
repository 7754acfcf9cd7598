"""Shared page content that lives in the browser (``assets/cop_live.js``).

A live page's content is not in its tab's Reflex state: the server sends it on
the page's websocket as neutral data, and the browser keeps and formats it.
:func:`live_thread` is that data as a Reflex var, for components to render
like any other (``rx.foreach``, ``rx.cond``).
"""

from __future__ import annotations

import hashlib
import json

import reflex as rx
from reflex.utils.imports import ImportVar
from reflex.vars.base import VarData

from cop_app.i18n import t
from cop_app.models import KnowledgeSubtype, ThreadKind, ThreadStatus, Urgency
from cop_app.schemas import LiveBell, LiveThread
from cop_app.services.reach.notifications import BELL_MAX

#: ``assets/cop_live.js`` as the compiled frontend imports it.
LIVE_JS = "$/public/cop_live.js"


def _texts() -> dict:
    labels = {
        **{f"kind.{k.value}": t(f"kind.{k.value}") for k in ThreadKind},
        **{f"subtype.{k.value}": t(f"subtype.{k.value}") for k in KnowledgeSubtype},
        **{f"status.{k.value}": t(f"status.{k.value}") for k in ThreadStatus},
        **{f"urgency.{k.value}": t(f"urgency.{k.value}") for k in Urgency},
    }
    texts = {
        "just_now": t("time.just_now"),
        "sending": t("thread.sending"),
        "target": t("thread.target", hours="{hours}"),
        "labels": labels,
    }
    key = hashlib.sha256(json.dumps(texts, sort_keys=True).encode()).hexdigest()[:12]
    return {"key": key, **texts}


def live_thread(resync_event: str) -> rx.Var[LiveThread]:
    """The thread the page's address names, as the browser holds it.
    ``resync_event``: the Reflex event that sends the whole thread again."""
    hook = f"const copThread = useCopThread({json.dumps(resync_event)}, {json.dumps(_texts())});"
    return rx.Var(
        _js_expr="copThread",
        _var_type=LiveThread,
        _var_data=VarData(hooks={hook: None}, imports={LIVE_JS: [ImportVar(tag="useCopThread")]}),
    ).guess_type()


def live_bell() -> rx.Var[LiveBell]:
    """The member's unread count as the browser holds it (their room sends it)."""
    texts = {
        "max": BELL_MAX,
        "none": t("notify.bell"),
        "unread": t("notify.bell_unread", count="{count}"),
    }
    hook = f"const copBell = useCopBell({json.dumps(texts)});"
    return rx.Var(
        _js_expr="copBell",
        _var_type=LiveBell,
        _var_data=VarData(hooks={hook: None}, imports={LIVE_JS: [ImportVar(tag="useCopBell")]}),
    ).guess_type()
