"""Page titles that say which page this is (WCAG 2.4.2): tabs, history,
bookmarks and screen readers tell pages apart by them."""

from __future__ import annotations

import reflex as rx

from cop_app.i18n import t


def page_title(*parts: rx.Var[str] | str) -> rx.Var[str]:
    """``"Thread · Community · Practice Commons"``, most specific first; a part
    that is still empty (the page is loading) is left out."""
    title: rx.Var[str] = rx.Var.create(t("app.name"))
    for part in reversed(parts):
        value = rx.Var.create(part)
        title = rx.cond(value != "", value + " · " + title, title)
    return title
