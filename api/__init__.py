"""Read-only REST API for analysts: runs, screenings with evidence, municipalities, catalog search."""
