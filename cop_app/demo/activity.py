"""The history day by day: how often threads start (trend, weekends, holidays, bursts), the
scripted moments the dashboards show (lost regulars, returns, newcomers), onboarding."""

from __future__ import annotations

import random
from datetime import timedelta

from cop_app.demo.common import DAY, DI, HD, HOUR, KN, Q
from cop_app.demo.people import _People
from cop_app.demo.story import _Comm, _Member, _Person, _Post, _Thread
from cop_app.demo.threads import _Threads
from cop_app.models import CONTRIBUTION_KINDS, ActivityKind, MembershipRole, ThreadKind


class _Generator(_Threads, _People):
    """The whole simulation: the cast (people.py), threads (threads.py, text.py) and, here,
    the daily history of each community."""

    def rate_table(self, comm: _Comm) -> dict[ThreadKind, list[float]]:
        spec, rng = comm.spec, self.rng
        start, life = comm.start_day, self.horizon - comm.start_day
        bursts = [rng.randrange(start + 10, self.horizon - 14) for _ in range(3)]
        mods: list[float] = []
        for day in range(start, self.horizon):
            x = (day - start) / max(1, life - 1)
            m = spec.trend[0] + (spec.trend[1] - spec.trend[0]) * x
            weekday = (self.origin_weekday + day) % 7
            recent = day >= self.horizon - 30
            if weekday >= 5:
                m *= max(spec.weekend, 0.7) if recent and spec.steady else spec.weekend
            d = (self.origin + timedelta(days=day)).date()
            if d.month == 8:
                m *= 0.7
            if d.month == 12 and d.day >= 20:
                m *= 0.4
            if any(b <= day < b + 7 for b in bursts):
                m *= 1.8
            if recent:
                m *= spec.recent_boost
            mods.append(m)
        total = sum(mods)
        table: dict[ThreadKind, list[float]] = {}
        for kind, per_year in spec.yearly.items():
            expected = per_year * self.scale * life / 365
            table[kind] = [expected * m / total for m in mods]
        return table

    def scripted(
        self, comm: _Comm, member_person: _Person
    ) -> dict[int, list[tuple[_Member, ThreadKind, str]]]:
        """Threads that must exist for the dashboard's story, by day."""
        rng, spec = self.rng, comm.spec
        plan: dict[int, list[tuple[_Member, ThreadKind, str]]] = {}

        def add(day: int, m: _Member, kind: ThreadKind, special: str = "") -> None:
            if comm.start_day < day < self.horizon:
                plan.setdefault(day, []).append((m, kind, special))

        kinds = [k for k in spec.yearly if k != KN]
        for m in self._lost[spec.slug]:
            silent_from = m.silent[-1][0]
            for k in range(4):
                add(silent_from - 12 - 18 * k - rng.randrange(6), m, rng.choice(kinds))
        for m in self._back[spec.slug]:
            a, b = m.silent[-1]
            add(a - rng.randrange(3, 20), m, rng.choice(kinds))
            add(b, m, Q, "return")
        for m in comm.members:
            if m.person is member_person:
                add(self.horizon - rng.randrange(40, 120), m, Q)
                add(self.horizon - rng.randrange(3, 25), m, rng.choice(kinds))
            elif m.role == MembershipRole.MEMBER and m.joined is not None:
                if m.join_day >= self.horizon - 7:  # a first question in the first days
                    add(m.join_day + 1, m, Q)
                elif m.join_day >= self.horizon - 30 and rng.random() < 0.5:
                    add(m.join_day + 1 + rng.randrange(3), m, Q)
        return plan

    def simulate(self, comm: _Comm, member_person: _Person) -> None:
        rng, spec = self.rng, comm.spec
        self.build_buckets(comm)
        rates = self.rate_table(comm)
        plan = self.scripted(comm, member_person)
        lead = comm.lead
        # The pinned welcome thread, opened by the lead the day after the start.
        welcome_day = comm.start_day + 1
        welcome = _Thread(comm, welcome_day * DAY + 9 * HOUR, lead, DI)
        welcome.focus, welcome.pinned = spec.primary[0], True
        welcome.title = f"Welcome to {spec.name}: how we work"
        welcome.tags = ["welcome"]
        body = (
            f"Welcome! This community {spec.vocab.purpose}.\n\n### How it works\n"
            "- Ask a question whenever you are stuck: someone has usually met the problem "
            "before.\n- Mark the reply that solved it as the answer, and mark helpful posts "
            "as *helpful*.\n- Share what you produce, good or bad: lessons learned are as "
            "welcome as good practices.\n\n"
            "Please introduce yourself below: where you work, what you can help with and "
            "what you are looking for."
        )
        welcome.posts.append(_Post(welcome, welcome.t, lead, body))
        comm.threads.append(welcome)
        comm.welcome = welcome
        steady_from = self.horizon - 30 if spec.steady else self.horizon
        for day in range(comm.start_day + 1, self.horizon):
            idx = day - comm.start_day
            started = len(comm.threads)
            for kind, table in rates.items():
                for _ in range(self.poisson(table[idx])):
                    author = self.pick_author(comm, day, kind)
                    if author is not None:
                        self.make_thread(comm, day, author, kind, "")
            for m, kind, special in plan.get(day, ()):
                if m.can_act(day):
                    self.make_thread(comm, day, m, kind, special)
            if day >= steady_from and len(comm.threads) == started:
                # The busy community has something new every day of the last month.
                author = self.pick(comm, day)
                if author is not None:
                    self.make_thread(comm, day, author, rng.choice((Q, HD)), "")
        self.intros(comm)
        # Moderation touches: pin the best-liked knowledge item, lock a stale discussion.
        knowledge = [t for t in comm.threads if t.kind == KN]
        if knowledge:
            max(knowledge, key=lambda t: (len(t.reactions), -t.t)).pinned = True
        stale = [
            t
            for t in comm.threads
            if t.kind == DI
            and not t.pinned
            and t.posts[-1].t < self.end_s - 90 * DAY
            and len(t.posts) > 4
        ]
        if stale:
            rng.choice(stale).locked = True

    def pick_author(self, comm: _Comm, day: int, kind: ThreadKind) -> _Member | None:
        if kind == KN and self.rng.random() < 0.4:
            for m in self.rng.sample([comm.lead, comm.facilitator], k=2):
                if m is not None and m.can_act(day):
                    return m
        return self.pick(comm, day)


def _onboarding_funnel(gen, ev, event) -> None:
    """The wizard's funnel for members who joined: most started it just before
    their first join, most of those finished it, and a first contribution
    within 14 days of finishing is logged where it happened. Decided by a
    generator of its own per person, so the rest of the data stays as it was."""
    first_join: dict[int, int] = {}
    for comm in gen.comms:
        for m in comm.members:
            if m.joined is not None and m.role == MembershipRole.MEMBER:
                uid = m.person.uid
                first_join[uid] = min(first_join.get(uid, m.joined), m.joined)
    contributions: dict[int, list[tuple[int, int]]] = {}
    for e in ev:
        if e[4] in CONTRIBUTION_KINDS:
            contributions.setdefault(e[3], []).append((e[0], e[2]))
    for uid, joined in sorted(first_join.items()):
        rng = random.Random(uid * 7919 + 17)
        if rng.random() >= 0.85:  # joined from an invitation, without the wizard
            continue
        event(joined - HOUR, ActivityKind.ONBOARDING_STARTED, None, uid)
        if rng.random() >= 0.8:  # left the wizard half-way
            continue
        finished = joined - 600
        event(finished, ActivityKind.ONBOARDING_FINISHED, None, uid)
        after = [c for c in contributions.get(uid, []) if c[0] >= finished]
        first = min(after, default=None)
        if first is not None and first[0] - finished <= 14 * DAY:
            event(first[0], ActivityKind.FIRST_CONTRIBUTION, first[1], uid)
