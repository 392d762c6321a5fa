"""Exports for analysts: long and matrix CSV in two dialects, and one XLSX workbook (docs/exports.md)."""
