"""Cron schedules: models, the service, cron semantics, missed-slot policies, the dispatcher."""
