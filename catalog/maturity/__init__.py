"""Judgement: maturity rules over the typed evidence, and scoring a site's evidence per OZG-Leistung."""
