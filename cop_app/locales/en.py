"""English: the reference catalogue. Keys are grouped by page."""

MESSAGES: dict[str, str] = {
    # Shell
    "app.name": "Practice Commons",
    "app.tagline": "Communities of practice",
    "nav.communities": "Communities",
    "nav.main": "Main navigation",
    "nav.sign_in": "Sign in",
    "nav.skip": "Skip to content",
    "footer.text": "Practice Commons — where practitioners share what works.",
    # Home
    "home.title": "Communities of practice",
    "home.lead": (
        "Practitioners who share a field of work come together here to ask, answer, "
        "learn and coordinate across teams and organisations."
    ),
    "home.lead2": "Pick a community to see what its members are working on.",
    "home.empty": "No communities yet. A site admin can create the first one.",
    "home.members_word": "members",
    "home.threads_word": "threads",
    # Community card and header
    "community.open": "Open",
    "community.selective": "Selective",
    "community.open_help": "Anyone can join",
    "community.selective_help": "Join requests are reviewed by the leads",
    "community.focus_primary": "Primary focus",
    "community.focus_secondary": "Also",
    "community.languages_label": "Languages:",
    "community.replies_word": "replies",
    "community.recent": "Recent threads",
    "community.no_threads": "No threads yet. Start the first conversation.",
    "community.not_found": "There is no community at this address.",
    "community.back_home": "All communities",
    # Thread list
    "threads.replies": "{count} replies",
    "threads.answered": "Answered",
    "threads.unanswered": "Unanswered",
    "threads.pinned": "Pinned",
    "threads.by": "by {author}",
    "threads.last_activity": "last activity {ago}",
    # Thread page
    "thread.not_found": "This thread does not exist, or it is not visible to you.",
    "thread.back_to": "Back to",
    "thread.first_response_after": "First response from another member after",
    "thread.no_response": "No response from others yet",
    "thread.accepted": "Accepted answer",
    "thread.edited": "edited",
    "thread.helpful_word": "found this helpful",
    "thread.loading": "Loading…",
    "post.deleted": "*This post was deleted by its author.*",
    # Thread kinds and statuses
    "kind.question": "Question",
    "kind.helpdesk": "Help-desk request",
    "kind.discussion": "Discussion",
    "kind.knowledge": "Knowledge item",
    "subtype.good_practice": "Good practice",
    "subtype.lesson_learned": "Lesson learned",
    "subtype.terms_of_reference": "Terms of reference",
    "subtype.briefing_note": "Briefing note",
    "status.open": "Open",
    "status.answered": "Answered",
    "status.closed": "Closed",
    # Not-found page
    "not_found.title": "Page not found",
    "not_found.text": "There is nothing at this address. The link may be mistyped.",
    # Sign-in placeholder (accounts arrive with the accounts issue)
    "login.title": "Sign in",
    "login.soon": "Signing in arrives with member accounts. Browsing is open to everyone for now.",
}
