"""The layout shell every page uses: header with navigation, main, footer."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.live import live_bell
from cop_app.i18n import t
from cop_app.state.auth import AuthState
from cop_app.state.bell import BellState

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
                rx.text(
                    t("app.tagline"),
                    size="1",
                    color=rx.color("gray", 11),
                    class_name="brand-tagline",  # hidden on narrow screens (styles.css)
                ),
                spacing="0",
                class_name="brand-words",
            ),
            align="center",
            spacing="2",
        ),
        href=routes.HOME,
        underline="none",
        color="inherit",
        class_name="brand",
    )


def _account() -> rx.Component:
    """Who am I: the member's menu when signed in, sign-in and join otherwise.

    The menu button shows the member's name (cut with an ellipsis when the
    header is narrow); its accessible name is that full name + "account menu",
    so it contains the visible text (WCAG 2.5.3).
    """
    return rx.cond(
        AuthState.signed_in,
        rx.menu.root(
            rx.menu.trigger(
                rx.button(
                    rx.icon("circle-user-round", size=16, flex_shrink="0"),
                    rx.el.span(AuthState.display_name, class_name="account-name"),
                    rx.icon("chevron-down", size=14, flex_shrink="0"),
                    variant="soft",
                    size="2",
                    high_contrast=True,
                    aria_label=AuthState.display_name + " " + t("nav.account_menu"),
                    class_name="account-button",
                ),
            ),
            rx.menu.content(
                rx.text(
                    t("nav.signed_in_as") + " " + AuthState.display_name,
                    size="1",
                    color=rx.color("gray", 11),
                    padding="0.25rem 0.75rem",
                ),
                rx.menu.item(t("nav.profile"), on_click=rx.redirect(routes.PROFILE)),
                rx.menu.item(t("nav.sessions"), on_click=rx.redirect(routes.SESSIONS)),
                rx.menu.item(t("prefs.title"), on_click=rx.redirect(routes.MAIL_PREFERENCES)),
                rx.cond(
                    AuthState.show_admin_link,
                    rx.menu.item(t("nav.admin"), on_click=rx.redirect(routes.ADMIN)),
                ),
                rx.menu.separator(),
                rx.menu.item(t("nav.sign_out"), on_click=AuthState.sign_out, color_scheme="red"),
            ),
        ),
        rx.hstack(
            rx.link(t("nav.sign_in"), href=routes.LOGIN, weight="medium", high_contrast=True),
            # A link that looks like a button (one element, one tab stop).
            rx.button(
                rx.link(t("nav.join"), href=routes.SIGNUP, underline="none"),
                as_child=True,
                size="2",
                high_contrast=True,
            ),
            spacing="4",
            align="center",
            class_name="nav-wide",  # in the "Menu" on narrow screens
        ),
    )


#: The member's unread count, sent to every tab by their room (state/bell.py).
BELL = live_bell()


def _bell() -> rx.Component:
    """The bell: a link to the notifications page with the unread count, live.
    Its name says the count in words ("Notifications, 3 unread") and so contains
    the visible number; mounting it starts the tab's bell (BellState.start)."""
    return rx.link(
        rx.icon("bell", size=20, aria_hidden="true"),
        rx.cond(
            BELL.badge != "",
            rx.el.span(BELL.badge, class_name="bell-badge", aria_hidden="true"),
        ),
        href=routes.NOTIFICATIONS,
        aria_label=BELL.label,
        high_contrast=True,
        class_name="bell",
        data_live=rx.cond(BELL.known, "counted", "waiting"),
        on_mount=BellState.start,
        id="bell",
    )


def _compact_menu() -> rx.Component:
    """On narrow screens (styles.css) the links collapse into a "Menu" button."""
    return rx.menu.root(
        rx.menu.trigger(
            rx.button(
                rx.icon("menu", size=16),
                t("nav.menu"),
                variant="soft",
                size="2",
                high_contrast=True,
            ),
        ),
        rx.menu.content(
            rx.menu.item(t("nav.communities"), on_click=rx.redirect(routes.HOME)),
            rx.cond(
                ~AuthState.signed_in,
                rx.fragment(
                    rx.menu.item(t("nav.sign_in"), on_click=rx.redirect(routes.LOGIN)),
                    rx.menu.item(t("nav.join"), on_click=rx.redirect(routes.SIGNUP)),
                ),
            ),
            align="end",
        ),
    )


def notice_banner() -> rx.Component:
    """Why the member was sent here (e.g. a page only leads may open)."""
    return rx.cond(
        AuthState.notice != "",
        rx.hstack(
            rx.icon("info", size=18, color=rx.color("amber", 12), flex_shrink="0"),
            rx.text(AuthState.notice, size="2", color=rx.color("amber", 12)),
            rx.spacer(),
            rx.icon_button(
                rx.icon("x", size=14),
                variant="ghost",
                size="1",
                color_scheme="amber",
                high_contrast=True,
                on_click=AuthState.dismiss_notice,
                aria_label=t("nav.dismiss"),
            ),
            role="status",
            align="center",
            spacing="3",
            width="100%",
            padding="0.75rem 1rem",
            margin_bottom="1.5rem",
            border_radius="var(--radius-3)",
            background=rx.color("amber", 3),
            border=f"1px solid {rx.color('amber', 6)}",
        ),
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
                        class_name="nav-wide",
                    ),
                    rx.box(_compact_menu(), class_name="nav-compact"),
                    rx.cond(AuthState.signed_in, _bell()),
                    _account(),
                    align="center",
                    spacing="5",
                    class_name="site-nav-row",
                ),
                aria_label=t("nav.main"),
                class_name="site-nav",
            ),
            align="center",
            width="100%",
            max_width=MAX_WIDTH,
            margin_x="auto",
            padding_x="1.5rem",
            padding_y="0.75rem",
            class_name="site-header-row",
        ),
        border_bottom=f"1px solid {rx.color('gray', 5)}",
        background=rx.color("gray", 1),
        position="sticky",
        top="0",
        z_index="10",
        class_name=rx.cond(AuthState.signed_in, "site-header signed-in", "site-header"),
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
            notice_banner(),
            *children,
            id="main",
            tab_index=-1,  # so following the skip link moves focus here
            max_width=MAX_WIDTH,
            margin_x="auto",
            # A phone keeps its few pixels for the content.
            padding_x=rx.breakpoints(initial="1rem", xs="1.5rem"),
            padding_y=rx.breakpoints(initial="1.25rem", xs="2rem"),
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


def back_link(label: rx.Var[str] | str, href: rx.Var[str] | str) -> rx.Component:
    """The link back to where this page hangs from (a community, the admin page)."""
    return rx.link(
        rx.hstack(rx.icon("arrow-left", size=14), label, align="center"),
        href=href,
        size="2",
        high_contrast=True,
        class_name="no-print",
    )


def page(
    *children: rx.Component,
    title: rx.Var[str] | str,
    back: tuple[rx.Var[str] | str, rx.Var[str] | str],
    lead: str = "",
    max_width: str = "52rem",
) -> rx.Component:
    """A page in the shell: back link, its one h1, an optional lead, the content."""
    return shell(
        rx.vstack(
            back_link(*back),
            rx.heading(title, as_="h1", size="7"),
            rx.text(lead, size="2", color=rx.color("gray", 11)) if lead else rx.fragment(),
            *children,
            spacing="4",
            max_width=max_width,
            width="100%",
        )
    )


def narrow_card(*children: rx.Component) -> rx.Component:
    """One short form or message in a card, centred (sign-in, mailed links)."""
    return rx.card(
        rx.vstack(*children, spacing="4", width="100%"),
        max_width="28rem",
        width="100%",
        margin_x="auto",
        size="4",
    )
