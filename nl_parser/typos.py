"""Mend typos one edit away from a word the grammars key on ("emial" → "email", "evry" → "every").

Only words the grammars depend on are targets (verbs, media, schedule words); a wrong letter
counts only when it is a neighbouring key, since typing slips are, and other one-letter changes
are more often a different word ("stack", "score"). Only unknown words are mended: a word that is
itself a target, a stop word or a form of a known verb is left alone. Short targets (four letters
or fewer) are too close to ordinary words ("post"/"most", "mail"/"main") and are only reached by
swapping two neighbouring letters.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from nl_parser.lexicon import STOPWORDS, word_set
from nl_parser.step_verbs import ACTION_VERBS

# The words mended; "should" among them, since it opens a test as "if" does ("…, shuold it be
# higher than 1.8 metres, post …"), and "everything" and "anything", since "everthing else"
# after a delivery to a subset is the other branch.
TARGETS = ACTION_VERBS | word_set(
    """
    every each daily weekly monthly hourly nightly yearly quarterly weekday weekdays weekend
    weekends minute minutes hour hours morning evening afternoon night midnight noon
    monday tuesday wednesday thursday friday saturday sunday
    mondays tuesdays wednesdays thursdays fridays saturdays sundays
    january february march april june july august september october november december
    report reports summary digest slack webhook salesforce endpoint email emails message
    unless whenever other otherwise between offline online after before whether should receive
    everything anything
    approval approve approves approved
    """
)
# Targets reached only by swapping two neighbouring letters ("ohter" → "other"): any other edit
# of them is more often a word of its own ("mother", "otter", "bother").
_SWAP_ONLY = word_set("other")
# Ordinary words one edit from a target that must stay as written.
_KEEP = word_set(
    """
    ever never over even sent spent rent went lent bent tent dent test text next best rest
    most past cost host lost dairy hooks books looks cooks fall hall wall tall ball
    alter later rafter water meant mean read reed seed feed need deed check cheque
    nights sights lights sales tales leaks week weeks weak peek seek sheet sweet
    fetched posted sending emailed calls called pulled pulling posts queries queried
    than then rather trade trades grace green replay store stores scope scare sorts
    cart carts chat chats hand hands tank tanks match
    discord expert experts infirm remand falter impart early nearly core cores
    delivery deliveries inline scrap scraps concert concerts sack sacks whither rack racks
    analysis categories summaries swatch swatches
    """
)
_WORD = re.compile(r"(?<![\w@#/.-])[A-Za-z]{3,}(?![\w@/-])")


# "the practice name and shade extracted from each": a word with a participle and its
# preposition after it is what was done to, a noun; no verb takes a bare participle as object
# (so "shade" is no slip for "share").
_DONE_TO = re.compile(
    r"(?:\s*\([^()]*\))?\s+[a-z]{3,}(?:ed|en)\s+"
    r"(?:from|to|into|in|by|for|out|as|with|off|on)\b",
    re.IGNORECASE,
)


# "a removal job is bookd", "an order gets shippd", "a deposit is receivd": a passive's "-ed"
# typed as "-d". Only after a letter no English word ends in before "d" ("bookd", "fixd") or
# a doubled "l" ("cancelld"): "is cold", "is kind", "is weird" and "is dead" are words, and a
# capital starts a name.
_CLIPPED_PARTICIPLE = re.compile(
    r"(?P<aux>\b(?:is|are|was|were|gets?|got|been|be)\s+)"
    r"(?P<clipped>(?-i:[a-z]{2,}(?:[bcfghkmpstvxz]|ll)d))\b(?![@/.-]\w)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mend:
    """One typo mended: what was written and what it was read as."""

    written: str
    read_as: str


def mend_typos(text: str, names: frozenset[str] = frozenset()) -> tuple[str, list[Mend]]:
    """Return `text` with typos of grammar words mended (`names` kept), and the mends made."""
    mends: list[Mend] = []

    def replace(match: re.Match[str]) -> str:
        word = match.group()
        target = _nearest(word.lower())
        if target is None or (target in ACTION_VERBS and _DONE_TO.match(text, match.end())):
            return word
        if word in names:
            return word
        mends.append(Mend(word, target))
        return target.capitalize() if word[0].isupper() else target

    def participle(match: re.Match[str]) -> str:
        clipped = match.group("clipped")
        mends.append(Mend(clipped, clipped[:-1] + "ed"))
        return match.group("aux") + clipped[:-1] + "ed"

    text = _CLIPPED_PARTICIPLE.sub(participle, text)
    # Most texts hold no typo: ask every word first (cached), and rewrite only when one is.
    if any(_nearest(word.lower()) for word in _WORD.findall(text)):
        text = _WORD.sub(replace, text)

    def than(match: re.Match[str]) -> str:
        mends.append(Mend(match.group(2), "than"))
        return match.group(1) + "than"

    if "then" not in text.lower():  # the pattern needs the word; most texts lack it
        return text, mends
    return _THEN_FOR_THAN.sub(than, text), mends


# "Cobbold & Hart Insurance Brokers", "Knight & Daly Solicitors": capitalised words an ampersand
# joins are the names of a firm, not slips for "chart" or "daily". The plain surface writes "&"
# as "and", which joins verbs too ("fetch & emial it"), so the names are found in the text as
# written.
_JOINED_BY_AMPERSAND = re.compile(r"[A-Z][A-Za-z]+(?=\s*&\s*[A-Z])|(?<=&)\s*[A-Z][A-Za-z]+")


def names_joined_by_ampersand(written: str) -> frozenset[str]:
    """Return the capitalised words an "&" joins in `written` ("Hart" of "Cobbold & Hart")."""
    if "&" not in written:  # most texts have none, and the pattern need not run
        return frozenset()
    return frozenset(name.strip() for name in _JOINED_BY_AMPERSAND.findall(written))


# "any bin warmer then 30°C": after a comparative and before a number, "then" is "than" (read
# as written it would end the test and start a step).
_THEN_FOR_THAN = re.compile(
    r"\b((?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|warmer|colder|cooler|"
    r"hotter|heavier|lighter|longer|shorter|older|newer|slower|faster|cheaper|pricier|wider|"
    r"deeper)\s+)(then)(?=\s+[$\u00a3\u20ac-]?\d)",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)  # pure, and the same words come back in every text
def _nearest(word: str) -> str | None:
    if word in TARGETS or word in STOPWORDS or word in _KEEP or _is_form(word):
        return None
    if len(word) < 4:
        return _double_typed_once(word)  # other slips of a three-letter word are words ("est")
    for target in _candidates(word):
        if target in TARGETS and (
            (len(target) >= 5 and target not in _SWAP_ONLY) or _swapped(word, target)
        ):
            return target
    return _misspelt_inflection(word) or _misspelt_day(word)


# "sumarised", "emialed", "clasifying": a slip in a verb that is then inflected; the stem is
# mended and the ending kept. Only action verbs of five letters or more: inflected short stems
# one edit from a verb are mostly words of their own.
_ENDINGS = ("ing", "ed", "es", "s", "d")


def _misspelt_inflection(word: str) -> str | None:
    """Return the inflected verb a slip in its stem names ("sumarised" → "summarised"), or None."""
    for ending in _ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 4:
            continue
        if stem[-1] == stem[-2]:
            continue  # "labelled", "scrapping": a doubled consonant is a spelling, not a slip
        for base in (stem, stem + "e") if ending in ("ing", "ed") else (stem,):
            for target in _candidates(base):
                if target in ACTION_VERBS and _slip_of_verb(base, target):
                    return _inflected(target, ending)
    return None


def _slip_of_verb(base: str, verb: str) -> bool:
    # Inflected, many words are one edit from a verb's stem ("judges"/"nudges", "crates"/
    # "creates", "riggers"/"triggers"): only a slip past the first letter of a long verb counts,
    # or two neighbouring letters swapped ("emialed").
    if base[0] != verb[0] or verb in _SWAP_ONLY:
        return False
    return len(verb) >= 7 or (len(base) == len(verb) and _swapped(base, verb))


def _inflected(verb: str, ending: str) -> str:
    """Return `verb` with `ending` ("summarise" + "ed" → "summarised")."""
    if ending == "d" and not verb.endswith("e"):
        return verb + "ed"
    if verb.endswith("e") and ending in ("ing", "ed", "es"):
        return verb[:-1] + ending
    return verb + ending


# "pul new registrations from salesforce", "kep only the open ones": a short target's doubled
# letter typed once. Short words are reached by no other slip, and this one makes few words;
# those it does make stay as written ("non-urgent", "faux pas", "tel:", "Cal", "pol").
_SINGLED_WORDS = word_set("non pas tel cal pol")
_SINGLED = {
    target[:i] + target[i + 1 :]: target
    for target in TARGETS
    if len(target) <= 4
    for i in range(1, len(target))
    if target[i] == target[i - 1]
}


def _double_typed_once(word: str) -> str | None:
    """Return the short target whose doubled letter `word` typed once ("pul" → "pull")."""
    return None if word in _SINGLED_WORDS else _SINGLED.get(word)


# "every Wensday", "on Thrusdays", "Saterday at 9": a weekday's name is often spelt as it is
# said, two letters off; its "-day" ending and first letter mark it. Short stems ("mon", "fri")
# allow one slip only, or "midday", "mayday" and "Faraday" would be days.
_DAY_STEMS = ("sun", "mon", "tues", "wednes", "thurs", "fri", "satur")


def _misspelt_day(word: str) -> str | None:
    """Return the weekday a misspelt "-day(s)" word names ("wensday" → "wednesday"), or None."""
    match = re.fullmatch(r"([a-z]{3,})day(s?)", word)
    if not match:
        return None
    stem, plural = match.groups()
    near = [
        day
        for day in _DAY_STEMS
        if day[0] == stem[0] and _distance(stem, day) <= (2 if len(day) >= 5 else 1)
    ]
    return near[0] + "day" + plural if len(near) == 1 else None


def _distance(a: str, b: str) -> int:
    """Count the edits (insert, delete, replace, swap of neighbours) that turn a into b."""
    rows = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            rows[i][j] = min(
                rows[i - 1][j] + 1,
                rows[i][j - 1] + 1,
                rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]),
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[len(a)][len(b)]


def _is_form(word: str) -> bool:
    # "posted", "reports", "emails" (and "ticket" for "tickets"): inflections are not typos.
    # "unles" is no singular of "unless": a word's "-ss" with one "s" typed is a slip.
    if (word + "s" in TARGETS and not word.endswith("s")) or word + "es" in TARGETS:
        return True
    for suffix in ("s", "es", "ed", "d", "ing", "ly"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and (
            stem in TARGETS or (len(suffix) > 2 and stem + "e" in TARGETS)
        ):
            return True
    # "scraper", "exporters": one who does the verb is a noun of it, not a typo of it.
    for suffix in ("er", "ers", "r", "rs"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and stem in TARGETS and (suffix[0] == "e" or stem[-1] == "e"):
            return True
    return False


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


# A word one edit from a target shares it, or one of its single-letter deletions, with the
# target's (the symmetric-delete trick): one dictionary look-up per deletion instead of a search.
_INDEX: dict[str, set[str]] = {}
for _target in TARGETS:
    for _key in {_target, *_deletes(_target)}:
        _INDEX.setdefault(_key, set()).add(_target)


def _candidates(word: str) -> list[str]:
    """Return the targets within one edit (delete, swap, replace, insert) of `word`."""
    found: set[str] = set()
    for key in {word, *_deletes(word)}:
        found |= _INDEX.get(key, set())
    # Among ties, the target that ends like the word wins ("minuts" → "minutes", not "minute").
    return sorted((t for t in found if _one_edit(word, t)), key=lambda t: (t[-1] != word[-1], t))


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        # A wrong letter is a slip to a neighbouring key ("emsil"); any other swap of one letter
        # for another is more often a different word ("stack", "score", "product").
        if len(diff) == 1:
            i = diff[0]
            # A vowel for a vowel in a long word is a spelling slip ("summery", "evining").
            if len(a) >= 6 and a[i] in _VOWELS and b[i] in _VOWELS:
                return True
            return b[i] in _NEIGHBOURS.get(a[i], "")
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


_VOWELS = "aeiou"
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# Each row sits about half a key right of the one above, so a key touches the keys at its
# column and the one before in the row below, and at its column and the one after above ("t"
# touches "f" and "g", not "h": "tours" is no slip for "hours").
_NEIGHBOURS = {
    key: "".join(
        other
        for r, other_row in enumerate(_ROWS)
        for c, other in enumerate(other_row)
        if other != key
        and (
            (r == row and abs(c - col) == 1)
            or (r == row + 1 and c - col in (-1, 0))
            or (r == row - 1 and c - col in (0, 1))
        )
    )
    for row, keys in enumerate(_ROWS)
    for col, key in enumerate(keys)
}


def _swapped(word: str, target: str) -> bool:
    return len(word) == len(target) and sorted(word) == sorted(target)
