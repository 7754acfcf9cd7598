"""The canonical catalogue of the five focus areas a community can emphasise.

The wording here seeds the ``focus_area`` table once; site admins may edit the
rows afterwards, so :func:`ensure_focus_areas` only inserts what is missing and
never overwrites. :data:`DEFAULT_TARGETS` gives each area the target a new
community starts from (admins change it per community).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from cop_app.models import FocusArea, FocusAreaCode, TargetUnit


@dataclass(frozen=True)
class FocusAreaInfo:
    """One catalogue entry: what the area means and how to see that it works."""

    code: FocusAreaCode
    name: str
    description: str
    examples: tuple[str, ...]  # typical activities
    signals: tuple[str, ...]  # evidence on the health dashboard
    sort_order: int


@dataclass(frozen=True)
class DefaultTarget:
    """The target a community gets for an area unless an admin sets another."""

    value: float
    unit: TargetUnit
    label: str  # what the number means, in words


FOCUS_AREAS: tuple[FocusAreaInfo, ...] = (
    FocusAreaInfo(
        code=FocusAreaCode.PRACTITIONER_SUPPORT,
        name="Practitioner support",
        description=(
            "Members bring concrete questions from their daily work and get answers, "
            "references and materials from peers who have met the same problem. Most "
            "communities begin here, and many grow a help desk that promises a reply "
            "within an agreed time."
        ),
        examples=(
            "A help desk that answers practitioners' requests within an agreed time",
            "Question-and-answer threads where peers point to references and materials",
            "Ready-to-use tools distilled from past answers: briefing notes, sample "
            "terms of reference",
            "Clinics where one practitioner walks peers through a live problem",
        ),
        signals=(
            "Time to first response (median and 90th percentile)",
            "Help-desk target met: requests first answered within the target",
            "Reply coverage: threads answered by someone else within 7 days",
            "Unanswered queue: open questions with no reply from others",
        ),
        sort_order=1,
    ),
    FocusAreaInfo(
        code=FocusAreaCode.BUSINESS_SUPPORT,
        name="Business support",
        description=(
            "The community puts its expertise to work for the organisation's operations: "
            "experts review project designs, help teams find the specialists they need, "
            "and make sure the best available knowledge reaches a project while it is "
            "prepared and carried out."
        ),
        examples=(
            "Peer reviews of project documents with a component in the community's domain",
            "Finding and recommending technical experts for project teams",
            "Technical support during project preparation and supervision",
            "Piloting new approaches when new business is developed",
        ),
        signals=(
            "Expert reviews given to projects",
            "Project requests answered, and how fast",
            "Projects and countries reached",
            "Replies from members outside the requesting team",
        ),
        sort_order=2,
    ),
    FocusAreaInfo(
        code=FocusAreaCode.LEARNING,
        name="Learning",
        description=(
            "Members learn from each other by sharing what they know and what they have "
            "lived through, and they build a shared collection together: good practices, "
            "lessons learned, templates. Learning is continuous and rooted in practice "
            "rather than a one-off course."
        ),
        examples=(
            "A curated knowledge collection: good practices, lessons learned, briefing notes",
            "Brown-bag lunches, clinics and workshops attended as a group",
            "Spotting shared learning needs and organising sessions to meet them",
            "A newsletter pointing members to new material",
        ),
        signals=(
            "Knowledge items published, by type",
            "Learning events held and the threads that follow them",
            "Helpful reactions on knowledge items",
            "Members who contribute knowledge, not only read it",
        ),
        sort_order=3,
    ),
    FocusAreaInfo(
        code=FocusAreaCode.INNOVATION,
        name="Innovation",
        description=(
            "Members work together on new approaches to hard, specific problems. The "
            "community is a safe place to float unfinished ideas, test them against other "
            "disciplines and turn the promising ones into pilots."
        ),
        examples=(
            "Idea threads that propose and challenge new approaches",
            "Designing pilots and experiments together with practitioners",
            "Sharing the results of trials, including the ones that failed",
            "Inviting perspectives from other disciplines",
        ),
        signals=(
            "New ideas discussed per month",
            "Replies that cross disciplines",
            "Discussions that lead to a pilot or a follow-up",
            "New contributors joining the conversation",
        ),
        sort_order=4,
    ),
    FocusAreaInfo(
        code=FocusAreaCode.COORDINATION,
        name="Coordination",
        description=(
            "Members from different units or organisations who run similar projects, or "
            "serve the same clients, keep each other informed about who is doing what. "
            "That avoids duplicated effort and opens the way to cross-support, common "
            "standards and pooled resources."
        ),
        examples=(
            "Who-does-what threads that map ongoing work",
            "Agreeing common standards and methods across teams",
            "Pooling resources for shared tools, data or training",
            "Planning jointly with partners who serve the same clients",
        ),
        signals=(
            "Replies that cross organisations, regions or disciplines",
            "Who-does-what threads and the replies they draw",
            "Organisations with active members",
            "Duplications spotted and resolved",
        ),
        sort_order=5,
    ),
)

CATALOGUE: dict[FocusAreaCode, FocusAreaInfo] = {info.code: info for info in FOCUS_AREAS}

DEFAULT_TARGETS: dict[FocusAreaCode, DefaultTarget] = {
    FocusAreaCode.PRACTITIONER_SUPPORT: DefaultTarget(
        48, TargetUnit.HOURS_TO_FIRST_RESPONSE, "First response to a request within 48 hours"
    ),
    FocusAreaCode.BUSINESS_SUPPORT: DefaultTarget(
        6, TargetUnit.ITEMS_PER_QUARTER, "Expert reviews given to projects per quarter"
    ),
    FocusAreaCode.LEARNING: DefaultTarget(
        6, TargetUnit.ITEMS_PER_QUARTER, "Knowledge items published per quarter"
    ),
    FocusAreaCode.INNOVATION: DefaultTarget(
        4, TargetUnit.COUNT_PER_MONTH, "New ideas discussed per month"
    ),
    FocusAreaCode.COORDINATION: DefaultTarget(
        40, TargetUnit.PERCENT, "Replies crossing organisations, regions or disciplines"
    ),
}


def get_focus_area_info(code: FocusAreaCode | str) -> FocusAreaInfo:
    """The catalogue entry of one area (``ValueError`` for an unknown code)."""
    return CATALOGUE[FocusAreaCode(code)]


def ensure_focus_areas(session: Session) -> int:
    """Insert the catalogue rows that are missing; return how many were added.

    Existing rows keep their (possibly admin-edited) wording. Never commits.
    """
    existing = set(session.exec(select(col(FocusArea.code))).all())
    added = 0
    for info in FOCUS_AREAS:
        if info.code in existing:
            continue
        session.add(
            FocusArea(
                code=info.code,
                name=info.name,
                description=info.description,
                examples=list(info.examples),
                signals=list(info.signals),
                sort_order=info.sort_order,
            )
        )
        added += 1
    if added:
        session.flush()
    return added


#: How the dashboard states each area's target, ``{value}`` being the number.
TARGET_PHRASES: dict[FocusAreaCode, str] = {
    FocusAreaCode.PRACTITIONER_SUPPORT: "First response within {value} hours",
    FocusAreaCode.BUSINESS_SUPPORT: "{value} expert reviews a quarter",
    FocusAreaCode.LEARNING: "{value} knowledge items a quarter",
    FocusAreaCode.INNOVATION: "{value} new ideas discussed a month",
    FocusAreaCode.COORDINATION: "{value}% of replies cross organisations, regions or disciplines",
}


def describe_target(code: FocusAreaCode | str, value: float | None) -> str:
    """The target in words, as the health dashboard shows it ("" without one)."""
    if value is None:
        return ""
    return TARGET_PHRASES[FocusAreaCode(code)].format(value=f"{value:g}")


@dataclass(frozen=True)
class FocusAreaView:
    """A catalogue row as stored (site admins may have reworded it)."""

    code: str
    name: str
    description: str
    examples: list[str]
    signals: list[str]


def list_focus_areas(session: Session) -> list[FocusAreaView]:
    """The catalogue in its display order, with the current (possibly edited) wording.

    A read: the rows are inserted by set-up (``manage setup``), not here.
    """
    return [
        FocusAreaView(
            code=FocusAreaCode(area.code).value,
            name=area.name,
            description=area.description,
            examples=list(area.examples),
            signals=list(area.signals),
        )
        for area in session.exec(select(FocusArea).order_by(col(FocusArea.sort_order))).all()
    ]


def focus_area_names(session: Session) -> dict[str, str]:
    """Code → current name of every catalogue area."""
    return {view.code: view.name for view in list_focus_areas(session)}
