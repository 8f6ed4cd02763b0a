"""End-to-end tests: real consumer processes executing runs on a real Redis and database."""
