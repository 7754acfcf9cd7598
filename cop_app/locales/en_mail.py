"""English: mail, mail preferences, account recovery and confirmation."""

MESSAGES: dict[str, str] = {
    # Mail itself
    "mail.site": "Practice Commons",
    "mail.greeting": "Hello {name},",
    "mail.open_post": "Open it in Practice Commons",
    "mail.open_requests": "Review the request",
    "mail.preferences": "Choose what we email you",
    "mail.unsubscribe": "Stop emails like this",
    "mail.thread_intro_one": "There is news in “{thread}” in {community}:",
    "mail.thread_intro_many": "{count} things happened in “{thread}” in {community}:",
    "mail.community_intro": "News from {community}:",
    "mail.why_kind": "You get this because you chose email for “{kind}”. {why}",
    "mail.account_why": "You get this mail because of your account at Practice Commons.",
    "mail.reset_subject": "Reset your Practice Commons password",
    "mail.reset_body": (
        "Someone, hopefully you, asked to reset the password of your Practice Commons "
        "account. The link works once, for one hour."
    ),
    "mail.reset_action": "Choose a new password",
    "mail.reset_after": (
        "If you did not ask, ignore this mail: your password stays as it is, and nobody "
        "can use this link without access to your mailbox."
    ),
    "mail.confirm_subject": "Confirm your address for Practice Commons",
    "mail.confirm_body": (
        "Welcome to Practice Commons. Confirm that this address is yours, and you can "
        "start asking and answering. The link works for three days."
    ),
    "mail.confirm_action": "Confirm my address",
    "mail.confirm_after": "If you did not create an account, ignore this mail; nothing happens.",
    "mail.change_subject": "Confirm your new address for Practice Commons",
    "mail.change_body": (
        "You asked to use this address for your Practice Commons account. Confirm it, and "
        "mail will come here from then on. The link works for one day."
    ),
    "mail.change_action": "Use this address",
    "mail.signup_notice_subject": "Someone tried to create an account with your address",
    "mail.signup_notice_body": (
        "Someone tried to create a Practice Commons account with this address, which "
        "already has one. If it was you, sign in, or reset your password if you forgot it."
    ),
    "mail.signup_notice_action": "Sign in or reset your password",
    "mail.signup_notice_after": "If it was not you, there is nothing to do: no account was made.",
    "mail.changed_notice_subject": "Your Practice Commons address is changing",
    "mail.changed_notice_body": (
        "Someone signed in to your account asked to use {new} instead of this address. "
        "Nothing changes until the new address is confirmed."
    ),
    "mail.changed_notice_done": (
        "Someone signed in to your account changed its address to {new}: mail goes there "
        "from now on."
    ),
    "mail.changed_notice_after": (
        "If this was not you, reset your password now, and end your other sessions."
    ),
    "mail.changed_notice_action": "Reset my password",
    # Kinds, as the preferences page and the mails name them
    "mail.kind.mention": "Mentions of you",
    "mail.kind.reply": "Replies to your threads",
    "mail.kind.quote": "Quotes of your posts",
    "mail.kind.helpdesk_request": "Help-desk requests to your team",
    "mail.kind.target_passed": "Help-desk requests past their target",
    "mail.kind.answer_accepted": "Accepted answers",
    "mail.kind.watched_post": "Replies where you watch",
    "mail.kind.new_thread": "New threads where you watch",
    "mail.kind.join_request": "Requests to join your community",
    "mail.kind.join_decided": "Decisions on your requests to join",
    # Preferences page
    "prefs.title": "Email and notifications",
    "prefs.intro": (
        "For each kind of news, choose whether it reaches you in the app only, in the app "
        "and by email, or not at all. Mail about one thread waits {minutes} minutes and "
        "gathers what happened meanwhile; it is not sent if you read it here first."
    ),
    "prefs.off": "Off",
    "prefs.app": "In the app",
    "prefs.email": "In the app and by email",
    "prefs.save": "Save choices",
    "prefs.saved": "Your choices are saved.",
    "prefs.local_mailbox": (
        "This site has no mail server configured yet: mail is kept in the site's own "
        "mailbox, not sent."
    ),
    "prefs.address": "Your address",
    "prefs.address_current": "Mail goes to {email}.",
    "prefs.new_email": "New email address",
    "prefs.current_password": "Your current password",
    "prefs.change": "Change address",
    "prefs.change_sent": (
        "We sent a link to {email}. Your address changes when you open it; until then "
        "mail still goes to the old one."
    ),
    "prefs.change_same": "That is already your address.",
    "prefs.change_taken": "That address cannot be used. Try another one.",
    # Unsubscribe page
    "unsub.title": "Stop these emails",
    "unsub.question": "Stop emailing {email} about “{kind}”? You still see them in the app.",
    "unsub.confirm": "Stop these emails",
    "unsub.done": "Done: no more email about “{kind}”. Change it any time on your email page.",
    "unsub.bad": (
        "This unsubscribe link is not valid: it may be cut short or altered. Nothing was "
        "changed. Sign in and choose what we email you on your email page."
    ),
    "unsub.to_prefs": "Open your email choices",
    # Forgotten password
    "forgot.link": "Forgot your password?",
    "forgot.title": "Reset your password",
    "forgot.intro": (
        "Enter your account's address and we will mail you a link to choose a new password."
    ),
    "forgot.email": "Email address",
    "forgot.submit": "Send the link",
    "forgot.sent": (
        "If {email} has an account here, a link is on its way. It works once, for one "
        "hour. Nothing arriving? Check your spam folder, or ask again in a few minutes."
    ),
    "forgot.no_mail_server": (
        "This site has no mail server configured, so no link can reach you. Ask the site's "
        "administrator."
    ),
    "reset.title": "Choose a new password",
    "reset.password": "New password",
    "reset.password_hint": (
        "At least 10 characters; a few unusual words make a strong one. Every other "
        "session of your account is signed out."
    ),
    "reset.submit": "Set the new password",
    "reset.invalid": "This reset link is not valid. Ask for a new one.",
    "reset.used": "This reset link has already been used. Ask for a new one if you need it.",
    "reset.expired": "This reset link has expired (they work for one hour). Ask for a new one.",
    "reset.ask_again": "Ask for a new link",
    # Confirming an address
    "confirm.title": "Confirm your address",
    "confirm.done": "Your address is confirmed. Welcome!",
    "confirm.changed": "Your address is now {email}.",
    "confirm.invalid": "This confirmation link is not valid.",
    "confirm.used": "This confirmation link has already been used.",
    "confirm.expired": (
        "This confirmation link has expired. Sign up again with the same address for a new one."
    ),
    "confirm.taken": "That address now belongs to another account; nothing was changed.",
    "confirm.continue": "Continue",
    "confirm.ask": ("Enter the password you chose when you signed up, and your account is ready."),
    "confirm.password": "Your password",
    "confirm.ask_change": "Use this address for your account from now on?",
    # Sign-up, when mail is delivered
    "signup.check_email_title": "Check your email",
    "signup.check_email": (
        "We sent a message to {email}. Open the link in it to finish; it works for three "
        "days. Nothing arriving? Check your spam folder."
    ),
    # The email log (site admins)
    "maillog.title": "Email log",
    "maillog.intro": (
        "Every mail the site sent, is holding or gave up on, newest first. Account mail "
        "(password resets, confirmations, sign-up notices) shows only its envelope: its "
        "body is for its recipient alone."
    ),
    "maillog.search": "Recipient contains",
    "maillog.search_button": "Search",
    "maillog.status": "Status",
    "maillog.all": "All",
    "maillog.to": "To",
    "maillog.subject": "Subject",
    "maillog.kind": "Kind",
    "maillog.when": "When",
    "maillog.open": "Open",
    "maillog.close": "Close",
    "maillog.private": "This is account mail: only its recipient may read it.",
    "maillog.none": "No mail matches.",
    "maillog.more": "Show older",
    "maillog.local": "Kept in the local mailbox.",
    "maillog.status.gathering": "Gathering",
    "maillog.status.queued": "Queued",
    "maillog.status.sent": "Sent",
    "maillog.status.skipped": "Skipped",
    "maillog.status.failed": "Failed",
    "maillog.account_kind": "Account mail",
    "maillog.mode_smtp": "Mail is sent through {host}.",
    "maillog.mode_local": (
        "No mail server is configured (COP_SMTP_URL): mail is kept here, in the local "
        "mailbox, and not sent."
    ),
}
