"""Getting back in, and proving an address: password resets, address
confirmation, and changing one's address. Every link is a single-use token
(cop_app.services.mail.tokens); every request answers the same whether the
address has an account or not, and is rate-limited per address and client."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from cop_app import mail_settings
from cop_app.models import AccountTokenPurpose, User
from cop_app.services.accounts import auth
from cop_app.services.accounts.passwords import hash_password, verify_password
from cop_app.services.communities.communities import get_user_by_email, when
from cop_app.services.guards import ratelimit
from cop_app.services.guards.authz import ServiceError, check_signed_in
from cop_app.services.guards.text import FormError
from cop_app.services.mail import messages, tokens
from cop_app.services.mail.tokens import TokenProblem


class LinkError(ServiceError):
    """A mailed link that is not (or no longer) good: says which."""

    def __init__(self, problem: TokenProblem) -> None:
        self.problem = problem
        super().__init__(problem.value)


class RecoveryFormError(FormError):
    """Field -> message, shown beside each field."""


def _limit_client(session: Session, *, client_ip: str, user_id: int | None = None) -> None:
    """The client's (and the signed-in member's) allowance: past it, they are told."""
    ratelimit.check_and_count(
        session, limit=ratelimit.Limit(ratelimit.WriteKind.ACCOUNT_MAIL, user_id, client_ip)
    )


def _address_has_room(session: Session, *, address: str) -> bool:
    """The address's own allowance of account mail. Past it nothing more is
    sent for a while, and nobody is told: a stranger asking again and again
    must neither flood the owner's mailbox nor stop the owner's own request
    with an error (the links already sent keep working)."""
    try:
        ratelimit.check_and_count(
            session,
            limit=ratelimit.Limit(
                ratelimit.WriteKind.ACCOUNT_MAIL, None, account=auth.email_key(address)
            ),
        )
    except ratelimit.RateLimitedError:
        return False
    return True


def do_request_reset(
    session: Session, *, email: str, client_ip: str, now: datetime | None = None
) -> None:
    """Mail a reset link if the address has an active account; the caller says
    the same either way. ``RateLimitedError`` past the allowance (counted for
    every address, with an account or not)."""
    now = when(now)
    address = email.strip().lower()[: auth.MAX_EMAIL_LENGTH]
    if auth._email_error(address):
        raise RecoveryFormError({"email": auth._email_error(address) or ""})
    _limit_client(session, client_ip=client_ip)
    room = _address_has_room(session, address=address)
    user = get_user_by_email(session, email=address)
    if room and user is not None and user.is_active:
        messages.queue_password_reset(session, user=user, now=now)


def check_reset_link(
    session: Session, *, raw: str, now: datetime | None = None
) -> TokenProblem | None:
    """None when the link can still be used (the page then asks for a password)."""
    found = tokens.check(session, raw=raw, purpose=AccountTokenPurpose.RESET, now=when(now))
    return found if isinstance(found, TokenProblem) else None


def do_reset_password(
    session: Session,
    *,
    raw: str,
    password: str,
    client_ip: str,
    user_agent: str,
    now: datetime | None = None,
) -> str:
    """Set a new password through a reset link: the link is spent, every
    session of the account ends, the address counts as confirmed (the member
    read mail sent to it), and this browser is signed in (the hand-off code).
    A weak password raises ``RecoveryFormError`` and leaves the link usable."""
    now = when(now)
    found = tokens.check(session, raw=raw, purpose=AccountTokenPurpose.RESET, now=now)
    if isinstance(found, TokenProblem):
        raise LinkError(found)
    user = found.user
    try:
        auth.check_password_policy(password, email=user.email, display_name=user.display_name)
    except auth.WeakPasswordError as weak:
        raise RecoveryFormError({"password": str(weak)}) from weak
    redeemed = tokens.redeem(session, raw=raw, purpose=AccountTokenPurpose.RESET, now=now)
    if isinstance(redeemed, TokenProblem):
        raise LinkError(redeemed)
    user.password_hash = hash_password(password)
    if user.email_confirmed_at is None:
        user.email_confirmed_at = now
    session.add(user)
    auth.do_revoke_other_sessions(session, user=user, keep_token="", now=now)
    # Every other link mailed for the account stops too (an address change
    # asked for by whoever had the old password, above all).
    tokens.spend_all(session, user_id=user.id or 0, now=now)
    return auth.do_start_session(
        session, user=user, client_ip=client_ip, user_agent=user_agent, now=now
    )


def check_confirm_link(
    session: Session, *, raw: str, change: bool, now: datetime | None = None
) -> TokenProblem | None:
    """None when a confirmation link can still be used (the page then offers
    the button that uses it: opening a link must not use it, for mail
    scanners open links too)."""
    purpose = AccountTokenPurpose.CHANGE if change else AccountTokenPurpose.CONFIRM
    found = tokens.check(session, raw=raw, purpose=purpose, now=when(now))
    return found if isinstance(found, TokenProblem) else None


def do_confirm_address(
    session: Session,
    *,
    raw: str,
    change: bool,
    password: str = "",
    client_ip: str = "",
    now: datetime | None = None,
) -> User:
    """Use a confirmation link. A new account's link asks for the password the
    account was made with: whoever opens the mail must also be whoever chose
    it, so nobody can make an account with someone else's address, have its
    owner confirm it, and then sign in to it (a wrong one raises
    ``RecoveryFormError`` and leaves the link usable; the owner who did not
    choose it resets the password instead, which confirms too). An address
    change's link moves the account to the new address (its password was asked
    for when the change was). ``LinkError`` for a bad link, and
    ``LinkError(INVALID)`` when the new address was taken meanwhile."""
    now = when(now)
    purpose = AccountTokenPurpose.CHANGE if change else AccountTokenPurpose.CONFIRM
    if not change:
        checked = tokens.check(session, raw=raw, purpose=purpose, now=now)
        if isinstance(checked, TokenProblem):
            raise LinkError(checked)
        # Guesses count like failed sign-ins (the caller records a wrong one).
        auth.check_sign_in_allowed(session, email=checked.user.email, client_ip=client_ip, now=now)
        if not password:
            raise RecoveryFormError({"password": "Enter the password you chose."})
        if len(password) > auth.MAX_PASSWORD_LENGTH or not verify_password(
            checked.user.password_hash, password
        ):
            raise RecoveryFormError(
                {
                    "password": (
                        "That is not the password this account was made with. "
                        "Forgot it? Reset it: that confirms the address too."
                    )
                }
            )
    found = tokens.redeem(session, raw=raw, purpose=purpose, now=now)
    if isinstance(found, TokenProblem):
        raise LinkError(found)
    user = found.user
    if change:
        taken = get_user_by_email(session, email=found.token.new_email)
        if taken is not None and taken.id != user.id:
            raise LinkError(TokenProblem.INVALID)
        user.email = found.token.new_email
        # Links mailed to the old address stop working with it.
        tokens.spend_all(session, user_id=user.id or 0, now=now)
    if user.email_confirmed_at is None or change:
        user.email_confirmed_at = now
    session.add(user)
    session.flush()
    return user


def do_confirm_and_sign_in(
    session: Session,
    *,
    raw: str,
    password: str,
    client_ip: str,
    user_agent: str,
    now: datetime | None = None,
) -> str:
    """A new account's confirmation from its page: confirmed with the password
    it was made with, and this browser signed in (the hand-off code)."""
    now = when(now)
    user = do_confirm_address(
        session, raw=raw, change=False, password=password, client_ip=client_ip, now=now
    )
    return auth.do_start_session(
        session, user=user, client_ip=client_ip, user_agent=user_agent, now=now
    )


def do_request_address_change(
    session: Session,
    *,
    user: User | None,
    new_email: str,
    password: str,
    client_ip: str,
    now: datetime | None = None,
) -> tuple[str, bool]:
    """Mail a link to the new address and a notice to the current one; the
    address changes only when the link is opened. The current password is
    asked (a borrowed session must not be enough). An address that has another
    account gets the same answer, and nothing is sent to it.

    Without a mail server (the embedded default) no link could arrive: the
    address changes at once (an address in use is refused, as sign-up does
    then), and the notice is kept for the old one. Returns (the new address,
    whether it changed already)."""
    user = check_signed_in(user)
    now = when(now)
    address = new_email.strip().lower()
    errors: dict[str, str] = {}
    if message := auth._email_error(address):
        errors["new_email"] = message
    elif address == user.email:
        errors["new_email"] = "That is already your address."
    if errors:
        raise RecoveryFormError(errors)
    # A wrong password here counts as a failed sign-in (the caller records it:
    # this transaction rolls back), so a borrowed session cannot try passwords
    # faster than the sign-in page allows.
    auth.check_sign_in_allowed(session, email=user.email, client_ip=client_ip, now=now)
    if not password:
        errors["password"] = "Enter your current password."  # noqa: S105
    elif len(password) > auth.MAX_PASSWORD_LENGTH or not verify_password(
        user.password_hash, password
    ):
        errors["password"] = "That is not your current password."  # noqa: S105
    if errors:
        raise RecoveryFormError(errors)
    _limit_client(session, client_ip=client_ip, user_id=user.id)
    taken = get_user_by_email(session, email=address) is not None
    if not mail_settings.current().delivers:
        if taken:
            raise RecoveryFormError({"new_email": "That address cannot be used. Try another one."})
        messages.queue_address_changed_notice(session, user=user, new_email=address, now=now)
        user.email, user.email_confirmed_at = address, now
        session.add(user)
        session.flush()
        return address, True
    if not taken and _address_has_room(session, address=user.email):
        messages.queue_address_change(session, user=user, new_email=address, now=now)
    return address, False


def do_record_wrong_password(
    session: Session, *, user: User | None, client_ip: str, now: datetime | None = None
) -> None:
    """A wrong password given to change the address or to confirm it: a failed
    sign-in of the account (in its own transaction: the write itself rolled back)."""
    if user is None:
        return
    auth.do_record_sign_in_failure(session, email=user.email, client_ip=client_ip, now=when(now))


def link_owner(session: Session, *, raw: str) -> User | None:
    """The account a confirmation link is for (to count a wrong password)."""
    found = tokens.check(session, raw=raw, purpose=AccountTokenPurpose.CONFIRM)
    return None if isinstance(found, TokenProblem) else found.user
