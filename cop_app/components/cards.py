"""A community's card, as the home page lists it (and the configuration page previews it)."""

from __future__ import annotations

import reflex as rx

from cop_app.components.badges import focus_badge, openness_badge
from cop_app.i18n import t
from cop_app.schemas import CommunityCard


def _stat(icon: str, text: rx.Var[str]) -> rx.Component:
    return rx.hstack(
        rx.icon(icon, size=14, color=rx.color("gray", 10)),
        rx.text(text, size="2", color=rx.color("gray", 11)),
        align="center",
        spacing="1",
    )


def community_card(card: CommunityCard) -> rx.Component:
    """The card is one click target, but only the name is the link: a screen
    reader hears the name as the link and reads the tagline, focus areas and
    counts as text (the "stretched link" pattern: the link's ::after covers the
    card, see styles.css)."""
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.heading(
                    rx.link(
                        card.name,
                        href="/c/" + card.slug,
                        underline="none",
                        color="inherit",
                        class_name="card-link",
                    ),
                    as_="h2",
                    size="4",
                ),
                rx.spacer(),
                openness_badge(card.selective),
                width="100%",
                align="start",
            ),
            rx.text(card.tagline, size="2", color=rx.color("gray", 11)),
            rx.hstack(
                rx.foreach(card.focus, focus_badge),
                wrap="wrap",
                spacing="1",
            ),
            rx.spacer(),
            rx.hstack(
                _stat("users", card.member_count + " " + t("home.members_word")),
                _stat("messages-square", card.thread_count + " " + t("home.threads_word")),
                rx.cond(card.last_activity != "", _stat("clock", card.last_activity)),
                spacing="4",
                wrap="wrap",
            ),
            spacing="3",
            height="100%",
        ),
        size="3",
        height="100%",
        class_name="community-card",
    )
