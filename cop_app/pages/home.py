"""Home page: every community with its primary focus areas and size."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.cards import community_card
from cop_app.components.layout import loading, shell
from cop_app.i18n import t
from cop_app.schemas import MyCommunity
from cop_app.state.auth import AuthState
from cop_app.state.home import HomeState


def _my_community(item: MyCommunity) -> rx.Component:
    return rx.el.li(
        rx.link(item.name, href="/c/" + item.slug, high_contrast=True, weight="medium"),
        " ",
        rx.match(
            item.status,
            (
                "active",
                rx.badge(
                    rx.match(
                        item.role,
                        ("lead", t("home.role_lead")),
                        ("facilitator", t("home.role_facilitator")),
                        t("home.status_active"),
                    ),
                    color_scheme="green",
                    high_contrast=True,
                ),
            ),
            (
                "pending",
                rx.badge(t("home.status_pending"), color_scheme="amber", high_contrast=True),
            ),
            rx.badge(t("home.status_declined"), color_scheme="gray", high_contrast=True),
        ),
    )


def _mine() -> rx.Component:
    """For a signed-in member: their communities, and how their requests went."""
    return rx.cond(
        AuthState.signed_in,
        rx.card(
            rx.vstack(
                rx.heading(t("home.mine"), as_="h2", size="4"),
                rx.cond(
                    HomeState.mine.length() > 0,
                    rx.el.ul(rx.foreach(HomeState.mine, _my_community), class_name="mine-list"),
                    rx.text(t("home.mine_empty"), size="2"),
                ),
                rx.cond(
                    HomeState.onboarding_unfinished,
                    rx.link(
                        t("home.continue_onboarding"),
                        href=routes.ONBOARDING,
                        high_contrast=True,
                        weight="medium",
                    ),
                ),
                spacing="2",
                width="100%",
            ),
            width="100%",
            margin_bottom="1.5rem",
        ),
    )


@rx.page(route=routes.HOME, title=t("app.name"), on_load=[AuthState.refresh, HomeState.load])
def home() -> rx.Component:
    return shell(
        rx.vstack(
            rx.heading(t("home.title"), as_="h1", size="7"),
            rx.text(t("home.lead"), size="3", color=rx.color("gray", 11), max_width="44rem"),
            rx.text(t("home.lead2"), size="3", color=rx.color("gray", 11)),
            spacing="2",
            margin_bottom="1.5rem",
        ),
        rx.cond(HomeState.loaded, _mine()),
        rx.cond(
            HomeState.loaded,
            rx.cond(
                HomeState.cards.length() > 0,
                rx.grid(
                    rx.foreach(HomeState.cards, community_card),
                    columns=rx.breakpoints(initial="1", sm="2", lg="3"),
                    spacing="4",
                    width="100%",
                ),
                rx.callout(t("home.empty"), icon="info", high_contrast=True),
            ),
            loading(),
        ),
    )
