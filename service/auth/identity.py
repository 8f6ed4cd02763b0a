"""Who is calling: a plain value that service code takes, with no Flask in it."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Identity:
    """Who is calling: the tenant and the user within it."""

    customer_id: str
    user_id: str
