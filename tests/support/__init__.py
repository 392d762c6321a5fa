"""Real servers and helpers for the tests: PostgreSQL, the local web, the CLI as a subprocess."""
