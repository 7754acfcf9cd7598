"""Shared by the whole demo: the published demo accounts, the clock's units, short names
for the focus areas and thread kinds, and two small helpers."""

from __future__ import annotations

from collections.abc import Iterable

from cop_app.models import FocusAreaCode, ThreadKind

DEMO_PASSWORD = "practice-makes-perfect"  # noqa: S105  (published demo password)
ADMIN_EMAIL = "admin@example.org"
LEAD_EMAIL = "lead@example.org"
MEMBER_EMAIL = "member@example.org"

HORIZON_DAYS = 420  # the oldest community's age; the others start later
DAY = 86_400
HOUR = 3_600

PS = FocusAreaCode.PRACTITIONER_SUPPORT
BS = FocusAreaCode.BUSINESS_SUPPORT
LE = FocusAreaCode.LEARNING
IN = FocusAreaCode.INNOVATION
CO = FocusAreaCode.COORDINATION
Q = ThreadKind.QUESTION
HD = ThreadKind.HELPDESK
DI = ThreadKind.DISCUSSION
KN = ThreadKind.KNOWLEDGE


class DemoDataExistsError(ValueError):
    """The demo communities are already in this database."""


def _accumulate(values: Iterable[float]) -> list[float]:
    out, total = [], 0.0
    for v in values:
        total += v
        out.append(total)
    return out


def _cap(text: str) -> str:
    return text[0].upper() + text[1:] if text else text
