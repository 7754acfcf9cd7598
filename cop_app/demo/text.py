"""What the threads say: each thread's context (topic, place, project...), the opening post
for each kind of thread, and the replies, filled in from the templates in vocab.py."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cop_app.demo.common import DI, HD, Q, _cap
from cop_app.demo.core import _Core
from cop_app.demo.story import _Comm, _Member, _Post, _Thread
from cop_app.demo.vocab import (
    _ADDONS,
    _ANGLE_ANSWERS,
    _ANSWER_BODIES,
    _ANSWER_OPENERS,
    _ANSWER_TIPS,
    _BUMPS,
    _D_CLOSERS,
    _D_OPENERS,
    _D_POINTS,
    _DISCUSSION_REPLIES,
    _FOLLOWUPS,
    _HD_CLOSINGS,
    _HD_DETAILS,
    _HD_REQUESTS,
    _INTROS,
    _KNOWLEDGE_REPLIES,
    _MILESTONES,
    _MONTHS,
    _OFFERS,
    _Q_ASKS,
    _Q_DETAILS,
    _Q_INTROS,
    _Q_PROBLEMS,
    _Q_RETURN_INTRO,
    _Family,
)
from cop_app.models import KnowledgeSubtype

#: "a" before a word that starts with a vowel sound in the demo's words.
_A_BEFORE_VOWEL = re.compile(r"\b([Aa]) (?=[aeioAEIO]|u(?:rban|nder|p)|M&E)")


def _opening(title: str) -> str:
    """A title's first three words, for telling openings apart (case and punctuation aside)."""
    return " ".join(w.strip(":,?!.()").lower() for w in title.split()[:3])


class _Text(_Core):
    """Thread contexts, opening posts and replies."""

    def ctx_for(self, comm: _Comm, author: _Member) -> dict[str, str]:
        rng, v = self.rng, comm.spec.vocab
        topic, tag = rng.choice(v.topics)
        place, country = rng.choice(v.places)
        place2, _ = rng.choice(v.places)
        aspect = rng.choice(v.aspects)
        return {
            "topic": topic,
            "Topic": topic[0].upper() + topic[1:],
            "tag": tag,
            "place": place,
            "Place": place[0].upper() + place[1:],
            "country": country,
            "place2": place2,
            "project": rng.choice(v.projects),
            "project2": rng.choice(v.projects),
            "doc": rng.choice(v.docs),
            "role": rng.choice(v.roles),
            "action": rng.choice(v.actions),
            "result": rng.choice(v.results),
            "aspect": aspect,
            "Aspect": aspect[0].upper() + aspect[1:],
            "milestone": rng.choice(_MILESTONES),
            "month": rng.choice(_MONTHS),
            "first": author.person.first,
            "discipline": author.person.discipline,
        }

    def fill(self, template: str, ctx: dict[str, str]) -> str:
        """The template with the context's words, "a" made "an" before a vowel
        ("an urban designer")."""
        return _A_BEFORE_VOWEL.sub(r"\1n ", template.format_map(ctx))

    def refresh(self, ctx: dict[str, str], comm: _Comm, who: _Member) -> dict[str, str]:
        """The thread's context with a fresh voice: another place, action and result."""
        rng, v = self.rng, comm.spec.vocab
        new = dict(ctx)
        new["place2"] = rng.choice(v.places)[0]
        new["project2"] = rng.choice(v.projects)
        new["action"] = rng.choice(v.actions)
        new["result"] = rng.choice(v.results)
        aspect = rng.choice(v.aspects)
        new["aspect"], new["Aspect"] = aspect, aspect[0].upper() + aspect[1:]
        new["discipline"] = who.person.discipline
        new["first"] = who.person.first
        return new

    def title(
        self, comm: _Comm, family: _Family, families: Sequence[_Family], ctx: dict[str, str]
    ) -> str:
        """A title in the family's angle, worded so that no title repeats anywhere in the
        demo and no opening (first three words) leads more than ``opening_cap`` threads of a
        community; other families of the same kind step in when this one is used up. Sets
        ``ctx["angle"]`` for the answers."""
        trng, seen, openings = self.text_rng, self.titles, comm.openings
        wordings = [(family[0], w) for w in family[1]]
        trng.shuffle(wordings)
        others = [(f[0], w) for f in families if f is not family for w in f[1]]
        trng.shuffle(others)
        best: tuple[int, str, str, str] | None = None
        for angle, wording in wordings + others:
            title = _cap(self.fill(wording, ctx))[:200]
            if title in seen:
                continue
            key = _opening(title)
            used = openings.get(key, 0)
            if used < self.opening_cap:
                best = (used, title, key, angle)
                break
            if best is None or used < best[0]:
                best = (used, title, key, angle)
        if best is None:  # every wording taken (large scales): number the first one
            angle, wording = wordings[0]
            base = _cap(self.fill(wording, ctx))[:190]
            n = 2
            while f"{base} ({n})" in seen:
                n += 1
            title = f"{base} ({n})"
            best = (0, title, _opening(title), angle)
        _, title, key, angle = best
        seen.add(title)
        openings[key] = openings.get(key, 0) + 1
        ctx["angle"] = angle
        return title

    def opening_body(self, thread: _Thread, special: str) -> str:
        rng, ctx = self.rng, thread.ctx
        f = self.fill
        if thread.kind == HD:
            head = (
                f"**Country:** {ctx['country'] or ctx['place']}  \n"
                f"**Project:** {thread.project}  \n"
                f"**Needed by:** {ctx['month']}\n\n"
            )
            text = " ".join((f(rng.choice(_HD_REQUESTS), ctx), f(rng.choice(_HD_DETAILS), ctx)))
            return head + text + "\n\n" + f(rng.choice(_HD_CLOSINGS), ctx)
        if thread.kind == Q:
            intro = _Q_RETURN_INTRO if special == "return" else rng.choice(_Q_INTROS)
            text = " ".join(
                (f(intro, ctx), f(rng.choice(_Q_PROBLEMS), ctx), f(rng.choice(_Q_ASKS), ctx))
            )
            if rng.random() < 0.45:
                details = rng.sample(_Q_DETAILS, k=rng.choice((2, 3)))
                text += "\n\nIn particular:\n" + "\n".join(f"- {f(d, ctx)}" for d in details)
            return text
        if thread.kind == DI:
            points = rng.sample(_D_POINTS, k=rng.choice((2, 3)))
            return (
                f(rng.choice(_D_OPENERS), ctx)
                + "\n\n"
                + "\n".join(f"- {f(p, ctx)}" for p in points)
                + "\n\n"
                + f(rng.choice(_D_CLOSERS), ctx)
            )
        return self.knowledge_body(thread)

    def knowledge_body(self, thread: _Thread) -> str:
        rng, ctx, f = self.rng, thread.ctx, self.fill
        v = thread.comm.spec.vocab
        a1, a2 = rng.sample(v.actions, k=2)
        tips = rng.sample(_ANSWER_TIPS, k=3)
        if thread.subtype == KnowledgeSubtype.GOOD_PRACTICE:
            context = f("The {project} in {place} had to deal with {topic}.", ctx)
            return (
                f"### Context\n{context} {f(rng.choice(_Q_PROBLEMS), ctx)}\n\n"
                f"### What was done\n- The team chose to {a1}.\n- They also agreed to {a2}.\n\n"
                f"### Results\n{f('Within a year the team {result}.', ctx)}\n\n"
                f"### Why it worked\n{tips[0]} {tips[1]}"
            )
        if thread.subtype == KnowledgeSubtype.LESSON_LEARNED:
            background = f("We worked on {topic} in {place} as part of the {project}.", ctx)
            happened = f("We underestimated {aspect}, and the first phase slipped.", ctx)
            return (
                f"### Background\n{background}\n\n### What happened\n{happened}\n\n"
                f"### Lessons\n1. {tips[0]}\n2. {tips[1]}\n3. {tips[2]}"
            )
        if thread.subtype == KnowledgeSubtype.TERMS_OF_REFERENCE:
            days = rng.choice((20, 30, 45, 60))
            background = f("The {project} in {place} needs a {role} to support {topic}.", ctx)
            return (
                f"### Background\n{background}\n\n"
                f"### Scope of work\n- Review current practice and documents.\n"
                f"- {_cap(a1)}.\n- Train counterpart staff.\n\n"
                f"### Deliverables\n1. Inception note within two weeks.\n"
                f"2. {f('A {doc} adapted to the context.', ctx)}\n3. A short final report.\n\n"
                f"### Qualifications\n- {f('Proven experience with {topic}.', ctx)}\n"
                f"- Fluency in the working language of the project.\n\n"
                f"*Level of effort: about {days} days over {rng.choice((3, 4, 6))} months.*"
            )
        reading = f("See the {doc} from the {project2} for a worked example.", ctx)
        short = _cap(f("getting {topic} right is easier when teams {action}.", ctx))
        return (
            f"**In short:** {short}\n\n"
            f"### Key points\n- {tips[0]}\n- {tips[1]}\n"
            f"- {f('Watch {aspect} from the start.', ctx)}\n\n"
            f"### Further reading\n{reading}"
        )

    def fresh(self, thread: _Thread, pool: Sequence[str]) -> str:
        """A template not used in this thread yet, if one turns up in a few draws."""
        choice = self.rng.choice(pool)
        for _ in range(4):
            if choice not in thread.used:
                break
            choice = self.rng.choice(pool)
        thread.used.add(choice)
        return choice

    def reply_body(self, thread: _Thread, who: _Member, role: str, quoted: _Post | None) -> str:
        rng, f = self.rng, self.fill
        ctx = self.refresh(thread.ctx, thread.comm, who)
        if role == "answer":
            opener = f(self.fresh(thread, _ANSWER_OPENERS), ctx)
            body = f(self.fresh(thread, _ANSWER_BODIES), ctx)
            # A line on what was asked, about the thread's own topic (its own random source).
            on_point = [
                a for a in _ANGLE_ANSWERS.get(ctx.get("angle", ""), ()) if a not in thread.used
            ]
            if on_point:
                line = self.text_rng.choice(on_point)
                thread.used.add(line)
                opener += " " + f(line, ctx)
            text = opener + " " + body
            if rng.random() < 0.4:
                tips = rng.sample(_ANSWER_TIPS, k=rng.choice((2, 3)))
                text += "\n\n" + "\n".join(f"- {t}" for t in tips)
            if rng.random() < 0.6:
                text += "\n\n" + f(self.fresh(thread, _OFFERS), ctx)
        elif role == "followup":
            text = f(self.fresh(thread, _FOLLOWUPS), ctx)
        elif role == "bump":
            text = f(self.fresh(thread, _BUMPS), ctx)
        elif role == "discussion":
            text = f(self.fresh(thread, _DISCUSSION_REPLIES), ctx)
            if rng.random() < 0.3:
                text += " " + f(self.fresh(thread, _ADDONS), ctx)
        elif role == "knowledge":
            text = f(self.fresh(thread, _KNOWLEDGE_REPLIES), ctx)
        elif role == "intro":
            p = who.person
            text = rng.choice(_INTROS).format(
                first=p.first,
                discipline=p.discipline,
                org=p.org,
                region=p.region,
                can_help=" and ".join(p.can_help[:2]),
                looking_for=" and ".join(p.looking_for[:2]),
            )
        else:
            text = f(self.fresh(thread, _ADDONS), ctx)
        if quoted is not None:
            first_line = quoted.body.split("\n", 1)[0].replace("*", "").lstrip("> ")
            if len(first_line) > 140:
                first_line = first_line[:140].rsplit(" ", 1)[0] + " …"
            text = f"> {first_line}\n\n{text}"
        return text
