"""Words the parser shares between its grammars: tokens, stop words and spelled-out numbers."""

import functools
import re
from collections.abc import Iterable

# A clock time as tests and windows write it: "midnight", "noon", "9am", "5:30 pm", "18:00".
CLOCK_TIME = r"(?:midnight|noon|midday|\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}:\d\d)(?!\w)"


def blank_span(text: str, span: tuple[int, int]) -> str:
    """Return `text` with the span replaced by as many spaces, so every offset stays put."""
    start, end = span
    return text[:start] + " " * (end - start) + text[end:]


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """Return `text` with each span blanked (see `blank_span`)."""
    for span in spans:
        text = blank_span(text, span)
    return text


def blank_all(pattern: re.Pattern[str], text: str) -> str:
    """Return `text` with every match of `pattern` replaced by as many spaces."""
    return pattern.sub(lambda m: " " * len(m.group()), text)


def word_set(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of `text` as a set (for long vocabulary lists)."""
    return frozenset(text.split())


_LOWER_WORD = re.compile(r"[a-z]+")

# "the 'car park full' sign webhook": a quoted label names a thing as a single word does.
_QUOTED_LABEL = r"(?<!\w)(?:'[^'\n]{1,40}'|\"[^\"\n]{1,40}\")(?!\w)"
NAME_WORD = rf"(?:{_QUOTED_LABEL}|[\w'\u2019-]+)"
# "the Glenmere Car Wash reclaim-tank flush webhook": a webhook's name may run longer, the
# business that owns it before what it sets off; past three words, no word of it may join,
# place or refer ("call the API and then the webhook" names two things, not one).
_JOINS_OR_PLACES = (
    r"(?:and|or|then|plus|but|to|into|in|on|at|from|with|via|through|by|for|of|before|after|"
    r"if|when|unless|it|them|the|a|an)"
)
WEBHOOK_NAME = rf"(?:(?:{NAME_WORD}\s+){{0,3}}?|(?:(?!{_JOINS_OR_PLACES}\b){NAME_WORD}\s+){{4,6}}?)"
# Its words are the webhook's name, never a state that picks what is sent ("rain expected").
WEBHOOK_LABEL = re.compile(rf"{_QUOTED_LABEL}(?=\s+(?:[\w-]+\s+){{0,2}}web-?hook)", re.IGNORECASE)


def names_any(words: frozenset[str], text: str) -> bool:
    """Say whether `text` holds one of `words` whole (a cheap test before a long pattern runs)."""
    return not words.isdisjoint(_LOWER_WORD.findall(text.lower()))


# Emails, URLs and #channels are single tokens so that punctuation inside them never splits them;
# so is a count written with thousands separators ("2,300 records" is one number).
TOKEN_RE = re.compile(
    r"https?://[^\s,;]+[^\s,;.!?)]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|#[\w-]+"
    r"|\d{1,3}(?:,\d{3})+(?!\d)"
    r"|\d+(?::\d+)?(?:st|nd|rd|th|am|pm)?"
    r"|[A-Za-z][A-Za-z'\u2019-]*",
)

STOPWORDS = word_set(
    """
    a an the and or but then to of in on at by for from with into onto about as via per
    it its it's them they their this that these those there here our my your his her we
    us you i me is are was be been being do does did has have had will would should can
    could may all any each every some only also just so too very please new latest when
    if whenever once after before while until unless where which who whom what up out
    over under again further s
    afterwards thereafter whereupon
    """
)

# "post the names in #bizdev", "send the addresses to …": a field read off every item fetched,
# the whole of it, as "the numbers" is; no kind that picks some of the items.
FIELDS_OF_EACH = word_set("names titles headlines addresses links descriptions ids")

NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    # "fourteen hours later", "eighteen months on": every teen, as a span may name any of them.
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# "forty-eight hours", "seventy-two hours": a ten and a unit joined by a hyphen.
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
NUMBER_WORDS |= {
    f"{ten}-{unit}": tens + index + 1
    for ten, tens in _TENS.items()
    for index, unit in enumerate(_UNITS_WORDS)
}


def alternation(words: Iterable[str]) -> str:
    """Return a regex for any of `words`, a longer word first where one begins another.

    It is written as a trie ("f(?:i(?:ve|fty)|o(?:rty…" rather than "five|fifty|forty…"): a search
    enters only the words that begin with the letter at hand, where a flat list makes it try each
    word at each position (case-insensitive literals get no quick first-letter skip in `re`).
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def written(node: dict) -> str:
        branches = [re.escape(char) + written(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return (f"(?:{body})" if len(branches) == 1 else body) + "?"

    return written(trie)


# Alternation usable inside a regex wherever a count may be written in digits or in words.
NUMBER_PATTERN = r"\d+|" + alternation(NUMBER_WORDS)


def parse_number(word: str) -> int | None:
    """Read a count written in digits or in words ("15", "two"); None when it is neither."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def content_tokens(text: str) -> list[re.Match[str]]:
    """Return the tokens of `text` that carry meaning (not stop words)."""
    return [m for m in TOKEN_RE.finditer(text) if m.group().lower() not in STOPWORDS]


@functools.lru_cache(maxsize=8192)
def normalise_stem(word: str) -> str:
    """Reduce a word to a rough stem so "reports", "reporting" and "report" compare equal."""
    word = word.lower().strip("'\u2019")
    for suffix in ("ing", "ies", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word
