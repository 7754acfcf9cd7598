"""The words a figure is judged with, shared by the dashboard, the scorecard and
the overview (one small module both import, so neither imports the other for
them). ``NONE``: not judged (no target, or not enough data)."""

GOOD, WATCH, POOR, NONE = "good", "watch", "poor", ""
