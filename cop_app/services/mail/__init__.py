"""Mail: the outbox, composing, sending, preferences and account links."""
