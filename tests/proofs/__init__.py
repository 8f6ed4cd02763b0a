"""Proofs: schema fuzzing and attack cases against the live app."""
