"""Turn plain-English instructions into workflow definitions (a pure library)."""
