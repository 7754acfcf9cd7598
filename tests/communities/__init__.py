"""Tests of cop_app/services/communities/."""
