"""A memo's header ("MEMORANDUM.", "Subject: fermentation monitoring.") names no step.

The kind of document alone before its full stop, and a subject line naming only what the memo
is about (a few nouns, maybe who sends it), head the request as a title does. A subject line that
asks for something ("Re: email the rota every Monday"), names a place a step reaches (a URL, an
address, a #channel) or says when (a number, a day, "daily") is left for the grammars.
"""

import re

from nl_parser.calendar_words import DAY, MONTH
from nl_parser.lexicon import blank_span
from nl_parser.schedule import parse_schedule
from nl_parser.verbs import main_verb

# The kinds of document a request may be written as (also `asides`' headings).
DOCUMENT_KIND = r"(?:memo(?:randum)?|notice|circular|bulletin|announcement)"
# "MEMORANDUM.", "Memo." at the start: the kind of document and nothing else in its sentence.
_KIND_ALONE = re.compile(
    rf"^\s*(?:internal\s+)?{DOCUMENT_KIND}[ \t]*(?:\.|\n)",
    re.IGNORECASE,
)
# "Subject: fermentation monitoring, Copperkettle Brewing Co.", "Re: transcript requests.": the
# field's label, then its topic up to the sentence's end; so are whom the memo is addressed to
# and who sends it ("To: Warehouse team.", "From: Operations Manager, Kestrel Valley Distillery.").
_SUBJECT_LINE = re.compile(
    r"^\s*(?:subject|re|regarding|topic|to|from|cc|attn)[ \t]*:"
    r"[ \t]*(?P<topic>[^.:;!?\n]{1,90}?)[ \t]*(?:\.|\n)",
    re.IGNORECASE,
)
# "Subject: Daily cask humidity check." names the check by how often it runs; when the text
# after it says when, the cadence is the subject's word only ("Re: daily rota email" alone stays).
_CADENCE_ONLY = re.compile(
    r"^[^\d@#/]*\b(?:daily|weekly|monthly|hourly|nightly)\b(?![^\d@#/]*\b(?:if|when|whenever|unless"
    r"|once|please|every|each)\b)[^\d@#/]*$",
    re.IGNORECASE,
)
_TOPIC_SAYS_MORE = re.compile(
    rf"[\d@#/]|{DAY}|{MONTH}|\b(?:every|each|daily|weekly|monthly|hourly|nightly|yearly|annually"
    r"|if|when|whenever|unless|once|please)\b",
    re.IGNORECASE,
)
# What a document's kind may open with, for the cheap tests before the patterns (`asides` too).
DOCUMENT_KIND_OPENINGS = ("memo", "notice", "circular", "bulletin", "announcement", "internal")
_HEADER_OPENINGS = (
    *DOCUMENT_KIND_OPENINGS,
    *("subject", "re", "regarding", "topic", "to", "from", "cc", "attn"),
)


def blank_memo_header(text: str) -> str:
    """Blank "MEMORANDUM." and "Subject: …" opening the text (same length back)."""
    if not text.lstrip()[:12].lower().startswith(_HEADER_OPENINGS):  # the cheap test first
        return text
    while True:
        kind = _KIND_ALONE.match(text)
        if kind:
            text = blank_span(text, kind.span())
            continue
        line = _SUBJECT_LINE.match(text)
        if (
            line is None
            or main_verb(line["topic"])
            or _says_more(line["topic"], text[line.end() :])
        ):
            return text
        text = blank_span(text, line.span())


def _says_more(topic: str, rest: str) -> bool:
    """Tell whether a header line's topic says more than what the memo is about."""
    if not _TOPIC_SAYS_MORE.search(topic):
        return False
    # "Daily cask humidity check" before "… at 05:40 every day": the body says when itself.
    return not (_CADENCE_ONLY.match(topic) and parse_schedule(rest).spans)
