"""Sentences that say how things are and ask for nothing: background, not words lost.

"Stadium ops here — stewarding on match days is always a scramble." or "The old boiler keeps
tripping overnight." yields no step, and it should not: it is why the request is made. Counted as
unread words, such a sentence cost a right answer up to 0.35 of its confidence, as much as a lost
step. A sentence is background only when nothing in it was read (no schedule word, no step), it
names no place to send to or read from (URL, address, #channel), it does not open with a verb (a
lost "Archive them." is not background), and it says how something is or may be (is/are/has/
keeps/can …) or who is speaking (I/we/our/my …).
"""

import re

from nl_parser.verbs import lemma

_SENTENCE = re.compile(r"[^.!?\n\u2014]+(?:[.!?]+|\n|\u2014|$)")
_PLACE = re.compile(r"https?://|@[\w-]+\.|#[\w-]")
_STATE = re.compile(
    r"\b(?:is|are|was|were|am|has|have|had|keeps?|kept|gets?|got|always|never|usually|"
    r"often)\b|['\u2019](?:s|re|m|ve)\b"
    # "The pressure can drop without warning.": what a thing may do, after its subject; a modal
    # before its subject ("Could you …") asks.
    r"|(?<=\w\s)(?:can|could|may|might)\b(?!\s+(?:you|u)\b)",
    re.IGNORECASE,
)
_SPEAKERS = frozenset({"i", "we", "our", "my", "us", "we're", "i'm", "we've", "i've"})
_WORD = re.compile(r"[a-z][a-z'\u2019-]*", re.IGNORECASE)


def background_spans(text: str, read: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the spans of the sentences of `text` that are background to the request."""
    found = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        sentence = match.group()
        words = [w.lower() for w in _WORD.findall(sentence)]
        if not words or any(s < end and start < e for s, e in read):
            continue
        if _PLACE.search(sentence) or (lemma(words[0]) and words[0] not in _SPEAKERS):
            continue
        if _STATE.search(sentence) or words[0] in _SPEAKERS:
            found.append((start, end))
    return found
