"""Matching texts from municipal websites to OZG-Leistungen: German normalisation, index, scorer."""
