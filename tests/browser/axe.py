"""axe-core in a Playwright page: the serious and critical violations (and heading
order), readably.

axe-core's ``axe.min.js`` is installed from npm by ``make test`` (``make axe``,
pinned in the Makefile) into the virtualenv; ``COP_AXE_JS`` points elsewhere.
The wheel that bundles it lags behind (4.12 has the name-mismatch rule as
experimental and no target-size rule), so it is not used.

Radix cards paint their background on a ``::before`` pseudo-element, and axe
cannot compute colour contrast through one: everything inside a card would be
"incomplete" (not checked) instead of passing or failing. Before each run the
card's own background is therefore set to the colour of its ``::before`` and
the pseudo-element made transparent: the page looks the same, and axe can
check the text in cards.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

ROOT = Path(__file__).resolve().parents[2]
AXE_VERSION = "4.14.1"  # the Makefile's AXE_VERSION
AXE_JS = Path(
    os.environ.get("COP_AXE_JS")
    or ROOT / f".venv/axe-core-{AXE_VERSION}/node_modules/axe-core/axe.min.js"
)
if not AXE_JS.is_file():
    msg = f"axe-core is not installed at {AXE_JS}: run `make axe` (make test does it)"
    raise RuntimeError(msg)
AXE_SOURCE = AXE_JS.read_text(encoding="utf-8")
BLOCKING_IMPACTS = ("serious", "critical")
#: Rules off by default in axe that the suite turns on (WCAG 2.5.3 and 2.5.8).
AXE_OPTIONS: dict[str, Any] = {
    "rules": {
        "label-content-name-mismatch": {"enabled": True},
        "target-size": {"enabled": True},
    }
}
#: Violations that fail whatever their impact ("moderate" for axe).
ALWAYS_FAILING = frozenset({"heading-order"})
FLATTEN_CARDS = """() => {
  let style = document.getElementById("axe-flat-cards");
  if (style) style.disabled = true;  // read the cards' real ::before colours
  const cards = [...document.querySelectorAll(".rt-BaseCard")];
  const colours = cards.map((card) => getComputedStyle(card, "::before").backgroundColor);
  cards.forEach((card, i) => { card.style.backgroundColor = colours[i]; });
  if (!style) {
    style = document.createElement("style");
    style.id = "axe-flat-cards";
    style.textContent = ".rt-BaseCard::before { background-color: transparent !important; }";
    document.head.append(style);
  }
  style.disabled = false;
}"""
MAX_TARGETS = 3

Violation = dict[str, Any]


def axe_results(
    page: Page, context: str | dict[str, Any] | None = None, options: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Inject axe-core (once per document) and run it on ``context`` (default: the
    document) with the suite's rules (``AXE_OPTIONS``) and ``options``."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_SOURCE)
    page.evaluate(FLATTEN_CARDS)
    return page.evaluate(
        "([context, options]) => window.axe.run(context ?? document, options)",
        [context, {"resultTypes": ["violations"], **AXE_OPTIONS, **(options or {})}],
    )


def serious_violations(
    page: Page, context: str | dict[str, Any] | None = None, options: dict[str, Any] | None = None
) -> list[Violation]:
    """The violations of impact "serious" or "critical" on the page as it is now,
    and any of the rules in ``ALWAYS_FAILING``."""
    violations = axe_results(page, context, options)["violations"]
    return [
        v for v in violations if v.get("impact") in BLOCKING_IMPACTS or v["id"] in ALWAYS_FAILING
    ]


def format_violations(violations: list[Violation], where: str = "") -> str:
    """One block per rule: id, impact, help text, help URL and the first target selectors."""
    head = f"{len(violations)} serious/critical accessibility violation(s)"
    lines = [f"{head} on {where}:" if where else f"{head}:"]
    for v in violations:
        nodes = v.get("nodes", [])
        lines.append(f"- {v['id']} ({v.get('impact')}): {v.get('help')} [{v.get('helpUrl')}]")
        for node in nodes[:MAX_TARGETS]:
            target = " >> ".join(str(t) for t in node.get("target", []))
            summary = (node.get("failureSummary") or "").replace("\n", " ").strip()
            lines.append(f"    {target}")
            if summary:
                lines.append(f"      {summary[:300]}")
        if len(nodes) > MAX_TARGETS:
            lines.append(f"    … and {len(nodes) - MAX_TARGETS} more element(s)")
    return "\n".join(lines)


def assert_no_serious_violations(
    page: Page, context: str | dict[str, Any] | None = None, options: dict[str, Any] | None = None
) -> None:
    """Fail with a readable list when axe finds a serious or critical violation."""
    violations = serious_violations(page, context, options)
    assert not violations, format_violations(violations, where=page.url)
