"""Distributed runs: workers take whole municipalities from a Redis broker (dramatiq) and store into PostgreSQL."""
