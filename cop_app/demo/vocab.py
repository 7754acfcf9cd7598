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

# A title family is an angle (what the thread asks for) and a few wordings of it. The
# structure's random source picks the family, as many families as there were titles, so
# the rest of the data does not move; the text's own source picks the wording (text.py).
_Family = tuple[str, tuple[str, ...]]

_TITLES: dict[ThreadKind, tuple[_Family, ...]] = {
    Q: (
        (
            "handling",
            (
                "How are others handling {topic}?",
                "How do other teams approach {topic}?",
                "{place}: how would you approach {topic}?",
                "Comparing notes on {topic}",
                "Your approach to {topic}?",
            ),
        ),
        (
            "evidence",
            (
                "Evidence on {topic} in {place}?",
                "Any rigorous evidence on {topic}?",
                "What does the research say about {topic}?",
                "{topic}: is there solid evidence?",
                "Studies on {topic} outside {place}?",
            ),
        ),
        (
            "examples",
            (
                "Looking for examples of {topic}",
                "Good examples of {topic} from {place}?",
                "Can anyone point me to {topic} done well?",
                "Real cases of {topic}, please",
                "Who has seen {topic} done well?",
            ),
        ),
        (
            "pitfalls",
            (
                "What tripped you up with {topic}?",
                "Mistakes to avoid with {topic}",
                "Where did {topic} go wrong for you?",
                "{place}: pitfalls with {topic}?",
                "Learned the hard way: {topic}",
            ),
        ),
        (
            "cost",
            (
                "Rules of thumb for budgeting {topic}?",
                "What does {topic} cost per year?",
                "Costing {topic} for the {project}",
                "How much staff time does {topic} take?",
                "Budget lines for {topic}: what do people forget?",
            ),
        ),
        (
            "documents",
            (
                "Who has a {doc} covering {topic}?",
                "Does anyone have a {doc} on {topic}?",
                "Sharing request: {doc} for {topic}",
                "{doc} for {topic}, anyone?",
                "Recommended reading on {topic}?",
            ),
        ),
        (
            "measuring",
            (
                "Is anyone measuring {topic} well?",
                "Indicators for {topic}?",
                "How do you know {topic} is working?",
                "Tracking {topic} in the {project}",
                "Measuring {topic} without a big survey",
            ),
        ),
        (
            "starting",
            (
                "New to {topic}: where would you start?",
                "Getting started with {topic}",
                "First steps on {topic} in {place}?",
                "Beginner's question on {topic}",
                "Where to begin with {topic}?",
            ),
        ),
        (
            "central",
            (
                "{topic}: run centrally or locally?",
                "Centralise {topic} or leave it to local teams?",
                "Should {topic} sit with the national team?",
                "{place}: a central unit or local teams for {topic}?",
                "One model for {topic}, or local variants?",
            ),
        ),
        (
            "scale",
            (
                "Has {topic} worked at scale anywhere?",
                "Scaling up {topic} beyond the pilot",
                "From pilot to national programme: {topic}",
                "{topic} at scale: what breaks first?",
                "Does {topic} survive a scale-up?",
            ),
        ),
    ),
    HD: (
        (
            "documents",
            (
                "Looking for a {doc} on {topic} ({place})",
                "Request: {doc} on {topic} for {place}",
                "{place}: need a {doc} on {topic}",
                "Can anyone share a {doc} on {topic}?",
            ),
        ),
        (
            "handling",
            (
                "Help needed on {topic} for the {project}",
                "{project}: support on {topic}",
                "Request from the {project} team: {topic}",
                "Support request: {topic} in {place}",
            ),
        ),
        (
            "documents",
            (
                "Sample {doc} on {topic}?",
                "Template wanted: {doc} for {topic}",
                "Example {doc} covering {topic}",
                "Model {doc} for {topic} needed",
            ),
        ),
        (
            "deadline",
            (
                "Before the {milestone}: advice on {topic}",
                "{milestone} coming up: questions on {topic}",
                "Quick input on {topic} ahead of the {milestone}",
                "Advice on {topic} needed by {month}",
            ),
        ),
        (
            "pitfalls",
            (
                "{place}: quick advice on {topic}",
                "Advice for {place} on {topic}",
                "Country team in {place} asks about {topic}",
                "Short question on {topic} from {place}",
            ),
        ),
        (
            "review",
            (
                "Reviewer wanted for a {doc} on {topic}",
                "Second pair of eyes: {doc} on {topic}",
                "Can someone review our {doc} on {topic}?",
                "Comments requested: {doc} on {topic}",
            ),
        ),
        (
            "examples",
            (
                "Comparable cases of {topic} for the {project}",
                "Similar programmes with {topic}?",
                "Benchmarks on {topic} for {place}",
                "Who else has done {topic} in a setting like {place}?",
            ),
        ),
    ),
    DI: (
        (
            "rethink",
            (
                "Rethinking {topic}",
                "Time to rethink {topic}?",
                "{topic}: a second look",
                "Have we got {topic} wrong?",
            ),
        ),
        (
            "rethink",
            (
                "What are we missing on {topic}?",
                "Blind spots in {topic}",
                "The part of {topic} nobody talks about",
                "What gets overlooked in {topic}?",
            ),
        ),
        (
            "notes",
            (
                "Notes from {place} on {topic}",
                "Field notes: {topic} in {place}",
                "Back from {place}: thoughts on {topic}",
                "{place} diary: {topic}",
            ),
        ),
        (
            "rethink",
            (
                "{topic}: do the usual rules still hold?",
                "Do the standard rules on {topic} still apply?",
                "Old rules, new context: {topic}",
                "Is the textbook view of {topic} out of date?",
            ),
        ),
        (
            "notes",
            (
                "Open thread: your biggest headache with {topic}",
                "The hardest part of {topic}, in one line",
                "Biggest frustration with {topic}?",
                "Share your worst {topic} story",
            ),
        ),
        (
            "cost",
            (
                "Is {topic} worth the effort?",
                "Does {topic} pay off?",
                "Worth it? {topic} in the {project}",
                "Costs and benefits of {topic}",
            ),
        ),
    ),
}
_KNOWLEDGE_TITLES: dict[KnowledgeSubtype, tuple[_Family, ...]] = {
    KnowledgeSubtype.GOOD_PRACTICE: (
        (
            "knowledge",
            (
                "Good practice: {topic} in {place}",
                "{place}: a good practice on {topic}",
                "Good practice note on {topic}",
            ),
        ),
        (
            "knowledge",
            (
                "What worked: {topic} in the {project}",
                "{project}: what worked on {topic}",
                "How the {project} got {topic} right",
            ),
        ),
        (
            "knowledge",
            (
                "A practice worth copying: {topic}",
                "Worth copying: {topic} from {place}",
                "Practice note: {topic}",
            ),
        ),
    ),
    KnowledgeSubtype.LESSON_LEARNED: (
        (
            "knowledge",
            (
                "Lessons learned from {topic} in {place}",
                "{place}: lessons on {topic}",
                "Looking back on {topic} in {place}",
            ),
        ),
        (
            "knowledge",
            (
                "What we would do differently on {topic}",
                "If we started {topic} again",
                "Hindsight on {topic}",
            ),
        ),
        (
            "knowledge",
            (
                "Three lessons from the {project} on {topic}",
                "{project}: lessons on {topic}",
                "After two years of {topic}: our lessons",
            ),
        ),
    ),
    KnowledgeSubtype.TERMS_OF_REFERENCE: (
        (
            "knowledge",
            (
                "Terms of reference: {role} for {topic}",
                "ToR for a {role} working on {topic}",
                "Draft ToR: {role}, {topic}",
            ),
        ),
        (
            "knowledge",
            (
                "Sample ToR: {role} ({place})",
                "{place}: ToR for a {role}",
                "Example ToR for a {role} in {place}",
            ),
        ),
        (
            "knowledge",
            (
                "ToR template for a {role}",
                "Reusable ToR: {role} for the {project}",
                "Template: hiring a {role} for {topic}",
            ),
        ),
    ),
    KnowledgeSubtype.BRIEFING_NOTE: (
        (
            "knowledge",
            (
                "Briefing note: {topic} at a glance",
                "{topic} in two pages",
                "Quick brief: {topic}",
            ),
        ),
        (
            "knowledge",
            (
                "Two-page brief on {topic}",
                "Note for managers: {topic}",
                "Short brief: {topic} in {place}",
            ),
        ),
        (
            "knowledge",
            (
                "Briefing for task teams: {topic}",
                "What task teams should know about {topic}",
                "Primer: {topic}",
            ),
        ),
    ),
}
# One line of an answer that speaks to the family's angle, about the thread's own topic.
_ANGLE_ANSWERS: dict[str, tuple[str, ...]] = {
    "handling": (
        "On {topic}, we split the work: a {role} set it up and local staff ran it.",
        "For {topic} we kept the routine simple and reviewed it with the client every quarter.",
        "What helped most with {topic} was agreeing early on {aspect}.",
    ),
    "evidence": (
        "The best evidence on {topic} I know is from {place2}: positive, but smaller than hoped.",
        "There is an evaluation of {topic} from the {project2}; I can dig out the report.",
        "Honestly, the evidence on {topic} is thin; most of what we know comes from monitoring.",
    ),
    "examples": (
        "The clearest example of {topic} I have seen is in {place2}, under the {project2}.",
        "Have a look at {topic} in {place2}: small, but well documented.",
        "The {project2} did {topic} well; the team there is happy to talk.",
    ),
    "pitfalls": (
        "The trap with {topic} was {aspect}; we only saw it a year in.",
        "Our mistake on {topic} was rushing the start. Give it a full cycle before judging.",
        "Watch {aspect}: that is where {topic} went wrong for us in {place2}.",
    ),
    "cost": (
        "On cost: {topic} took about a tenth of the field budget in {place2}, mostly staff time.",
        "Budget more for follow-up than for the launch; that is where {topic} money goes.",
        "For {topic}, the hidden cost was {aspect}, not the equipment or the training.",
    ),
    "documents": (
        "We have a {doc} on {topic} from the {project2} that you could adapt.",
        "The {doc} from {place2} covers {topic} well; I'll send it over.",
        "Our {doc} on {topic} is a bit dated, but the structure still works.",
    ),
    "measuring": (
        "To track {topic} we used three simple indicators and looked at them every quarter.",
        "For {topic}, a short checklist per visit told us more than a big survey did.",
        "We measured {topic} through {aspect}; crude, but the client understood it.",
    ),
    "starting": (
        "If you are new to {topic}, start in one place with a short checklist.",
        "For a first look at {topic}, read the {doc} from the {project2} and call that team.",
        "Start {topic} with the people who will run it day to day, not with the design.",
    ),
    "central": (
        "We ran {topic} centrally at first and handed it to local teams once routines held.",
        "Keep the standards for {topic} central and the daily work local; that split held up.",
        "In {place2}, {topic} only worked once local teams owned it.",
    ),
    "scale": (
        "{Topic} held up at scale in {place2}, but only after the routines were written down.",
        "When we scaled {topic}, {aspect} was the first thing to break.",
        "Scaling {topic} took twice as long as the pilot; plan for that.",
    ),
    "deadline": (
        "Given the {milestone}, I would focus on {aspect} and leave the rest of {topic} for later.",
        "For the {milestone}, a one-page note on {topic} with two options is usually enough.",
        "Before the {milestone}, get the client to agree on {aspect}; the rest can follow.",
    ),
    "review": (
        "Happy to look at it. On {topic}, check first how {aspect} is handled.",
        "I had a read: the part on {topic} is solid, but {aspect} needs more detail.",
        "Comments sent. The {topic} section reads well; the budget annex needs work.",
    ),
    "peer review": (
        "Looked at the plans: the design is strong, but {aspect} needs a clearer answer.",
        "For the review I would focus on {aspect}; the rest of the {topic} work looks sound.",
        "Good component. On {topic}, compare with what {place2} did under the {project2}.",
    ),
    "expert": (
        "I can suggest two people who know {topic} well; one worked in {place2}.",
        "A {role} we used in {place2} would be a good fit for {topic}; I'll send the contact.",
        "Try the team behind the {project2}: they did {topic} last year.",
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
    "What made the difference for {topic} was getting {aspect} settled early.",
    "Be careful with {aspect}: that is where most designs for {topic} come apart.",
    "Start small: try it in one area first, then adjust before you scale.",
    "Agree early with the client on {aspect}; everything else follows from it.",
    "In our case it only worked once we had sorted out {aspect}.",
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
    special: dict[ThreadKind, tuple[tuple[_Family, str], ...]]  # (title family, extra tag)
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
            (
                (
                    "documents",
                    (
                        "Help desk: {doc} needed for {topic} ({place})",
                        "Help desk request: {topic} in {place}",
                        "Help desk, {place}: a {doc} on {topic}",
                        "Request to the help desk: {doc} on {topic}",
                        "{place} team asks the help desk about {topic}",
                    ),
                ),
                "help desk",
            ),
            (
                (
                    "deadline",
                    (
                        "Urgent, before the {milestone}: advice on {topic}",
                        "Urgent: {topic} question for the {milestone}",
                        "Needed fast: input on {topic} for {place}",
                        "Deadline in {month}: advice on {topic}",
                        "Time-sensitive: {topic} in {place}",
                    ),
                ),
                "help desk",
            ),
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
            (
                (
                    "peer review",
                    (
                        "Peer review requested: public space component of the {project}",
                        "Review request: public space plans for the {project}",
                        "{project}: peer review of the public space design",
                        "Looking for reviewers: {topic} in the {project}",
                        "Peer review for {place}: {topic} in the {project}",
                    ),
                ),
                "peer review",
            ),
            (
                (
                    "review",
                    (
                        "Peer review: {doc} for {topic} in {place}",
                        "Comments wanted on our {doc} ({place})",
                        "{place}: draft {doc} on {topic} for review",
                        "Could two of you review a {doc} on {topic}?",
                    ),
                ),
                "peer review",
            ),
            (
                (
                    "expert",
                    (
                        "Expert needed: {topic} for a mission to {place}",
                        "Seeking a specialist in {topic} for {place}",
                        "{place} mission: who knows {topic}?",
                        "Recommendations for a {role} ({place})",
                    ),
                ),
                "expert search",
            ),
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
            (
                (
                    "event",
                    (
                        "Brown bag: {topic}, with slides and recording",
                        "Lunch talk on {topic} (recording to follow)",
                        "Slides and recording: our {topic} session",
                        "Brown bag in {month}: {topic}",
                    ),
                ),
                "event",
            ),
            (
                (
                    "event",
                    (
                        "Clinic next week: {topic}",
                        "Bring your data: a clinic on {topic}",
                        "Drop-in clinic on {topic}",
                        "{month} clinic: your {topic} problems welcome",
                    ),
                ),
                "event",
            ),
            (
                (
                    "learning needs",
                    (
                        "Learning needs: what should we cover on {topic}?",
                        "What do you want to learn about {topic}?",
                        "Planning next quarter's sessions on {topic}",
                        "Which {topic} skills are we missing?",
                    ),
                ),
                "learning needs",
            ),
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
            (
                (
                    "idea",
                    (
                        "Idea: {topic} for the {project}",
                        "Half-baked idea: {topic} in the {project}",
                        "What if the {project} tried {topic}?",
                    ),
                ),
                "idea",
            ),
            (
                (
                    "idea",
                    (
                        "Could {topic} work in {place}?",
                        "{place}: would {topic} travel?",
                        "Thinking about {topic} for {place}",
                    ),
                ),
                "idea",
            ),
            (
                (
                    "pilot",
                    (
                        "Pilot results: {topic} in {place}",
                        "Early results from {place}: {topic}",
                        "What we found testing {topic} in {place}",
                    ),
                ),
                "pilot",
            ),
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
            (
                (
                    "who does what",
                    (
                        "Who is doing what on {topic}?",
                        "Mapping who works on {topic}",
                        "Quick census: who is working on {topic}?",
                        "Who else is on {topic} this year?",
                    ),
                ),
                "who does what",
            ),
            (
                (
                    "who does what",
                    (
                        "Mapping work on {topic} in {place}",
                        "{place}: who is measuring {topic}?",
                        "Inventory of {topic} work in {place}",
                        "Overlaps on {topic} in {place}?",
                    ),
                ),
                "who does what",
            ),
            (
                (
                    "pooling",
                    (
                        "Shall we pool resources for {topic}?",
                        "Joint work on {topic}: any takers?",
                        "Sharing the cost of {topic}",
                        "One budget for {topic} across teams?",
                    ),
                ),
                "pooling",
            ),
            (
                (
                    "who does what",
                    (
                        "Avoiding double work: {topic} in {place}",
                        "Two teams, same {topic} study in {place}?",
                        "Coordinating {topic} in {place}",
                        "{place}: let's not duplicate {topic}",
                    ),
                ),
                "who does what",
            ),
        ),
    },
    purpose=(
        "connects results measurement and evaluation professionals across the "
        "organisation and its partners: who is measuring what and where, common standards, "
        "and new techniques worth sharing"
    ),
)
