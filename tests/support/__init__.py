"""Real local peers and processes the tests run against."""
