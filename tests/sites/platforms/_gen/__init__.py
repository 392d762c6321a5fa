"""Modules that write the platform fixture sites; run ../_generate.py."""
