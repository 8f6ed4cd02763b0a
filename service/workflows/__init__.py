"""Workflow definitions: models, the service that writes them, routes and schemas."""
