"""Domain core of ozg-screening: settings, database, OZG catalog, registry, recognition and maturity."""

__version__ = "0.1.0"
