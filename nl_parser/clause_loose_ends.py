"""Loose ends inside one clause: words its steps do not account for.

`loose_ends.py` looks at the whole parse (places no step reaches, schedule words left, shapes no
right parse has had); this module reads each clause on its own: a step verb written as a verb
with no step of its kind, a negation, comparison or number in a clause that made no test, a
word that may pick a subset of what is delivered, a wait written inside the clause, and a bare
plural object the fetch did not name ("flag detractors").
"""

import re
from collections.abc import Iterable
from typing import Protocol

from nl_parser import verbs
from nl_parser.agents import BRACKETED_CLASSES, LABELS
from nl_parser.calendar_words import COUNTED_SPAN
from nl_parser.catalog import CATALOG
from nl_parser.clause_pieces import Clause
from nl_parser.filters import (
    FILTER_ADJECTIVES,
    NOT_FILTERS,
    NOUN_ING,
    WORK_GROUPS,
    adjectives_of_one_thing_told,
    gerund_names_a_kind,
    looks_plural,
    named_by_a_period,
    reached_at_an_address,
)
from nl_parser.lexicon import FIELDS_OF_EACH, NUMBER_WORDS, STOPWORDS, TOKEN_RE, blank_all, word_set
from nl_parser.message_content import QUOTATION, QUOTED_CHAR, content_start
from nl_parser.qualifiers import find_qualifier
from nl_parser.step_verbs import DONE_TO_THE_DATA
from nl_parser.waits import AFTER_THAT, DURATION


class Reading(Protocol):
    """One clause and the steps read from it (loose_ends.ClauseReading; a Protocol, as
    loose_ends imports this module)."""

    clause: Clause
    steps: list
    event: bool


_I = re.IGNORECASE
_FETCHES = frozenset({"http.request", "salesforce.query"})
_DELIVERIES = frozenset({"email.send", "slack.post_message", "webhook.post"})
# "build a report on the open quotes in Salesforce nobody has touched for 10 days": a thing made
# of what its own clause fetched takes the fetch's filter, which is the query's as before.
_MADE_OF_FETCHED = frozenset({"generate_report", "summarize"})
_AGENTS = frozenset(CATALOG["agent"])
_GUARDED = frozenset({"check_status", "evaluate", "wait", "wait_for_signal", "pick"})
_STEP_VERBS = (
    verbs.DELIVER | verbs.CREATE | verbs.SUMMARIZE | verbs.CLASSIFY | verbs.EXTRACT | verbs.DELAY
) - {"make", "put", "build", "post", "hold", "drop", "page", "text", "tag", "label", "share"}
# "passes 80", "the route", "a hand": words of handing over are nouns or thresholds as often.
_STEP_VERBS -= verbs.HAND_OVER
_AGENT_VERBS = verbs.CREATE | verbs.SUMMARIZE | verbs.CLASSIFY | verbs.EXTRACT
_DETERMINERS = word_set(
    "a an the this that these those each every our their its your my any some no one"
)
_TESTS = word_set(
    """
    not no without than except excluding skipping ignoring omitting never isn't aren't wasn't
    weren't hasn't haven't doesn't don't didn't won't
    """
)
_OBJECT_FOLLOWS = frozenset(_DETERMINERS | {"them", "it", "him", "her", "us", "me", "out", "up"})

# "after a week", "two days later": a wait written inside a clause ("email them a welcome note and,
# after a week, a tips email").
_LATER = re.compile(
    rf"\bafter\s+{DURATION.pattern}|{DURATION.pattern}\s+{AFTER_THAT}\b",
    _I,
)
_RANKING = re.compile(r"\b(?:top|bottom|first|last)\s+\d+\s+(?:[\w-]+ing\s+)?", _I)
# "the digest from the last seven days", "the past 24 hours' incidents", "the last 30 days of
# orders": a counted span the data is from, no test; "no activity in the last 14 days" still
# tests.
_DATED_BY_A_COUNTED_SPAN = re.compile(
    rf"\b(?:from|for|of|over|covering|during)\s+{COUNTED_SPAN}\b"
    rf"|\b{COUNTED_SPAN}(?:['\u2019]s?(?=\s)|\s+of\b)",
    _I,
)
_SPAN_WORDS = ("last ", "past ", "previous ", "prior ")


QUOTED = re.compile(rf"(?<![\w'])['\"\u2018\u201c]({QUOTED_CHAR}{{2,40}})['\"\u2019\u201d](?!\w)")


# Words that may open a delivered object without making it a bare noun ("post updates to …");
# what a step made of the data ("email the summaries to …") is all of it, no subset.
_NOT_BARE = word_set(
    """
    them it him her us me everyone everybody anyone anything everything all both
    to in on at via by about with for from into out over back along new latest fresh recent
    last next yesterday today tonight
    reminders messages notes notifications alerts updates nudges emails texts
    summaries digests recaps roundups rundowns
    """
)
_MEASURES = FIELDS_OF_EACH | word_set(
    """
    numbers figures totals counts rates stats statistics metrics results values readings scores
    prices amounts balances data details records rows entries items
    """
)


def bare_subset(reading: Reading, collected: str) -> Iterable[str]:
    """Yield a bare plural object the fetch did not name ("flag detractors in #cx-alerts")."""
    made = {s.action for s in reading.steps}
    if reading.event or reading.clause.conditional or not made & _DELIVERIES or made - _DELIVERIES:
        return
    main = verbs.main_verb(reading.clause.text)
    words = reading.clause.text[main[1] :].split() if main else []
    if words[:1] == ["the"] and words[2:3] in (["to"], ["in"], ["on"], []):
        # "send the detractors to #cx": a kind named with only "the"; but "the numbers", "the
        # results" name what was fetched by what it measures, the whole of it.
        words = [] if words[1:2] and words[1].lower() in _MEASURES else words[1:]
    word = words[0].lower().strip(",.;:") if words else ""
    if (
        len(word) < 4
        or not word.isalpha()
        or not word.endswith("s")
        or word in _DETERMINERS
        or word in _NOT_BARE
        or word in STOPWORDS
        or word.rstrip("s")[:5] in collected
    ):
        return
    # A kind of item the fetch did not name, with no determiner: a subset ("detractors",
    # "bugs", "leads from Germany") more often than the whole.
    yield f"'{words[0]}' may name a subset of what was fetched, but nothing filters it"


def clause_ends(reading: Reading, *, guarded: bool) -> Iterable[str]:
    clause = reading.clause
    if reading.event:
        if clause.conditional in ("if", "unless", "only if", "in case"):
            yield f"'{short(clause.text)}' was read as an event, not as a test"
        return
    if clause.conditional or not reading.steps:
        return
    text = blank_all(QUOTED, clause.text)
    if any(s.action == "classify" for s in reading.steps):
        # "classify the reply as interested, not now or unsubscribe": labels, not a negation.
        # The "as" or "into" stays: "tag as billing / bug" has its labels for an object.
        text = LABELS.sub(lambda m: m.group()[: m.start(1) - m.start()].ljust(len(m.group())), text)
        if "(" in text:
            # "by budget band (under £10k, …, over £25k)": the bracket lists classes, no tests.
            text = BRACKETED_CLASSES.sub(
                lambda m: m.group()[: m.start(1) - m.start()].ljust(len(m.group())), text
            )
    if any(s.action in _DELIVERIES for s in reading.steps):
        # "post 'session tonight at 7, bring snacks'": a quotation of any length is said.
        text = blank_all(QUOTATION, text)
        said = content_start(text)  # "a reminder that standup starts in ten minutes"
        text = text[:said] + " " * (len(text) - said)
    queried = (
        verbs.RESULTS_OF_A_QUERY.search(text)
        if " query " in text and any(s.action in _FETCHES for s in reading.steps)
        else None
    )
    if queried:
        # "DM Priya with the results of a Salesforce query for deals over $5k": the query's
        # own filter, up to the place the results go, picks no items of the delivery.
        place = _PLACE_AFTER.search(text, queried.end())
        stop = place.start() if place else len(text)
        text = text[: queried.end()] + " " * (stop - queried.end()) + text[stop:]
    if any(word in text.lower() for word in _SPAN_WORDS):
        # (before the ranking: "the last 7 days" is a span, not the last seven items)
        text = blank_all(_DATED_BY_A_COUNTED_SPAN, text)
    # "the top 5 trending products": a ranking the source chose, not a test or a subset.
    text = blank_all(_RANKING, text)
    # "tomorrow's tuning appts from …/api/tomorrow": the span names its data's kind even when
    # the URL names the span too, so the kinds are read before the URL's words are blanked.
    period_kinds = named_by_a_period(text)
    text = _named_by_url(text, reading.steps)
    tokens = list(TOKEN_RE.finditer(text))
    main = verbs.main_verb(text)
    tested = guarded or any(s.action in _GUARDED for s in reading.steps)
    made = {s.action for s in reading.steps}
    fetch_only = made <= _FETCHES or (bool(made & _FETCHES) and made <= _FETCHES | _MADE_OF_FETCHED)
    delivers = bool(made & _DELIVERIES) and not made & _AGENTS  # "classify them as spam or not"
    participle = bool(main) and text[: main[1]].split()[-1].lower().endswith("ed")
    if (
        main
        and main[0] in _AGENT_VERBS
        and not participle  # "…, summarized and posted": done to the data before it
        # "→ summarize →": a verb that works on the data passed along needs no object.
        and text[: main[1]].split()[-1].lower() not in DONE_TO_THE_DATA
        # (whole words: "turn off the pumps" has its object after the particle "off")
        and re.match(r"\s*(?:(?:from|of|and)\b|,|$)", text[main[1] :])
    ):
        # "… and total from each invoice": a verb with no object is more likely a listed noun.
        yield f"'{text[: main[1]].split()[-1]}' has no object; it may be a noun, not a step"
    later = _LATER.search(text)
    if later and not made & {"wait", "wait_for_signal"}:
        yield f"'{later.group().strip()}' reads like a wait, but no wait was made"
    # "a Salesforce pull of all leads that had … — emailed to …": a fetch sent on after a dash
    # picks its items in its query; only the words after the dash may pick which go.
    sent_on = (
        _SENT_ON_AFTER_A_DASH.search(text, main[1])
        if main and main[0] in _PULLS and made & _FETCHES
        else None
    )
    if sent_on:
        main = (main[0], sent_on.start())
        fetch_only = True
    qualifier = find_qualifier(text[main[1] :]) if main and delivers and not tested else None
    if qualifier:
        yield f"'{qualifier.phrase}' may pick which items go, but nothing filters them"
    # A fetch's own filter is its query ("deals over $25k"), but not what follows a comma or "and"
    # the clause did not split at ("hit the API and, should latency pass 800 ms, …").
    after_verb = main[1] if main else 0
    boundary = _JOINS_CLAUSES.search(text[after_verb:])
    coordinated = after_verb + boundary.start() if boundary else len(text)
    if sent_on:
        coordinated = sent_on.start()  # the commas before the dash only fenced the schedule off
    # "let the owner know about the late fee": the one thing told of picks nothing.
    told_of = adjectives_of_one_thing_told(text) if delivers else set()
    if delivers and " sure " in text:
        told_of |= _made_sure_of(text)  # "make sure housekeeping sees them": who, not which
    for index, token in enumerate(tokens):
        word = token.group().lower().replace(",", "")  # "2,300": one number, read as "2300"
        if main and token.end() == main[1]:
            continue
        before = tokens[index - 1].group().lower() if index else ""
        verb = verbs.lemma(word)
        after = tokens[index + 1].group().lower() if index + 1 < len(tokens) else ""
        if after == "out" and index + 2 < len(tokens) and tokens[index + 2].group() == "of":
            after = "out of"  # "… and total out of each invoice": a source follows, no object
        if (
            "wait" in made
            and before == "to"
            and index > 1
            and DURATION.search(_around(tokens, index - 3))
        ):
            continue  # "give the team 2 days to review it": what a person does in the wait
        if tested and word.endswith("ing") and before in _SUBSET_HEADS:
            continue  # "the ones waiting on approval …", "any visitor still waiting": the subset
        if word.endswith("ing") and before in _ASPECT_VERBS:
            continue  # "a note to start chasing payments": the verb's purpose, no subset
        if word == "waiting" and after in ("in", "on", "at") and made & _DELIVERIES:
            continue  # "have a digest waiting in her inbox": where the delivered thing sits
        if word in _INTRANSITIVE_GERUNDS and _in_noun_phrase(tokens, index):
            continue  # "the allotment waiting list": a wait takes no object, so it names a thing
        if verb in _STEP_VERBS and before not in _DETERMINERS and _verb_like(word, before, after):
            family = _family(verb)
            if family and not family & made:
                kind = sorted(family)[0]
                yield f"'{token.group()}' reads like a step, but no {kind} step was made"
        elif (
            (fetch_only and token.start() < coordinated)
            or tested
            or (word, before)
            == (
                "not",
                "or",
            )
        ):
            continue  # a fetch's own filter is its query ("deals over $25k"); "spam or not"
        elif word in period_kinds and word not in FILTER_ADJECTIVES:
            continue  # "this week's wedding orders": the kind of data the week holds, no subset
        elif (
            delivers
            and _picks_subset(word, after)
            and not _trade_of_the_told(text, main, token)
            # "email the public-viewing volunteers at viewing@…": who is reached there
            and not (
                index + 1 < len(tokens) and reached_at_an_address(text, tokens[index + 1].end())
            )
            and word not in told_of
            and not _inside_a_name(tokens, index)
        ):
            yield f"'{_around(tokens, index)}' may pick a subset, but nothing filters it"
        elif _names_a_year(word, before, after):
            continue  # "the attached 2024 exit interviews": a year that labels the data
        elif word.isdigit() and before in _DEMONSTRATIVES and after.isalpha():
            continue  # "these 60 scanned certificates": how many items are in hand, no test
        elif word.isdigit() and _numbers_one_item(before, after):
            continue  # "start cleaning fermenter 2": the number names which one, no test
        elif word.isdigit() and before == "the" and after.isalpha() and _of_before(tokens, index):
            continue  # "each of the 450 CVs": how many items are in hand, no test
        elif (
            word.isdigit()
            and before == "of"
            and after.isalpha()
            and _collection_before(tokens, index)
        ):
            continue  # "the export of 2,300 customer notes": how many items it holds, no test
        elif (
            word.isdigit()
            and before == "the"
            and index > 1
            and main
            and tokens[index - 2].end() == main[1]
            and after.isalpha()
            and not after.endswith("est")
            and after not in _RANKS
        ):
            continue  # "summarise the 60 feedback forms": all the verb's items, counted, no test
        elif (
            word.isdigit()
            and before in _COUNTED_DETERMINERS
            and index > 1
            and _taken_from(tokens, index - 2)
            and after.isalpha()
            and not after.endswith("est")
            and after not in _RANKS
        ):
            # "extract the dates from the 60 delivery notes", "a report on the 14 …", "pull the
            # rent out of our 300 signed agreements": how many items are in hand, no test.
            continue
        elif word == "no" and text.startswith(".", token.end()):
            continue  # "pull batch no., origin and roast level": "no." is number, no negation
        elif word.isdigit() and before in _OFFER_DETERMINERS and _share_named(text, tokens, index):
            continue  # "email them the 15% welcome code": how big the offer is, no test
        elif word in _TESTS or word.isdigit() or (word in _COUNTS and after in _UNITS):
            yield f"'{_around(tokens, index)}' may be a condition, but no condition was made"


# "… in #sales", "… to ops@x.com": where a delivery goes, after what is sent.
_PLACE_AFTER = re.compile(r"\s(?:in|to|on|into)\s+(?:#|[\w.+-]+@)")
# What a step takes its counted items from, or is made on ("from the 60 notes", "on the 14 lists").
_TAKEN_FROM_OR_ON = frozenset({"from", "on", "about", "covering"})
# The determiners of items counted in hand: "the 60 notes", "our 300 agreements".
_COUNTED_DETERMINERS = frozenset({"the", "our", "their", "your", "my"})


def _taken_from(tokens: list[re.Match[str]], index: int) -> bool:
    """Tell whether the token at index is a preposition items are taken from ("from", "out of")."""
    word = tokens[index].group().lower()
    if word in _TAKEN_FROM_OR_ON:
        return True
    return word == "of" and index > 0 and tokens[index - 1].group().lower() == "out"


# Where a fetch clause may go on to something else: a comma (not of "1,000,000") or "and" (not
# of a firm named in capitals, "Duncan and Rowe Garden Rooms", "&" read as "and").
_PULLS = frozenset({"pull", "fetch", "get", "grab", "query", "export"})
_SENT_ON_AFTER_A_DASH = re.compile(
    r"\s[\u2014\u2013-]\s*(?:e-?mailed|sent|posted|forwarded|delivered|shared|dropped)\s", re.I
)
_JOINS_CLAUSES = re.compile(r",(?!\d{3}\b)|\band\b(?!\s+[A-Z][a-z])")

# "the 15% welcome code", "a 10 percent discount voucher": a share written inside the name of a
# thing sent, after its determiner and before its noun, says how big it is.
_OFFER_DETERMINERS = word_set("a an the their your our his her")


def _share_named(text: str, tokens: list[re.Match[str]], index: int) -> bool:
    """Tell "the 15% welcome code" (a share naming a thing) from "over 15% of them"."""
    following = [t.group().lower() for t in tokens[index + 1 : index + 3]]
    if text.startswith("%", tokens[index].end()):
        return bool(following) and following[0].isalpha()
    return following[:1] == ["percent"] and len(following) == 2 and following[1].isalpha()


# "the 5 newest leads", "the 10 top sellers": a count before a rank picks the first few.
_RANKS = word_set("top first last next best worst")


def _of_before(tokens: list[re.Match[str]], index: int) -> bool:
    """Tell whether "of the" comes before token index ("each of the 450 CVs")."""
    return index > 1 and tokens[index - 2].group().lower() == "of"


# What holds items counted after "of": "the export of 2,300 notes", "a batch of 40 forms".
_COLLECTIONS = word_set(
    "export exports list batch batches pile backlog archive dump set collection stack bundle file "
    "folder spreadsheet sheet load"
)


def _collection_before(tokens: list[re.Match[str]], index: int) -> bool:
    """Tell whether a collection and "of" come before token index ("the export of 2,300 …")."""
    return index > 1 and tokens[index - 2].group().lower() in _COLLECTIONS


# A whole word standing free: never inside a path, a dotted name or a #channel ("#ward-4" beside
# ".../ward4": its digits would be left).
_FREE_WORD = re.compile(r"(?<![/\w.#])\w+(?![/.\w])")


def _named_by_url(text: str, steps: list) -> str:
    """Blank the words a fetched URL's path names ("failed jobs from https://…/failed")."""
    named = {
        word
        for step in steps
        for word in re.findall(
            r"[a-z]{4,}", step.config.get("url", "").split("://", 1)[-1].partition("/")[2].lower()
        )
    }
    if not named:
        return text
    # One fixed pattern, the words looked up: a pattern made per URL would be compiled per text.
    return _FREE_WORD.sub(
        lambda m: " " * len(m.group()) if m.group().lower() in named else m.group(), text
    )


def _trade_of_the_told(text: str, main: tuple[str, int] | None, token: re.Match) -> bool:
    """Tell a gerund naming the trade of who is told ("warn the landscaping crews") apart."""
    # The object of "warn"/"tell" is who hears it, never the items; "send it to the engineering
    # managers" keeps its doubt.
    if main is None or main[0] not in _TELLING or not token.group().lower().endswith("ing"):
        return False
    # "make sure the cleaning crews have it": an idiom's verb span holds who is told.
    told = _TOLD_GROUP.match(text, main[1]) or _TOLD_GROUP.search(text, 0, main[1])
    return (
        told is not None and told.start(1) == token.start() and told.group(2).lower() in WORK_GROUPS
    )


_TELLING = word_set("warn tell notify alert inform remind")
_TOLD_GROUP = re.compile(r"\s+(?:the|our|all|both)\s+([a-z]+ing)\s+([a-z]+)\b", re.I)


def _inside_a_name(tokens: list[re.Match[str]], index: int) -> bool:
    """Tell "Oakleaf Coworking members" (a word of a name) from "the working members"."""
    # A capital after the clause's first word that follows another capital is a name's word.
    return (
        index >= 2
        and tokens[index].group()[:1].isupper()
        and tokens[index - 1].group()[:1].isupper()
    )


def _made_sure_of(text: str) -> set[str]:
    """Return the words naming whoever "make sure … sees them" sends to (they pick no items)."""
    made_sure = verbs.MADE_SURE_TO_HEAR.search(text)
    return set(made_sure.group(1).lower().split()) if made_sure else set()


def _picks_subset(word: str, after: str) -> bool:
    """Tell whether a word reads as a filter on what is delivered ("risky accounts", "only")."""
    if word in ("ones", "only") or word in FILTER_ADJECTIVES:
        return True
    if word in STOPWORDS or word in NOT_FILTERS or not (looks_plural(after) and len(after) > 3):
        return False  # "the dredging progress digest": "progress" is no plural picked from
    if word in NOUN_ING:
        return False  # "the engineering managers": a noun naming their field, not a subset
    if gerund_names_a_kind(word, after):
        return False  # "the winter opening hours", "the boarding invoices": what they are for
    if after.startswith(("#", "http")) or "@" in after:
        return False  # "give #support-leads a shout": a place is no noun a word could pick from
    if after.endswith(("'s", "\u2019s")):
        return False  # "the timing company's webhook": the word names the owner, one of them
    return word.endswith(_ADJECTIVE_ENDINGS) or (
        word.endswith("y") and not word.endswith(("ly", "ry", "ay", "ey", "oy", "ty"))
    )


# "… any handset that has been waiting more than two hours": "been" before the gerund makes it
# a state the test reads, as "still" does.
_SUBSET_HEADS = frozenset({"ones", "those", "any", "items", "still", "been"})
# Verbs of beginning or going on whose object is a gerund ("start chasing", "keep tracking").
_ASPECT_VERBS = word_set(
    "start starts begin begins keep keeps stop stops resume resumes continue continues finish"
)
_COUNTS = frozenset(NUMBER_WORDS) - {"a", "an", "one"}
_UNITS = word_set("minute minutes hour hours day days week weeks fortnight fortnights month months")
_ADJECTIVE_ENDINGS = ("ous", "ive", "ful", "less", "able", "ible", "ish", "ing")


# Words before a number that compare it with something: "over 2000", "below 1950".
_COMPARING = word_set("over above under below than exceeds exceed past beyond least most to reach")


# Words that point at items in hand; a number after one counts them ("these 60 forms").
_DEMONSTRATIVES = frozenset({"these", "those", "all"})


def _numbers_one_item(before: str, after: str) -> bool:
    """Tell "fermenter 2", "bay 7" (a thing named by its number) from "exceeds 2", "over 2"."""
    return (
        len(before) > 2
        and before.isalpha()
        and not before.endswith("s")  # "hits 10", "tanks 3": a verb's or a count's number
        and before not in STOPWORDS
        and before not in _TESTS
        and before not in _COUNTS
        and verbs.lemma(before) is None
        and after in ("", "and", "or")
    )


def _names_a_year(word: str, before: str, after: str) -> bool:
    """Tell a year written before a noun ("our 2023 invoices") from a figure tested."""
    return (
        len(word) == 4
        and word.startswith(("19", "20"))
        and word.isdigit()
        and before.isalpha()
        and before not in _COMPARING
        and after.isalpha()
        and after not in _UNITS
    )


# Gerunds of verbs that take no object: a noun straight after one is the thing it names.
_INTRANSITIVE_GERUNDS = frozenset({"waiting", "pausing", "sleeping"})


def _in_noun_phrase(tokens: list[re.Match[str]], index: int) -> bool:
    """Tell whether the gerund at index names a thing ("our waiting list"), no step."""
    if index + 1 >= len(tokens) or index < 1:
        return False
    after = tokens[index + 1].group().lower()
    if not after.isalpha() or after in STOPWORDS or verbs.lemma(after):
        return False
    # "the waiting room", "the allotment waiting list", "the clinic's average waiting time": a
    # determiner or an owner's name, and two nouns at most, before it.
    for token in reversed(tokens[max(0, index - 3) : index]):
        word = token.group().lower()
        if word in _DETERMINERS or word.endswith(("'s", "\u2019s")):
            return True
        if word in STOPWORDS or verbs.lemma(word):
            return False
    return False


def _verb_like(word: str, before: str, after: str) -> bool:
    """Tell whether a verb's word is written as a verb ("sending", "to post", "and total it")."""
    if word.endswith("ing") or before in ("to", "then", "before", "after"):
        return True
    # "extract the name and email": a listed noun, unless an object follows ("and email them").
    return before in ("and", "or") and (after in _OBJECT_FOLLOWS or after.startswith(("#", "@")))


def _family(verb: str) -> frozenset[str]:
    if verb in verbs.DELAY:
        return frozenset({"wait", "wait_for_signal"})
    if verb in verbs.CLASSIFY:
        return frozenset({"classify"})
    if verb in verbs.EXTRACT:
        return frozenset({"extract"})
    if verb in verbs.SUMMARIZE:
        return frozenset({"summarize", "generate_report"})
    if verb in verbs.CREATE:
        return frozenset({"generate_report", "summarize"})
    return frozenset(CATALOG["integration"]) - {"http.request", "salesforce.query"}


def _around(tokens: list[re.Match[str]], index: int) -> str:
    return " ".join(t.group() for t in tokens[max(0, index - 1) : index + 3])


def short(text: str) -> str:
    words = text.split()
    return " ".join(words[:8]) + (" …" if len(words) > 8 else "")
