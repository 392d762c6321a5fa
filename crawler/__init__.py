"""Fetching side of ozg-screening: spider, link and form extraction, rendering, evidence pipeline, runs."""
