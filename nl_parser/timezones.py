"""Find a time-zone word in an instruction and name its IANA zone.

Abbreviations are matched only in capitals ("PT", "CET") so that ordinary words are never read
as zones; North-American abbreviations name the zone that observes daylight saving, since people
write "EST" all year round. "UTC+2" style offsets map to the fixed `Etc/GMT-2` zones.
"""

import re
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from nl_parser.lexicon import alternation

ABBREVIATIONS = {
    "UTC": "UTC",
    "GMT": "UTC",
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "CT": "America/Chicago",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "MT": "America/Denver",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "PT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "CET": "Europe/Berlin",
    "CEST": "Europe/Berlin",
    "EET": "Europe/Athens",
    "WET": "Europe/Lisbon",
    "BST": "Europe/London",
    "IST": "Asia/Kolkata",
    "JST": "Asia/Tokyo",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
}

REGION_WORDS = {
    "eastern": "America/New_York",
    "central": "America/Chicago",
    "mountain": "America/Denver",
    "pacific": "America/Los_Angeles",
    "central european": "Europe/Berlin",
}

CITY_ZONES = {
    "new york": "America/New_York",
    "chicago": "America/Chicago",
    "denver": "America/Denver",
    "los angeles": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "london": "Europe/London",
    "paris": "Europe/Paris",
    "berlin": "Europe/Berlin",
    "amsterdam": "Europe/Amsterdam",
    "madrid": "Europe/Madrid",
    "tokyo": "Asia/Tokyo",
    "singapore": "Asia/Singapore",
    "sydney": "Australia/Sydney",
    "mumbai": "Asia/Kolkata",
    "toronto": "America/Toronto",
}

_IANA = re.compile(r"\b(?:[A-Z][A-Za-z_]+/)+[A-Z][A-Za-z_+-]*[A-Za-z]\b")
_OFFSET = re.compile(r"\b(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::00)?\b")
_ABBREVIATION = re.compile(
    r"\b(?:in\s+)?((?i:utc|gmt)|" + alternation(ABBREVIATIONS) + r")\b(?:\s+time\b)?"
)
_REGION = re.compile(
    r"\b(?:in\s+)?(?:(eastern|central european|central|mountain|pacific)"
    r"(?:\s+(?:standard|daylight))?\s+time"
    r"|(?-i:(Eastern|Central|Mountain|Pacific)))\b",
    re.IGNORECASE,
)
_CITY = re.compile(
    r"\b(" + alternation(CITY_ZONES) + r")\s+time\b",
    re.IGNORECASE,
)

# "Athens time", "Mexico City time": any city a zone is named after, written as a proper noun
# (capitalised, so "wake time" or "lead time" is never a zone). "time" is looked for first.
_ANY_CITY = re.compile(r"\b([A-Z][a-z]+(?:[ _][A-Z][a-z]+){0,2})\s+time\b")
_REGIONS = ("Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")


@lru_cache(maxsize=1)
def _zones_by_city() -> dict[str, str]:
    """Map each zone's city ("athens", "mexico city") to its zone, built once when first asked."""
    zones: dict[str, str] = {}
    for zone in sorted(available_timezones()):
        region, _, city = zone.partition("/")
        if region in _REGIONS and city and "/" not in city:
            zones.setdefault(city.replace("_", " ").lower(), zone)
    return zones


def _city_zone(text: str) -> tuple[str, tuple[int, int]] | None:
    if " time" not in text:
        return None
    for match in _ANY_CITY.finditer(text):
        zone = _zones_by_city().get(match.group(1).replace("_", " ").lower())
        if zone:
            return zone, match.span()
    return None


@lru_cache(maxsize=512)
def is_iana(name: str) -> bool:
    """Tell whether `name` is a zone that zoneinfo knows."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def find_zone(text: str) -> tuple[str, tuple[int, int]] | None:
    """Return the IANA zone named in `text` and the span that named it, or None."""
    for match in _IANA.finditer(text):
        if is_iana(match.group()):
            return match.group(), match.span()
    match = _OFFSET.search(text)
    if match:
        hours = int(match.group(2))
        # Etc/GMT zones carry the POSIX sign: UTC+2 is Etc/GMT-2.
        sign = "-" if match.group(1) == "+" else "+"
        zone = "UTC" if hours == 0 else f"Etc/GMT{sign}{hours}"
        if is_iana(zone):
            return zone, match.span()
    match = _ABBREVIATION.search(text)
    if match:
        return ABBREVIATIONS[match.group(1).upper()], match.span()
    match = _REGION.search(text)
    if match:
        word = (match.group(1) or match.group(2)).lower()
        return REGION_WORDS[word], match.span()
    match = _CITY.search(text)
    if match:
        return CITY_ZONES[match.group(1).lower()], match.span()
    return _city_zone(text)
