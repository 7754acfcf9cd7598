"""One result format for every benchmark module, so ``python -m bench`` can
print one table and write one JSON file.

A :class:`Figure` is one measured number beside the reference it is compared
with in the same run (its ratio), and the goal it is judged against, if any.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Figure:
    section: str  # "1. interactions", "2. live propagation", ...
    name: str  # what was measured, in words
    value: float
    unit: str = "ms"
    reference: float | None = None  # the reference measured in the same run
    reference_name: str = ""
    goal: str = ""  # e.g. "ratio <= 1.5", "p95 < 100 ms"
    met: bool | None = None  # whether the goal holds, when there is one
    extra: dict[str, Any] = field(default_factory=dict)  # p50, cpu %, n, ...

    @property
    def ratio(self) -> float | None:
        if self.reference in (None, 0) or self.reference is None:
            return None
        return self.value / self.reference

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio}


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100); NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def p50_p95(values: list[float]) -> tuple[float, float]:
    return (statistics.median(values) if values else math.nan, percentile(values, 95))


def _fmt(x: float | None) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "-"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    return f"{x:.2f}" if abs(x) < 10 else f"{x:.1f}"


def _fmt_ratio(x: float | None) -> str:
    """A ratio; a small one as a fraction ("1/390"), which 0.00 would hide."""
    if x is not None and 0 < x < 0.1:
        return f"1/{1 / x:,.0f}"
    return _fmt(x)


def table(figures: list[Figure]) -> str:
    """A Markdown table, one row per figure, grouped by section."""
    lines = [
        "| section | figure | value | reference | ratio | goal | met |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in figures:
        ref = f"{_fmt(f.reference)} {f.unit} ({f.reference_name})" if f.reference else "-"
        met = {True: "yes", False: "**no**", None: ""}[f.met]
        lines.append(
            f"| {f.section} | {f.name} | {_fmt(f.value)} {f.unit} | {ref} | "
            f"{_fmt_ratio(f.ratio)} | {f.goal} | {met} |"
        )
    return "\n".join(lines)
