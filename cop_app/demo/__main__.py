"""``python -m cop_app.demo``: load the demo data (see :func:`cop_app.demo.main`)."""

from cop_app.demo import main

raise SystemExit(main())
