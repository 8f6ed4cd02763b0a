"""Marks that end a clause between steps: list numbers, arrows, route commas and colons."""

import re

from nl_parser.lexicon import word_set
from nl_parser.verbs import KNOWN_VERBS

# "1) pull the bugs 2) summarise them 3) post …": numbered steps; each marker ends a clause.
# An arrow between steps ends one as a semicolon does, even before a step written as a noun
# ("new case received → extraction of shade → confirmation email back to the clinic").
# "(07:00 and 13:00) fetch …": after a clock time's colon the digits are its minutes, no marker.
_LIST_MARKER = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=:)(?<!\d:))\(?\d{1,2}\)(?=\s)")
# "fetch … >> #deckhands", "pull … » email …", "--> post …": a chevron or a longer arrow too.
# "laundromat // every 20 min // hit https://…": a double slash between spaces parts fields as
# an arrow does (a URL's slashes have no space either side), and so does a double colon
# ("Tue + Fri, 06:50 :: GET https://…"; a clock's colon has digits either side).
_ARROW = re.compile(r"(?<=\s)(?:-+>|=+>|>>|\u2192|\u00bb|//|::)(?=\s)")
# "negatives -> email duty@…, positives -> #route-setters": an item after a comma, then an
# arrow, opens a route of its own ("bug, feature or praise ->" lists, and stays one); so does one
# after a lone bar ("commercial policies → #desk | everything else → #general").
_ITEM_BEFORE_ARROW = re.compile(
    # "over 2,000 litres →": a comma between digits is the number's, and ends no route.
    r"(?:\||(?<!\d),|,(?!\d))(?=\s*(?![^,;]*\b(?:or|and)\b)[\w'-]+(?:\s+[\w'-]+){0,2}\s*"
    r"(?:-+>|=+>|>>|\u2192|\u00bb)\s)"
)


# "salesforce → today's closed-won deals": an arrow after a source alone points at the data read
# from it, within one step.
_BARE_SOURCE = re.compile(r"(?:the\s+)?(?:salesforce|sfdc|crm|https?://\S+)", re.IGNORECASE)
# "https://…/temps → if any vat > 24°C → …": a test after the source tests the data read, as
# "any" does; it is no part of what the source is asked for.
_TEST_AFTER_WORDS = (
    r"\s*(?:any(?:thing|one|body)?|if|unless|when(?:ever)?|only\s+(?:if|when)"
    r"|in\s+(?:case|the\s+event))\b"
)
_TEST_AFTER = re.compile(_TEST_AFTER_WORDS, re.IGNORECASE)
# "https://…/completed → extract job no. … → …": a verb after the source's arrow opens a step of
# its own, done to the data read; a word that also names data ("→ call logs") is left alone.
_WORD_AFTER = re.compile(r"\s*([A-Za-z][\w-]*)")
_DATA_NOUNS = word_set(
    "call check group hold log map message page pass post run set text total turn update"
)
_FIELD_END = re.compile(r"[;|,.:\n]\s|\s(?:-+>|=+>|>>|\u2192|\u00bb)\s")
# "salesforce → tues 08:05 → hire opps closing this week": once the schedule between them is
# read out, the source's arrow still points at the data after it, within one step.
_ARROW_ACROSS_SCHEDULE = re.compile(
    rf"(?<=\s)(?:-+>|=+>|>>|\u2192|\u00bb)\s+;(?!{_TEST_AFTER_WORDS})", re.IGNORECASE
)


def _step_ended(match: re.Match[str]) -> str:
    """Return ";" for an arrow between steps, or the arrow itself after a source alone."""
    # "Noon on Fridays: Salesforce →": a label's colon ends what came before the source too, and
    # so does an arrow ("tues 08:05 → salesforce → …").
    before = _FIELD_END.split(match.string[: match.start()])[-1].strip()
    # "https://…/delays → any train more than 20 min late → …": what "any" picks (or "if" tests)
    # is a test on the data, not the data the source is asked for.
    if (
        len(before) < 60
        and _BARE_SOURCE.fullmatch(before)
        and not _TEST_AFTER.match(match.string, match.end())
        and not _step_verb_after(match.string, match.end())
    ):
        return match.group()
    return ";" + " " * (len(match.group()) - 1)


def _step_verb_after(text: str, at: int) -> bool:
    """Tell whether the word at `at` is a step's verb written bare ("extract", "summarise")."""
    word = _WORD_AFTER.match(text, at)
    if word is None:
        return False
    verb = word.group(1).lower()
    return verb in KNOWN_VERBS and verb not in _DATA_NOUNS


# "the qa webhook": a place named by the webhook it is.
_WEBHOOK_NAMED = re.compile(r"\bweb-?hooks?\b", re.IGNORECASE)


def _route_ended(match: re.Match[str]) -> str:
    """Return ";" for a comma or bar that ends a route to a place ("… -> duty@…, positives ->")."""
    kept = match.group()
    if kept == "|" and match.string.count("|") > 1:
        return kept  # "Firm | new booking | … | anything else →": bars between fields, read later
    # "05:30 & 13:30 daily, Athens time >>": a comma inside the schedule ends no route.
    before = re.split(r"[;\u2192\u00bb]|-+>|=+>|>>", match.string[: match.start()])[-1]
    if "#" in before or "@" in before or "://" in before:
        return ";"
    # "bugs to the qa webhook, all other labels → #misc": a webhook named is a place reached too.
    return ";" if _WEBHOOK_NAMED.search(before) else kept


# "…; anything over -10 C: page the duty webhook": a colon after a measured test ends it as an
# arrow does (a colon after a heading or a clock time is left alone); so does one after a bound
# told after its number ("Level 3 or higher: post …", "25 mph or more: …"), and one after what the
# number measures ("hotels with over 200 kg of linen due back: email those …").
_COMPARED_COLON = re.compile(
    r"(\b(?:over|above|under|below|exceeding|past|beyond|(?:more|less|fewer|greater|lower|higher)"
    r"\s+than|at\s+least|at\s+most|>=?|<=?)\s*[-\u2212]?\$?\d[\d,.]*\s*(?:%|\u00b0?\s*[a-z/]{1,8})?"
    r"(?:\s+[a-z]+){0,6}?"
    r"|\$?\d[\d,.]*\s*(?:%|\u00b0?\s*[a-z/]{1,8})?\s+or\s+"
    r"(?:higher|more|above|over|greater|lower|less|below|under|fewer))\s*:(?=\s)",
    re.IGNORECASE,
)

# "Sort each email into renewals, lost property or event questions: lost property goes to …":
# a colon closing the classes a sort names ends the sort, as a semicolon would, so the classes
# stay one list and the routes after it are read as steps of their own.
_SORTED_COLON = re.compile(
    r"(\b(?:sort|classify|triage|categori[sz]e|split|bucket|tag|label|group)(?:s|ed|ing)?\b"
    r"[^:;.!?\n]*?\s(?:into|as)\s[^:;.!?\n]*?\s(?:or|and)\s[^:;.!?\n]*?)\s*:(?=\s)",
    re.IGNORECASE,
)

# "Emergencies: text the dentist. Anything else: drop it in #reception": a colon after the
# remainder named alone ends it as an arrow does, so it hands the step after it the other branch.
_OTHER_BRANCH_COLON = re.compile(
    r"(?:^|(?<=[.;,!?\n]\s)|(?<=\n))(\W*(?:(?:any|every)thing\s+else|the\s+rest|"
    r"(?:all\s+)?the\s+others|all\s+others|(?:all|any|every)\s+other\s+[\w-]+))\s*:(?=\s)",
    re.IGNORECASE,
)


def arrows_as_clause_ends(text: str) -> str:
    """Read list numbers, and arrows or route commas between steps, as ends of clauses."""
    text = _LIST_MARKER.sub(lambda m: "," + " " * (len(m.group()) - 1), text)
    if ">" in text or "\u2192" in text or "\u00bb" in text:
        text = _ITEM_BEFORE_ARROW.sub(_route_ended, text)
    return _ARROW.sub(_step_ended, text)


def colons_as_clause_ends(text: str) -> str:
    """Read a colon after a measured test, a sort's classes or the other branch as ";"."""
    if ":" in text:
        text = _COMPARED_COLON.sub(lambda m: m.group(1) + ";", text)
        if " into " in text or " as " in text:
            text = _SORTED_COLON.sub(lambda m: m.group(1) + ";", text)
        if "else:" in text or "rest:" in text or "others:" in text or " other " in text:
            text = _OTHER_BRANCH_COLON.sub(lambda m: m.group(1) + ";", text)
    return text


def arrow_across_schedule_kept(masked: str) -> str:
    """Keep a source's arrow pointing at its data once the schedule between them is read out."""
    return _ARROW_ACROSS_SCHEDULE.sub(lambda m: m.group()[:-1] + " ", masked)
