"""Community health: the metrics (``metrics``), the live report they feed
(``livehealth``), the building-block scorecard, the dashboard and its charts,
and the overview of all communities (``overview``). The verdict words they
share live in ``verdicts``."""
