"""Route constants and URL builders: one place that knows the URL shapes."""

HOME = "/"
COMMUNITY = "/c/[slug]"
THREAD = "/c/[slug]/t/[thread_id]"
LOGIN = "/login"
SIGNUP = "/signup"
PROFILE = "/profile"
ONBOARDING = "/onboarding"
SESSIONS = "/account/sessions"
ADMIN = "/admin"
ADMIN_HEALTH = "/admin/health"
COMMUNITY_CONFIG = "/admin/communities/[slug]"
FOCUS_CATALOGUE = "/admin/focus-areas"
JOIN_REQUESTS = "/c/[slug]/requests"
NEW_THREAD = "/c/[slug]/new"
HELPDESK_QUEUE = "/c/[slug]/queue"
SEARCH = "/c/[slug]/search"
HEALTH = "/c/[slug]/health"


def community_url(slug: str) -> str:
    return f"/c/{slug}"


def thread_url(slug: str, thread_id: int) -> str:
    return f"/c/{slug}/t/{thread_id}"


def join_requests_url(slug: str) -> str:
    return f"/c/{slug}/requests"


def community_config_url(slug: str) -> str:
    return f"/admin/communities/{slug}"
