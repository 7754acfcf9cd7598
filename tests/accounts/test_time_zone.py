"""A member's time zone (every date shown to them) and "away until" (notifications pause)."""

from __future__ import annotations

import contextvars
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session

from cop_app import i18n
from cop_app.services.accounts import profiles
from cop_app.services.accounts.profiles import ProfileError
from tests.accounts.test_profiles import T0, valid_form
from tests.factories import make_user


def _in(zone: str, fn, *args, **kwargs):
    """Run ``fn`` with the viewer's zone set, as a handler does, in its own context."""

    def run():
        i18n.use_zone(zone)
        return fn(*args, **kwargs)

    return contextvars.copy_context().run(run)


def test_dates_are_shown_in_the_viewers_zone() -> None:
    late = datetime(2026, 12, 7, 22, 30, tzinfo=UTC)
    assert _in("UTC", i18n.fmt_date, late) == "Dec 7, 2026"
    assert _in("Africa/Nairobi", i18n.fmt_date, late) == "Dec 8, 2026"  # 01:30 there
    assert _in("America/New_York", i18n.fmt_datetime, late).startswith("Dec 7, 2026, 5:30")
    assert _in("No/Such_Zone", i18n.fmt_date, late) == "Dec 7, 2026"  # unknown: UTC
    # A day is a day wherever it is read (a dashboard's week).
    assert _in("Pacific/Auckland", i18n.fmt_date, late.date()) == "Dec 7, 2026"


def test_the_zone_list_has_places_not_aliases() -> None:
    zones = i18n.time_zones()
    assert "Africa/Nairobi" in zones and "UTC" in zones
    assert not [z for z in zones if z.startswith(("Etc/", "US/"))]


def test_a_zone_is_saved_and_an_unknown_one_is_refused(session: Session) -> None:
    user = make_user(session)
    profiles.do_update_profile(
        session, user=user, form=valid_form(time_zone="Asia/Kathmandu"), now=T0
    )
    assert user.time_zone == "Asia/Kathmandu"
    with pytest.raises(ProfileError) as refused:
        profiles.do_update_profile(
            session, user=user, form=valid_form(time_zone="Mars/Base"), now=T0
        )
    assert "time_zone" in refused.value.errors
    assert user.time_zone == "Asia/Kathmandu"  # nothing saved


def test_away_until_ends_with_the_chosen_day_in_the_members_zone(session: Session) -> None:
    user = make_user(session)
    form = valid_form(time_zone="Africa/Nairobi", away_until="2025-03-10")
    profiles.do_update_profile(session, user=user, form=form, now=T0)
    # The end of 10 March in Nairobi (UTC+3) is 21:00 UTC that day.
    assert user.away_until == datetime(2025, 3, 10, 21, 0, tzinfo=UTC)
    assert profiles.away_day(user, now=T0) == "2025-03-10"
    assert profiles.away_day(user, now=user.away_until + timedelta(seconds=1)) == ""


def test_a_past_away_date_clears_the_pause_and_a_bad_one_is_refused(session: Session) -> None:
    user = make_user(session)
    profiles.do_update_profile(session, user=user, form=valid_form(away_until="2025-03-10"), now=T0)
    assert user.away_until is not None
    profiles.do_update_profile(session, user=user, form=valid_form(away_until="2025-03-01"), now=T0)
    assert user.away_until is None  # in the past: back
    for bad in ("next week", "2025-02-30", "2031-01-01"):
        with pytest.raises(ProfileError) as refused:
            profiles.do_update_profile(session, user=user, form=valid_form(away_until=bad), now=T0)
        assert "away_until" in refused.value.errors
