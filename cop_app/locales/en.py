"""English: the reference catalogue. Keys are grouped by page."""

MESSAGES: dict[str, str] = {
    # Shell
    "app.name": "Practice Commons",
    "time.just_now": "just now",
    "app.tagline": "Communities of practice",
    "preview.site": (
        "Communities of practice where practitioners ask, answer and share what works in their "
        "field."
    ),
    "nav.communities": "Communities",
    "nav.main": "Main navigation",
    "nav.sign_in": "Sign in",
    "nav.join": "Join",
    "nav.account_menu": "account menu",
    "nav.menu": "Menu",
    "nav.signed_in_as": "Signed in as",
    "nav.profile": "Your profile",
    "nav.sessions": "Signed-in devices",
    "nav.admin": "Administration",
    "nav.sign_out": "Sign out",
    "nav.dismiss": "Dismiss",
    "nav.skip": "Skip to content",
    "footer.text": "Practice Commons — where practitioners share what works.",
    # Home
    "home.title": "Communities of practice",
    "home.lead": (
        "Practitioners who share a field of work come together here to ask, answer, "
        "learn and coordinate across teams and organisations."
    ),
    "home.lead2": "Pick a community to see what its members are working on.",
    "home.mine": "Your communities",
    "home.mine_empty": "You have not joined a community yet.",
    "home.status_active": "Member",
    "home.role_lead": "Lead",
    "home.role_facilitator": "Facilitator",
    "home.status_pending": "Request waiting for a lead",
    "home.status_declined": "Request declined",
    "home.continue_onboarding": "Continue getting started",
    "home.empty": "No communities yet. A site admin can create the first one.",
    "home.members_word": "members",
    "home.threads_word": "threads",
    # Community card and header
    "community.open": "Open",
    "community.selective": "Selective",
    "community.open_help": "Anyone can join",
    "community.selective_help": "Join requests are reviewed by the leads",
    "community.visibility_members": "Members only",
    "community.visibility_site": "Signed-in members",
    "community.members_only_note": "Only members of this community can read its discussions.",
    "community.sign_in_to_read": "Sign in to read this community's discussions.",
    "community.focus_primary": "Primary focus",
    "community.threads": "Threads",
    "community.sign_in_to_join": "Sign in to join this community",
    "community.you_are_member": "You are a member",
    "community.you_lead": "You lead this community",
    "community.you_facilitate": "You facilitate this community",
    "community.request_waiting": "Your request is waiting for the leads",
    "community.request_declined": "The leads declined your request to join.",
    "community.motivation": "Why would you like to join? (the leads read this)",
    "community.ask_to_join": "Ask to join",
    "community.join": "Join this community",
    "community.joined": "Welcome! You are now a member.",
    "community.asked": "Request sent. The leads will review it.",
    "community.filters": "Filter threads",
    "community.filter_kind": "Kind",
    "community.filter_focus": "Focus area",
    "community.all_kinds": "All kinds",
    "community.all_focus": "All focus areas",
    "community.sort": "Sort by",
    "community.sort_activity": "Latest activity",
    "community.sort_newest": "Newest",
    "community.sort_replies": "Most replies",
    "community.only_unanswered": "Unanswered only",
    "community.only_mine": "Started or joined by me",
    "community.clear_filters": "Clear filters",
    "community.new_thread": "New thread",
    "community.show_more": "Show more threads",
    "queue.link": "Help-desk queue",
    "health.title": "Community health",
    "health.lead": (
        "How the community is doing over the chosen period, each figure judged against its "
        "target where one exists, and compared with the period before. It updates by itself "
        "as members post."
    ),
    "health.period": "Period",
    "health.period_30": "Last 30 days",
    "health.period_90": "Last 90 days",
    "health.period_365": "Last 365 days",
    "health.how": "How is this computed?",
    "health.updated": "Updated",
    "health.gone": (
        "You are no longer on this community's team, so its figures stopped updating here."
    ),
    "health.link": "Health dashboard",
    "health.attention": "Act on now",
    "health.attention_none": "Nothing needs you right now.",
    "health.attention_overdue": "Overdue: “{title}” ({due})",
    "health.attention_queue": "{n} questions and requests wait for a first response",
    "health.attention_regulars": "{n} regulars went quiet this period: {names}. A nudge helps.",
    "health.attention_requests": "{n} join requests wait for a decision",
    "health.of": "{part} of {whole}",
    "health.unchanged": "Unchanged from the period before",
    "health.points": "{n} points",
    "health.up": "Up {amount} on the period before",
    "health.down": "Down {amount} on the period before",
    "health.no_target": "No target set on the configuration page",
    "health.target_hours": "Target: first response within {hours} hours",
    "health.target_percent": "Target: {pct}% of replies",
    "health.status_good": "Healthy",
    "health.status_watch": "Worth watching",
    "health.status_poor": "Needs attention",
    "health.active": "Active members",
    "health.active_detail": "{n} in the last 7 days",
    "health.active_help": (
        "Members with at least one contribution (a thread, a reply, a helpful mark or an "
        "accepted answer) in the last 30 days; the detail gives the last 7 days. These two "
        "windows do not follow the period selector."
    ),
    "health.stickiness": "Stickiness",
    "health.stickiness_detail": "{daily} active on an average day, of {monthly} in the month",
    "health.stickiness_help": (
        "Members active on an average day divided by members active over the last 30 days. "
        "A common target is above 20%; under 10% means most members drop in rarely."
    ),
    "health.stickiness_target": "Target: above 20%",
    "health.newcomers": "New members",
    "health.newcomers_detail": "{n} made a first contribution",
    "health.newcomers_help": (
        "Members who joined during the period, and members whose first contribution ever "
        "came during the period."
    ),
    "health.first_response": "Time to first response (median)",
    "health.first_response_detail": (
        "90th percentile {p90} · {answered} answered · {unanswered} still unanswered"
    ),
    "health.first_response_help": (
        "For questions and help-desk requests started in the period: the time from the "
        "question to the first reply by someone other than its author. The headline is the "
        "median (half were answered faster); the detail gives the 90th percentile (nine in "
        "ten were answered faster). Unanswered ones are counted apart, never dropped."
    ),
    "health.coverage": "Reply coverage",
    "health.coverage_help": (
        "Of the threads started in the period (leaving out the last 7 days, not judged "
        "yet), the share that someone other than the author replied to within 7 days."
    ),
    "health.coverage_target": "Rule of thumb: 80% or more",
    "health.helpdesk": "Help-desk target met",
    "health.helpdesk_detail": "{met} met · {missed} missed · {pending} still within target",
    "health.helpdesk_help": (
        "Of the help-desk requests whose target has passed or that were answered, the "
        "share first answered within their response target. Requests still within their "
        "target are left out until they are answered or late."
    ),
    "health.helpdesk_target": "Rule of thumb: 80% or more",
    "health.unanswered": "Unanswered queue",
    "health.unanswered_detail": "{questions} questions · {requests} requests · oldest {oldest}",
    "health.unanswered_help": (
        "Open questions and help-desk requests with no reply from anyone but their author, "
        "right now (whatever the period)."
    ),
    "health.unanswered_target": "Goal: an empty queue",
    "health.top10": "Top-10 share",
    "health.top10_detail": "{authors} people posted",
    "health.top10_help": (
        "The share of the period's posts written by its 10 most active authors. About 30% "
        "to 55% is healthy; above 70% for long, the community hangs on a few people."
    ),
    "health.band_broad": "Broad: many people post",
    "health.band_healthy": "Healthy: 30% to 55%",
    "health.band_concentrated": "Concentrated: above 55%",
    "health.band_fragile": "Fragile: above 70%",
    "health.absence": "Contributor absence factor",
    "health.absence_detail": "of {contributors} contributors",
    "health.absence_help": (
        "The smallest number of members who together made half of the period's "
        "contributions. One or two means the community would stall if they left."
    ),
    "health.absence_target": "Rule of thumb: 5 or more; 1 or 2 is fragile",
    "health.regulars": "Lost regulars",
    "health.regulars_detail": "{n} reactivated",
    "health.regulars_help": (
        "Lost: members with 4 or more contributions in the 90 days before the period and "
        "none during it. Reactivated: members who contributed after 90 days or more of "
        "silence."
    ),
    "health.regulars_target": "Watch when more are lost than come back",
    "health.focus": "Focus alignment",
    "health.focus_help": (
        "The share of the period's threads tagged with one of the community's primary focus "
        "areas (untagged threads count against it)."
    ),
    "health.focus_target": "Rule of thumb: 60% or more",
    "health.boundary": "Boundary crossing",
    "health.boundary_help": (
        "The share of the period's replies that connect members of different "
        "organisations, regions or disciplines."
    ),
    "search.label": "Search this community",
    "search.placeholder": "Search threads and replies, e.g. grievance redress",
    "search.button": "Search",
    "search.title": "Search",
    "search.results": "Search results",
    "search.results_for": "threads match",
    "search.nothing": "No thread or reply matches",
    "queue.title": "Help-desk queue",
    "queue.lead": (
        "Requests and questions nobody else has answered yet, the most urgent first. "
        "A reply from another member takes an item off the queue."
    ),
    "queue.empty": "Nothing is waiting: every request and question has a first response.",
    "queue.overdue": "Overdue",
    "queue.overdue_count": "overdue",
    "queue.waiting_count": "waiting for a first response",
    "queue.asked": "asked",
    "queue.due_in": "Due in {time}",
    "queue.overdue_by": "Overdue by {time}",
    "queue.assign": "Assigned to",
    "queue.nobody": "Nobody yet",
    "queue.assigned": "Assignment saved.",
    "new_thread.title_page": "Start a thread",
    "new_thread.kind": "What are you posting?",
    "new_thread.kind_question": "Ask peers; the best reply can be marked as the answer.",
    "new_thread.kind_helpdesk": (
        "A request the community's help desk answers within its response target."
    ),
    "new_thread.kind_discussion": "Open a conversation, share news or float an idea.",
    "new_thread.kind_knowledge": (
        "Share a good practice, lesson learned, terms of reference or briefing note."
    ),
    "new_thread.subtype": "Type of knowledge item",
    "new_thread.choose": "Choose…",
    "new_thread.title": "Title",
    "new_thread.title_hint": "One line that says what it is about, e.g. “Sample ToR for an audit”.",
    "new_thread.body": "Details",
    "new_thread.target_intro": "This community's help desk promises:",
    "new_thread.urgency": "Urgency",
    "new_thread.country": "Country (optional)",
    "new_thread.project": "Project (optional)",
    "new_thread.focus": "Focus area",
    "new_thread.focus_hint": "Suggested from the community's primary focus.",
    "new_thread.no_focus": "None",
    "new_thread.tags": "Tags (optional)",
    "new_thread.tags_hint": "Separated by commas, up to 8, e.g. grievance redress, targeting.",
    "new_thread.post": "Post",
    "new_thread.posted": "Posted. Members following the community see it now.",
    "community.archived": (
        "This community is archived. Everything in it stays readable, but nothing new can "
        "be posted and nobody can join."
    ),
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
    "thread.target": "First response within {hours} hours",
    "thread.target_label": "Response target:",
    "thread.no_such_post": "That post is not in this thread.",
    "thread.show_earlier": "Show earlier replies",
    "thread.move_to": "Move to",
    "thread.move": "Move",
    "thread.choose_community": "Choose the community to move the thread to.",
    "thread.make_knowledge": "Accepted answer as a",
    "thread.make_knowledge_button": "Create knowledge item",
    "thread.quoting": "Quoting {author}",
    "thread.unquote": "Remove quote",
    "thread.wrote": "wrote:",
    "thread.accepted_toast": "Answer accepted.",
    "thread.edit_saved": "Post updated.",
    "thread.deleted_toast": "Post deleted.",
    "thread.pin_done": "Thread pinned to the top of the community.",
    "thread.unpin_done": "Thread unpinned.",
    "thread.lock_done": "Thread locked: no new replies.",
    "thread.unlock_done": "Thread unlocked.",
    "thread.hide_done": "Thread hidden from members.",
    "thread.unhide_done": "Thread visible again.",
    "thread.delete": "Delete",
    "thread.delete_title": "Delete this post?",
    "thread.delete_explained": (
        "The post is replaced by a note saying it was deleted. Replies that quote it keep "
        "their own text."
    ),
    "thread.keep": "Keep it",
    "thread.delete_confirm": "Delete the post",
    "thread.helpful": "Helpful",
    "thread.quote": "Quote",
    "thread.accept": "Accept as answer",
    "thread.edit": "Edit",
    "thread.edit_label": "Edit your post",
    "thread.save_edit": "Save changes",
    "thread.cancel": "Cancel",
    "thread.jump_to_answer": "Go to the answer in the thread",
    "thread.your_reply": "Your reply",
    "thread.write": "Write",
    "thread.preview": "Preview",
    "thread.reply_label": "Reply",
    "thread.reply_placeholder": "Share what you know, a reference, or a follow-up question.",
    "thread.markdown_hint": "Markdown works: **bold**, _italics_, lists, [links](https://…).",
    "thread.nothing_to_preview": "Nothing to preview yet.",
    "thread.post_reply": "Post reply",
    "thread.moderation": "Moderation:",
    "thread.pin": "Pin",
    "thread.unpin": "Unpin",
    "thread.lock": "Lock",
    "thread.unlock": "Unlock",
    "thread.hide": "Hide",
    "thread.unhide": "Unhide",
    "thread.locked": "Locked",
    "thread.hidden": "Hidden from members",
    "thread.sending": "Sending…",
    "thread.block_locked": "This thread is locked; no new replies.",
    "thread.block_hidden": "This thread is hidden by the moderators.",
    "urgency.low": "Low urgency",
    "urgency.normal": "Normal urgency",
    "urgency.high": "High urgency",
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
    # Accounts
    "login.title": "Sign in",
    "login.lead": "Welcome back. Sign in to ask, answer and follow your communities.",
    "login.submit": "Sign in",
    "login.no_account": "New here?",
    "login.create_account": "Create an account",
    "login.expired": "That sign-in link has expired. Please sign in again.",
    "login.email_missing": "Enter the email address you signed up with.",
    "login.password_missing": "Enter your password.",
    "signup.title": "Create your account",
    "signup.lead": "Join communities of practitioners who share what works.",
    "signup.password_hint": (
        "At least 10 characters. A few unrelated words make a strong, memorable passphrase."
    ),
    "signup.submit": "Create account",
    "signup.have_account": "Already have an account?",
    "field.email": "Email",
    "field.password": "Password",
    "field.display_name": "Your name",
    "auth.sign_in_first": "Sign in to continue.",
    "auth.sign_in": "Sign in",
    # Administration
    "admin.title": "Administration",
    "admin.accounts": "Member accounts:",
    "admin.communities": "Communities",
    "admin.archived": "Archived",
    "admin.col_name": "Community",
    "admin.col_openness": "Joining",
    "admin.col_members": "Members",
    "admin.col_threads": "Threads",
    "admin.col_pending": "Pending requests",
    "admin.col_created": "Created",
    "admin.col_settings": "Settings",
    "admin.configure": "Configure",
    "admin.create": "Start a new community",
    "admin.create_lead": (
        "Give it a name and one or two primary focus areas; the rest (description, "
        "languages, targets, team) is set on its configuration page next."
    ),
    "admin.new_name": "Community name",
    "admin.new_slug": "Address (/c/…)",
    "admin.new_slug_hint": "Leave empty to make one from the name.",
    "admin.new_primary": "Primary focus areas (one or two)",
    "admin.new_lead": "First lead's email",
    "admin.new_lead_hint": "Someone with an account. Leave empty to lead it yourself.",
    "admin.create_button": "Create the community",
    "admin.created": "Community created. Now describe it and set its targets.",
    "catalogue.title": "Focus-area catalogue",
    "catalogue.lead": (
        "The five focus areas every community chooses from. Their wording shows in "
        "onboarding, on profiles, on community pages and in configuration; changes show "
        "at once and are recorded below."
    ),
    "catalogue.name": "Name",
    "catalogue.description": "What it means",
    "catalogue.examples": "Typical activities",
    "catalogue.signals": "Signals that show it is working",
    "catalogue.one_per_line": "One per line, up to eight.",
    "catalogue.save": "Save wording",
    "catalogue.saved": "Wording saved.",
    # Community configuration
    "config.title": "Configure",
    "config.lead": (
        "Say what this community is for. One or two primary areas make a community stand out; "
        "the dashboard judges it by these areas and their targets."
    ),
    "config.primary": "Primary",
    "config.secondary": "Secondary",
    "config.not_focus": "Not a focus",
    "config.target": "Target",
    "config.default": "Suggested:",
    "config.note": "Note for members",
    "config.confirm_more": (
        "I understand that more than two primary areas dilute the community's focus, "
        "and want them anyway."
    ),
    "config.save": "Save focus areas",
    "config.saved": "Focus areas saved.",
    "config.audit": "Change history",
    "config.settings": "Community settings",
    "config.name": "Name",
    "config.tagline": "Tagline",
    "config.description": "Description",
    "config.description_hint": "What the community is about and who it is for. Markdown works.",
    "config.visibility": "Who can read the discussions",
    "config.visibility_public": "Anyone, signed in or not",
    "config.visibility_site": "Anyone signed in to the site",
    "config.visibility_members": "Members of this community only",
    "config.joining": "Who can join",
    "config.open": "Open: anyone joins at once",
    "config.selective": "Selective: leads review each request",
    "config.languages": "Languages the community works in",
    "config.save_settings": "Save settings",
    "config.settings_saved": "Settings saved.",
    "config.focus_heading": "Focus areas and targets",
    "config.team": "Leads and facilitators",
    "config.role_lead": "Lead",
    "config.role_facilitator": "Facilitator",
    "config.remove_from_team": "Make a plain member",
    "config.team_email": "Member's email",
    "config.team_role": "Role",
    "config.add_to_team": "Add to the team",
    "config.team_saved": "Team updated.",
    "config.no_audit": "No changes recorded yet.",
    "config.preview": "Preview",
    "config.preview_lead": (
        "How the community will look once you save: its card on the home page, and the "
        "targets its health dashboard will judge it by. Nothing is saved until you press a "
        "Save button."
    ),
    "config.preview_targets": "Targets on the health dashboard",
    "config.preview_no_target": "No target: the figure is shown but not judged",
    "config.preview_no_focus": "Choose at least one primary focus area.",
    "config.archive_heading": "Archive",
    "config.archive_lead": (
        "Archiving closes a community that has done its work. Everything in it stays "
        "readable; nobody can post, reply or join until a site admin restores it."
    ),
    "config.archive": "Archive this community…",
    "config.archive_title": "Archive",
    "config.archive_explained": (
        "Members keep reading every thread, but nobody can post, reply, react or join, and "
        "the community leaves the home page. You can restore it here at any time."
    ),
    "config.keep_open": "Keep it open",
    "config.archive_confirm": "Archive",
    "config.archived_now": (
        "This community is archived: its threads stay readable, but nothing new can be "
        "posted and its configuration is frozen. Restore it to change anything."
    ),
    "config.restore": "Restore the community",
    "config.archived": "Community archived.",
    "config.restored": "Community restored.",
    # Join requests
    "requests.title": "Join requests",
    "requests.none": "No one is waiting. New requests will show here.",
    "requests.can_help": "Can help with:",
    "requests.approve": "Approve",
    "requests.decline": "Decline",
    "requests.approved": "Approved: they are now a member.",
    "requests.declined": "Request declined.",
    "requests.invalid": "That request could not be read.",
    # Onboarding wizard
    "onboarding.title": "Getting started",
    "onboarding.progress": "Your progress",
    "onboarding.step_of_prefix": "Step",
    "onboarding.step_of_middle": "of",
    "onboarding.step.welcome": "Welcome",
    "onboarding.step.about": "About you",
    "onboarding.step.expertise": "Expertise",
    "onboarding.step.focus": "Focus areas",
    "onboarding.step.communities": "Communities",
    "onboarding.step.first_step": "First step",
    "onboarding.welcome_title": "Welcome to Practice Commons",
    "onboarding.welcome_1": (
        "A community of practice is a group of practitioners who share a field of work and "
        "choose to learn from each other, across teams and organisations."
    ),
    "onboarding.welcome_2": (
        "In a few short steps we will find the communities and the people that fit what "
        "you do and what you need. Everything is saved as you go."
    ),
    "onboarding.start": "Let's start",
    "onboarding.back": "Back",
    "onboarding.next": "Save and continue",
    "onboarding.choose": "Choose one",
    "onboarding.expertise_lead": (
        "Tell us what you need and what you know. We use it to suggest communities and people."
    ),
    "onboarding.add_tag": "Add",
    "onboarding.remove_tag": "Remove",
    "onboarding.tag_hint": "Type a topic and press Enter; suggestions come from the communities.",
    "onboarding.tag_empty": "Type a topic first.",
    "onboarding.chosen_topics": "Topics so far:",
    "onboarding.focus_question": "What do you want from a community?",
    "onboarding.focus_want.practitioner_support": (
        "Ask questions and get answers from peers, e.g. how others set up a grievance process."
    ),
    "onboarding.focus_want.business_support": (
        "Find expertise for a project, e.g. a peer review of a design or an expert for a team."
    ),
    "onboarding.focus_want.learning": (
        "Learn with others, e.g. clinics, shared notes and collections of good practice."
    ),
    "onboarding.focus_want.innovation": (
        "Try new approaches to hard problems together, e.g. piloting an idea with peers."
    ),
    "onboarding.focus_want.coordination": (
        "See who does what to avoid duplication, e.g. pooling evaluation plans across teams."
    ),
    "onboarding.communities_lead": (
        "Ranked by how well they fit your answers. Open communities take you in at once; "
        "selective ones ask for a short note to their leads."
    ),
    "onboarding.join": "Join",
    "onboarding.ask_to_join": "Ask to join",
    "onboarding.motivation": "A short note to the leads: why you want to join",
    "onboarding.join_and_continue": "Continue",
    "onboarding.your_communities": "Your communities",
    "onboarding.status_active": "you are a member",
    "onboarding.status_pending": "waiting for a lead to approve",
    "onboarding.status_declined": "request declined",
    "onboarding.people_title": "People to know",
    "onboarding.no_people": "We will suggest people as more members fill in their profiles.",
    "onboarding.question_title": "A question you could answer",
    "onboarding.no_question": "No open question matches your expertise right now.",
    "onboarding.post_title": "Introduce yourself or ask your first question",
    "onboarding.post_community": "Community",
    "onboarding.post_kind": "What is it",
    "onboarding.kind_intro": "An introduction",
    "onboarding.kind_question": "A question",
    "onboarding.post_subject": "Title",
    "onboarding.post_body": "Message",
    "onboarding.intro_default_title": "Hello from a new member",
    "onboarding.post_submit": "Post it",
    "onboarding.pick_community": "Pick one of your communities.",
    "onboarding.finish": "Finish for now",
    # Sessions
    "sessions.title": "Signed-in devices",
    "sessions.lead": (
        "Every browser where your account is signed in. End any you do not recognise."
    ),
    "sessions.this_device": "This browser",
    "sessions.signed_in": "Signed in",
    "sessions.last_seen": "last active",
    "sessions.end": "Sign out",
    "sessions.end_others": "Sign out everywhere else",
    "sessions.ended": "That device is signed out.",
    "sessions.ended_others.one": "Signed out of {count} other session.",
    "sessions.ended_others.other": "Signed out of {count} other sessions.",
    "sessions.unknown": "That session is not yours or no longer exists.",
    # Profile
    "profile.title": "Your profile",
    "profile.lead": (
        "What you tell here helps the right people find you and the right questions reach you."
    ),
    "profile.about": "About you",
    "profile.organisation": "Organisation",
    "profile.org_type": "Type of organisation",
    "profile.discipline": "Discipline",
    "profile.discipline_hint": "For example: social development, urban planning, HR analytics.",
    "profile.region": "Region",
    "profile.region_hint": "Where you mostly work, e.g. East Africa or Latin America.",
    "profile.languages": "Languages you work in",
    "profile.expertise": "Expertise and interests",
    "profile.can_help": "I can help with",
    "profile.looking_for": "I am looking for",
    "profile.tags_hint": "Separate topics with commas: grievance redress, results measurement.",
    "profile.focus": "What you want from a community",
    "profile.bio": "A few words about your work",
    "profile.save": "Save profile",
    "profile.saved": "Profile saved.",
    "profile.fix_errors": "Some fields need another look.",
    # Health dashboard: charts, onboarding, export
    "charts.heading": "Trends",
    "charts.contributions": "Contributions",
    "charts.active_members": "Active members",
    "charts.activity": "Activity per week",
    "charts.activity_summary": (
        "Over {weeks} weeks; in the latest week, {contributions} contributions by "
        "{active} active members."
    ),
    "charts.items": "Questions and requests",
    "charts.first_response": "Time to first response",
    "charts.wait_1": "< 1 h",
    "charts.wait_4": "1–4 h",
    "charts.wait_24": "4–24 h",
    "charts.wait_48": "1–2 days",
    "charts.wait_168": "2–7 days",
    "charts.wait_longer": "> 7 days",
    "charts.wait_unanswered": "None yet",
    "charts.first_response_summary": (
        "{fast} of {answered} answered questions and requests had a first response within "
        "a day; {unanswered} have none yet."
    ),
    "charts.threads": "Threads",
    "charts.untagged": "No focus area",
    "charts.primary": "primary focus",
    "charts.other": "not a primary focus",
    "charts.focus": "Threads by focus area",
    "charts.focus_summary": (
        "{aligned} of {total} new threads are in a primary focus area ({primary}); "
        "primary areas are green."
    ),
    "charts.funnel": "Onboarding funnel",
    "charts.funnel_joined": "Joined",
    "charts.funnel_started": "Started onboarding",
    "charts.funnel_finished": "Finished onboarding",
    "charts.funnel_contributed": "First contribution within 14 days",
    "charts.funnel_summary": (
        "Of {joined} members who joined, {finished} finished onboarding and {contributed} "
        "contributed here within 14 days."
    ),
    "charts.levels": "How members take part, per week",
    "charts.level_explorers": "Explorers (no posts that week)",
    "charts.level_participants": "Participants (reactions only)",
    "charts.level_contributors": "Contributors (1 or 2 posts)",
    "charts.level_core": "Core (3 posts or more)",
    "charts.levels_summary": (
        "In the latest week: {explorers} explorers, {participants} participants, "
        "{contributors} contributors and {core} core members."
    ),
    "health.onboarding": "Onboarding",
    "health.onboarding_value": "{finished} of {joined}",
    "health.onboarding_detail": (
        "finished onboarding; {started} started it, {contributed} contributed within 14 days"
    ),
    "health.onboarding_help": (
        "Of the members who joined in the period (including those who left since): how many "
        "started the onboarding wizard, how many finished it, and how many made their first "
        "contribution in this community within 14 days of finishing. The share is finished "
        "over joined."
    ),
    "health.onboarding_target": "Rule of thumb: most who join finish onboarding",
    "health.export_csv": "Download CSV",
    "health.print": "Print report",
    "health.report_for": "Health report: {name}, {period}, as of {when}",
    "health.csv_metric": "Metric",
    "health.csv_value": "Value",
    "health.csv_detail": "Detail",
    "health.csv_status": "Status",
    "health.csv_judged": "Judged against",
    "health.csv_change": "Change",
    "health.csv_definition": "How it is computed",
    "scorecard.heading": "Building blocks",
    "scorecard.lead": (
        "The ten things a community of practice needs. Six are scored from the figures above; "
        "the others only the team can judge: rate them, and rate any block where you know "
        "more than the figures."
    ),
    "scorecard.evidence": "Evidence",
    "scorecard.save": "Save rating",
    "scorecard.stage_why": "Why this stage",
    "scorecard.stage_do": "What leads usually do now",
}

# Catalogues kept in their own files (one per area), merged here.
from cop_app.locales import en_mail, en_overview, en_reach, en_scorecard  # noqa: E402

for _part in (en_scorecard.MESSAGES, en_overview.MESSAGES, en_reach.MESSAGES, en_mail.MESSAGES):
    MESSAGES.update(_part)
