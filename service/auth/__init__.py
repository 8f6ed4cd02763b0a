"""Authentication: JWT verification for Flask (tokens) and the caller's Identity (no Flask)."""
