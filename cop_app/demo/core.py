"""The generator's base: one random source for every choice, the clock (seconds since the
history began) and the pickers that choose who acts on a given day."""

from __future__ import annotations

import bisect
import math
import random
from array import array
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlmodel import Session

from cop_app.demo.common import DAY, HORIZON_DAYS, HOUR, _accumulate
from cop_app.demo.story import _Comm, _Member, _Person, _team_key


class _Core:
    """State and sampling shared by the parts of the generator (see activity._Generator)."""

    def __init__(self, session: Session, *, seed: int, scale: float, end: date) -> None:
        self.session = session
        self.rng = random.Random(seed)
        # Wording only (titles, answer lines): its own source, so text changes never move the
        # structure drawn from self.rng.
        self.text_rng = random.Random(f"demo-text-{seed}")
        self.titles: set[str] = set()  # every thread title so far: none is used twice
        self.opening_cap = max(4, math.ceil(4 * scale))  # threads per title opening
        self.seed = seed
        self.scale = scale
        self.end = end
        self.end_at = datetime(end.year, end.month, end.day, tzinfo=UTC)
        self.origin = self.end_at - timedelta(days=HORIZON_DAYS)
        self.horizon = HORIZON_DAYS
        self.end_s = HORIZON_DAYS * DAY
        self.origin_weekday = self.origin.weekday()
        self.people: list[_Person] = []
        self.comms: list[_Comm] = []
        self.emails: set[str] = set()
        self.teams: dict[str, list[_Person]] = {}  # per community: one person per team
        self._lost: dict[str, list[_Member]] = {}  # scripted lost regulars per community
        self._back: dict[str, list[_Member]] = {}  # scripted reactivated members
        self._hour_cum = list(
            _accumulate(
                (1, 1, 1, 1, 1, 2, 4, 7, 10, 12, 12, 11, 10, 11, 12, 11, 10, 8, 6, 4, 3, 2, 2, 1)
            )
        )

    # ------------------------------------------------------------------ small helpers

    def dt(self, s: int) -> datetime:
        return self.origin + timedelta(seconds=s)

    def weighted(self, pairs: Sequence[tuple[Any, float]]) -> Any:
        total = sum(w for _, w in pairs)
        r = self.rng.random() * total
        for value, w in pairs:
            r -= w
            if r < 0:
                return value
        return pairs[-1][0]

    def poisson(self, lam: float) -> int:
        if lam <= 0:
            return 0
        if lam > 30:
            return max(0, round(self.rng.gauss(lam, math.sqrt(lam))))
        limit, k, p = math.exp(-lam), 0, 1.0
        while True:
            p *= self.rng.random()
            if p <= limit:
                return k
            k += 1

    def time_in_day(self, day: int) -> int:
        hour = bisect.bisect_right(self._hour_cum, self.rng.random() * self._hour_cum[-1])
        return day * DAY + min(hour, 23) * HOUR + self.rng.randrange(HOUR)

    def delay(self, median_hours: float, sigma: float) -> int:
        seconds = self.rng.lognormvariate(math.log(median_hours * HOUR), sigma)
        return max(600, int(seconds))

    def scaled(self, n: float, minimum: int = 0) -> int:
        return max(minimum, round(n * self.scale))

    # ------------------------------------------------------------------ pickers

    def build_buckets(self, comm: _Comm) -> None:
        n_buckets = self.horizon // 7 + 1
        lists: list[list[_Member]] = [[] for _ in range(n_buckets)]
        for m in comm.members:
            for lo, hi in m.intervals(self.horizon):
                for b in range(lo // 7, (hi - 1) // 7 + 1):
                    lists[b].append(m)
        comm.buckets = [(lst, array("d", _accumulate(m.weight for m in lst))) for lst in lists]
        experts: dict[str, list[_Member]] = {}
        for m in comm.members:
            if m.weight > 0 and m.joined is not None:
                for tag in m.person.can_help:
                    experts.setdefault(tag, []).append(m)
        comm.experts = experts
        teams: dict[tuple[str, str, str], list[_Member]] = {}
        for m in comm.members:
            if m.joined is not None:
                teams.setdefault(_team_key(m.person), []).append(m)
        comm.teams = teams

    def pick(
        self,
        comm: _Comm,
        day: int,
        *,
        exclude: Iterable[_Member] = (),
        prefer: Callable[[_Member], bool] | None = None,
    ) -> _Member | None:
        if day >= self.horizon:
            return None
        members, cum = comm.buckets[day // 7]
        if not members:
            return None
        total = cum[-1]
        excluded = set(map(id, exclude))
        rng = self.rng
        tries = 10 if prefer is not None else 0
        for attempt in range(40):
            m = members[min(bisect.bisect_right(cum, rng.random() * total), len(members) - 1)]
            if id(m) in excluded or not m.can_act(day):
                continue
            if attempt < tries and prefer is not None and not prefer(m):
                continue
            return m
        return None

    def pick_teammate(
        self, comm: _Comm, author: _Member, day: int, *, exclude: Iterable[_Member]
    ) -> _Member | None:
        """Someone from the author's team (same organisation, region, discipline)."""
        team = comm.teams.get(_team_key(author.person), ())
        excluded = set(map(id, exclude))
        able = [m for m in team if id(m) not in excluded and m.weight > 0 and m.can_act(day)]
        return self.rng.choice(able) if able else None
