"""Reaching people: watching levels, the outbox of things to tell, the fan-out
worker that turns them into notifications, and the notifications themselves.
Mail, digests and routing come here next."""
