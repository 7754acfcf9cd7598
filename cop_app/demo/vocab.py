"""Deterministic demo data: five communities with about a year of history.

Run ``python -m cop_app.demo [--seed 7] [--scale 1.0] [--end YYYY-MM-DD]
[--if-empty] [--db-url URL]`` on a database whose schema exists, or call
:func:`generate` from tests. The same seed, scale and end date always give the
same rows: every random choice comes from one ``random.Random(seed)`` and every
timestamp is derived from ``end`` (the history fills the days before ``end``,
up to 00:00 UTC on that day, so nothing lies in the future when ``end`` is
today).

The five communities follow the examples in the seed text, one per focus area
as primary: a community-driven development network with a busy help desk
(practitioner support), a selective urban public spaces circle doing peer
reviews (business support), an HR analytics learning community (learning), a
quiet behaviour-change lab that hangs on two people (innovation) and a
results-measurement stream (coordination).

How it is built: communities, their focus areas and the three demo accounts go
through the write services; everything else (about 7,000 posts at scale 1,
100,000 at scale 15) is simulated in memory and inserted in bulk, with the
stored counters and the activity log computed exactly as the services compute
them (thread reply/participant counts, first response by someone other than
the author, last activity, helpful counts, answered status, community member
and thread counts; one activity event per join, request, leave, thread,
reply, reaction and accepted answer). ``tests/test_demo.py`` recounts them.
"""

from __future__ import annotations

import argparse
import bisect
import math
import random
import sys
import time
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, select

from cop_app.db import db_url, get_engine
from cop_app.models import (
    CONTRIBUTION_KINDS,
    AcceptedAnswer,
    ActivityEvent,
    ActivityKind,
    Community,
    ExpertiseDirection,
    FocusAreaCode,
    KnowledgeSubtype,
    MemberExpertise,
    MemberProfile,
    Membership,
    MembershipRole,
    MembershipStatus,
    Openness,
    OrgType,
    Post,
    Reaction,
    ReactionKind,
    TargetUnit,
    Thread,
    ThreadKind,
    ThreadStatus,
    Urgency,
    User,
)
from cop_app.services.communities.catalogue import ensure_focus_areas
from cop_app.services.communities.communities import (
    do_create_community,
    do_create_user,
    do_set_expertise,
    do_set_focus_areas,
    get_required,
    get_user_by_email,
    pk,
)

DEMO_PASSWORD = "practice-makes-perfect"  # noqa: S105  (published demo password)
ADMIN_EMAIL = "admin@example.org"
LEAD_EMAIL = "lead@example.org"
MEMBER_EMAIL = "member@example.org"

HORIZON_DAYS = 420  # the oldest community's age; the others start later
DAY = 86_400
HOUR = 3_600
_BATCH = 5_000

PS = FocusAreaCode.PRACTITIONER_SUPPORT
BS = FocusAreaCode.BUSINESS_SUPPORT
LE = FocusAreaCode.LEARNING
IN = FocusAreaCode.INNOVATION
CO = FocusAreaCode.COORDINATION
Q = ThreadKind.QUESTION
HD = ThreadKind.HELPDESK
DI = ThreadKind.DISCUSSION
KN = ThreadKind.KNOWLEDGE


class DemoDataExistsError(ValueError):
    """The demo communities are already in this database."""


# =========================================================================== people material


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_FIRST_NAMES = _words(
    "Amara Kwame Fatou Chidi Wanjiru Tendai Ayodele Zanele Moussa Aïcha Kofi Nia Thabo "
    "Lindiwe Ousmane Mariam Samuel Esi Ana Lucía Mateo Camila Diego Valentina João Beatriz "
    "Rafael Paola Andrés Ximena Carlos Renata Priya Arjun Meera Rahul Sunita Farhan Nusrat "
    "Imran Ayesha Sanjay Kavya Bilal Anjali Wei Mei Hiroshi Yuki Minh Linh Siti Budi Dewi "
    "Rizal Jasmine Thanh Malia Tevita Elena Dmitri Aigerim Nodira Giorgi Tamar Olena Marko "
    "Jelena Bakyt Layla Omar Youssef Nour Rania Karim Salma Hassan Leila Sarah David Emily "
    "Michael Laura James Rachel Daniel Hannah Thomas Sophie Lukas Clara Pierre Camille Jonas "
    "Ingrid Matteo Giulia Pablo Marta Sean Aoife Kamal Rosa Tomás Adaeze Selam Henok Mekdes "
    "Yonas"
)
_LAST_NAMES = _words(
    "Mensah Okafor Diallo Kamau Moyo Adeyemi Ndlovu Traoré Banda Osei Kiptoo Sesay Mwangi "
    "Abebe Haile Tesfaye Coulibaly Phiri García Rodríguez Silva Santos Pereira Fernández "
    "López Martínez Gómez Herrera Castillo Mendoza Rojas Vargas Sharma Patel Rao Iyer Khan "
    "Rahman Chowdhury Hossain Gupta Reddy Malik Qureshi Chen Wang Tanaka Sato Tran Pham "
    "Santoso Wijaya Hakim Reyes Cruz Bautista Fifita Petrova Ivanov Nurlanovna Karimova "
    "Beridze Kovalenko Jovanović Petrović Asanov Haddad Mansour Aziz Saleh Nasser Khalil "
    "Farouk Smith Johnson Brown Miller Wilson Anderson Taylor Clarke Murphy Walsh Schmidt "
    "Müller Weber Dubois Moreau Laurent Rossi Bianchi Jensen Larsen Nilsson Novak Horvat "
    "Costa Almeida Ortiz Navarro Alemu Girma Bekele"
)

_REGION_COUNTRIES: dict[str, tuple[str, ...]] = {
    "Africa": ("Kenya", "Sierra Leone", "Malawi", "Benin", "Ghana", "Senegal", "Ethiopia"),
    "East Asia & Pacific": ("Indonesia", "the Philippines", "Lao PDR", "Vietnam", "Fiji"),
    "South Asia": ("Nepal", "Bangladesh", "India", "Pakistan", "Sri Lanka"),
    "Latin America & Caribbean": ("Colombia", "Honduras", "Peru", "Nicaragua", "Mexico"),
    "Middle East & North Africa": ("Jordan", "Tunisia", "Morocco", "Yemen", "Egypt"),
    "Europe & Central Asia": ("Tajikistan", "Georgia", "Serbia", "Kyrgyz Republic", "Ukraine"),
    "North America": ("United States", "Canada"),
    "Western Europe": ("France", "Germany", "Spain", "Denmark", "Ireland"),
}
_REGION_LANGUAGES: dict[str, tuple[str, ...]] = {
    "Africa": ("fr", "pt", "sw"),
    "East Asia & Pacific": ("id", "vi", "tl"),
    "South Asia": ("hi", "bn", "ne"),
    "Latin America & Caribbean": ("es", "pt"),
    "Middle East & North Africa": ("ar", "fr"),
    "Europe & Central Asia": ("ru", "ka", "sr"),
    "North America": ("es", "fr"),
    "Western Europe": ("fr", "de", "es"),
}
_DONORS = (
    "Nordic Partnership Fund",
    "Atlantic Aid Agency",
    "Pacific Cooperation Trust",
    "Alpine Development Agency",
    "Harbour Foundation",
)
_ACADEMIA = (
    "University of the Highlands",
    "Institute for Policy Research",
    "School of Public Affairs",
    "Centre for Urban Studies",
    "Lakeside University",
    "Coastal Institute of Technology",
)
_NGOS = (
    "Village Voices",
    "Open Streets Alliance",
    "Community Works International",
    "Data for Good Collective",
    "Rural Futures Network",
    "Citizens' Monitoring Trust",
)
_PRIVATE = (
    "Meridian Consulting",
    "Arcadia Design Studio",
    "Insight Analytics",
    "Keystone Advisory",
    "Fieldwork Research Ltd",
)
_OTHER = ("Independent consultant", "Retired practitioner", "Freelance researcher")
_STAFF_ORG = "Global Development Bank"
_STAFF_UNITS = (
    "Social Sustainability",
    "Urban Development",
    "Human Resources",
    "Poverty and Equity",
    "Operations Policy",
    "Development Impact",
    "Agriculture",
    "Governance",
)


# =========================================================================== text material

_MILESTONES = (
    "appraisal mission",
    "mid-term review",
    "board date",
    "implementation support mission",
    "restructuring",
    "budget hearing",
)
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_TITLES: dict[ThreadKind, tuple[str, ...]] = {
    Q: (
        "How are others handling {topic}?",
        "Evidence on {topic} in {place}?",
        "Looking for examples of {topic}",
        "What tripped you up with {topic}?",
        "Rules of thumb for budgeting {topic}?",
        "Who has a {doc} covering {topic}?",
        "Is anyone measuring {topic} well?",
        "New to {topic}: where would you start?",
        "{Topic}: run centrally or locally?",
        "Has {topic} worked at scale anywhere?",
    ),
    HD: (
        "Looking for a {doc} on {topic} ({place})",
        "Help needed on {topic} for the {project}",
        "Sample {doc} on {topic}?",
        "Before the {milestone}: advice on {topic}",
        "{Place}: quick advice on {topic}",
        "Reviewer wanted for a {doc} on {topic}",
        "Comparable cases of {topic} for the {project}",
    ),
    DI: (
        "Rethinking {topic}",
        "What are we missing on {topic}?",
        "Notes from {place} on {topic}",
        "{Topic}: do the usual rules still hold?",
        "Open thread: your biggest headache with {topic}",
        "Is {topic} worth the effort?",
    ),
}
_KNOWLEDGE_TITLES: dict[KnowledgeSubtype, tuple[str, ...]] = {
    KnowledgeSubtype.GOOD_PRACTICE: (
        "Good practice: {topic} in {place}",
        "What worked: {topic} in the {project}",
        "A practice worth copying: {topic}",
    ),
    KnowledgeSubtype.LESSON_LEARNED: (
        "Lessons learned from {topic} in {place}",
        "What we would do differently on {topic}",
        "Three lessons from the {project} on {topic}",
    ),
    KnowledgeSubtype.TERMS_OF_REFERENCE: (
        "Terms of reference: {role} for {topic}",
        "Sample ToR: {role} ({place})",
        "ToR template for a {role}",
    ),
    KnowledgeSubtype.BRIEFING_NOTE: (
        "Briefing note: {topic} at a glance",
        "Two-page brief on {topic}",
        "Briefing for task teams: {topic}",
    ),
}

_Q_INTROS = (
    "We are preparing the {project} in {place} and {topic} comes back in every meeting.",
    "Our team in {place} is revisiting {topic} after a difficult first year.",
    "I have been asked to advise a client team on {topic} and would love to hear from people "
    "who have done it.",
    "Quick question from {place} about {topic}.",
    "We are about to scale {topic} from two pilot areas to the whole {project}.",
    "A colleague pointed me to this community for questions on {topic}.",
)
_Q_RETURN_INTRO = (
    "I'm back after a long assignment away from this work, and I'm picking up {topic} again "
    "for the {project}."
)
_Q_PROBLEMS = (
    "The {doc} we inherited is thin on this, and the client would like a clear approach by "
    "{month}.",
    "A first attempt last year got little uptake, and we are still not sure why.",
    "Two earlier attempts stalled because nobody owned the follow-up.",
    "The budget is tight, so whatever we choose has to be simple to run.",
    "Our counterparts are keen but worried about {aspect}.",
    "The main open point for us is {aspect}.",
)
_Q_ASKS = (
    "Has anyone dealt with something similar?",
    "What would you do differently if you started again?",
    "Any {doc}, checklist or short example would help a lot.",
    "Pointers are welcome, even partial ones.",
    "I would be grateful for a short call with anyone who has tried this.",
)
_Q_DETAILS = (
    "How long did the set-up take?",
    "Who owned it on the client side?",
    "What did it cost, roughly?",
    "How did you handle {aspect}?",
    "Which indicators did you track?",
    "Did it survive the end of the project?",
)
_HD_REQUESTS = (
    "We need a {doc} on {topic} that we can adapt quickly.",
    "Could someone review our draft approach to {topic}?",
    "We are looking for comparable experience with {topic} to brief the client.",
    "The client asked for options on {topic}, with pros and cons of each.",
    "We need names of people who have handled {topic} before.",
)
_HD_DETAILS = (
    "The open question is {aspect}.",
    "Implementation started last year, and {aspect} has become the bottleneck.",
    "Anything from a similar setting would help, even if it is not polished.",
    "We have a call with the ministry next week and want to come prepared.",
)
_HD_CLOSINGS = (
    "Thanks in advance!",
    "Many thanks, {first}",
    "Grateful for any help.",
    "Thank you, and happy to return the favour.",
)
_D_OPENERS = (
    "I'd like to start a conversation about {topic}.",
    "Since the last session I keep coming back to {topic}.",
    "A provocation: much of what we do on {topic} is habit rather than evidence.",
    "Back from {place}, with a few thoughts on {topic}.",
    "We rarely talk about {topic}, yet it shapes everything else we do.",
)
_D_POINTS = (
    "{Aspect} matters more than we admit.",
    "Teams that {action} tend to do better.",
    "The data we collect rarely answers the questions we ask.",
    "A result like this is possible: the team {result}. It is not automatic, though.",
    "Local ownership beats a perfect design.",
    "We underestimate how long {topic} takes to settle.",
)
_D_CLOSERS = (
    "What is your experience?",
    "Tell me where I'm wrong.",
    "Curious to hear other views, especially from {place}.",
    "Should we turn this into a clinic?",
)
_ANSWER_OPENERS = (
    "We faced something close to this in {place2}.",
    "Short answer: it depends on {aspect}, but here is what worked for us.",
    "Good question. We went through the same on the {project2}.",
    "I worked on this in {place2} a couple of years ago.",
    "A view from {discipline}:",
    "A few thoughts from our side.",
)
_ANSWER_BODIES = (
    "We decided to {action}, and within a few months the team {result}.",
    "What made the difference was to {action}; without it nothing else stuck.",
    "Be careful with {aspect}: that is where most designs come apart.",
    "Start small: {action} in one area first, then adjust before you scale.",
    "Agree early with the client on {aspect}; everything else follows from it.",
)
_ANSWER_TIPS = (
    "Write down who decides what before money moves.",
    "Budget for follow-up visits, not only for the launch.",
    "Pilot the forms with the people who will fill them in.",
    "Publish the results back to the communities involved.",
    "Keep the first version small enough to fix quickly.",
    "Name one person on the client side who owns it.",
)
_OFFERS = (
    "Happy to share our {doc}.",
    "I can put you in touch with the team in {place2}.",
    "Send me a message if you want to talk it through.",
    "There is a good {doc} on this in our knowledge collection.",
)
_FOLLOWUPS = (
    "Thanks, this is really helpful.",
    "Thank you! Did you {action} before or after the {milestone}?",
    "Very useful. How did you handle {aspect}?",
    "That matches what we saw. We'll try it in {place}.",
    "Great, I'll share this with the team and report back.",
)
_BUMPS = (
    "Bumping this: any experience from {place2}?",
    "Still looking for examples if anyone has them.",
    "Any thoughts? Even a pointer to a document would help.",
)
_ADDONS = (
    "Adding to the above: we also had to {action}.",
    "One caution: {aspect} can undo all of this.",
    "+1 to the point about {aspect}.",
    "In {place2} we saw the opposite: it only {result} once we changed {aspect}.",
    "Agreed. A short {doc} on this would help others too.",
    "Useful thread. Could someone add the {doc} to the collection?",
)
_DISCUSSION_REPLIES = (
    "I partly agree. In {place2}, {aspect} was the deciding factor, not the design itself.",
    "This resonates. We tried to {action} and it took twice as long as planned.",
    "Counterpoint: the evidence on {topic} is thinner than we like to think.",
    "Worth a clinic, yes. I can bring the experience from the {project2}.",
    "What would change your mind? For me it would be data on {aspect}.",
)
_KNOWLEDGE_REPLIES = (
    "Thanks for writing this up. We will adapt it for {place2}.",
    "Very clear. Could you add the budget figures behind it?",
    "We used an earlier version in {place2}; the part on {aspect} was the most useful.",
    "Saving this for our next {milestone}.",
    "Would you mind if we translated this for our partners?",
)
_INTROS = (
    "Hi everyone, I'm {first}. I work at {org} on {discipline}, based in {region}. Keen to "
    "swap notes on {looking_for}; I know a fair bit about {can_help}.",
    "Hello! {first} from {org}. New here, and mostly interested in {looking_for}. If "
    "{can_help} comes up, count me in.",
    "Hello everyone! I'm {first}, working on {discipline} at {org} ({region}). I'm here to "
    "learn about {looking_for}, and glad to help with {can_help}.",
    "Hi all, {first} here from {org}. My background is {discipline}; lately I've been busy "
    "with {can_help}. Hoping to pick up ideas on {looking_for}.",
    "Greetings from {region}! I joined to connect with people working on {looking_for}. "
    "Ask me anything about {can_help}.",
)


@dataclass(frozen=True)
class _Vocab:
    topics: tuple[tuple[str, str], ...]  # (phrase, tag)
    places: tuple[tuple[str, str], ...]  # (label, country)
    projects: tuple[str, ...]
    docs: tuple[str, ...]
    roles: tuple[str, ...]
    actions: tuple[str, ...]
    results: tuple[str, ...]
    aspects: tuple[str, ...]
    special: dict[ThreadKind, tuple[tuple[str, str], ...]]  # (title template, extra tag)
    purpose: str  # for the welcome thread
    motivations: tuple[str, ...] = ()


_CDD = _Vocab(
    topics=(
        ("grievance redress mechanisms", "grievance redress"),
        ("social audits run by village committees", "social accountability"),
        ("block grants paid into community accounts", "block grants"),
        ("training community facilitators", "facilitation"),
        ("women's voice in village assemblies", "gender"),
        ("community procurement of small works", "community procurement"),
        ("upkeep of village infrastructure after handover", "operations and maintenance"),
        ("community-driven development in conflict-affected areas", "fragility"),
        ("safeguards against elite capture", "elite capture"),
        ("participatory planning cycles", "participatory planning"),
        ("sub-project monitoring systems", "mis"),
        ("third-party monitoring", "third-party monitoring"),
        ("cash-for-work sub-projects", "cash for work"),
        ("screening sub-projects for social and environmental risk", "safeguards"),
    ),
    places=(
        ("Indonesia", "Indonesia"),
        ("Sierra Leone", "Sierra Leone"),
        ("Myanmar", "Myanmar"),
        ("the Philippines", "Philippines"),
        ("Nepal", "Nepal"),
        ("Colombia", "Colombia"),
        ("Malawi", "Malawi"),
        ("Yemen", "Yemen"),
        ("Tajikistan", "Tajikistan"),
        ("Benin", "Benin"),
        ("Kenya", "Kenya"),
        ("Lao PDR", "Lao PDR"),
        ("Honduras", "Honduras"),
        ("the Solomon Islands", "Solomon Islands"),
    ),
    projects=(
        "Village Infrastructure Programme",
        "Local Livelihoods Project",
        "Community Resilience Project",
        "District Block Grant Programme",
        "Community Recovery and Jobs Project",
        "Rural Services Project",
    ),
    docs=(
        "operations manual chapter",
        "facilitator handbook",
        "terms of reference",
        "briefing note",
        "results framework",
        "grievance log template",
        "training curriculum",
    ),
    roles=(
        "community facilitator",
        "grievance officer",
        "MIS specialist",
        "social accountability consultant",
    ),
    actions=(
        "hand the grievance log to a village volunteer",
        "pay facilitators through the district rather than the project",
        "post every sub-project budget on the village notice board",
        "hold separate planning meetings for women before the assembly",
        "let communities choose their own procurement committee",
        "train the maintenance committee before handover, not after",
        "send text-message reminders ahead of each assembly",
    ),
    results=(
        "cleared its complaint backlog",
        "doubled women's attendance",
        "cut disbursement delays by a month",
        "kept most schemes working after two years",
        "saw far fewer procurement complaints",
    ),
    aspects=(
        "the size of the grant",
        "who sits on the committee",
        "how facilitators are paid",
        "the timing of disbursements",
        "literacy levels in the villages",
        "the district government's role",
    ),
    special={
        HD: (
            ("Help desk: {doc} needed for {topic} ({place})", "help desk"),
            ("Urgent, before the {milestone}: advice on {topic}", "help desk"),
        ),
    },
    purpose=(
        "brings together people who design and run community-driven development "
        "programmes: staff, clients, donors, researchers and NGOs. Our help desk answers "
        "practitioners' requests, and the best answers become briefing notes and sample "
        "terms of reference"
    ),
)
_URBAN = _Vocab(
    topics=(
        ("plaza redesign", "public space design"),
        ("street trees and shade", "urban greening"),
        ("street vendors in public space", "informal trade"),
        ("night-time safety audits", "safety audits"),
        ("waterfront regeneration", "waterfronts"),
        ("playgrounds in dense neighbourhoods", "play spaces"),
        ("step-free access to public spaces", "universal design"),
        ("maintenance budgets for parks", "asset management"),
        ("temporary tactical urbanism pilots", "tactical urbanism"),
        ("flood-resilient public spaces", "climate resilience"),
        ("residents' say in site design", "participatory design"),
        ("capturing land value around new parks", "land value capture"),
    ),
    places=(
        ("Medellín", "Colombia"),
        ("Dakar", "Senegal"),
        ("Tbilisi", "Georgia"),
        ("Manila", "Philippines"),
        ("Lima", "Peru"),
        ("Addis Ababa", "Ethiopia"),
        ("Dhaka", "Bangladesh"),
        ("Tunis", "Tunisia"),
        ("Quito", "Ecuador"),
        ("Hanoi", "Vietnam"),
        ("Nairobi", "Kenya"),
        ("Belgrade", "Serbia"),
    ),
    projects=(
        "Urban Resilience Programme",
        "City Streets Project",
        "Municipal Infrastructure Project",
        "Green Cities Project",
        "Old Town Revitalisation Project",
    ),
    docs=(
        "design brief",
        "concept note",
        "project appraisal document",
        "site analysis",
        "cost estimate",
        "terms of reference",
    ),
    roles=("landscape architect", "urban designer", "public space specialist"),
    actions=(
        "run a week-long temporary closure before building anything",
        "count users by hour and by gender before and after",
        "give street vendors fixed, serviced spots",
        "budget ten years of maintenance into the design",
        "co-design the site with residents in three rounds",
        "plant shade trees before the paving work",
    ),
    results=(
        "tripled evening use of the square",
        "got the city to adopt the design standard",
        "brought vendors and shop owners to an agreement",
        "saw far fewer safety complaints",
        "kept the maintenance bill within budget",
    ),
    aspects=(
        "who maintains the space",
        "land ownership",
        "drainage",
        "the vendors' livelihoods",
        "the municipal budget cycle",
        "lighting",
    ),
    special={
        Q: (
            ("Peer review requested: public space component of the {project}", "peer review"),
            ("Peer review: {doc} for {topic} in {place}", "peer review"),
            ("Expert needed: {topic} for a mission to {place}", "expert search"),
        ),
    },
    purpose=(
        "is a circle of experts on public urban spaces. We review the public space "
        "components of projects, help teams find the right specialists and test new "
        "approaches to liveable streets, parks and waterfronts"
    ),
    motivations=(
        "I lead the public space component of a city project and would value peer feedback "
        "on our design brief.",
        "Landscape architect with ten years of work on parks; I'd like to contribute to reviews.",
        "Our city team is starting a waterfront project and we want to learn from others.",
        "I research street vending and would like to share findings with practitioners.",
        "Urban planner in a municipal government; we need help with maintenance budgets.",
    ),
)
_HR = _Vocab(
    topics=(
        ("attrition forecasting", "attrition"),
        ("workforce planning models", "workforce planning"),
        ("text analysis of staff survey comments", "survey analytics"),
        ("diversity dashboards", "diversity data"),
        ("reconciling headcount across systems", "data quality"),
        ("grade-mix analysis", "grade mix"),
        ("time-to-hire metrics", "recruitment analytics"),
        ("Power BI data models for HR", "power bi"),
        ("privacy in people analytics", "data privacy"),
        ("skills taxonomies", "skills"),
        ("internal mobility patterns", "mobility"),
        ("retirement projections", "retirement projections"),
    ),
    places=(
        ("the head office", ""),
        ("the country offices", ""),
        ("the regional hubs", ""),
        ("our vice-presidency", ""),
        ("the Africa region", ""),
        ("the IT department", ""),
    ),
    projects=(
        "annual workforce review",
        "staffing outlook",
        "pay equity study",
        "onboarding survey",
        "mid-year talent review",
    ),
    docs=("R script", "Power BI template", "SQL query", "data dictionary", "methodology note"),
    roles=("HR data analyst", "survey methodologist", "people analytics lead"),
    actions=(
        "freeze a monthly snapshot of the HR data instead of querying live tables",
        "agree one definition of headcount with finance",
        "publish a data dictionary next to every dashboard",
        "suppress any cell with fewer than ten people",
        "pair each analyst with an HR business partner",
        "version our scripts in a shared repository",
    ),
    results=(
        "stopped the monthly arguments about numbers",
        "cut report preparation to a day",
        "got managers to actually open the dashboard",
        "predicted attrition within two points",
        "passed the privacy review first time",
    ),
    aspects=(
        "small cell sizes",
        "how contractors are counted",
        "the data refresh schedule",
        "consent for survey text",
        "definitions that differ between units",
    ),
    special={
        DI: (
            ("Brown bag: {topic}, with slides and recording", "event"),
            ("Clinic next week: {topic}", "event"),
            ("Learning needs: what should we cover on {topic}?", "learning needs"),
        ),
    },
    purpose=(
        "gathers HR colleagues who work with data: staffing analyses, workforce trends, "
        "dashboards. We learn together, share scripts and methods, and attend learning "
        "events as a group"
    ),
)
_BEHAVIOUR = _Vocab(
    topics=(
        ("role models to raise aspirations", "aspirations"),
        ("text reminders for savings", "nudges"),
        ("default options in pension enrolment", "defaults"),
        ("social-norms messages on water use", "social norms"),
        ("commitment devices for school attendance", "commitment devices"),
        ("simpler application forms", "choice architecture"),
        ("how cash transfer messages are framed", "framing"),
        ("the mental load of poor households", "scarcity"),
        ("randomised trials of small design changes", "rct"),
        ("gender norms and household decisions", "gender norms"),
    ),
    places=(
        ("Nicaragua", "Nicaragua"),
        ("Peru", "Peru"),
        ("Ghana", "Ghana"),
        ("India", "India"),
        ("Jordan", "Jordan"),
        ("Indonesia", "Indonesia"),
        ("Mexico", "Mexico"),
        ("Kenya", "Kenya"),
        ("Bangladesh", "Bangladesh"),
        ("Georgia", "Georgia"),
    ),
    projects=(
        "conditional cash transfer programme",
        "tax compliance pilot",
        "school attendance pilot",
        "energy-saving campaign",
        "financial inclusion project",
    ),
    docs=(
        "pre-analysis plan",
        "pilot design",
        "message script",
        "survey instrument",
        "behavioural diagnostic",
    ),
    roles=("behavioural scientist", "field researcher"),
    actions=(
        "bring in local women as role models for mothers in the programme",
        "test three message framings against each other",
        "make enrolment the default and let people opt out",
        "send the reminder on payday rather than at the start of the month",
        "shorten the form from six pages to one",
        "map the decision journey before designing anything",
    ),
    results=(
        "raised aspirations for daughters' schooling",
        "lifted savings deposits by a fifth",
        "almost doubled enrolment",
        "saw no effect at all, which taught us a lot",
        "cut drop-outs from the programme",
    ),
    aspects=(
        "sample size",
        "ethics approval",
        "how long effects last",
        "what counts as a default",
        "who delivers the message",
    ),
    special={
        DI: (
            ("Idea: {topic} for the {project}", "idea"),
            ("Could {topic} work in {place}?", "idea"),
            ("Pilot results: {topic} in {place}", "pilot"),
        ),
    },
    purpose=(
        "designs and tests new behavioural approaches to development problems with "
        "practitioners around the world: from role models that raise aspirations to "
        "reminders that help people save"
    ),
)
_RMES = _Vocab(
    topics=(
        ("core sector indicators", "indicators"),
        ("baseline surveys", "baselines"),
        ("theory of change reviews", "theory of change"),
        ("impact evaluation designs", "impact evaluation"),
        ("results frameworks for multi-phase programmes", "results frameworks"),
        ("mobile data collection", "mobile data collection"),
        ("geo-enabled monitoring", "geo-monitoring"),
        ("beneficiary feedback", "beneficiary feedback"),
        ("completion report ratings", "completion reports"),
        ("M&E capacity in client teams", "capacity building"),
        ("evaluating technical assistance", "advisory evaluation"),
        ("results measurement standards", "results measurement"),
    ),
    places=(
        ("East Africa", ""),
        ("the Sahel", ""),
        ("Central Asia", ""),
        ("the Andes", ""),
        ("South Asia", ""),
        ("the Pacific", ""),
        ("the Western Balkans", ""),
        ("Southern Africa", ""),
    ),
    projects=(
        "Agriculture Support Programme",
        "Education Quality Project",
        "Health Systems Project",
        "Energy Access Project",
        "Social Protection Programme",
    ),
    docs=(
        "M&E framework",
        "indicator reference sheet",
        "evaluation ToR",
        "sampling plan",
        "data quality checklist",
    ),
    roles=("M&E specialist", "evaluation firm", "data collection firm"),
    actions=(
        "share one survey firm across three projects",
        "align our indicators with the corporate scorecard",
        "run a joint baseline with the other donor",
        "set up a shared tracker of planned evaluations",
        "train client staff before data collection starts",
        "geo-tag every site visit",
    ),
    results=(
        "saved a full baseline round",
        "stopped two teams from surveying the same villages",
        "got comparable numbers across countries",
        "halved the time to clean the data",
        "raised the completion rating",
    ),
    aspects=(
        "who pays for the baseline",
        "indicator definitions",
        "data ownership",
        "the timing of surveys",
        "comparability across countries",
    ),
    special={
        DI: (
            ("Who is doing what on {topic}?", "who does what"),
            ("Mapping work on {topic} in {place}", "who does what"),
            ("Shall we pool resources for {topic}?", "pooling"),
            ("Avoiding double work: {topic} in {place}", "who does what"),
        ),
    },
    purpose=(
        "connects results measurement and evaluation professionals across the "
        "organisation and its partners: who is measuring what and where, common standards, "
        "and new techniques worth sharing"
    ),
)


# =========================================================================== community specs


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


# =========================================================================== summary


@dataclass(frozen=True)
class CommunitySummary:
    slug: str
    name: str
    primary: str
    members: int  # active
    pending: int
    left: int
    threads: int
    posts: int
    reactions: int
    accepted: int


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    scale: float
    end: date
    users: int
    events: int
    communities: tuple[CommunitySummary, ...]

    @property
    def threads(self) -> int:
        return sum(c.threads for c in self.communities)

    @property
    def posts(self) -> int:
        return sum(c.posts for c in self.communities)

    @property
    def reactions(self) -> int:
        return sum(c.reactions for c in self.communities)

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def lines(self) -> list[str]:
        head = (
            f"Demo data (seed {self.seed}, scale {self.scale:g}, history up to {self.end}): "
            f"{self.users} users, {self.threads} threads, {self.posts} posts, "
            f"{self.reactions} reactions, {self.events} activity events."
        )
        return [
            head,
            *(
                f"  {c.slug:<22} {c.primary:<21} members {c.members:>5} "
                f"(pending {c.pending}, left {c.left})  threads {c.threads:>5}  "
                f"posts {c.posts:>6}  helpful {c.reactions:>6}  accepted {c.accepted:>4}"
                for c in self.communities
            ),
        ]


# =========================================================================== simulation objects


class _Person:
    __slots__ = (
        "bio",
        "can_help",
        "created",
        "discipline",
        "email",
        "first",
        "focus",
        "home",
        "languages",
        "last_seen",
        "looking_for",
        "name",
        "org",
        "org_type",
        "region",
        "uid",
    )

    def __init__(self, uid: int) -> None:
        self.uid = uid
        self.created = 0
        self.last_seen = -1


class _Member:
    __slots__ = (
        "decided",
        "join_day",
        "joined",
        "leave_day",
        "left",
        "motivation",
        "person",
        "requested",
        "role",
        "silent",
        "status",
        "weight",
    )

    def __init__(self, person: _Person, role: MembershipRole) -> None:
        self.person = person
        self.role = role
        self.weight = 0.0
        self.status = MembershipStatus.ACTIVE
        self.requested = 0
        self.joined: int | None = None
        self.left: int | None = None
        self.join_day = 0
        self.leave_day: int | None = None
        self.silent: list[tuple[int, int]] = []
        self.decided: int | None = None
        self.motivation = ""

    def can_act(self, day: int) -> bool:
        """Whether the member may contribute on ``day`` (from the day after joining)."""
        if self.joined is None or day <= self.join_day:
            return False
        if self.leave_day is not None and day >= self.leave_day:
            return False
        return all(not (a <= day < b) for a, b in self.silent)

    def intervals(self, horizon: int) -> list[tuple[int, int]]:
        if self.joined is None or self.weight <= 0:
            return []
        spans = [(self.join_day + 1, self.leave_day if self.leave_day is not None else horizon)]
        for a, b in sorted(self.silent):
            nxt = []
            for lo, hi in spans:
                if b <= lo or a >= hi:
                    nxt.append((lo, hi))
                    continue
                if lo < a:
                    nxt.append((lo, a))
                if b < hi:
                    nxt.append((b, hi))
            spans = nxt
        return [(lo, hi) for lo, hi in spans if lo < hi]


class _Post:
    __slots__ = ("author", "body", "helpful", "id", "position", "quoted", "t", "thread")

    def __init__(self, thread: _Thread, t: int, author: _Member, body: str) -> None:
        self.thread = thread
        self.t = t
        self.author = author
        self.body = body
        self.quoted: _Post | None = None
        self.helpful = 0
        self.id = 0
        self.position = 0


class _Thread:
    __slots__ = (
        "accepted",
        "assigned",
        "author",
        "comm",
        "country",
        "ctx",
        "focus",
        "id",
        "kind",
        "locked",
        "pinned",
        "posts",
        "project",
        "reactions",
        "subtype",
        "t",
        "tags",
        "title",
        "urgency",
        "used",
    )

    def __init__(self, comm: _Comm, t: int, author: _Member, kind: ThreadKind) -> None:
        self.comm = comm
        self.t = t
        self.author = author
        self.kind = kind
        self.subtype: KnowledgeSubtype | None = None
        self.focus: FocusAreaCode | None = None
        self.title = ""
        self.tags: list[str] = []
        self.urgency: Urgency | None = None
        self.country = ""
        self.project = ""
        self.posts: list[_Post] = []
        self.reactions: list[tuple[int, _Member, _Post]] = []
        self.accepted: tuple[int, _Member, _Post] | None = None
        self.assigned: _Member | None = None
        self.pinned = False
        self.locked = False
        self.ctx: dict[str, str] = {}
        self.used: set[str] = set()  # reply templates already used in this thread
        self.id = 0


@dataclass
class _Comm:
    spec: _Spec
    community: Community
    start_day: int
    members: list[_Member] = field(default_factory=list)
    threads: list[_Thread] = field(default_factory=list)
    lead: _Member = field(init=False)  # set when the members are built
    facilitator: _Member = field(init=False)
    buckets: list[tuple[list[_Member], array]] = field(default_factory=list)
    experts: dict[str, list[_Member]] = field(default_factory=dict)
    teams: dict[tuple[str, str, str], list[_Member]] = field(default_factory=dict)
    subtype_cycle: list[KnowledgeSubtype] = field(default_factory=list)
    knowledge_made: int = 0
    welcome: _Thread = field(init=False)  # set when the history is simulated


# =========================================================================== the generator


class _Generator:
    def __init__(self, session: Session, *, seed: int, scale: float, end: date) -> None:
        self.session = session
        self.rng = random.Random(seed)
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

    # ------------------------------------------------------------------ people

    def _unique_email(self, first: str, last: str, domain: str) -> str:
        local = f"{_ascii(first)}.{_ascii(last)}"
        email, n = f"{local}@{domain}", 1
        while email in self.emails:
            n += 1
            email = f"{local}{n}@{domain}"
        self.emails.add(email)
        return email

    def new_person(self, spec: _Spec, org_type: OrgType | None = None) -> _Person:
        rng = self.rng
        person = _Person(-1)
        person.home = spec.slug
        person.first = rng.choice(_FIRST_NAMES)
        last = rng.choice(_LAST_NAMES)
        person.name = f"{person.first} {last}"
        anchors = self.teams.setdefault(spec.slug, [])
        if org_type is None and anchors and rng.random() < spec.teams:
            anchor = rng.choice(anchors)
            person.org_type, person.region = anchor.org_type, anchor.region
            person.org, person.discipline = anchor.org, anchor.discipline
        else:
            person.org_type = org_type or self.weighted(spec.org_types)
            person.region = self.weighted(spec.regions)
            country = rng.choice(_REGION_COUNTRIES[person.region])
            person.org = _organisation(rng, person.org_type, country, spec)
            person.discipline = rng.choice(spec.disciplines)
            anchors.append(person)
        langs = ["en"] if rng.random() < 0.9 else []
        langs += rng.sample(_REGION_LANGUAGES[person.region], k=rng.choice((0, 1, 1, 2)))
        person.languages = list(dict.fromkeys(langs or ["en"]))
        tags = [tag for _, tag in spec.vocab.topics]
        person.can_help = rng.sample(tags, k=rng.choice((1, 2, 2, 3)))
        pool = [t for t in tags if t not in person.can_help]
        other = self.rng.choice(_SPECS).vocab.topics
        pool += [tag for _, tag in other if tag not in person.can_help]
        person.looking_for = list(dict.fromkeys(rng.sample(pool, k=rng.choice((1, 1, 2)))))
        person.focus = [code.value for code in spec.primary]
        person.bio = _bio(rng, person, spec)
        domain = _domain(person.org)
        person.email = self._unique_email(person.first, last, domain)
        self.people.append(person)
        return person

    def _assign_uids(self, base: int) -> None:
        for i, person in enumerate(self.people):
            person.uid = base + i

    # ------------------------------------------------------------------ set-up

    def create_communities(self) -> None:
        for spec in _SPECS:
            start_day = self.horizon - spec.age_days
            community = do_create_community(
                self.session,
                slug=spec.slug,
                name=spec.name,
                tagline=spec.tagline,
                description=spec.description,
                openness=spec.openness,
                languages=spec.languages,
                at=self.dt(start_day * DAY + 8 * HOUR),
            )
            do_set_focus_areas(
                self.session,
                community=community,
                primary=spec.primary,
                secondary=spec.secondary,
                targets=spec.targets,
                notes=spec.notes,
                at=self.dt(start_day * DAY + 8 * HOUR + 600),
            )
            comm = _Comm(spec=spec, community=community, start_day=start_day)
            order = list(KnowledgeSubtype)
            self.rng.shuffle(order)
            comm.subtype_cycle = order
            self.comms.append(comm)

    def demo_people(self) -> tuple[_Person, _Person, _Person]:
        """The three demo accounts (created later through the services)."""
        cdd, hr = self.comms[0].spec, self.comms[2].spec
        admin = _Person(-1)
        admin.home, admin.first, admin.name = "", "Ada", "Ada Admin"
        admin.email, admin.org_type, admin.org = ADMIN_EMAIL, OrgType.STAFF, _STAFF_ORG
        admin.region, admin.discipline = "North America", "knowledge management"
        admin.languages, admin.focus = ["en", "fr"], [c.value for c in FocusAreaCode]
        admin.can_help, admin.looking_for = ["community management"], ["community analytics"]
        admin.bio = "Runs the communities platform and helps leads set up their communities."
        lead = _Person(-1)
        lead.home, lead.first, lead.name = cdd.slug, "Lena", "Lena Lead"
        lead.email, lead.org_type = LEAD_EMAIL, OrgType.STAFF
        lead.org = f"{_STAFF_ORG}, Social Sustainability"
        lead.region, lead.discipline = "East Asia & Pacific", "social development"
        lead.languages, lead.focus = ["en", "id", "fr"], [PS.value, LE.value]
        lead.can_help = ["grievance redress", "block grants", "participatory planning"]
        lead.looking_for = ["results measurement", "mis"]
        lead.bio = (
            "Senior social development specialist; has led community-driven development "
            "operations in three regions and runs the CDD help desk."
        )
        member = _Person(-1)
        member.home, member.first, member.name = hr.slug, "Mo", "Mo Member"
        member.email, member.org_type = MEMBER_EMAIL, OrgType.STAFF
        member.org = f"{_STAFF_ORG}, Development Impact"
        member.region, member.discipline = "Africa", "monitoring & evaluation"
        member.languages, member.focus = ["en", "fr"], [CO.value, LE.value]
        member.can_help = ["results measurement", "baselines"]
        member.looking_for = ["people analytics", "grievance redress", "power bi"]
        member.bio = (
            "Operations officer based in Nairobi, working on results frameworks and "
            "curious about data in HR and in community programmes."
        )
        self.emails.update(p.email for p in (admin, lead, member))
        return admin, lead, member

    def build_members(self, lead_person: _Person, member_person: _Person) -> None:
        rng = self.rng
        for ci, comm in enumerate(self.comms):
            spec = comm.spec
            size = self.scaled(spec.size, minimum=14)
            start = comm.start_day
            # Founders: a senior lead and a junior facilitator (the CDD lead is the demo lead).
            lead_person_c = lead_person if ci == 0 else self.new_person(spec, OrgType.STAFF)
            fac_person = self.new_person(spec, OrgType.STAFF)
            lead = _Member(lead_person_c, MembershipRole.LEAD)
            fac = _Member(fac_person, MembershipRole.FACILITATOR)
            for m in (lead, fac):
                m.requested = m.joined = start * DAY + 8 * HOUR + rng.randrange(1800)
                m.join_day = start
            lead.weight, fac.weight = spec.lead_weight, spec.facilitator_weight
            comm.lead, comm.facilitator = lead, fac
            comm.members += [lead, fac]
            # Everyone else: new people, plus some already in another community.
            existing = [p for p in self.people if p.home != spec.slug]
            seen = {lead_person_c.email, fac_person.email}
            forced_types = list(OrgType) if ci == 0 else []
            for i in range(size - 2):
                if forced_types and i < len(forced_types):
                    person = self.new_person(spec, forced_types[i])
                elif existing and rng.random() < 0.22:
                    person = rng.choice(existing)
                    if person.email in seen:
                        person = self.new_person(spec)
                else:
                    person = self.new_person(spec)
                seen.add(person.email)
                comm.members.append(_Member(person, MembershipRole.MEMBER))
            if ci in (0, 2, 4):  # the demo member belongs to CDD, HR analytics and RMES
                m = _Member(member_person, MembershipRole.MEMBER)
                comm.members.insert(2, m)
            self._schedule_memberships(comm, member_person)

    def _schedule_memberships(self, comm: _Comm, member_person: _Person) -> None:
        rng, spec, start = self.rng, comm.spec, comm.start_day
        life = self.horizon - start
        regular = [m for m in comm.members if m.role == MembershipRole.MEMBER]
        n_recent = max(3, round(len(regular) * 0.06))
        n_week = max(2, n_recent // 3)
        for i, m in enumerate(regular):
            if m.person is member_person:
                day = start + rng.randrange(5, 40)
            elif i >= len(regular) - n_week:  # joined this week, in time to post
                day = self.horizon - 2 - rng.randrange(6)
            elif i >= len(regular) - n_recent:
                day = self.horizon - 1 - rng.randrange(7, 30)
            elif rng.random() < 0.35:  # the founding wave
                day = start + 1 + rng.randrange(29)
            else:
                day = start + 1 + rng.randrange(life - 31)
            t = self.time_in_day(day)
            m.joined, m.join_day = t, day
            m.requested = t
            if spec.openness == Openness.SELECTIVE:
                m.requested = max(start * DAY + 9 * HOUR, t - rng.randrange(DAY, 5 * DAY))
                m.decided = 0  # the lead, resolved to a user id later
                m.motivation = rng.choice(spec.vocab.motivations)
            # Contribution weight: many lurk, the rest follow a long tail.
            if m.person is member_person:
                m.weight = 2.5
            elif rng.random() < spec.lurkers:
                m.weight = 0.0
            else:
                m.weight = spec.base_weight * rng.lognormvariate(0, spec.skew)
        # Selective communities: open requests and declined ones.
        lead = comm.lead
        for _ in range(self.scaled(spec.pending, minimum=2 if spec.pending else 0)):
            m = _Member(self.new_person(spec), MembershipRole.MEMBER)
            m.status = MembershipStatus.PENDING
            m.requested = self.time_in_day(self.horizon - rng.randrange(1, 25))
            m.motivation = rng.choice(spec.vocab.motivations)
            comm.members.append(m)
        for _ in range(self.scaled(spec.declined, minimum=1 if spec.declined else 0)):
            m = _Member(self.new_person(spec), MembershipRole.MEMBER)
            m.status = MembershipStatus.DECLINED
            m.requested = self.time_in_day(start + rng.randrange(20, life - 20))
            m.decided = 0
            m.motivation = rng.choice(
                (
                    "I'd like to follow the discussions.",
                    "Interested in cities.",
                    "Looking for consultancy leads.",
                )
            )
            comm.members.append(m)
        # Dominant contributors (the quiet community hangs on them).
        candidates = [
            m
            for m in regular
            if m.person is not member_person and m.join_day < start + 30 and m.weight >= 0
        ]
        rng.shuffle(candidates)
        dominants = list(candidates[: spec.dominants])
        for m in dominants:  # their weight grows with the scale: the story must hold
            m.weight = spec.dominant_weight * max(1.0, self.scale)
        if dominants:
            lead.weight *= max(1.0, self.scale)
        # Core regulars: show up most days (stickiness), never leave.
        core = [m for m in candidates[spec.dominants :] if m.weight > 0]
        for m in core[: self.scaled(spec.core, minimum=1 if spec.core else 0)]:
            m.weight = spec.core_weight * rng.uniform(0.7, 1.3)
            dominants.append(m)
        # Leavers.
        pool = [m for m in regular if m.person is not member_person and m not in dominants]
        for m in pool:
            if m.join_day < self.horizon - 60 and rng.random() < spec.leavers:
                m.leave_day = rng.randrange(m.join_day + 20, self.horizon - 5)
                m.left = self.time_in_day(m.leave_day)
                m.status = MembershipStatus.LEFT
        # Lost regulars and reactivated members (scripted below).
        steady = [
            m
            for m in regular
            if m.person is not member_person
            and m.leave_day is None
            and m.join_day < self.horizon - 160
            and m not in dominants
        ]
        rng.shuffle(steady)
        lost = steady[: spec.lost_regulars]
        back = [m for m in steady[spec.lost_regulars :] if m.join_day < self.horizon - 230]
        back = back[: spec.reactivated]
        self._lost[comm.spec.slug] = lost
        self._back[comm.spec.slug] = back
        for m in lost:
            m.weight = max(m.weight, 1.5)
            m.silent.append((self.horizon - rng.randrange(32, 46), self.horizon + 1))
        for m in back:
            m.weight = max(m.weight, 2.0)
            resume = self.horizon - rng.randrange(2, 26)
            m.silent.append((resume - rng.randrange(100, 125), resume))

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

    # ------------------------------------------------------------------ text

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
        return template.format_map(ctx)

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
            text = (
                f(self.fresh(thread, _ANSWER_OPENERS), ctx)
                + " "
                + f(self.fresh(thread, _ANSWER_BODIES), ctx)
            )
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

    # ------------------------------------------------------------------ threads

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
            template = rng.choice(_KNOWLEDGE_TITLES[thread.subtype])
        else:
            specials = spec.vocab.special.get(kind, ())
            if specials and rng.random() < 0.6 and special != "return":
                template, extra_tag = rng.choice(specials)
            else:
                template = rng.choice(_TITLES[kind])
        thread.title = _cap(self.fill(template, ctx))[:200]
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


# =========================================================================== helpers


def _accumulate(values: Iterable[float]) -> list[float]:
    out, total = [], 0.0
    for v in values:
        total += v
        out.append(total)
    return out


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def _domain(org: str) -> str:
    words = [_ascii(w) for w in org.split(",")[0].split()]
    words = [w for w in words if w and w not in ("of", "the", "for", "and")]
    return ("-".join(words[:3]) or "mail") + ".example"


def _cap(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def _organisation(rng: random.Random, org_type: OrgType, country: str, spec: _Spec) -> str:
    if org_type == OrgType.STAFF:
        return f"{_STAFF_ORG}, {rng.choice(_STAFF_UNITS)}"
    if org_type == OrgType.CLIENT:
        agency = rng.choice(
            (
                "Ministry of Local Government",
                "Social Investment Fund",
                "Rural Development Agency",
                "Ministry of Finance",
            )
        )
        return f"{agency}, {country}"
    if org_type == OrgType.GOVERNMENT:
        agency = rng.choice(
            (
                "National Statistics Office",
                "City Planning Department",
                "Public Service Commission",
                "Municipal Council",
            )
        )
        return f"{agency}, {country}"
    if org_type == OrgType.DONOR:
        return rng.choice(_DONORS)
    if org_type == OrgType.ACADEMIC:
        return rng.choice(_ACADEMIA)
    if org_type == OrgType.NGO:
        return rng.choice(_NGOS)
    if org_type == OrgType.PRIVATE:
        return rng.choice(_PRIVATE)
    return rng.choice(_OTHER)


def _bio(rng: random.Random, p: _Person, spec: _Spec) -> str:
    templates = (
        "{discipline} background; works on {help} with {org}.",
        "Based in {region}. Interested in {look}; can help with {help}.",
        "Practitioner in {discipline}, {years} years in the field, mostly on {help}.",
    )
    return rng.choice(templates).format(
        discipline=_cap(p.discipline),
        help=" and ".join(p.can_help[:2]),
        look=" and ".join(p.looking_for[:2]),
        org=p.org,
        region=p.region,
        years=rng.randrange(3, 25),
    )


def _team_key(person: _Person) -> tuple[str, str, str]:
    return (person.org, person.region, person.discipline)


def _first_other(thread: _Thread) -> _Post | None:
    for p in thread.posts[1:]:
        if p.author is not thread.author:
            return p
    return None


def _max_id(session: Session, model: type[SQLModel], column: Any = None) -> int:
    column = column if column is not None else model.id  # type: ignore[attr-defined]
    return session.exec(select(sa.func.coalesce(sa.func.max(column), 0))).one()


def _insert(session: Session, model: type[SQLModel], rows: list[dict[str, Any]]) -> None:
    table = model.__table__  # type: ignore[attr-defined]
    for i in range(0, len(rows), _BATCH):
        session.execute(sa.insert(table), rows[i : i + _BATCH])


# =========================================================================== public API


def generate(
    session: Session, *, seed: int = 7, scale: float = 1.0, end: date | None = None
) -> DemoSummary:
    """Fill the database with the demo communities (never commits).

    ``end`` defaults to today's UTC date; the history covers the days before it.
    Raises :class:`DemoDataExistsError` if a demo community or account exists.
    """
    if not (0 < scale <= 200):  # 200: about 1.4M posts, the benchmark's largest
        msg = f"scale must be in (0, 200], not {scale}"
        raise ValueError(msg)
    end = end or datetime.now(UTC).date()
    slugs = [spec.slug for spec in _SPECS]
    if session.exec(select(Community.slug).where(col(Community.slug).in_(slugs))).first():
        msg = "the demo communities already exist in this database"
        raise DemoDataExistsError(msg)
    for email in (ADMIN_EMAIL, LEAD_EMAIL, MEMBER_EMAIL):
        if get_user_by_email(session, email=email) is not None:
            msg = f"the demo account {email} already exists"
            raise DemoDataExistsError(msg)
    gen = _Generator(session, seed=seed, scale=scale, end=end)
    ensure_focus_areas(session)
    gen.create_communities()
    admin, lead, member = gen.demo_people()
    gen.build_members(lead, member)
    for comm in gen.comms:
        gen.simulate(comm, member)
    return _write(gen, admin, lead, member)


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


def _write(gen: _Generator, admin: _Person, lead: _Person, member: _Person) -> DemoSummary:
    session, rng = gen.session, gen.rng
    # ---- activity per person (last seen, account creation)
    first_seen: dict[int, int] = {}
    for comm in gen.comms:
        for m in comm.members:
            key = id(m.person)
            first_seen[key] = min(first_seen.get(key, m.requested), m.requested)
    # ---- the three demo accounts, through the services (argon2id hashes)
    for p in (admin, lead, member):
        created = first_seen.get(id(p), 30 * DAY) - (DAY if p is not admin else 20 * DAY)
        p.created = max(0, created)
        user = do_create_user(
            session,
            email=p.email,
            display_name=p.name,
            password=DEMO_PASSWORD,
            is_site_admin=p is admin,
            organisation=p.org,
            org_type=p.org_type,
            discipline=p.discipline,
            region=p.region,
            languages=p.languages,
            focus_interests=p.focus,
            bio=p.bio,
            at=gen.dt(p.created),
        )
        do_set_expertise(session, user=user, can_help=p.can_help, looking_for=p.looking_for)
        p.uid = pk(user)
    gen._assign_uids(_max_id(session, User) + 1)
    for p in gen.people:
        p.created = max(0, first_seen.get(id(p), 0) - rng.randrange(0, 3 * DAY))

    # ---- threads and posts: ids in time order, positions within each thread
    threads = sorted(
        (t for comm in gen.comms for t in comm.threads), key=lambda t: (t.t, t.comm.start_day)
    )
    thread_base = _max_id(session, Thread) + 1
    for i, t in enumerate(threads):
        t.id = thread_base + i
    posts: list[_Post] = []
    for t in threads:
        for pos, p in enumerate(t.posts):
            p.position = pos
            posts.append(p)
    posts.sort(key=lambda p: (p.t, p.thread.id, p.position))
    post_base = _max_id(session, Post) + 1
    for i, p in enumerate(posts):
        p.id = post_base + i

    # ---- events (kind order breaks ties so a thread precedes its replies)
    ev: list[tuple[int, int, int, int, int, int | None, int | None, int | None, Any]] = []
    seq = 0

    def event(
        t: int,
        kind: ActivityKind,
        cid: int,
        actor: int,
        thread=None,
        post=None,
        counterpart=None,
        focus=None,
    ) -> None:
        nonlocal seq
        seq += 1
        ev.append((t, seq, cid, actor, kind, thread, post, counterpart, focus))

    membership_rows: list[dict[str, Any]] = []
    summaries: list[CommunitySummary] = []
    last_seen: dict[int, int] = {}
    for comm in gen.comms:
        cid = pk(comm.community)
        lead_uid = comm.lead.person.uid
        for m in comm.members:
            uid = m.person.uid
            if comm.spec.openness == Openness.SELECTIVE and m.role == MembershipRole.MEMBER:
                event(m.requested, ActivityKind.JOIN_REQUESTED, cid, uid)
            if m.joined is not None:
                event(m.joined, ActivityKind.MEMBER_JOINED, cid, uid)
            if m.left is not None:
                event(m.left, ActivityKind.MEMBER_LEFT, cid, uid)
            membership_rows.append(
                {
                    "community_id": cid,
                    "user_id": uid,
                    "role": m.role,
                    "status": m.status,
                    "motivation": m.motivation,
                    "requested_at": gen.dt(m.requested),
                    "joined_at": gen.dt(m.joined) if m.joined is not None else None,
                    "left_at": gen.dt(m.left) if m.left is not None else None,
                    "decided_by_id": lead_uid if m.decided is not None else None,
                    "decided_at": (
                        gen.dt(m.joined if m.joined is not None else m.requested + DAY)
                        if m.decided is not None
                        else None
                    ),
                }
            )
        n_posts = n_reactions = n_accepted = 0
        last_activity = -1
        for t in comm.threads:
            focus = t.focus
            for p in t.posts:
                if p.position == 0:
                    event(
                        p.t,
                        ActivityKind.THREAD_CREATED,
                        cid,
                        p.author.person.uid,
                        t.id,
                        p.id,
                        None,
                        focus,
                    )
                else:
                    event(
                        p.t,
                        ActivityKind.REPLY_CREATED,
                        cid,
                        p.author.person.uid,
                        t.id,
                        p.id,
                        t.author.person.uid,
                        focus,
                    )
                last_activity = max(last_activity, p.t)
            for when_, who, p in t.reactions:
                event(
                    when_,
                    ActivityKind.REACTION_ADDED,
                    cid,
                    who.person.uid,
                    t.id,
                    p.id,
                    p.author.person.uid,
                    focus,
                )
            if t.accepted is not None:
                when_, who, p = t.accepted
                event(
                    when_,
                    ActivityKind.ANSWER_ACCEPTED,
                    cid,
                    who.person.uid,
                    t.id,
                    p.id,
                    p.author.person.uid,
                    focus,
                )
                n_accepted += 1
            n_posts += len(t.posts)
            n_reactions += len(t.reactions)
        active = sum(1 for m in comm.members if m.status == MembershipStatus.ACTIVE)
        community = comm.community
        community.member_count = active
        community.thread_count = len(comm.threads)
        community.last_activity_at = gen.dt(last_activity) if last_activity >= 0 else None
        summaries.append(
            CommunitySummary(
                slug=comm.spec.slug,
                name=comm.spec.name,
                primary=comm.spec.primary[0].value,
                members=active,
                pending=sum(1 for m in comm.members if m.status == MembershipStatus.PENDING),
                left=sum(1 for m in comm.members if m.status == MembershipStatus.LEFT),
                threads=len(comm.threads),
                posts=n_posts,
                reactions=n_reactions,
                accepted=n_accepted,
            )
        )
    _onboarding_funnel(gen, ev, event)
    ev.sort(key=lambda e: (e[0], e[1]))
    for e in ev:
        last_seen[e[3]] = e[0]

    # ---- users, profiles, expertise
    user_rows, profile_rows, expertise_rows = [], [], []
    for p in gen.people:
        seen = last_seen.get(p.uid)
        user_rows.append(
            {
                "id": p.uid,
                "email": p.email,
                "display_name": p.name,
                "password_hash": None,
                "is_site_admin": False,
                "is_active": True,
                "created_at": gen.dt(p.created),
                "last_seen_at": gen.dt(seen) if seen is not None else None,
            }
        )
        profile_rows.append(
            {
                "user_id": p.uid,
                "organisation": p.org,
                "org_type": p.org_type,
                "discipline": p.discipline,
                "region": p.region,
                "languages": p.languages,
                "focus_interests": p.focus,
                "bio": p.bio,
                "updated_at": gen.dt(p.created),
            }
        )
        for direction, tags in (
            (ExpertiseDirection.CAN_HELP, p.can_help),
            (ExpertiseDirection.LOOKING_FOR, p.looking_for),
        ):
            expertise_rows.extend(
                {"user_id": p.uid, "direction": direction, "tag": tag} for tag in tags
            )
    for p in (admin, lead, member):
        user = get_required(session, User, p.uid)
        seen = last_seen.get(p.uid)
        user.last_seen_at = gen.dt(seen) if seen is not None else None
    _insert(session, User, user_rows)
    _insert(session, MemberProfile, profile_rows)
    _insert(session, MemberExpertise, expertise_rows)
    _insert(session, Membership, membership_rows)

    # ---- threads, posts, reactions, accepted answers
    thread_rows = []
    for t in threads:
        others = [p.t for p in t.posts[1:] if p.author is not t.author]
        first = min(others) if others else None
        thread_rows.append(
            {
                "id": t.id,
                "community_id": t.comm.community.id,
                "author_id": t.author.person.uid,
                "kind": t.kind,
                "knowledge_subtype": t.subtype,
                "focus_area": t.focus,
                "title": t.title,
                "status": ThreadStatus.ANSWERED if t.accepted else ThreadStatus.OPEN,
                "tags": t.tags,
                "urgency": t.urgency,
                "context_country": t.country,
                "context_project": t.project,
                "response_target_hours": t.comm.spec.targets[PS][0]
                if t.kind == HD and PS in t.comm.spec.targets
                else None,
                "assigned_to_id": t.assigned.person.uid if t.assigned is not None else None,
                "is_pinned": t.pinned,
                "is_locked": t.locked,
                "is_hidden": False,
                "created_at": gen.dt(t.t),
                "reply_count": len(t.posts) - 1,
                "participant_count": len({id(p.author) for p in t.posts}),
                "last_activity_at": gen.dt(max(p.t for p in t.posts)),
                "changed_at": gen.dt(max(p.t for p in t.posts)),
                "first_response_at": gen.dt(first) if first is not None else None,
                "first_response_seconds": first - t.t if first is not None else None,
            }
        )
    _insert(session, Thread, thread_rows)
    del thread_rows
    _insert(
        session,
        Post,
        [
            {
                "id": p.id,
                "thread_id": p.thread.id,
                "author_id": p.author.person.uid,
                "position": p.position,
                "body": p.body,
                "quoted_post_id": p.quoted.id if p.quoted is not None else None,
                "created_at": gen.dt(p.t),
                "helpful_count": p.helpful,
            }
            for p in posts
        ],
    )
    reactions = sorted(
        ((when_, who, p) for t in threads for when_, who, p in t.reactions),
        key=lambda r: (r[0], r[2].id),
    )
    _insert(
        session,
        Reaction,
        [
            {
                "post_id": p.id,
                "user_id": who.person.uid,
                "kind": ReactionKind.HELPFUL,
                "created_at": gen.dt(when_),
            }
            for when_, who, p in reactions
        ],
    )
    _insert(
        session,
        AcceptedAnswer,
        [
            {
                "thread_id": t.id,
                "post_id": t.accepted[2].id,
                "accepted_by_id": t.accepted[1].person.uid,
                "accepted_at": gen.dt(t.accepted[0]),
            }
            for t in threads
            if t.accepted is not None
        ],
    )
    _insert(
        session,
        ActivityEvent,
        [
            {
                "community_id": e[2],
                "actor_id": e[3],
                "kind": e[4],
                "occurred_at": gen.dt(e[0]),
                "thread_id": e[5],
                "post_id": e[6],
                "counterpart_id": e[7],
                "focus_area": e[8],
            }
            for e in ev
        ],
    )
    _sync_sequences(session)
    session.flush()
    return DemoSummary(
        seed=gen.seed,
        scale=gen.scale,
        end=gen.end,
        users=len(gen.people) + 3,
        events=len(ev),
        communities=tuple(summaries),
    )


def _sync_sequences(session: Session) -> None:
    """PostgreSQL: move id sequences past the ids inserted explicitly."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for model in (User, Thread, Post):
        table = model.__tablename__
        session.execute(
            sa.text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
            )
        )


# =========================================================================== command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cop_app.demo", description="Load deterministic demo data."
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument(
        "--end",
        type=date.fromisoformat,
        default=None,
        help="history runs up to this UTC date (default: today)",
    )
    parser.add_argument(
        "--if-empty",
        action="store_true",
        help="do nothing when the database already has a community",
    )
    parser.add_argument("--db-url", default=None, help="default: REFLEX_DB_URL or sqlite")
    args = parser.parse_args(argv)
    engine = get_engine(args.db_url or db_url())
    started = time.perf_counter()
    with Session(engine, expire_on_commit=False) as session:
        if args.if_empty and session.exec(select(Community.id).limit(1)).first() is not None:
            print("The database already has communities; --if-empty: nothing to do.")
            return 0
        try:
            summary = generate(session, seed=args.seed, scale=args.scale, end=args.end)
        except DemoDataExistsError as exc:
            print(f"Not loading demo data: {exc}.", file=sys.stderr)
            return 1
        session.commit()
    print(summary)
    print(f"Done in {time.perf_counter() - started:.1f} s.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
