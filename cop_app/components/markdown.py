"""Markdown written by members, rendered safely.

Raw HTML in the source is not rendered (``use_raw=False``: ``<script>``,
``<img onerror>``, ``<iframe srcdoc>``, ``<svg onload>`` show as nothing or as
text, see REFLEX_NOTES), ``javascript:`` links are dropped by react-markdown's
URL filter, and every link opens in a new tab with ``rel="nofollow noopener
noreferrer"``: search engines give it no weight and the page it opens cannot
reach back into ours.
"""

from __future__ import annotations

import reflex as rx

LINK_REL = "nofollow noopener noreferrer"


def _link(value: object, **props: object) -> rx.Component:
    return rx.link(value, rel=LINK_REL, target="_blank", high_contrast=True, **props)


def user_markdown(source: rx.Var[str] | str) -> rx.Component:
    return rx.markdown(source, use_raw=False, component_map={"a": _link})
