"""What the steps watch, said first as a heading: "Keep an eye on the ice at Glacier Arena: …".

A sentence or heading of watching that names no source ("Keep tabs on the freezers:", "Monitor
the river level —") before steps that fetch from one says what those steps are for: left in,
"keep" reads as a pick of fields, or "monitor" as a second fetch of nothing named.
"""

import re

from nl_parser import destinations as dest
from nl_parser.lexicon import blank_span

# "keep an eye on", "keep a close eye on", "keep tabs on", "keep watch over", "monitor", "watch
# over": the watching, then what is watched, then the colon, dash or stop that ends the heading.
_WATCH_HEADING = re.compile(
    r"^\s*(?:please\s+)?"
    r"(?:keep\s+(?:an?\s+(?:close\s+|careful\s+|watchful\s+|beady\s+)?eye|(?:close\s+)?tabs"
    r"|(?:a\s+(?:close\s+)?)?watch)\s+(?:on|over)|monitor|watch\s+over)\s+"
    r"(?P<watched>[^:.!?;\n#@/\u2013\u2014]{1,80}?)\s*(?::|\s[\u2013\u2014-]|\.)(?=\s)",
    re.IGNORECASE,
)


def blank_watch_heading(text: str) -> str:
    """Blank "Keep an eye on X:" heading steps that fetch X from a source they name."""
    opening = text.lstrip()[:9].lower()
    if not opening.startswith(("keep", "monitor", "watch", "please")):
        return text  # the cheap test first: most texts open on something else
    heading = _WATCH_HEADING.match(text)
    if heading is None or dest.SOURCE.search(heading["watched"]):
        return text
    rest = text[heading.end() :]
    # "Keep an eye on the queue: post it in #ops hourly" names no source: the watching is the
    # fetch there, so it stays.
    if "//" not in rest and "salesforce" not in rest.lower() and not dest.SOURCE.search(rest):
        return text
    return blank_span(text, heading.span())
