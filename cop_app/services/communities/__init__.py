"""Communities: creating them and joining (``communities``), the focus-area
catalogue (``catalogue``) and each community's configuration
(``community_admin``), join requests, the onboarding wizard and its matching,
what the browse pages read (``browse``) and site administration (``admin``)."""
