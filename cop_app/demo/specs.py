"""The five communities: who they are, how they are set up (openness, focus areas, targets)
and the numbers that shape their history (size, rates, response times, skew)."""

from __future__ import annotations

from dataclasses import dataclass

from cop_app.demo.common import BS, CO, DI, HD, IN, KN, LE, PS, Q
from cop_app.demo.vocab import _BEHAVIOUR, _CDD, _HR, _RMES, _URBAN, _Vocab
from cop_app.models import FocusAreaCode, Openness, OrgType, TargetUnit, ThreadKind


@dataclass(frozen=True)
class _Spec:
    slug: str
    name: str
    tagline: str
    description: str
    openness: Openness
    languages: tuple[str, ...]
    primary: tuple[FocusAreaCode, ...]
    secondary: tuple[FocusAreaCode, ...]
    targets: dict[FocusAreaCode, tuple[float, TargetUnit]]
    notes: dict[FocusAreaCode, str]
    vocab: _Vocab
    age_days: int
    size: int  # members at scale 1, leads and leavers included
    lurkers: float  # share of members who never contribute
    skew: float  # sigma of the lognormal contribution weights
    base_weight: float  # median contribution weight of an ordinary contributor
    lead_weight: float
    facilitator_weight: float
    yearly: dict[ThreadKind, int]  # threads per 365 days at scale 1
    trend: tuple[float, float]  # relative rate at the start and at the end
    recent_boost: float  # extra rate in the last 30 days
    weekend: float
    first_reply_hours: dict[ThreadKind, float]  # median wait for the first answer
    unanswered: dict[ThreadKind, float]
    extra_replies: dict[ThreadKind, float]  # mean further replies after the first
    accept: float
    helpful: float  # mean helpful reactions on a first answer
    homophily: float  # chance a reply comes from the author's own team
    focus: dict[ThreadKind, tuple[tuple[FocusAreaCode | None, float], ...]]
    org_types: tuple[tuple[OrgType, float], ...]
    regions: tuple[tuple[str, float], ...]
    disciplines: tuple[str, ...]
    lost_regulars: int
    reactivated: int
    leavers: float
    pending: int
    declined: int
    dominants: int = 0
    dominant_weight: float = 0.0
    core: int = 0  # regulars who show up most days (at scale 1)
    core_weight: float = 0.0
    teams: float = 0.35  # chance a new member joins an existing team (same org, region, discipline)
    steady: bool = False  # something new every day of the last 30 (the busy community)


_SPECS: tuple[_Spec, ...] = (
    _Spec(
        slug="cdd-practitioners",
        name="Community-Driven Development Practitioners",
        tagline="Peer help for people who put communities in charge of development money",
        description=(
            "A cross-disciplinary network of people who design, run and study "
            "community-driven development (CDD) programmes: staff, client governments, "
            "donors, researchers and NGOs.\n\n"
            "Members help each other peer to peer. The **help desk** answers practitioners' "
            "requests, about two hundred a year, with a first response promised within 48 "
            "hours. Good answers are turned into briefing notes and sample terms of "
            "reference that anyone can reuse."
        ),
        openness=Openness.OPEN,
        languages=("en", "fr", "es"),
        primary=(PS,),
        secondary=(LE, CO),
        targets={
            PS: (48, TargetUnit.HOURS_TO_FIRST_RESPONSE),
            LE: (8, TargetUnit.ITEMS_PER_QUARTER),
            CO: (30, TargetUnit.PERCENT),
        },
        notes={
            PS: "The help desk is our core service: every request gets a first answer "
            "within two working days.",
            LE: "Recurring answers become briefing notes and sample ToRs.",
            CO: "Country teams tell each other what they are piloting.",
        },
        vocab=_CDD,
        age_days=420,
        size=480,
        lurkers=0.62,
        skew=0.9,
        base_weight=1.0,
        lead_weight=9.0,
        facilitator_weight=7.0,
        yearly={HD: 200, Q: 200, DI: 90, KN: 50},
        trend=(0.8, 1.15),
        recent_boost=1.5,
        weekend=0.45,
        first_reply_hours={HD: 20, Q: 26, DI: 30, KN: 48},
        unanswered={HD: 0.04, Q: 0.1, DI: 0.15, KN: 0.35},
        extra_replies={HD: 3.0, Q: 3.8, DI: 7.5, KN: 2.0},
        accept=0.6,
        helpful=1.3,
        homophily=0.25,
        focus={
            HD: ((PS, 0.95), (None, 0.05)),
            Q: ((PS, 0.75), (LE, 0.1), (CO, 0.05), (None, 0.1)),
            DI: ((PS, 0.3), (CO, 0.3), (LE, 0.2), (IN, 0.1), (None, 0.1)),
            KN: ((LE, 0.55), (PS, 0.4), (None, 0.05)),
        },
        org_types=(
            (OrgType.STAFF, 0.3),
            (OrgType.CLIENT, 0.2),
            (OrgType.GOVERNMENT, 0.1),
            (OrgType.NGO, 0.15),
            (OrgType.ACADEMIC, 0.1),
            (OrgType.DONOR, 0.08),
            (OrgType.PRIVATE, 0.04),
            (OrgType.OTHER, 0.03),
        ),
        regions=(
            ("Africa", 0.3),
            ("East Asia & Pacific", 0.2),
            ("South Asia", 0.15),
            ("Latin America & Caribbean", 0.1),
            ("Middle East & North Africa", 0.1),
            ("Europe & Central Asia", 0.05),
            ("North America", 0.1),
        ),
        disciplines=(
            "social development",
            "rural development",
            "governance",
            "public finance",
            "anthropology",
            "civil engineering",
        ),
        lost_regulars=3,
        reactivated=3,
        leavers=0.05,
        pending=0,
        declined=0,
        core=8,
        core_weight=18.0,
        steady=True,
    ),
    _Spec(
        slug="urban-public-spaces",
        name="Urban Public Spaces Circle",
        tagline="Peer reviews and expert support for projects with public space components",
        description=(
            "A selective community of experts on public urban spaces and their part in "
            "making cities liveable and prosperous.\n\n"
            "A core team **reviews** the public space components of projects, helps task "
            "teams recruit specialists and pilots new approaches in business development. "
            "Join requests are reviewed by the leads so that reviews stay in expert hands."
        ),
        openness=Openness.SELECTIVE,
        languages=("en", "es", "pt"),
        primary=(BS,),
        secondary=(IN,),
        targets={BS: (6, TargetUnit.ITEMS_PER_QUARTER), IN: (2, TargetUnit.COUNT_PER_MONTH)},
        notes={
            BS: "Each project review request gets two expert reviewers.",
            IN: "We pilot tactical urbanism before capital works.",
        },
        vocab=_URBAN,
        age_days=365,
        size=70,
        lurkers=0.3,
        skew=1.0,
        base_weight=1.0,
        lead_weight=6.0,
        facilitator_weight=4.0,
        yearly={Q: 100, DI: 45, KN: 30},
        trend=(1.0, 1.0),
        recent_boost=1.0,
        weekend=0.2,
        first_reply_hours={Q: 40, DI: 36, KN: 60},
        unanswered={Q: 0.12, DI: 0.2, KN: 0.4},
        extra_replies={Q: 3.0, DI: 4.5, KN: 1.5},
        accept=0.45,
        helpful=1.0,
        homophily=0.2,
        focus={
            Q: ((BS, 0.8), (IN, 0.1), (None, 0.1)),
            DI: ((IN, 0.4), (BS, 0.3), (LE, 0.2), (None, 0.1)),
            KN: ((BS, 0.5), (LE, 0.4), (None, 0.1)),
        },
        org_types=(
            (OrgType.STAFF, 0.35),
            (OrgType.GOVERNMENT, 0.2),
            (OrgType.PRIVATE, 0.2),
            (OrgType.ACADEMIC, 0.15),
            (OrgType.NGO, 0.07),
            (OrgType.OTHER, 0.03),
        ),
        regions=(
            ("Latin America & Caribbean", 0.3),
            ("Africa", 0.2),
            ("East Asia & Pacific", 0.15),
            ("Europe & Central Asia", 0.1),
            ("Middle East & North Africa", 0.1),
            ("North America", 0.1),
            ("Western Europe", 0.05),
        ),
        disciplines=(
            "urban planning",
            "architecture",
            "landscape architecture",
            "transport",
            "municipal finance",
        ),
        lost_regulars=1,
        reactivated=1,
        leavers=0.04,
        pending=5,
        declined=3,
        core=3,
        core_weight=5.0,
    ),
    _Spec(
        slug="hr-analytics",
        name="HR Analytics Learning Community",
        tagline="Learning together to build a data-driven HR culture",
        description=(
            "For HR colleagues who work with data and staffing analyses: monitoring "
            "trends, anticipating workforce needs and informing policy at unit and "
            "corporate level.\n\n"
            "We share scripts and methods, ask technical questions, spot common learning "
            "needs and attend **brown bags and clinics** as a group. The knowledge "
            "collection holds our good practices and briefing notes."
        ),
        openness=Openness.OPEN,
        languages=("en",),
        primary=(LE,),
        secondary=(PS,),
        targets={
            LE: (10, TargetUnit.ITEMS_PER_QUARTER),
            PS: (72, TargetUnit.HOURS_TO_FIRST_RESPONSE),
        },
        notes={
            LE: "One learning event a month; slides and recordings go to the collection.",
            PS: "Technical questions answered by peers within three days.",
        },
        vocab=_HR,
        age_days=330,
        size=120,
        lurkers=0.4,
        skew=0.8,
        base_weight=1.0,
        lead_weight=5.0,
        facilitator_weight=5.0,
        yearly={Q: 110, DI: 65, KN: 70},
        trend=(0.7, 1.3),
        recent_boost=1.1,
        weekend=0.1,
        first_reply_hours={Q: 18, DI: 24, KN: 40},
        unanswered={Q: 0.08, DI: 0.15, KN: 0.3},
        extra_replies={Q: 2.8, DI: 4.0, KN: 2.2},
        accept=0.5,
        helpful=1.4,
        homophily=0.5,
        focus={
            Q: ((PS, 0.5), (LE, 0.4), (None, 0.1)),
            DI: ((LE, 0.7), (CO, 0.1), (IN, 0.1), (None, 0.1)),
            KN: ((LE, 0.9), (None, 0.1)),
        },
        org_types=(
            (OrgType.STAFF, 0.85),
            (OrgType.OTHER, 0.05),
            (OrgType.PRIVATE, 0.05),
            (OrgType.ACADEMIC, 0.05),
        ),
        regions=(
            ("North America", 0.7),
            ("Africa", 0.08),
            ("East Asia & Pacific", 0.06),
            ("South Asia", 0.06),
            ("Europe & Central Asia", 0.05),
            ("Latin America & Caribbean", 0.05),
        ),
        disciplines=("human resources", "data science", "statistics", "economics"),
        lost_regulars=2,
        reactivated=1,
        leavers=0.06,
        pending=0,
        declined=0,
        core=3,
        core_weight=5.0,
        teams=0.5,
    ),
    _Spec(
        slug="behaviour-change-lab",
        name="Behaviour Change Innovation Lab",
        tagline="Trying new behavioural approaches to stubborn development problems",
        description=(
            "One of the oldest grassroots themes, with renewed energy: members design "
            "and test behavioural approaches together with practitioners around the "
            "world.\n\n"
            "Bring an **idea**, a pilot design or results, including the ones that did not "
            "work. A recent example: sustained contact with female role models raised "
            "the aspirations of families in a cash transfer programme."
        ),
        openness=Openness.OPEN,
        languages=("en", "es"),
        primary=(IN,),
        secondary=(LE,),
        targets={IN: (4, TargetUnit.COUNT_PER_MONTH), LE: (3, TargetUnit.ITEMS_PER_QUARTER)},
        notes={
            IN: "Every idea thread gets a response from someone in another discipline.",
            LE: "Pilot results are written up, including null results.",
        },
        vocab=_BEHAVIOUR,
        age_days=230,
        size=60,
        lurkers=0.6,
        skew=0.7,
        base_weight=0.5,
        lead_weight=30.0,
        facilitator_weight=1.5,
        yearly={DI: 60, Q: 22, KN: 14},
        trend=(1.3, 0.5),
        recent_boost=1.0,
        weekend=0.3,
        first_reply_hours={DI: 30, Q: 40, KN: 72},
        unanswered={DI: 0.25, Q: 0.3, KN: 0.5},
        extra_replies={DI: 3.0, Q: 1.5, KN: 1.0},
        accept=0.35,
        helpful=0.8,
        homophily=0.15,
        focus={
            DI: ((IN, 0.75), (LE, 0.15), (None, 0.1)),
            Q: ((IN, 0.5), (PS, 0.3), (None, 0.2)),
            KN: ((LE, 0.6), (IN, 0.4)),
        },
        org_types=(
            (OrgType.STAFF, 0.35),
            (OrgType.ACADEMIC, 0.35),
            (OrgType.NGO, 0.15),
            (OrgType.GOVERNMENT, 0.1),
            (OrgType.PRIVATE, 0.05),
        ),
        regions=(
            ("Latin America & Caribbean", 0.3),
            ("North America", 0.25),
            ("South Asia", 0.15),
            ("Africa", 0.15),
            ("Middle East & North Africa", 0.1),
            ("Western Europe", 0.05),
        ),
        disciplines=(
            "psychology",
            "behavioural economics",
            "economics",
            "public health",
            "anthropology",
        ),
        lost_regulars=1,
        reactivated=0,
        leavers=0.08,
        pending=0,
        declined=0,
        dominants=1,
        dominant_weight=24.0,
    ),
    _Spec(
        slug="results-measurement",
        name="Results Measurement & Evidence Stream",
        tagline="Who measures what, where: standards and techniques for M&E professionals",
        description=(
            "Brings together results measurement and evaluation professionals from "
            "across the organisation and its partners.\n\n"
            "We keep a shared picture of **who is doing what**, so that two teams do not "
            "survey the same villages, agree common standards for monitoring and "
            "evaluation, and share new techniques with members and clients."
        ),
        openness=Openness.OPEN,
        languages=("en", "fr"),
        primary=(CO,),
        secondary=(LE, PS),
        targets={
            CO: (45, TargetUnit.PERCENT),
            LE: (6, TargetUnit.ITEMS_PER_QUARTER),
            PS: (72, TargetUnit.HOURS_TO_FIRST_RESPONSE),
        },
        notes={
            CO: "A who-does-what thread per region each quarter.",
            LE: "New M&E techniques written up as briefing notes.",
            PS: "A small help desk for client teams, answered within three days.",
        },
        vocab=_RMES,
        age_days=380,
        size=200,
        lurkers=0.45,
        skew=0.8,
        base_weight=1.0,
        lead_weight=5.0,
        facilitator_weight=4.0,
        yearly={DI: 90, Q: 85, KN: 40, HD: 25},
        trend=(1.0, 0.9),
        recent_boost=1.0,
        weekend=0.25,
        first_reply_hours={DI: 20, Q: 30, KN: 50, HD: 36},
        unanswered={DI: 0.1, Q: 0.12, KN: 0.35, HD: 0.08},
        extra_replies={DI: 5.0, Q: 2.8, KN: 1.8, HD: 2.0},
        accept=0.45,
        helpful=1.0,
        homophily=0.3,
        focus={
            DI: ((CO, 0.75), (LE, 0.15), (None, 0.1)),
            Q: ((CO, 0.3), (PS, 0.4), (LE, 0.2), (None, 0.1)),
            KN: ((LE, 0.7), (CO, 0.3)),
            HD: ((PS, 0.9), (None, 0.1)),
        },
        org_types=(
            (OrgType.STAFF, 0.4),
            (OrgType.CLIENT, 0.15),
            (OrgType.GOVERNMENT, 0.15),
            (OrgType.DONOR, 0.1),
            (OrgType.ACADEMIC, 0.1),
            (OrgType.PRIVATE, 0.05),
            (OrgType.NGO, 0.05),
        ),
        regions=(
            ("North America", 0.35),
            ("Africa", 0.2),
            ("South Asia", 0.12),
            ("East Asia & Pacific", 0.1),
            ("Latin America & Caribbean", 0.1),
            ("Europe & Central Asia", 0.08),
            ("Middle East & North Africa", 0.05),
        ),
        disciplines=(
            "monitoring & evaluation",
            "statistics",
            "economics",
            "public health",
            "education",
        ),
        lost_regulars=2,
        reactivated=1,
        leavers=0.05,
        pending=0,
        declined=0,
        core=4,
        core_weight=5.0,
        teams=0.25,
    ),
)
