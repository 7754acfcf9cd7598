"""The site's secret key: ``COP_SECRET_KEY``, else a ``.cop_secret`` file made
once (32 random bytes as hex, mode 0600). It keys the email hashes, device
cookies and the mail's unsubscribe links."""

from __future__ import annotations

import contextlib
import os
import secrets
import threading
from pathlib import Path

SECRET_KEY_ENV = "COP_SECRET_KEY"  # noqa: S105 (a variable's name, not a secret)
SECRET_KEY_FILE = ".cop_secret"  # noqa: S105 (a file's name)

_secret_key: bytes | None = None
_secret_lock = threading.Lock()


def _read_or_create_secret(path: Path) -> str:
    """The secret in ``path``, creating it once (32 random bytes as hex, mode
    0600). Two processes racing both end up with the same file."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        text = ""
    if text:
        return text
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(secrets.token_hex(32) + "\n")
        with contextlib.suppress(FileExistsError):  # another process was first
            os.link(tmp, path)  # atomic: never replaces an existing file
    finally:
        tmp.unlink(missing_ok=True)
    return path.read_text(encoding="ascii").strip()


def secret_key() -> bytes:
    """The site's secret, read (or made) once per process."""
    global _secret_key  # a process-wide cache
    with _secret_lock:
        if _secret_key is None:
            configured = os.environ.get(SECRET_KEY_ENV, "").strip()
            value = configured or _read_or_create_secret(Path.cwd() / SECRET_KEY_FILE)
            _secret_key = value.encode()
        return _secret_key
