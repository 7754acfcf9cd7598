"""Tests of cop_app/services/health/."""
