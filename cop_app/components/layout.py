"""The layout shell every page uses: header with navigation, main, footer."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.i18n import t

MAX_WIDTH = "72rem"


def _brand() -> rx.Component:
    return rx.link(
        rx.hstack(
            rx.box(
                rx.icon("users-round", size=20, color="white"),
                background=rx.color("teal", 9),
                border_radius="8px",
                padding="6px",
                display="flex",
            ),
            rx.vstack(
                rx.text(t("app.name"), weight="bold", size="4", line_height="1.1"),
                rx.text(t("app.tagline"), size="1", color=rx.color("gray", 11)),
                spacing="0",
            ),
            align="center",
            spacing="2",
        ),
        href=routes.HOME,
        underline="none",
        color="inherit",
        aria_label=t("app.name"),
    )


def site_header() -> rx.Component:
    return rx.el.header(
        rx.hstack(
            _brand(),
            rx.spacer(),
            rx.el.nav(
                rx.hstack(
                    rx.link(
                        t("nav.communities"),
                        href=routes.HOME,
                        weight="medium",
                        high_contrast=True,
                    ),
                    rx.link(
                        rx.button(t("nav.sign_in"), variant="soft", size="2", high_contrast=True),
                        href=routes.LOGIN,
                    ),
                    align="center",
                    spacing="5",
                ),
                aria_label=t("nav.main"),
            ),
            align="center",
            width="100%",
            max_width=MAX_WIDTH,
            margin_x="auto",
            padding_x="1.5rem",
            padding_y="0.75rem",
        ),
        border_bottom=f"1px solid {rx.color('gray', 5)}",
        background=rx.color("gray", 1),
        position="sticky",
        top="0",
        z_index="10",
    )


def site_footer() -> rx.Component:
    return rx.el.footer(
        rx.text(t("footer.text"), size="1", color=rx.color("gray", 11)),
        max_width=MAX_WIDTH,
        width="100%",
        margin_x="auto",
        padding="1.5rem",
        border_top=f"1px solid {rx.color('gray', 4)}",
    )


def shell(*children: rx.Component) -> rx.Component:
    """A page: skip link, header, the page's content in <main>, footer."""
    return rx.box(
        # reload_document: let the browser follow "#main" natively (React
        # Router's client-side navigation neither scrolls nor moves focus).
        rx.el.a(t("nav.skip"), href="#main", reload_document=True, class_name="skip-link"),
        site_header(),
        rx.el.main(
            *children,
            id="main",
            tab_index=-1,  # so following the skip link moves focus here
            max_width=MAX_WIDTH,
            margin_x="auto",
            padding_x="1.5rem",
            padding_y="2rem",
            width="100%",
            flex="1",
        ),
        site_footer(),
        display="flex",
        flex_direction="column",
        min_height="100vh",
        background=rx.color("gray", 2),
    )


def loading() -> rx.Component:
    return rx.center(rx.spinner(size="3", aria_label=t("thread.loading")), padding="4rem")
