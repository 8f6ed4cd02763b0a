"""Numbered, forward-only schema changes: NNNN_name.py modules exposing statements(dialect)."""
