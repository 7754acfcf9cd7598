"""Tests of cop_app/services/threads/."""
