"""The product's rules, one package per capability; pages and states call in here.

Every function that changes data is named ``do_*``, takes the caller's session
and never commits (the caller owns the transaction, ``db.session_scope``); what
must happen only once the change is saved goes through ``db.on_commit``.

- ``guards/``      what every write passes: who may (authz), how often (ratelimit),
                   which text is accepted (text)
- ``accounts/``    sign-in and sessions, passwords, member profiles
- ``communities/`` communities and membership, focus-area catalogue and
                   configuration, join requests, onboarding and matching,
                   browsing, site administration
- ``threads/``     threads and posts, the live thread feed, search, the help desk
- ``health/``      metrics, the live health report, scorecard, dashboard,
                   charts, the all-communities overview

Rooms kept for what comes next (see ARCHITECTURE.md): ``reach/`` (notifications,
the outbox, mail and digests), ``people/`` (directory, private conversations,
flags and review), ``library/`` (files and their versions), ``events/``,
``surveys/``, and sign-in with an identity provider in ``accounts/``.
"""
