"""Deterministic demo data (the generator moved into this package; split next)."""

from cop_app.demo.vocab import (
    ADMIN_EMAIL,
    DEMO_PASSWORD,
    LEAD_EMAIL,
    MEMBER_EMAIL,
    CommunitySummary,
    DemoDataExistsError,
    DemoSummary,
    generate,
    main,
)

__all__ = [
    "ADMIN_EMAIL",
    "DEMO_PASSWORD",
    "LEAD_EMAIL",
    "MEMBER_EMAIL",
    "CommunitySummary",
    "DemoDataExistsError",
    "DemoSummary",
    "generate",
    "main",
]
