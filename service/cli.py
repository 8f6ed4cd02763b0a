"""Command-line tools: `flask --app wsgi migrate` and `flask --app wsgi create-token`."""

import click


def init_app(app):
    """Register the CLI commands on the app."""

    @app.cli.command("migrate")
    def migrate_command():
        """Apply pending database migrations (safe to run twice)."""
        from service.migrate import apply_migrations

        applied = apply_migrations()
        click.echo(f"applied: {', '.join(applied)}" if applied else "database is up to date")

    @app.cli.command("create-token")
    @click.option("--customer-id", required=True, help="Tenant id (the customer_id claim).")
    @click.option("--user-id", required=True, help="User id (the sub claim).")
    @click.option("--expires-in", default=3600, show_default=True, type=click.IntRange(1))
    def create_token_command(customer_id, user_id, expires_in):
        """Print a signed access token for a tenant user."""
        from service.auth.tokens import issue_token

        click.echo(issue_token(customer_id=customer_id, user_id=user_id, expires_in=expires_in))
