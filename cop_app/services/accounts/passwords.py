"""Password hashing with argon2id (RFC 9106, low-memory profile).

Parameters: argon2id, 3 passes, 64 MiB, 4 lanes, 16-byte salt, 32-byte tag:
the second recommendation of RFC 9106 and within OWASP's guidance. Hashes made
with older parameters still verify; :func:`needs_rehash` tells sign-in to
re-hash them with the current ones.
"""

from __future__ import annotations

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

MIN_PASSWORD_LENGTH = 10  # as Discourse requires; auth.py reuses it
MAX_PASSWORD_LENGTH = 1024  # hashing is deliberately slow; cap the input

_HASHER = PasswordHasher(
    time_cost=3,
    memory_cost=65536,  # KiB = 64 MiB
    parallelism=4,
    hash_len=32,
    salt_len=16,
    type=Type.ID,
)


class WeakPasswordError(ValueError):
    """The password is too short or too long to be accepted."""


def check_password_strength(plain: str) -> None:
    """Refuse passwords shorter than 10 or longer than 1024 characters."""
    if len(plain) < MIN_PASSWORD_LENGTH:
        msg = f"a password needs at least {MIN_PASSWORD_LENGTH} characters"
        raise WeakPasswordError(msg)
    if len(plain) > MAX_PASSWORD_LENGTH:
        msg = f"a password may have at most {MAX_PASSWORD_LENGTH} characters"
        raise WeakPasswordError(msg)


def hash_password(plain: str) -> str:
    """An argon2id hash (``$argon2id$v=19$m=65536,t=3,p=4$...``) with a fresh salt."""
    return _HASHER.hash(plain)


def verify_password(password_hash: str | None, plain: str) -> bool:
    """Whether ``plain`` matches the hash. False (never an exception) on a
    mismatch, an empty or malformed hash."""
    if not password_hash:
        return False
    try:
        return _HASHER.verify(password_hash, plain)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """Whether the hash was made with other parameters than the current ones
    (a malformed hash also needs replacing)."""
    try:
        return _HASHER.check_needs_rehash(password_hash)
    except (InvalidHashError, ValueError):
        return True
