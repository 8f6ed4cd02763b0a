"""Workflow schedules: cron expressions in a time zone, fired by the worker's dispatcher."""
