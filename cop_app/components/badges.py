"""Small stateless badges: focus areas, thread kinds, answer status."""

from __future__ import annotations

import reflex as rx

from cop_app.i18n import t
from cop_app.schemas import FocusBadge

FOCUS_COLORS: dict[str, str] = {
    "practitioner_support": "teal",
    "business_support": "amber",
    "learning": "blue",
    "innovation": "purple",
    "coordination": "crimson",
}


def focus_badge(badge: FocusBadge) -> rx.Component:
    """A focus area: solid when primary, outlined when secondary."""
    return rx.badge(
        badge.name,
        color_scheme=rx.match(
            badge.code,
            *[(code, color) for code, color in FOCUS_COLORS.items()],
            "gray",
        ),
        variant=rx.cond(badge.primary, "solid", "outline"),
        radius="full",
        high_contrast=True,
    )


def openness_badge(selective: rx.Var[bool]) -> rx.Component:
    return rx.cond(
        selective,
        rx.tooltip(
            rx.badge(rx.icon("lock", size=12), t("community.selective"), color_scheme="gray"),
            content=t("community.selective_help"),
        ),
        rx.tooltip(
            rx.badge(
                rx.icon("door-open", size=12),
                t("community.open"),
                color_scheme="green",
                high_contrast=True,
            ),
            content=t("community.open_help"),
        ),
    )


def visibility_badge(visibility: rx.Var[str]) -> rx.Component:
    """Who reads the discussions, when not everyone does."""
    return rx.match(
        visibility,
        (
            "members",
            rx.badge(
                rx.icon("eye-off", size=12),
                t("community.visibility_members"),
                color_scheme="gray",
                high_contrast=True,
            ),
        ),
        (
            "site",
            rx.badge(
                rx.icon("users", size=12),
                t("community.visibility_site"),
                color_scheme="gray",
                high_contrast=True,
            ),
        ),
        rx.fragment(),
    )


def answer_badge(answered: rx.Var[bool], unanswered: rx.Var[bool]) -> rx.Component:
    return rx.cond(
        answered,
        rx.badge(
            rx.icon("circle-check", size=12),
            t("threads.answered"),
            color_scheme="green",
            high_contrast=True,
        ),
        rx.cond(
            unanswered,
            rx.badge(
                rx.icon("circle-help", size=12),
                t("threads.unanswered"),
                color_scheme="orange",
                high_contrast=True,
            ),
            rx.fragment(),
        ),
    )
