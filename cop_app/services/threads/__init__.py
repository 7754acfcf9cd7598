"""Threads: questions, discussions, help-desk requests and knowledge items and
their posts (``threads``), the live feed of a thread page (``threadfeed``),
full-text search (``search``) and the help-desk queue (``helpdesk``)."""
