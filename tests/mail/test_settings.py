"""Mail settings from the environment: what each form of COP_SMTP_URL means,
and a setting that cannot be read stops `make run` at set-up, saying which."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from cop_app.mail_settings import load, parse_smtp_url

ROOT = Path(__file__).resolve().parents[2]


def test_smtp_urls() -> None:
    assert parse_smtp_url("") is None
    plain = parse_smtp_url("smtp://mail.example.org")
    assert plain is not None
    assert (plain.host, plain.port, plain.use_tls, plain.username) == (
        "mail.example.org",
        587,
        False,
        "",
    )
    tls = parse_smtp_url("smtps://cop%40example.org:p%3Ass@mail.example.org")
    assert tls is not None
    assert (tls.port, tls.use_tls, tls.username, tls.password) == (
        465,
        True,
        "cop@example.org",
        "p:ss",
    )
    assert plain.start_tls is True  # required across a network
    local = parse_smtp_url("smtp://127.0.0.1:2525")
    assert local is not None and local.port == 2525
    assert local.start_tls is None  # this machine: whatever the server offers
    relay = parse_smtp_url("smtp://relay.internal:25?tls=none")
    assert relay is not None and relay.start_tls is False
    assert tls.start_tls is False  # TLS from the first byte already
    for bad in (
        "http://mail.example.org",
        "mail.example.org:25",
        "smtp://",
        "smtp://h:port",
        "smtp://h?tls=maybe",
    ):
        with pytest.raises(ValueError, match="COP_SMTP_URL"):
            parse_smtp_url(bad)


def test_defaults_and_the_from_address() -> None:
    settings = load({})
    assert settings.smtp is None and not settings.delivers
    assert settings.batch_window == timedelta(minutes=10)
    assert settings.from_domain == "localhost"
    mine = load(
        {
            "COP_SMTP_URL": "smtp://127.0.0.1:2525",
            "COP_MAIL_FROM": "Practice Commons <cop@example.org>",
            "COP_MAIL_BATCH_MINUTES": "0.5",
        }
    )
    assert mine.delivers and mine.from_domain == "example.org"
    assert mine.batch_window == timedelta(seconds=30)
    assert mine.lease > timedelta(seconds=30)  # longer than one SMTP exchange may take
    for bad in ("nobody", "Practice Commons <cop@example.org>\r\nBcc: x@evil.example"):
        with pytest.raises(ValueError, match="COP_MAIL_FROM"):
            load({"COP_MAIL_FROM": bad})


def test_setup_refuses_a_mistyped_smtp_url(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "REFLEX_DB_URL": f"sqlite:///{tmp_path / 'app.db'}",
        "COP_SMTP_URL": "http://mail.example.org",
        "COP_DEMO": "0",
    }
    done = subprocess.run(
        [sys.executable, "-m", "cop_app.manage", "setup"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 2
    assert "COP_SMTP_URL" in done.stderr
    assert not (tmp_path / "app.db").exists()  # stopped before touching anything
