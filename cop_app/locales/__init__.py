"""Message catalogues, one module per language (``MESSAGES`` dicts)."""
