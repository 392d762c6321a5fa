"""Storing screenings: runs, their sites, evidence and results; judging stored runs again."""
