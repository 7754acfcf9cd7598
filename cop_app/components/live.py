"""Shared page content that lives in the browser (``assets/cop_live.js``).

A live page's content is not in its tab's Reflex state: the server sends it on
the page's websocket as neutral data, and the browser keeps and formats it.
:func:`live_thread` is that data as a Reflex var, for components to render
like any other (``rx.foreach``, ``rx.cond``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json

import plotly.graph_objects as go
import reflex as rx
from reflex.utils.imports import ImportVar
from reflex.vars.base import VarData
from reflex.vars.function import FunctionStringVar

from cop_app.i18n import t
from cop_app.models import KnowledgeSubtype, ThreadKind, ThreadStatus, Urgency
from cop_app.schemas import LiveBell, LiveThread
from cop_app.services.health.dashboard import AttentionItem, MetricCard
from cop_app.services.health.scorecard import BlockScore
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


@dataclasses.dataclass(frozen=True)
class LiveBoard:
    """A community's health board as the browser holds it (``useCopBoard``)."""

    ready: bool
    gone: bool  # the viewer is no longer on the team
    slug: str
    period: int
    name: str
    updated: str  # when the figures were computed, in the viewer's zone
    report_date: str
    cards: list[MetricCard]
    attention: list[AttentionItem]
    blocks: list[BlockScore]
    stage_title: str
    stage_summary: str
    stage_reasons: list[str]
    stage_advice: list[str]
    summaries: dict[str, str]
    fig_activity: go.Figure
    fig_first_response: go.Figure
    fig_focus: go.Figure
    fig_levels: go.Figure
    fig_funnel: go.Figure


def live_board(resync_event: str) -> rx.Var[LiveBoard]:
    """The health board the page's address names, as the browser holds it.
    ``resync_event``: the Reflex event that sends the whole board again."""
    hook = f"const copBoard = useCopBoard({json.dumps(resync_event)});"
    return rx.Var(
        _js_expr="copBoard",
        _var_type=LiveBoard,
        _var_data=VarData(hooks={hook: None}, imports={LIVE_JS: [ImportVar(tag="useCopBoard")]}),
    ).guess_type()


def live_thread(resync_event: str) -> rx.Var[LiveThread]:
    """The thread the page's address names, as the browser holds it.
    ``resync_event``: the Reflex event that sends the whole thread again."""
    hook = f"const copThread = useCopThread({json.dumps(resync_event)}, {json.dumps(_texts())});"
    return rx.Var(
        _js_expr="copThread",
        _var_type=LiveThread,
        _var_data=VarData(hooks={hook: None}, imports={LIVE_JS: [ImportVar(tag="useCopThread")]}),
    ).guess_type()


def _browser_function(name: str) -> FunctionStringVar:
    return FunctionStringVar.create(
        name, _var_data=VarData(imports={LIVE_JS: [ImportVar(tag=name)]})
    )


def ago_text(iso: rx.Var[str]) -> rx.Var[str]:
    """An ISO timestamp as "3 minutes ago", in the browser's language."""
    return _browser_function("copAgo").call(iso, t("time.just_now")).to(str)


def number_text(value: rx.Var[int]) -> rx.Var[str]:
    """A count in the browser's language ("1,234")."""
    return _browser_function("copNumber").call(value).to(str)


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
