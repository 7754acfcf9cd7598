"""English: scorecard texts (merged into en.MESSAGES)."""

MESSAGES: dict[str, str] = {
    # The ten building blocks: titles
    "scorecard.block.leadership": "Leaders and facilitators",
    "scorecard.block.critical_mass": "Critical mass of active members",
    "scorecard.block.management_support": "Management support",
    "scorecard.block.resources": "Resources",
    "scorecard.block.topic_focus": "Topic focus",
    "scorecard.block.problem_solving": "Problem-solving emphasis",
    "scorecard.block.technology": "Technology",
    "scorecard.block.knowledge_transfer": "Knowledge transfer and dissemination",
    "scorecard.block.trust": "Trust",
    "scorecard.block.passion": "Passion",
    # What each block means and what it is judged by
    "scorecard.help.leadership": (
        "Someone has to convene the community, route questions and keep the conversation "
        "going, ideally a pair so it never rests on one person. Judged by the size of the "
        "lead and facilitator team, how many of them took part in the period, and how long "
        "the slowest tenth of questions waited for a first answer."
    ),
    "scorecard.help.critical_mass": (
        "Enough members must take part for a question to find an answer and a discussion "
        "to keep going. Judged by the members active in the last 30 days and by the "
        "contributor absence factor: how few people make half of all contributions."
    ),
    "scorecard.help.management_support": (
        "Whether managers and sponsors treat the community as part of how the organisation "
        "works: time set aside for it, attention to what it produces. Nothing in the app "
        "shows this, so the team rates it."
    ),
    "scorecard.help.resources": (
        "Time, money and help for events, publications and facilitation. A community can "
        "run on little, but not on nothing. Rated by the team."
    ),
    "scorecard.help.topic_focus": (
        "A clear shared field of knowledge, with one or two focus areas emphasised. Judged "
        "by the share of threads tagged with a primary focus area and by how many areas "
        "are primary."
    ),
    "scorecard.help.problem_solving": (
        "Members bring real problems from their work and get practical help with them. "
        "Judged by reply coverage, the median time to a first response against the "
        "target, the help-desk target met and the unanswered queue."
    ),
    "scorecard.help.technology": (
        "Tools that help members find one another and what they know, and that members "
        "actually use. The app cannot fairly judge itself, so the team rates it."
    ),
    "scorecard.help.knowledge_transfer": (
        "What the community learns is written down and reaches others. Judged by new "
        "knowledge items against the learning target, questions closed with an accepted "
        "answer, and posts marked helpful."
    ),
    "scorecard.help.trust": (
        "Members ask openly, answer across organisations, regions and disciplines, and "
        "regulars stay. Judged by boundary crossing and by regulars who went quiet, net "
        "of those who came back."
    ),
    "scorecard.help.passion": (
        "Members care about the practice and give it their time willingly. Activity hints "
        "at it, but only the team can really tell, so it is rated."
    ),
    # Where a score comes from
    "scorecard.source.measured": "Measured",
    "scorecard.source.self-assessed": "Rated by the team",
    "scorecard.source.not assessed": "Not rated yet",
    # Names of the signals, as the summaries cite them
    "scorecard.signal.active": "active members",
    "scorecard.signal.absence": "the contributor absence factor",
    "scorecard.signal.team_size": "the size of the team",
    "scorecard.signal.team_active": "the team's own activity",
    "scorecard.signal.slow_tail": "the slowest first answers",
    "scorecard.signal.coverage": "reply coverage",
    "scorecard.signal.first_response": "time to first response",
    "scorecard.signal.helpdesk": "the help-desk target",
    "scorecard.signal.queue": "the unanswered queue",
    "scorecard.signal.knowledge": "new knowledge items",
    "scorecard.signal.accepted": "accepted answers",
    "scorecard.signal.helpful": "helpful reactions",
    "scorecard.signal.focus": "focus alignment",
    "scorecard.signal.primary_areas": "the number of primary focus areas",
    "scorecard.signal.boundary": "boundary crossing",
    "scorecard.signal.regulars": "regulars going quiet",
    # One-line summaries
    "scorecard.summary_good": "Every figure behind it looks healthy.",
    "scorecard.summary_good_but": "Healthy overall; keep an eye on {weakest}.",
    "scorecard.summary_watch": "Worth watching, mostly because of {weakest}.",
    "scorecard.summary_poor": "Needs attention, starting with {weakest}.",
    "scorecard.summary_no_data": "Too little happened in this period to judge it.",
    "scorecard.summary_self": "Rated {score} out of 5 by the team; no figure in the app shows it.",
    "scorecard.summary_self_no_data": (
        "Rated {score} out of 5 by the team; too little happened in this period to measure it."
    ),
    "scorecard.summary_not_rated": (
        "Not rated yet. No figure in the app shows it, so the team gives it 1 to 5."
    ),
    # Evidence lines
    "scorecard.with_trend": "{text}; {trend}",
    "scorecard.trend_up": "up from {before} the period before",
    "scorecard.trend_down": "down from {before} the period before",
    "scorecard.trend_flat": "the same as the period before",
    "scorecard.ev_active": "Members active in the last 30 days: {n}",
    "scorecard.ev_active_share": "Members active in the last 30 days: {n} ({share} of {members})",
    "scorecard.ev_absence": (
        "Half of the contributions of the last {days} days came from {n} of "
        "{contributors} contributors"
    ),
    "scorecard.ev_team.one": "{count} lead or facilitator",
    "scorecard.ev_team.other": "{count} leads and facilitators",
    "scorecard.ev_team_active": "{active} of {team} on the team took part in the last {days} days",
    "scorecard.ev_slow_tail": (
        "90% of answered questions and requests got a first answer within {p90} (healthy: "
        "within twice the target of {target})"
    ),
    "scorecard.ev_slow_tail_usual": (
        "90% of answered questions and requests got a first answer within {p90} (healthy: "
        "within twice the usual {target}; no target set)"
    ),
    "scorecard.ev_oldest_wait": "Oldest question still waiting for a first answer: {age}",
    "scorecard.ev_nothing_waits": "Nothing is waiting for a first answer",
    "scorecard.ev_coverage": (
        "{pct} of threads got a reply from someone else within {days} days ({part} of {whole})"
    ),
    "scorecard.ev_first_response": (
        "Median first response {median} against a target of {target}; 90% within {p90}; "
        "{unanswered} still unanswered"
    ),
    "scorecard.ev_first_response_usual": (
        "Median first response {median} against the usual {target} (no target set); 90% "
        "within {p90}; {unanswered} still unanswered"
    ),
    "scorecard.ev_helpdesk": (
        "{pct} of help-desk requests answered within their target ({met} met, {missed} missed)"
    ),
    "scorecard.ev_queue.one": "{count} question or request waits for a first answer",
    "scorecard.ev_queue.other": "{count} questions and requests wait for a first answer",
    "scorecard.ev_knowledge": (
        "Knowledge items shared in the last {days} days: {n} (the learning target asks for "
        "about {goal})"
    ),
    "scorecard.ev_accepted": (
        "Questions and requests of the period with an accepted answer: {part} of {whole} ({pct})"
    ),
    "scorecard.ev_helpful": "Helpful reactions: {n} on {posts} posts",
    "scorecard.ev_focus": (
        "{pct} of threads carry a primary focus area ({part} of {whole}; {untagged} untagged)"
    ),
    "scorecard.ev_primary_areas.one": "{count} primary focus area",
    "scorecard.ev_primary_areas.other": (
        "{count} primary focus areas (one or two keep a community focused)"
    ),
    "scorecard.ev_no_primary": "No primary focus area is set",
    "scorecard.ev_area_threads": "Threads on {area}",
    "scorecard.ev_boundary": (
        "{pct} of replies connect people of different organisations, regions or "
        "disciplines ({part} of {whole}); target {target}"
    ),
    "scorecard.ev_boundary_usual": (
        "{pct} of replies connect people of different organisations, regions or "
        "disciplines ({part} of {whole}); the usual target is {target} (none set)"
    ),
    "scorecard.ev_regulars": (
        "Regulars who went quiet: {lost}; back after a long silence: {back}; active in the "
        "last 30 days: {active}"
    ),
    "scorecard.ev_rating": "The team's rating: {score} out of 5 (by {who}, {date})",
    "scorecard.ev_rating_note": "Their note: “{note}”",
    "scorecard.ev_rating_stale": "Rated more than six months ago: worth another look",
    "scorecard.someone": "a former member",
    # Rating form
    "scorecard.rate": "Rate this block",
    "scorecard.score_label": "Your rating, from 1 (weak) to 5 (strong)",
    "scorecard.note_label": "What is behind it (optional)",
    "scorecard.saved": "Rating saved.",
    "scorecard.error_block": "Choose one of the ten building blocks.",
    "scorecard.error_score": "Choose a whole number from {low} to {high}.",
    "scorecard.error_note": "Keep the note under {n} characters.",
    "scorecard.error_archived": (
        "This community is archived: a site admin must restore it before it can be rated."
    ),
    # Change history
    "scorecard.audit_score": "{block} rated {new} out of 5 (was {old})",
    "scorecard.audit_none": "not rated",
    "scorecard.audit_note": "{block} note: “{note}”",
    # Life-cycle stages
    "scorecard.stage.title": "Life-cycle stage",
    "scorecard.stage.potential": "Potential",
    "scorecard.stage.potential_summary": (
        "People who share a practice are finding one another; no core keeps things going yet."
    ),
    "scorecard.stage.potential_advice_1": (
        "Talk with likely members about the problems they share and what they would want "
        "from a community."
    ),
    "scorecard.stage.potential_advice_2": (
        "Find a lead and a facilitator who can give it regular time."
    ),
    "scorecard.stage.potential_advice_3": (
        "Start with a few useful things, such as questions answered fast or a short clinic, "
        "rather than a big launch."
    ),
    "scorecard.stage.coalescing": "Coalescing",
    "scorecard.stage.coalescing_summary": (
        "The community has started and is forming its first habits and relationships "
        "around a small core."
    ),
    "scorecard.stage.coalescing_advice_1": (
        "Show early value: answer every question quickly and share what came of it."
    ),
    "scorecard.stage.coalescing_advice_2": (
        "Welcome newcomers in person and invite each to a first contribution."
    ),
    "scorecard.stage.coalescing_advice_3": (
        "Widen the core beyond one or two people so the community does not depend on them."
    ),
    "scorecard.stage.maturing": "Maturing",
    "scorecard.stage.maturing_summary": (
        "Membership and activity are growing; the community is settling its focus, roles "
        "and ways of working."
    ),
    "scorecard.stage.maturing_advice_1": (
        "Agree on the focus areas and the targets the community wants to be judged by."
    ),
    "scorecard.stage.maturing_advice_2": (
        "Turn answers that keep coming back into knowledge items, so nobody has to give them again."
    ),
    "scorecard.stage.maturing_advice_3": (
        "Share the work: give regular contributors roles such as reviewing or curating."
    ),
    "scorecard.stage.stewardship": "Stewardship",
    "scorecard.stage.stewardship_summary": (
        "Activity is steady and broadly shared; the task now is to keep the practice fresh "
        "and relevant."
    ),
    "scorecard.stage.stewardship_advice_1": (
        "Renew the agenda: bring in new topics and let go of those that no longer draw interest."
    ),
    "scorecard.stage.stewardship_advice_2": (
        "Bring in new voices and new leads so the community does not close into a circle."
    ),
    "scorecard.stage.stewardship_advice_3": (
        "Show sponsors what the community delivers, with figures and with stories."
    ),
    "scorecard.stage.transformation": "Transformation",
    "scorecard.stage.transformation_summary": (
        "Activity is falling away: the community may be ending, merging with another or "
        "reinventing itself."
    ),
    "scorecard.stage.transformation_advice_1": (
        "Ask members, and the regulars who went quiet, what they need from it now."
    ),
    "scorecard.stage.transformation_advice_2": (
        "Decide openly with sponsors: relaunch with a new focus, merge with a related "
        "community, or close and keep what was learned."
    ),
    "scorecard.stage.transformation_advice_3": (
        "Whatever is decided, keep the knowledge collection easy to find."
    ),
    "scorecard.stage.reason_age": "Created about {age} ago, on {date}",
    "scorecard.stage.reason_active": "Members active in the last 30 days: {n}",
    "scorecard.stage.reason_no_before": "No earlier period to compare with",
    "scorecard.stage.reason_steady": (
        "Members active in the last 30 days: {n}, close to {before} a period earlier"
    ),
    "scorecard.stage.reason_growth": (
        "Members active in the last 30 days: {n}, up {pct} on {before} a period earlier"
    ),
    "scorecard.stage.reason_decline": (
        "Members active in the last 30 days: {n}, down {pct} from {before} a period earlier"
    ),
    "scorecard.stage.reason_below_mass": (
        "Fewer than {min} members take part in a month: not yet a critical mass"
    ),
    "scorecard.stage.reason_newcomers": (
        "New members in the last {days} days: {joined}; first-time contributors: {new} of "
        "{contributors}"
    ),
    "scorecard.stage.reason_core.one": "Half of all contributions come from {count} person",
    "scorecard.stage.reason_core.other": "Half of all contributions come from {count} people",
    "scorecard.stage.reason_activity": "Contributions in the last {days} days: {n}",
    "scorecard.stage.reason_regulars": (
        "Regulars who went quiet: {lost}; back after a long silence: {back}"
    ),
}
