"""Mail settings live in the base layer (:mod:`cop_app.mail_settings`: the
guards read them too); the mail services reach them here."""

from cop_app.mail_settings import (
    BATCH_ENV,
    DEFAULT_BATCH_MINUTES,
    DEFAULT_FROM,
    MAIL_FROM_ENV,
    ROUND_SIZE,
    SMTP_URL_ENV,
    MailSettings,
    Smtp,
    current,
    load,
    parse_smtp_url,
    reset_for_tests,
)

__all__ = [
    "BATCH_ENV",
    "DEFAULT_BATCH_MINUTES",
    "DEFAULT_FROM",
    "MAIL_FROM_ENV",
    "ROUND_SIZE",
    "SMTP_URL_ENV",
    "MailSettings",
    "Smtp",
    "current",
    "load",
    "parse_smtp_url",
    "reset_for_tests",
]
