"""The change history of a configuration: who changed what, when."""

from __future__ import annotations

import reflex as rx

from cop_app.i18n import t
from cop_app.services.communities.community_admin import AuditView


def _entry(entry: AuditView) -> rx.Component:
    return rx.el.li(
        rx.text(entry.who + " · " + entry.when, size="1", weight="medium"),
        rx.el.ul(
            rx.foreach(entry.changes, lambda c: rx.el.li(rx.text(c, size="2"))),
            class_name="reasons",
        ),
        class_name="audit-entry",
    )


def audit_section(audit: rx.Var[list[AuditView]]) -> rx.Component:
    """A heading and the newest changes (a list named "Change history")."""
    return rx.fragment(
        rx.heading(t("config.audit"), as_="h2", size="5"),
        rx.cond(
            audit.length() > 0,
            rx.el.ul(
                rx.foreach(audit, _entry), class_name="audit-list", aria_label=t("config.audit")
            ),
            rx.text(t("config.no_audit"), size="2"),
        ),
    )
