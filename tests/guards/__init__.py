"""Tests of cop_app/services/guards/."""
