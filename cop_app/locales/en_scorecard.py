"""English: scorecard texts (merged into en.MESSAGES)."""

MESSAGES: dict[str, str] = {}
