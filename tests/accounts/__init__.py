"""Tests of cop_app/services/accounts/."""
