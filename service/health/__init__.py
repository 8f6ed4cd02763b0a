"""The health probe: is the database there, is Redis there."""
