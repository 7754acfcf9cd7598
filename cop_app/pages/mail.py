"""Mail pages: a forgotten password (/password/forgot), a reset link
(/password/reset), a confirmation link (/account/confirm), an unsubscribe link
(/unsubscribe) and a member's mail choices (/account/email)."""

from __future__ import annotations

import reflex as rx

from cop_app import routes
from cop_app.components.forms import field, form_error
from cop_app.components.layout import loading, narrow_card, shell
from cop_app.components.titles import page_title
from cop_app.i18n import t
from cop_app.state.auth import AuthState
from cop_app.state.mail import (
    ConfirmState,
    ForgotState,
    KindRow,
    MailPrefsState,
    ResetState,
    UnsubscribeState,
)


def done(message: rx.Var[str] | str) -> rx.Component:
    return rx.callout(
        message,
        icon="mail-check",
        color_scheme="green",
        high_contrast=True,
        role="status",
        width="100%",
    )


def problem(message: rx.Var[str] | str) -> rx.Component:
    return rx.callout(
        message,
        icon="circle-alert",
        color_scheme="amber",
        high_contrast=True,
        role="alert",
        width="100%",
    )


def _submit(label: str) -> rx.Component:
    return rx.button(label, type="submit", size="3", width="100%", high_contrast=True)


@rx.page(
    route=routes.FORGOT_PASSWORD,
    title=page_title(t("forgot.title")),
    on_load=[AuthState.refresh, ForgotState.open],
)
def forgot_password() -> rx.Component:
    return shell(
        narrow_card(
            rx.heading(t("forgot.title"), as_="h1", size="6"),
            rx.cond(~ForgotState.delivers, problem(t("forgot.no_mail_server"))),
            rx.cond(
                ForgotState.sent != "",
                done(ForgotState.sent),
                rx.vstack(
                    rx.text(t("forgot.intro"), size="2", color=rx.color("gray", 11)),
                    rx.form(
                        rx.vstack(
                            field(
                                t("forgot.email"),
                                name="email",
                                type="email",
                                auto_complete="username",
                                required=True,
                                error=ForgotState.errors.get("email", ""),
                            ),
                            form_error(ForgotState.error),
                            _submit(t("forgot.submit")),
                            spacing="4",
                            width="100%",
                        ),
                        on_submit=ForgotState.submit,
                        width="100%",
                    ),
                    spacing="4",
                    width="100%",
                ),
            ),
            rx.text(rx.link(t("login.title"), href=routes.LOGIN, high_contrast=True), size="2"),
        )
    )


@rx.page(
    route=routes.RESET_PASSWORD,
    title=page_title(t("reset.title")),
    on_load=[AuthState.refresh, ResetState.open],
)
def reset_password() -> rx.Component:
    return shell(
        narrow_card(
            rx.heading(t("reset.title"), as_="h1", size="6"),
            rx.cond(
                ResetState.checked,
                rx.cond(
                    ResetState.problem != "",
                    rx.vstack(
                        problem(ResetState.problem),
                        rx.link(
                            t("reset.ask_again"), href=routes.FORGOT_PASSWORD, high_contrast=True
                        ),
                        spacing="3",
                        width="100%",
                    ),
                    rx.form(
                        rx.vstack(
                            field(
                                t("reset.password"),
                                name="password",
                                type="password",
                                auto_complete="new-password",
                                required=True,
                                hint=t("reset.password_hint"),
                                error=ResetState.errors.get("password", ""),
                            ),
                            _submit(t("reset.submit")),
                            spacing="4",
                            width="100%",
                        ),
                        on_submit=ResetState.submit,
                        width="100%",
                    ),
                ),
                loading(),
            ),
        )
    )


@rx.page(
    route=routes.CONFIRM_ADDRESS,
    title=page_title(t("confirm.title")),
    on_load=[AuthState.refresh, ConfirmState.open],
)
def confirm_address() -> rx.Component:
    return shell(
        narrow_card(
            rx.heading(t("confirm.title"), as_="h1", size="6"),
            rx.cond(
                ConfirmState.checked,
                rx.cond(
                    ConfirmState.done,
                    rx.vstack(
                        rx.cond(
                            ConfirmState.ok,
                            done(ConfirmState.message),
                            problem(ConfirmState.message),
                        ),
                        rx.link(t("confirm.continue"), href=routes.HOME, high_contrast=True),
                        spacing="3",
                        width="100%",
                    ),
                    rx.cond(
                        ConfirmState.change,
                        rx.vstack(
                            rx.text(t("confirm.ask_change")),
                            rx.button(
                                t("mail.change_action"),
                                size="3",
                                high_contrast=True,
                                on_click=ConfirmState.confirm(None),
                            ),
                            spacing="4",
                            width="100%",
                        ),
                        rx.form(
                            rx.vstack(
                                rx.text(t("confirm.ask")),
                                field(
                                    t("confirm.password"),
                                    name="password",
                                    type="password",
                                    auto_complete="current-password",
                                    required=True,
                                    error=ConfirmState.errors.get("password", ""),
                                ),
                                rx.link(
                                    t("forgot.link"),
                                    href=routes.FORGOT_PASSWORD,
                                    high_contrast=True,
                                    size="2",
                                ),
                                _submit(t("mail.confirm_action")),
                                spacing="4",
                                width="100%",
                            ),
                            on_submit=ConfirmState.confirm,
                            width="100%",
                        ),
                    ),
                ),
                loading(),
            ),
        )
    )


@rx.page(
    route=routes.UNSUBSCRIBE,
    title=page_title(t("unsub.title")),
    on_load=[AuthState.refresh, UnsubscribeState.open],
)
def unsubscribe() -> rx.Component:
    prefs = rx.link(t("unsub.to_prefs"), href=routes.MAIL_PREFERENCES, high_contrast=True)
    return shell(
        narrow_card(
            rx.heading(t("unsub.title"), as_="h1", size="6"),
            rx.cond(
                UnsubscribeState.checked,
                rx.cond(
                    UnsubscribeState.valid,
                    rx.cond(
                        UnsubscribeState.done,
                        rx.vstack(
                            done(UnsubscribeState.outcome),
                            prefs,
                            spacing="3",
                            width="100%",
                        ),
                        rx.vstack(
                            rx.text(UnsubscribeState.question),
                            rx.button(
                                t("unsub.confirm"),
                                size="3",
                                high_contrast=True,
                                on_click=UnsubscribeState.confirm,
                            ),
                            spacing="4",
                            width="100%",
                        ),
                    ),
                    rx.vstack(problem(t("unsub.bad")), prefs, spacing="3", width="100%"),
                ),
                loading(),
            ),
        )
    )


_CHANNELS = (("off", "prefs.off"), ("app", "prefs.app"), ("email", "prefs.email"))


def _kind_row(row: KindRow) -> rx.Component:
    """One kind: a fieldset of three radio buttons (legend = the kind)."""
    return rx.el.fieldset(
        rx.el.legend(row.label, class_name="field-label"),
        rx.flex(
            *[
                rx.el.label(
                    rx.el.input(
                        type="radio",
                        name=row.kind,
                        value=value,
                        default_checked=row.channel == value,
                    ),
                    " " + t(key),
                    class_name="check-option",
                )
                for value, key in _CHANNELS
            ],
            wrap="wrap",
            gap="0.4rem 1.25rem",
        ),
        class_name="check-group",
        width="100%",
        padding="0.6rem 0",
        border_bottom=f"1px solid {rx.color('gray', 4)}",
    )


def _address() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(t("prefs.address"), as_="h2", size="4"),
            rx.text(MailPrefsState.address_line),
            rx.cond(
                MailPrefsState.change_sent_to != "",
                done(MailPrefsState.change_sent_to),
                rx.form(
                    rx.vstack(
                        field(
                            t("prefs.new_email"),
                            name="new_email",
                            type="email",
                            auto_complete="email",
                            required=True,
                            error=MailPrefsState.errors.get("new_email", ""),
                        ),
                        field(
                            t("prefs.current_password"),
                            name="current_password",
                            type="password",
                            auto_complete="current-password",
                            required=True,
                            error=MailPrefsState.errors.get("current_password", ""),
                        ),
                        rx.button(
                            t("prefs.change"), type="submit", variant="outline", high_contrast=True
                        ),
                        spacing="3",
                        width="100%",
                        align="start",
                    ),
                    on_submit=MailPrefsState.change_address,
                    width="100%",
                ),
            ),
            spacing="3",
            width="100%",
        ),
        width="100%",
    )


@rx.page(
    route=routes.MAIL_PREFERENCES,
    title=page_title(t("prefs.title")),
    on_load=[AuthState.refresh, MailPrefsState.load],
)
def mail_preferences() -> rx.Component:
    return shell(
        rx.vstack(
            rx.heading(t("prefs.title"), as_="h1", size="7"),
            rx.cond(
                MailPrefsState.loaded,
                rx.vstack(
                    rx.text(MailPrefsState.intro, size="3", color=rx.color("gray", 11)),
                    rx.cond(~MailPrefsState.delivers, problem(t("prefs.local_mailbox"))),
                    rx.card(
                        rx.form(
                            rx.vstack(
                                rx.foreach(MailPrefsState.rows, _kind_row),
                                rx.button(t("prefs.save"), type="submit", high_contrast=True),
                                spacing="2",
                                width="100%",
                                align="start",
                            ),
                            on_submit=MailPrefsState.save,
                            width="100%",
                        ),
                        width="100%",
                    ),
                    _address(),
                    spacing="4",
                    width="100%",
                ),
                loading(),
            ),
            spacing="4",
            max_width="44rem",
            width="100%",
        )
    )
