"""Route constants and URL builders: one place that knows the URL shapes."""

from urllib.parse import urlsplit

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
NOTIFICATIONS = "/notifications"
MAIL_PREFERENCES = "/account/email"
FORGOT_PASSWORD = "/password/forgot"  # noqa: S105 (a path)
RESET_PASSWORD = "/password/reset"  # noqa: S105 (a path)
CONFIRM_ADDRESS = "/account/confirm"
UNSUBSCRIBE = "/unsubscribe"
ADMIN_EMAIL = "/admin/email"

# The session cookie's two HTTP endpoints (auth_api.py).
EXCHANGE_PATH = "/_auth/session"
SIGN_OUT_PATH = "/_auth/sign-out"
# RFC 8058 one-click unsubscribe: mail clients POST here (List-Unsubscribe).
ONE_CLICK_UNSUBSCRIBE_PATH = "/_mail/unsubscribe"


def safe_next(target: str | None, default: str = "/") -> str:
    """Only same-site paths: '/x' yes; '//evil', 'https://evil', '/\\evil' no."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return default
    return target


def community_url(slug: str) -> str:
    return f"/c/{slug}"


def thread_url(slug: str, thread_id: int) -> str:
    return f"/c/{slug}/t/{thread_id}"


def join_requests_url(slug: str) -> str:
    return f"/c/{slug}/requests"


def community_config_url(slug: str) -> str:
    return f"/admin/communities/{slug}"
