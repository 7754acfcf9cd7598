"""Words and text pieces the threads are written from: titles, openings, replies and
introductions, and each community's vocabulary (topics, places, projects, documents)."""

from __future__ import annotations

from dataclasses import dataclass

from cop_app.demo.common import DI, HD, Q
from cop_app.models import KnowledgeSubtype, ThreadKind

# ====================================================================== shared text

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


# =========================================================== each community's vocabulary


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
