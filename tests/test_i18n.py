"""Every UI string goes through the translation helper and exists in the catalogue."""

from __future__ import annotations

import ast
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cop_app.i18n import fmt_ago, fmt_duration, fmt_number, fmt_percent, t, tn
from cop_app.locales.en import MESSAGES

PACKAGE = Path(__file__).resolve().parents[1] / "cop_app"


def _literal_keys() -> set[str]:
    """Keys passed as string literals to t(...) anywhere in the app."""
    keys: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"t", "tn"}
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                key = node.args[0].value
                keys.add(key if node.func.id == "t" else f"{key}.other")
    return keys


def test_every_key_used_in_the_code_is_in_the_english_catalogue() -> None:
    used = _literal_keys()
    assert len(used) > 20  # the pages really use the helper
    assert sorted(used - MESSAGES.keys()) == []


def test_dynamic_keys_for_enums_exist() -> None:
    from cop_app.models import KnowledgeSubtype, ThreadKind, ThreadStatus

    for kind in ThreadKind:
        assert t(f"kind.{kind.value}")
    for subtype in KnowledgeSubtype:
        assert t(f"subtype.{subtype.value}")
    for status in ThreadStatus:
        assert t(f"status.{status.value}")


def test_unknown_key_fails_loudly_and_unknown_locale_falls_back() -> None:
    with pytest.raises(KeyError):
        t("no.such.key")
    assert t("kind.question", "xx") == MESSAGES["kind.question"]


def test_numbers_and_dates_are_formatted_by_locale() -> None:
    now = datetime(2026, 11, 22, 12, tzinfo=UTC)
    assert fmt_number(12345) == "12,345"
    assert fmt_number(12345, "fr") == "12\u202f345"
    assert fmt_percent(0.25) == "25%"
    assert fmt_ago(now - timedelta(hours=3), now) == "3 hours ago"
    assert fmt_ago(now - timedelta(hours=3), now, "es") == "hace 3 horas"
    assert fmt_duration(40 * 3600) == "2 days"


def test_counted_messages_follow_the_locale_plural_rules() -> None:
    assert tn("sessions.ended_others", 1) == "Signed out of 1 other session."
    assert tn("sessions.ended_others", 3) == "Signed out of 3 other sessions."
    assert tn("sessions.ended_others", 1200) == "Signed out of 1,200 other sessions."
