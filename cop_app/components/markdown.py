"""Markdown written by members, rendered safely.

Raw HTML in the source is not rendered (``use_raw=False``: ``<script>``,
``<img onerror>``, ``<iframe srcdoc>``, ``<svg onload>`` show as nothing or as
text, see REFLEX_NOTES), ``javascript:`` links are dropped by react-markdown's
URL filter, and every link opens in a new tab with ``rel="nofollow noopener
noreferrer"``: search engines give it no weight and the page it opens cannot
reach back into ours.

Headings written in Markdown sit below the page's own (WCAG 1.3.1, heading
order): ``top`` is the level a ``#`` heading becomes on that page (the page
has an ``h1``, and an ``h2`` above replies), and deeper ones follow, down to
``h6``.
"""

from __future__ import annotations

import reflex as rx

LINK_REL = "nofollow noopener noreferrer"


def _link(value: object, **props: object) -> rx.Component:
    return rx.link(value, rel=LINK_REL, target="_blank", high_contrast=True, **props)


#: Visual size of a Markdown heading by its depth in the post (``#`` first):
#: modest, so a member's heading never outshouts the page's.
_HEADING_SIZES = ("5", "4", "3", "3", "2", "2")


def _heading(depth: int, top: int):
    level = min(6, top + depth)

    def render(value: object, **props: object) -> rx.Component:
        return rx.heading(value, as_=f"h{level}", size=_HEADING_SIZES[depth], **props)

    # Reflex names a component map by its functions' qualified names: each
    # level needs its own, or two maps on one page would share one name.
    render.__qualname__ = f"markdown_heading_{depth + 1}_as_h{level}"
    return render


def user_markdown(source: rx.Var[str] | str, *, top: int = 3) -> rx.Component:
    headings = {f"h{depth + 1}": _heading(depth, top) for depth in range(6)}
    return rx.markdown(source, use_raw=False, component_map={"a": _link, **headings})
