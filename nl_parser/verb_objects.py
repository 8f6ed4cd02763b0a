"""Tell a verb that starts a step by what follows it: its object, particle, place or time."""

from nl_parser.lexicon import STOPWORDS, parse_number, word_set
from nl_parser.openers import SPANS_OF_TIME
from nl_parser.step_verbs import (
    ACTION_VERBS,
    DONE_TO_THE_DATA,
    EXTRACTING,
    INTRANSITIVE,
    READS_FROM,
)
from nl_parser.verbs import EXCLUDE

# "compare today's row count …": a day's possessive opens an object as "the" does.
# "… text both of us via the SMS webhook": "both" opens one as "all" does.
OBJECTS = word_set(
    "the a an them it its each all both every our their his her this these those any another "
    "today's yesterday's tonight's tomorrow's"
)
PARTICLES = frozenset({"up", "out", "off", "down", "over", "on", "away"})  # "turn on the misters"
# "anything", "anyone": after a verb and its particle, the items the verb takes ("weed out
# anything tagged internal"); alone after a bare word they may be its own object ("… mostly
# anything") and start nothing.
INDEFINITES = frozenset({"anything", "anyone", "anybody", "everything", "everyone", "everybody"})


def opens_on_its_object(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "if it is late classify it" (a step) from "if it is zero ignore it, otherwise …"."""
    following = _object_opener(tokens, i)
    return (
        tokens[i][0] in ACTION_VERBS
        and (following in DIRECT_OBJECTS or _bare_list_follows(tokens, i))
        and not left_alone(tokens, i)
    )


def _bare_list_follows(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "… the form pull out date, headcount and budget" (a verb on a list of bare nouns)
    from a noun before a comma and the next step ("a request form, email the clinic and …")."""
    # The first noun (up to three words: "flat number") ends at a comma; the next is bare too
    # and "and" joins the last to it.
    at = i + 2 if i + 1 < len(tokens) and tokens[i + 1][0] in PARTICLES else i + 1
    for comma in range(at + 1, min(at + 4, len(tokens))):
        if tokens[comma][0] == ",":
            break
    else:
        return False
    listed = [w for w, _ in tokens[at:comma]]
    for joined in range(comma + 2, min(comma + 5, len(tokens))):
        if tokens[joined][0] == "and":
            listed += [w for w, _ in tokens[comma + 1 : joined]]
            return all(w.isalpha() and w not in STOPWORDS for w in listed)
    return False


def wait_follows(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "wait 3 days", "wait for approval" (a wait) from "the wait time" (a noun)."""
    following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    timed = following in ("a", "an", "for", "until") or parse_number(following) is not None
    return tokens[i][0] in INTRANSITIVE and timed


# What opens a verb's direct object: "generate a report", "categorize them", "post #ops".
DIRECT_OBJECTS = word_set(
    "the a an them it its all both each any this these those our their my today's yesterday's"
)


def _object_opener(tokens: list[tuple[str, int]], i: int) -> str:
    """Return the word after the verb at i, past a particle ("pull out the totals")."""
    following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    if following in ("up", "out", "off", "down") and i + 2 < len(tokens):
        # "write up a report", "look up the company"; but "a health check on https://…" is a noun.
        following = tokens[i + 2][0]
    return following


def direct_object_follows(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether a direct object, a channel or an address follows the verb at i."""
    following = _object_opener(tokens, i)
    if _time_after(tokens, i):
        return False
    return following in DIRECT_OBJECTS or following.startswith(("#", "http")) or "@" in following


# "refreshing the anemometer page all day": "all day", "each night" say when, not what.
_TIMES_OF_DAY = SPANS_OF_TIME | word_set("night morning evening afternoon weekend quarter")


def _time_after(tokens: list[tuple[str, int]], i: int) -> bool:
    words = [w for w, _ in tokens[i + 1 : i + 4]] + ["", "", ""]
    if words[0] in PARTICLES:
        # "accounts whose hours run out this month": a particle verb's time says when it
        # befalls them, as the bare verb's does.
        words = words[1:]
    return words[0] in ("all", "each", "every", "this") and words[1].rstrip("s") in _TIMES_OF_DAY


def data_worked_on(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "summarize progress and post it" (a verb that is no noun, with a bare object)."""
    following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    worked_on = tokens[i][0] in DONE_TO_THE_DATA or tokens[i][0] in EXTRACTING
    return worked_on and following.isalpha() and following not in STOPWORDS


# "page whoever's on call", "text whoever is on duty", "email someone on the rota": a person
# told by what they do, not by name, stands where the object would.
_WHOEVER = word_set("whoever whoever's whoever\u2019s whomever someone somebody anyone anybody")


def object_follows(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether an object, or a place where one would be, follows the verb at i."""
    following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    then = tokens[i + 2][0] if i + 2 < len(tokens) else ""
    return (
        following in OBJECTS
        # "… post to #ops", "send to ops@x.com": the place stands where the object would.
        or (following in ("to", "in") and (then.startswith("#") or "@" in then))
        or following in ("me", "us", "everyone")
        or following in _WHOEVER
        or following.startswith("#")
        or "@" in following
    )


def names_a_place(words: list[str]) -> bool:
    """Tell whether words open on a channel or an address (perhaps after "in")."""
    if words[0] in ("in", "to", "on") and len(words) > 1:
        words = words[1:]
    return words[0].startswith("#") or "@" in words[0]


def names_a_noun(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether the verb-like word at i names a thing ("a Slack DM", "email of …")."""
    following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    if following in ("from", "of") and tokens[i][0] not in READS_FROM:
        return True
    # "wants a Slack DM any time …", "gets an email": after an article (and a medium's name)
    # a verb's word is the thing sent, not a step.
    before = [w for w, _ in tokens[max(0, i - 2) : i]]
    return before[-1:] in (["a"], ["an"]) or (
        before[-1:] in (["slack"], ["teams"]) and before[:1] in (["a"], ["an"])
    )


def left_alone(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "if it is zero, ignore it, otherwise …" (do nothing) from "ignore the test ones"."""
    following = [w for w, _ in tokens[i + 1 : i + 3]] + ["", ""]
    return (
        tokens[i][0] in EXCLUDE
        and following[0] in ("it", "them", "this", "that")
        and following[1] in ("", ",", ";", "otherwise", "or", "and")
    )


def has_object(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether a word follows the verb at i before a break or a connector."""
    following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    return following not in ("", ",", ";", "then", "and", "or")
