"""The one clock and the one timestamp format (UTC, milliseconds, Z)."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Return the current UTC time as a naive datetime (how the database stores it)."""
    return datetime.now(UTC).replace(tzinfo=None)


def isoformat(moment: datetime | None) -> str | None:
    """Format a UTC datetime as 2026-03-19T18:00:00.000Z (None stays None)."""
    if moment is None:
        return None
    if isinstance(moment, str):  # SQLite may hand back text for computed columns
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
