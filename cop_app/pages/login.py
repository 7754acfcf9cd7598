"""Sign in (/login) and create an account (/signup)."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.forms import field, form_error
from cop_app.components.layout import narrow_card, shell
from cop_app.components.titles import page_title
from cop_app.i18n import t
from cop_app.state.auth import AuthState
from cop_app.state.login import LoginState, SignupState


@rx.page(
    route=routes.LOGIN,
    title=page_title(t("login.title")),
    on_load=[AuthState.refresh, LoginState.open],
)
def login() -> rx.Component:
    return shell(
        narrow_card(
            rx.heading(t("login.title"), as_="h1", size="6"),
            rx.text(t("login.lead"), size="2", color=rx.color("gray", 11)),
            rx.form(
                rx.vstack(
                    field(
                        t("field.email"),
                        name="email",
                        type="email",
                        auto_complete="username",
                        required=True,
                        error=LoginState.errors.get("email", ""),
                    ),
                    field(
                        t("field.password"),
                        name="password",
                        type="password",
                        auto_complete="current-password",
                        required=True,
                        error=LoginState.errors.get("password", ""),
                    ),
                    form_error(LoginState.error),
                    rx.button(
                        t("login.submit"),
                        type="submit",
                        size="3",
                        width="100%",
                        high_contrast=True,
                        # Until the app runs, a click would submit the form natively
                        # (or be lost): the button waits for it.
                        disabled=~rx.State.is_hydrated,
                    ),
                    spacing="4",
                    width="100%",
                ),
                on_submit=LoginState.submit,
                width="100%",
            ),
            rx.link(t("forgot.link"), href=routes.FORGOT_PASSWORD, high_contrast=True, size="2"),
            rx.text(
                t("login.no_account") + " ",
                rx.link(t("login.create_account"), href=routes.SIGNUP, high_contrast=True),
                size="2",
            ),
        )
    )


@rx.page(
    route=routes.SIGNUP,
    title=page_title(t("signup.title")),
    on_load=[AuthState.refresh, SignupState.open],
)
def signup() -> rx.Component:
    return shell(
        narrow_card(
            rx.heading(t("signup.title"), as_="h1", size="6"),
            rx.text(t("signup.lead"), size="2", color=rx.color("gray", 11)),
            rx.cond(
                SignupState.check_email != "",
                rx.vstack(
                    rx.heading(t("signup.check_email_title"), as_="h2", size="4"),
                    rx.callout(
                        SignupState.check_email,
                        icon="mail-check",
                        color_scheme="green",
                        high_contrast=True,
                        role="status",
                        width="100%",
                    ),
                    spacing="3",
                    width="100%",
                ),
                rx.form(
                    rx.vstack(
                        field(
                            t("field.display_name"),
                            name="display_name",
                            error=SignupState.errors.get("display_name", ""),
                            auto_complete="name",
                            required=True,
                            max_length=80,
                        ),
                        field(
                            t("field.email"),
                            name="email",
                            type="email",
                            error=SignupState.errors.get("email", ""),
                            auto_complete="email",
                            required=True,
                        ),
                        field(
                            t("field.password"),
                            name="password",
                            type="password",
                            error=SignupState.errors.get("password", ""),
                            hint=t("signup.password_hint"),
                            auto_complete="new-password",
                            required=True,
                        ),
                        form_error(SignupState.error),
                        rx.button(
                            t("signup.submit"),
                            type="submit",
                            size="3",
                            width="100%",
                            high_contrast=True,
                            disabled=~rx.State.is_hydrated,
                        ),
                        spacing="4",
                        width="100%",
                    ),
                    on_submit=SignupState.submit,
                    width="100%",
                ),
            ),
            rx.text(
                t("signup.have_account") + " ",
                rx.link(t("login.title"), href=routes.LOGIN, high_contrast=True),
                size="2",
            ),
        )
    )
