"""Database: engine and sessions, the ORM models, idempotent loading of rows."""
