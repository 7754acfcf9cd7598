"""The one translation helper: every UI string goes through :func:`t`.

Messages live in per-language catalogues (``cop_app/locales/<lang>.py``, a flat
``MESSAGES`` dict of ``key -> text`` with ``{name}`` placeholders). English is
the reference catalogue; Spanish and French are added as catalogues with the
same keys (``tests/test_i18n.py`` checks every key used in the code exists).
Dates and numbers are formatted by locale with Babel, never by hand.
"""

from __future__ import annotations

import contextvars
import functools
import zoneinfo
from datetime import UTC, date, datetime, timedelta
from importlib import import_module
from typing import Any

from babel import Locale
from babel.dates import format_date, format_datetime, format_timedelta
from babel.numbers import format_decimal, format_percent

DEFAULT_LOCALE = "en"
SUPPORTED_LOCALES = ("en",)


def _catalogue(locale: str) -> dict[str, str]:
    return import_module(f"cop_app.locales.{locale}").MESSAGES


def t(key: str, locale: str = DEFAULT_LOCALE, /, **params: Any) -> str:
    """The text of ``key`` in ``locale`` (falling back to English), formatted with ``params``.

    A missing key raises ``KeyError`` at compile time rather than showing a raw key.
    """
    catalogue = _catalogue(locale) if locale in SUPPORTED_LOCALES else _catalogue(DEFAULT_LOCALE)
    text = catalogue.get(key)
    if text is None:
        text = _catalogue(DEFAULT_LOCALE)[key]
    return text.format(**params) if params else text


def tn(key: str, count: int, locale: str = DEFAULT_LOCALE, /, **params: Any) -> str:
    """A message that depends on a count: ``key.one``, ``key.other`` (CLDR plural forms)."""
    form = Locale.parse(locale).plural_form(count)
    catalogue = _catalogue(locale) if locale in SUPPORTED_LOCALES else _catalogue(DEFAULT_LOCALE)
    chosen = f"{key}.{form}" if f"{key}.{form}" in catalogue else f"{key}.other"
    return t(chosen, locale, count=fmt_number(count, locale), **params)


def fmt_number(value: float | int, locale: str = DEFAULT_LOCALE) -> str:
    return format_decimal(value, locale=locale)


def fmt_percent(value: float, locale: str = DEFAULT_LOCALE) -> str:
    return format_percent(value, locale=locale)


# --------------------------------------------------------------------------- time zones

#: The viewer's time zone for the dates formatted in this context: a handler
#: sets it once it knows who calls (``state/auth``), and the service calls it
#: makes (in worker threads, which copy the context) format in it.
_ZONE: contextvars.ContextVar[str] = contextvars.ContextVar("cop_viewer_zone", default="UTC")


@functools.cache
def time_zones() -> tuple[str, ...]:
    """The zones a member can choose: the IANA names of places ("Africa/Nairobi"),
    without the legacy and offset-only aliases."""
    areas = (
        "Africa/",
        "America/",
        "Antarctica/",
        "Asia/",
        "Atlantic/",
        "Australia/",
        "Europe/",
        "Indian/",
        "Pacific/",
    )
    return ("UTC", *sorted(z for z in zoneinfo.available_timezones() if z.startswith(areas)))


def is_time_zone(name: str) -> bool:
    return name in time_zones()


def use_zone(name: str) -> None:
    """Format this context's dates in ``name`` (UTC when it is not a known zone)."""
    _ZONE.set(name if is_time_zone(name) else "UTC")


def viewer_zone_name() -> str:
    return _ZONE.get()


def viewer_zone() -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(_ZONE.get())


def local_date(value: datetime, zone: str | None = None) -> date:
    """The day ``value`` falls on for the viewer (or in ``zone``)."""
    return value.astimezone(zoneinfo.ZoneInfo(zone) if zone else viewer_zone()).date()


def fmt_date(
    value: datetime | date, locale: str = DEFAULT_LOCALE, *, zone: str | None = None
) -> str:
    """A day, for the viewer (a moment is first placed in their zone, or ``zone``)."""
    if isinstance(value, datetime):
        value = local_date(value, zone)
    return format_date(value, format="medium", locale=locale)


def fmt_datetime(value: datetime, locale: str = DEFAULT_LOCALE) -> str:
    return format_datetime(value, format="medium", tzinfo=viewer_zone(), locale=locale)


def fmt_ago(value: datetime, now: datetime | None = None, locale: str = DEFAULT_LOCALE) -> str:
    """'3 hours ago', 'in 2 days' — relative to ``now``."""
    now = now or datetime.now(UTC)
    if abs((value - now).total_seconds()) < 60:
        return t("time.just_now", locale)
    return format_timedelta(
        value - now, granularity="minute", add_direction=True, threshold=1.0, locale=locale
    )


def fmt_duration(seconds: float, locale: str = DEFAULT_LOCALE) -> str:
    """A duration such as '5 hours' or '2 days'."""
    return format_timedelta(timedelta(seconds=seconds), threshold=1.5, locale=locale)
