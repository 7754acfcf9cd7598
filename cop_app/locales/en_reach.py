"""English: notifications, the bell and watching levels."""

MESSAGES: dict[str, str] = {
    # The bell and the notifications page
    "notify.bell": "Notifications",
    "notify.bell_unread": "Notifications, {count} unread",
    "notify.title": "Notifications",
    "notify.intro": (
        "What happened in the communities and threads you follow, and what was addressed to "
        "you. Choose how closely you follow each one with its Watching button."
    ),
    "notify.mark_all": "Mark all read",
    "notify.all_read": "Everything is read.",
    "notify.none": (
        "Nothing yet. When someone replies to you, mentions you, or posts where you watch, "
        "it appears here."
    ),
    "notify.more": "Show older",
    "notify.unread": "Unread",
    "notify.someone": "Someone",
    "notify.noun_question": "question",
    "notify.noun_request": "help-desk request",
    "notify.noun_discussion": "discussion",
    "notify.noun_knowledge": "knowledge item",
    "notify.reply": "{actor} replied to your {noun}",
    "notify.quote": "{actor} quoted your post",
    "notify.mention": "{actor} mentioned you",
    "notify.mention_leads": "{actor} asked the leads",
    "notify.watched_post": "{actor} replied",
    "notify.new_thread": "{actor} started a {noun}",
    "notify.answer_yours": "{actor} accepted your answer",
    "notify.answer_your_thread": "{actor} marked an answer to your question",
    "notify.answer_watched": "{actor} accepted an answer",
    "notify.helpdesk_request": "{actor} sent a help-desk request",
    "notify.join_request": "{actor} asked to join",
    "notify.join_approved": "Your request to join was approved",
    "notify.join_declined": "Your request to join was declined",
    "notify.target_passed": "A help-desk request has had no answer within its target",
    "notify.why_your_thread": "You started this thread.",
    "notify.why_your_post": "It quotes your post.",
    "notify.why_your_answer": "You wrote the answer.",
    "notify.why_mentioned": "You were mentioned by name.",
    "notify.why_leads_mentioned": "You lead {community}.",
    "notify.why_watching_thread": "You watch this thread.",
    "notify.why_watching_focus": "You watch {focus} in {community}.",
    "notify.why_watching_community": "You watch {community}.",
    "notify.why_focus_default": (
        "The leads of {community} set {focus} to be watched by its members."
    ),
    "notify.why_helpdesk_team": "You are on the help desk of {community}.",
    "notify.why_assigned": "The request is assigned to you.",
    "notify.why_reviewer": "You review join requests for {community}.",
    "notify.why_your_request": "You asked to join {community}.",
    "notify.why_other": "It concerns {community}.",
    # Profile: time zone and away
    "profile.reach": "Time zone and time away",
    "profile.time_zone": "Time zone",
    "profile.time_zone_hint": (
        "Dates and times are shown to you in this zone, and reminders will be sent by it."
    ),
    "profile.away_until": "Away until (optional)",
    "profile.away_hint": (
        "Notifications pause until the end of this day: nothing rings while you are away, "
        "and what came in waits for you on the notifications page. Leave it empty when "
        "you are around."
    ),
    "profile.away_now": "Your notifications are paused until the end of",
    # @mentions
    "mention.pick": "Mention:",
    "mention.cannot_read": (
        "{names} cannot read this thread and will not be told. Post the reply again to post "
        "it anyway, or change the names."
    ),
    "community.new_replies": "new",
    # Watching levels
    "watch.for": "Notifications for",
    "watch.this_thread": "this thread",
    "watch.follow_heading": "What you follow here",
    "watch.muted": "Muted",
    "watch.normal": "Normal",
    "watch.tracking": "Tracking",
    "watch.watching": "Watching",
    "watch.watching_first_post": "Watching first post",
    "watch.muted_help": "Nothing from here, not even mentions.",
    "watch.normal_help": "Only replies to you, quotes and mentions.",
    "watch.tracking_help": "Like normal; new posts are counted as unread.",
    "watch.watching_help": "Every new post.",
    "watch.watching_first_post_help": "Each new thread, not its replies.",
    "watch.inherited": "({source})",
    "config.watch": "Members follow it as",
    "config.watch_hint": (
        "Until each member chooses for themselves. Watching first post tells them of each new "
        "thread here; watching, of every post."
    ),
    "watch.saved": "You now follow this as: {level}.",
}
