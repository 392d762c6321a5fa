"""Analysts correct results: the review queue, decisions, lasting overrides, synonym suggestions."""
