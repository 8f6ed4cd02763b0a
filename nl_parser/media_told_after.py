"""A medium told in a sentence of its own after the request: "…? Sundays at 19:00, by email."

People ask for the thing first and say how it should reach them last, often after the schedule
("Could the section leaders get a roundup of …? Sundays at 19:00, by email.", "Can the drivers
have a list of tomorrow's drops? Every evening at 6. Via Slack."). The fragment left once the
schedule is read names only the medium; it belongs to the request before it, which alone
names no medium. So does a bare "use the sms webhook" told after a source between ("can u text
tmrw's clients a reminder? appointments are at https://…, just use the sms webhook"): it says
how the earlier delivery goes, and adds no step.
"""

import re
from dataclasses import replace

from nl_parser.clause_pieces import Clause

# A courtesy closing the clause ("… please", "… ta"), spelled once for the shapes below.
_COURTESY = r"(?:\s+(?:please|pls|thanks|ta))?"
# "by email", "via Slack", "over e-mail please": a medium alone, the whole clause.
_MEDIUM_ALONE = re.compile(
    r"^\W*(?:by|via|over|through|on)\s+(?P<medium>e-?mail|slack)"
    rf"{_COURTESY}\W*$",
    re.IGNORECASE,
)
# "just use the sms webhook", "use email for it pls": the medium to use, named alone after the
# request, with nothing to send or do of its own.
# Said as a clause of its own, or after a comma ends the last one ("…, just use email").
_MEDIUM_USED = re.compile(
    # "… is late by over 45 minutes — use the SMS webhook": or after a dash.
    r"(?:^|[,;\u2013\u2014]|\s-\s)\W*(?:just\s+|simply\s+|and\s+)?(?:use|go\s+(?:through|via))\s+"
    r"(?P<medium>(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?webhook|e-?mail|slack)"
    rf"(?:\s+for\s+(?:it|them|that|this|those))?{_COURTESY}\W*$",
    re.IGNORECASE,
)
# "sms webhook's fine", "email is fine by me", "Slack works": the medium allowed, named alone
# after the request, says how it goes as "use …" does.
_MEDIUM_ALLOWED = re.compile(
    r"(?:^|[,;])\W*(?:(?:an?|the|our)\s+)?"
    r"(?P<medium>(?:[\w-]+\s+){0,2}?webhook|e-?mail|slack)\s*"
    r"(?:['\u2019]s|is|would\s+be|will\s+do|works|does\s+it)(?:\s+(?:fine|ok|okay|good|great))?"
    rf"(?:\s+(?:by|with)\s+(?:me|us))?{_COURTESY}\W*$",
    re.IGNORECASE,
)
_ALLOWING_WORDS = ("fine", " ok", "okay", " good", "great", " works", " will do", " does it")
# "… bookings from https://…": the place read from is no place sent to.
_SOURCE_PLACE = re.compile(r"\b(?:from|at)\s+https?://\S+", re.IGNORECASE)
# A request that sends to no place yet: a verb of sending, and no address, channel or medium.
_SENDS = re.compile(
    r"\b(?:text|sms|message|remind|notify|alert|ping|tell|send|shoot|warn|nudge|let\s+\w+\s+know)",
    re.IGNORECASE,
)
_NAMES_A_PLACE = re.compile(r"[#@]|://|\b(?:e-?mail|slack|webhook)", re.IGNORECASE)
# What names a medium or a place already: the request has one, so the fragment is something else.
_NAMES_A_MEDIUM = re.compile(r"[#@]|\b(?:e-?mail|slack|sms|text|webhook|dm|message)", re.IGNORECASE)


def fold_media_told_after(clauses: list[Clause]) -> tuple[list[Clause], list[tuple[int, int]]]:
    """Join a medium told alone in a later sentence to the request before it; return its span."""
    if len(clauses) < 2:
        return clauses, []
    # The cheap test first: most texts have no clause opening on one of these words.
    if not any(
        c.text.lstrip(" ,;-").lower().startswith(("by ", "via ", "over ", "through ", "on "))
        for c in clauses[1:]
    ):
        return _fold_media_used(clauses)
    folded: list[Clause] = []
    spans: list[tuple[int, int]] = []
    for clause in clauses:
        told = _MEDIUM_ALONE.match(clause.text)
        before = folded[-1] if folded else None
        if (
            told is None
            or before is None
            or before.conditional
            or before.sentence == clause.sentence
            or _NAMES_A_MEDIUM.search(before.text)
        ):
            folded.append(clause)
            continue
        # Read with the request; the fragment's own words are read too.
        joined = f"{before.text.rstrip(' ?.!')} by {told['medium']}"
        folded[-1] = replace(before, text=joined)
        spans.append((clause.start, clause.end))
    return folded, spans


def _fold_media_used(clauses: list[Clause]) -> tuple[list[Clause], list[tuple[int, int]]]:
    """Join "use the sms webhook", told alone in a later sentence, to the request it tells of."""
    last = clauses[-1]
    lowered = f" {last.text.lower()}"
    if "use " in lowered or " go " in lowered:  # the cheap test first: the fragment is said last
        told = _MEDIUM_USED.search(last.text)
    elif any(word in lowered for word in _ALLOWING_WORDS):
        told = _MEDIUM_ALLOWED.search(last.text)
    else:
        return clauses, []
    if told is None:
        return clauses, []
    # "… and text them a reminder, use the sms webhook": the fragment may trail the request it
    # tells of in the same sentence, right after it.
    at = next(
        (
            i
            for i in range(len(clauses) - 2, -1, -1)
            if (_told_apart(clauses[i], last) or i == len(clauses) - 2)
            and _SENDS.search(clauses[i].text)
        ),
        None,
    )
    if (
        at is None
        or clauses[at].conditional
        or _NAMES_A_PLACE.search(_SOURCE_PLACE.sub(" ", clauses[at].text))
    ):
        return clauses, []
    medium = told["medium"]
    means = "through" if medium.lower().endswith("webhook") else "by"
    request = clauses[at]
    folded = list(clauses[:-1])
    folded[at] = replace(request, text=f"{request.text.rstrip(' ?.!')} {means} {medium}")
    if told.start() > 0:  # "sessions are at https://…, just use email": the source stays
        folded.append(replace(last, text=last.text[: told.start()]))
    return folded, [(last.start + told.start(), last.end)]


def _told_apart(request: Clause, fragment: Clause) -> bool:
    """Tell whether `fragment` is said apart from `request`: a later sentence, or after a dash."""
    # "… bookings from https://… — sms webhook's fine": a dash sets the medium apart as well.
    return request.sentence < fragment.sentence or request.text.rstrip().endswith(
        ("\u2014", "\u2013", " -")
    )
