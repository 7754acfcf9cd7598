"""Accounts: signing in and out, sessions and remembered devices (``auth``),
password hashing and strength (``passwords``), and each member's profile and
expertise (``profiles``)."""
