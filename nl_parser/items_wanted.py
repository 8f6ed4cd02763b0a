"""The items a need names, fetched by the step after it: "I need a summary of X — pull them, …".

"I need a one-off summary of the wholesale accounts in Salesforce that haven't reordered since
March — pull them, summarise them and post it in #trade-team": the need says what is wanted and
of which items; the steps after the dash (or colon) make it, and their "pull them" fetches those
items. Read as "pull <the items>, summarise them and post it …", the summary is made once and the
source the need names is the fetch's. Only where the steps after it make the summary again: "I
need a summary of signups: post it to #growth" is the need making it.
"""

import re

# Things made to sum the items up.
_SUMMED_UP = r"(?:summary|digest|recap|report|rundown|overview|round-?up|wrap-?up|breakdown)"
_NEED_THEN_FETCH = re.compile(
    r"^\W*(?:i|we)(?:\s+(?:really\s+|just\s+)?(?:need|want|would\s+like)|['\u2019]d\s+like)\s+"
    rf"(?:an?|one)\s+(?:[\w-]+\s+){{0,2}}?{_SUMMED_UP}\s+(?:of|on)\s+"
    r"(?P<items>[^:.!?;\u2013\u2014]{3,160}?)\s*(?::|[\u2013\u2014]|\s-)\s*"
    r"(?P<verb>pull|fetch|get|grab|query|export|look\s+up)\s+(?:them|those|these)\b"
    r"(?=\s*(?:,|and\b))",
    re.IGNORECASE,
)
# A verb that makes the summary again, after the fetch.
_MADE_AGAIN = re.compile(
    r"\b(?:summari[sz]e|recap|sum\s+(?:them|it|those)\s+up|write\s+(?:them|it|that|those)\s+up"
    r"|put\s+(?:it|together)|digest)\b",
    re.IGNORECASE,
)


def fetch_items_wanted(text: str) -> str:
    """Read "I need a summary of X — pull them, summarise them …" as "pull X, summarise them …"."""
    if "them" not in text and "those" not in text and "these" not in text:
        return text  # the cheap test first
    need = _NEED_THEN_FETCH.match(text)
    if need is None or not _MADE_AGAIN.search(text, need.end()):
        return text
    opening = text[: need.start("items")]
    # Same length back: the verb moves to the items, and the dash and its pronoun are blank.
    return (
        need["verb"].ljust(len(opening))
        + need["items"]
        + " " * (need.end() - need.end("items"))
        + text[need.end() :]
    )
