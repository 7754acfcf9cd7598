"""A thread's life: its title and tags, who replies and how fast (help-desk requests are
assigned to the lead or facilitator), the helpful marks and the accepted answer."""

from __future__ import annotations

from cop_app.demo.common import DAY, DI, HD, KN, Q
from cop_app.demo.story import _Comm, _first_other, _Member, _Post, _Thread
from cop_app.demo.text import _Text
from cop_app.demo.vocab import _KNOWLEDGE_TITLES, _TITLES
from cop_app.models import MembershipRole, ThreadKind, Urgency


class _Threads(_Text):
    """One thread from its opening post to its accepted answer; welcome-thread intros."""

    def make_thread(
        self, comm: _Comm, day: int, author: _Member, kind: ThreadKind, special: str
    ) -> None:
        rng, spec = self.rng, comm.spec
        t = self.time_in_day(day)
        thread = _Thread(comm, t, author, kind)
        thread.ctx = ctx = self.ctx_for(comm, author)
        thread.focus = self.weighted(spec.focus[kind])
        extra_tag = ""
        if kind == KN:
            thread.subtype = comm.subtype_cycle[comm.knowledge_made % 4]
            comm.knowledge_made += 1
            families = _KNOWLEDGE_TITLES[thread.subtype]
            family = rng.choice(families)
        else:
            specials = spec.vocab.special.get(kind, ())
            if specials and rng.random() < 0.6 and special != "return":
                family, extra_tag = rng.choice(specials)
                families = tuple(f for f, _ in specials)
            else:
                families = _TITLES[kind]
                family = rng.choice(families)
        thread.title = self.title(comm, family, families, ctx)
        thread.tags = [ctx["tag"]] + ([extra_tag] if extra_tag else [])
        if kind == HD:
            thread.urgency = self.weighted(
                ((Urgency.LOW, 0.2), (Urgency.NORMAL, 0.6), (Urgency.HIGH, 0.2))
            )
            thread.country = ctx["country"] or ctx["place"]
            thread.project = ctx["project"]
        elif extra_tag in ("peer review", "expert search"):
            thread.country = ctx["country"]
            thread.project = ctx["project"]
        thread.posts.append(_Post(thread, t, author, self.opening_body(thread, special)))
        comm.threads.append(thread)
        self.replies(thread)
        self.reactions(thread)
        self.accept(thread)

    def add_post(
        self, thread: _Thread, t: int, who: _Member, role: str, quote: bool = False
    ) -> _Post | None:
        if t >= self.end_s or not who.can_act(t // DAY):
            return None
        quoted = None
        if quote and len(thread.posts) > 1:
            quoted = self.rng.choice(thread.posts[1:])
        post = _Post(thread, t, who, self.reply_body(thread, who, role, quoted))
        post.quoted = quoted
        thread.posts.append(post)
        return post

    def replies(self, thread: _Thread) -> None:
        rng, comm, spec = self.rng, thread.comm, thread.comm.spec
        kind, author = thread.kind, thread.author
        t0 = thread.t
        if rng.random() < spec.unanswered[kind]:
            if kind in (Q, HD) and rng.random() < 0.35:
                self.add_post(thread, t0 + rng.randrange(2 * DAY, 6 * DAY), author, "bump")
            if kind == HD and rng.random() < 0.5:
                thread.assigned = comm.facilitator
            return
        t = t0 + self.delay(spec.first_reply_hours[kind], 1.1)
        day = t // DAY
        responder: _Member | None = None
        if kind == HD and rng.random() < 0.45:
            for m in (comm.lead, comm.facilitator):
                if m is not None and m is not author and m.can_act(day):
                    responder = m
                    thread.assigned = m
                    break
        if responder is None and rng.random() < 0.3:
            experts = [
                m
                for m in comm.experts.get(thread.ctx["tag"], ())
                if m is not author and m.can_act(day)
            ]
            if experts:
                responder = rng.choice(experts)
        if responder is None and rng.random() < spec.homophily:
            responder = self.pick_teammate(comm, author, day, exclude=(author,))
        if responder is None:
            responder = self.pick(comm, day, exclude=(author,))
        if responder is None:
            return
        role = {Q: "answer", HD: "answer", DI: "discussion", KN: "knowledge"}[kind]
        if self.add_post(thread, t, responder, role) is None:
            return
        last = responder
        for _ in range(self.poisson(spec.extra_replies[kind])):
            t += self.delay(9, 1.2)
            if t >= self.end_s:
                break
            day = t // DAY
            if last is not author and rng.random() < 0.3:
                who: _Member | None = author
                role = "followup" if kind in (Q, HD) else "discussion"
            else:
                who = None
                if rng.random() < spec.homophily:
                    who = self.pick_teammate(comm, author, day, exclude=(last, author))
                if who is None:
                    who = self.pick(comm, day, exclude=(last, author))
                role = {Q: "addon", HD: "addon", DI: "discussion", KN: "knowledge"}[kind]
                if kind in (Q, HD) and rng.random() < 0.4:
                    role = "answer"
            if who is None:
                continue
            if self.add_post(thread, t, who, role, quote=rng.random() < 0.08) is not None:
                last = who

    def reactions(self, thread: _Thread) -> None:
        comm, spec = thread.comm, thread.comm.spec
        first_other = _first_other(thread)
        for post in thread.posts:
            if post is thread.posts[0]:
                mean = spec.helpful * (2.2 if thread.kind == KN else 0.3)
            elif post.author is thread.author:
                mean = 0.1
            elif post is first_other:
                mean = spec.helpful
            else:
                mean = spec.helpful * 0.45
            n = self.poisson(mean)
            if not n:
                continue
            done: list[_Member] = [post.author]
            for i in range(n):
                t = post.t + self.delay(14, 1.3)
                if t >= self.end_s:
                    continue
                day = t // DAY
                who: _Member | None
                if i == 0 and post.author is not thread.author and thread.author.can_act(day):
                    who = thread.author if thread.author not in done else None
                else:
                    who = self.pick(comm, day, exclude=done)
                if who is None or who in done:
                    continue
                done.append(who)
                thread.reactions.append((t, who, post))
                post.helpful += 1

    def accept(self, thread: _Thread) -> None:
        if thread.kind not in (Q, HD):
            return
        rng, comm = self.rng, thread.comm
        answers = [p for p in thread.posts[1:] if p.author is not thread.author]
        if not answers or rng.random() >= comm.spec.accept:
            return
        best = max(answers, key=lambda p: (p.helpful, -p.t))
        t = best.t + self.delay(10, 1.0)
        if t >= self.end_s:
            return
        day = t // DAY
        by: _Member | None = thread.author if thread.author.can_act(day) else None
        if by is None and thread.kind == HD:
            by = next(
                (m for m in (comm.lead, comm.facilitator) if m is not None and m.can_act(day)),
                None,
            )
        if by is None:
            return
        thread.accepted = (t, by, best)

    def intros(self, comm: _Comm) -> None:
        welcome = comm.welcome
        rng = self.rng
        for m in comm.members:
            if m.role != MembershipRole.MEMBER or m.joined is None:
                continue
            recent = m.join_day >= self.horizon - 30
            if rng.random() >= (0.7 if recent else 0.18):
                continue
            day = m.join_day + 1 + rng.randrange(3)
            t = max(self.time_in_day(day), welcome.t + 600)
            if t < self.end_s and m.can_act(day):
                welcome.posts.append(
                    _Post(welcome, t, m, self.reply_body(welcome, m, "intro", None))
                )
        head, rest = welcome.posts[0], welcome.posts[1:]
        rest.sort(key=lambda p: p.t)
        welcome.posts = [head, *rest]
