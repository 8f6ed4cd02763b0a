"""Tell a duty told in the passive ("a report is to be emailed …") or asked in the subjunctive."""

import re

from nl_parser.filters import looks_plural
from nl_parser.lexicon import STOPWORDS
from nl_parser.openers import conditional_at
from nl_parser.subjects_sent import ARTICLES, PICKING, into_a_message, sent_word
from nl_parser.verbs import lemma, set_off_as

_DUTY_SUBJECTS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "each", "all", "it", "they", "these", "those"}
    | {"that", "this"}  # "…, and that report is to be emailed": the thing made, pointed at
)
_DUTY_BE = ("to", "be")
_DUTY_MODALS = frozenset({"must", "shall", "should"})
_ADDRESS_WORD = re.compile(r"^(?:#[\w-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$")


def _duty_be_at(words: list[str], j: int) -> int | None:
    """Return where the participle is after "shall be" / "is to be" at j (None if no duty)."""
    if words[j] in _DUTY_MODALS_ALL and words[j + 1 : j + 2] == ["be"]:
        return j + 2
    if words[j] in ("is", "are") and tuple(words[j + 1 : j + 3]) == _DUTY_BE:
        return j + 3
    return None


# The modals a duty is told with: "shall be extracted", "must be sent", "will be posted".
_DUTY_MODALS_ALL = frozenset({"shall", "should", "must", "will"})


def listed_before_a_duty(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell a verb-like noun in the list a passive duty is told of ("…, invoice total and …")."""
    # "the supplier name, invoice total and due date shall be extracted", "candidate number,
    # subject and total mark are to be extracted": the list is the subject of the duty, so a
    # word in it that could be a verb ("invoice", "total") starts no step; a verb with its own
    # object ("total the sales and …") has an article or pronoun after it.
    word = tokens[i][0]
    if tokens[i - 1][0] not in (",", "and") or not word.isalpha() or word in _OBJECT_WORDS:
        return False  # "…, they are to be posted": the duty's own subject starts its step
    words = [w for w, _ in tokens[i + 1 : i + 10]] + ["", "", ""]
    for j, listed in enumerate(words[:8]):
        done_at = _duty_be_at(words, j)
        if done_at is not None:
            # "if it tops 2.5 m, passengers booked on it are to be told": a plural alone after
            # the comma, with no "and" after it, is the duty's whole subject, not a list.
            joined = "and" in words[:j] or "," in words[:j] or tokens[i - 1][0] == "and"
            return _participle(words[done_at]) and (joined or not _bare_plural(word))
        if not (listed in ("and", ",") or (listed.isalpha() and listed not in _OBJECT_WORDS)):
            return False
    return False


# Words that open a verb's own object (the word before them is a verb, not a listed noun), or
# a pronoun that is a duty's whole subject.
_OBJECT_WORDS = frozenset(
    {"the", "a", "an", "it", "them", "this", "that", "these", "those", "each", "every", "all"}
    | {"its", "their", "our", "my", "your", "his", "her", "any", "some"}
    | {"they", "we", "you", "he", "she", "i"}
)


def told_delivery_at(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "a reminder email shall be sent to …" (a delivery told as a duty) starting at i."""
    words = [w for w, _ in tokens[i : i + 12]] + ["", "", "", ""]
    for j in range(1, 6):
        done_at = _duty_be_at(words, j)
        if done_at is not None:
            return sent_word(words, done_at) and words[done_at + 1] in ("to", "in", "into")
        if not (words[j].isalpha() or "-" in words[j]) or words[j] in _OBJECT_WORDS:
            return False
    return False


# Words that may follow a participle of making, ending it or saying who or what it is for.
_AFTER_GAPPED_DUTY = frozenset({"for", "to", "from", "and", "by", "in", "on", ",", ";", ""})


def gapped_duty_at(text: str, tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "…are to be extracted, and a report generated for …" (a second duty) from a list."""
    # The second duty leaves out its "is to be": an article, a noun or three, a known
    # participle. Only a clause already holding a duty can leave it out.
    if tokens[i][0] not in ARTICLES or " to be " not in text[: tokens[i][1]]:
        return False
    words = [w for w, _ in tokens[i + 1 : i + 6]] + ["", ""]
    for k in range(1, 4):
        if not all(w.isalpha() for w in words[:k]):
            return False
        if words[k].endswith("ed") and lemma(words[k]) is not None:
            return words[k + 1] in _AFTER_GAPPED_DUTY
    return False


def duty_at(tokens: list[tuple[str, int]], i: int, *, after_test: bool = False) -> bool:
    """Tell whether "<the things> are to be <done>" (after a test, "must be") starts here."""
    words = [w for w, _ in tokens[i : i + 20]]
    # "…, theatre-coordinators@x.org are to be notified by email", "…, #ops is to be told":
    # an address, as the subject, names who the duty is done to.
    if not words:
        return False
    # "where the waves top 2.5 m, passengers booked on it are to be informed …": after a test,
    # a bare plural names whom the duty is done to, as "the passengers" does.
    bare = after_test and _bare_plural(words[0])
    # "…, and any member more than two months in arrears shall be written to": a subject that
    # picks the items names what the duty is done to, its test read with the step.
    picked = words[0] in PICKING
    if not (bare or picked or words[0] in _DUTY_SUBJECTS or _ADDRESS_WORD.match(words[0])):
        return False
    for j, word in enumerate(words[1:-2], start=1):
        if word == ";" or conditional_at(tokens, i + j):
            return False
        if word in ("is", "are") and tuple(words[j + 1 : j + 3]) == _DUTY_BE:
            if bare and word == "is":
                return False
            return j + 3 < len(words) and (
                lemma(words[j + 3]) is not None
                or _held_until(words, j + 3)  # "the request is to be held until …"
                or set_off_as(words[j + 3]) is not None  # "… webhook is to be fired"
                or (after_test and _done_by_webhook(words, j + 3))
                or into_a_message(words, j + 3)  # "are to be noted in an email to …"
            )
        if (after_test or picked) and word in _DUTY_MODALS and words[j + 1] == "be":
            # "should any pen read below 6 mg/L, the aeration webhook must be triggered": the
            # duty a test guards, said with a modal (elsewhere the clause reads whole).
            # "…, a cancellation notice shall be placed in #visitor-desk": a participle that
            # lands in a channel or an address is a delivery, known verb or not.
            return (
                _participle(words[j + 2])
                or sent_word(words, j + 2)
                or _held_until(words, j + 2)  # "the request shall be held pending approval"
            )
    return False


def _held_until(words: list[str], j: int) -> bool:
    """Tell "held until …" / "kept back pending …" (a hold) at j from "held at the hall"."""
    # "held" names no verb the lexicon knows; only with what it lasts until is it a hold.
    if words[j] not in ("held", "kept"):
        return False
    ended = words[j + 2 : j + 3] if words[j + 1 : j + 2] == ["back"] else words[j + 1 : j + 2]
    return ended in (["until"], ["till"], ["pending"])


def _bare_plural(word: str) -> bool:
    """Tell a plural noun with no article ("passengers") from a verb or a function word."""
    return word.isalpha() and looks_plural(word) and word not in STOPWORDS and lemma(word) is None


def _done_by_webhook(words: list[str], j: int) -> bool:
    """Tell a participle done by way of a webhook ("raised through the facilities webhook")."""
    # "…, a ticket is to be raised through the facilities webhook": the deed, its verb known or
    # not, is the webhook's call the test guards.
    return words[j].endswith("ed") and "webhook" in words[j + 1 : j + 6]


def arranged_to_be(tokens: list[tuple[str, int]]) -> int | None:
    """Return where "to be <done>" goes on from "arrange for <thing>, <aside>," (None if not)."""
    # "Kindly arrange for a report of the call-outs, broken down by district, to be compiled":
    # the aside between commas says how the thing is made, and "to be" goes on with the thing
    # arranged; neither starts a step of its own.
    words = [w for w, _ in tokens]
    opens = next((k for k in range(min(6, len(words) - 1)) if words[k : k + 2] == _ARRANGE), None)
    if opens is None:
        return None
    for j in range(opens + 2, min(opens + 40, len(words) - 3)):
        if words[j] == ";" or conditional_at(tokens, j):
            return None
        if words[j] == "," and tuple(words[j + 1 : j + 3]) == _DUTY_BE:
            return j + 1 if _participle(words[j + 3]) else None
    return None


_ARRANGE = ["arrange", "for"]


def asked_that_at(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether "that <someone or something> be <done>" (a thing asked for) starts here."""
    return i < len(tokens) and tokens[i][0] == "that" and asked_passive_at(tokens, i + 1)


# Words that make a "be" no subjunctive: "the report is to be …", "the page should be …".
_NOT_ASKED = frozenset({"to", "should", "must", "will", "would", "can", "could", "may", "might"})


def asked_passive_at(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether "<someone or something> be <done>" (a subjunctive, asked for) starts here."""
    # "…, should H2S exceed 10 ppm, the pager webhook be triggered, ops@… be emailed": each
    # thing asked for names its object first and its verb, bare, after "be".
    words = [w for w, _ in tokens[i : i + 10]]
    for j, word in enumerate(words[1:-1], start=1):
        if word in (",", ";") or word in _NOT_ASKED or conditional_at(tokens, i + j):
            return False
        if word == "be":
            return _participle(words[j + 1])
    return False


def _participle(word: str) -> bool:
    """Tell a participle of doing ("emailed", "sent", "triggered"), not an adjective ("red")."""
    if word in _IRREGULAR_PARTICIPLES:
        return True
    # "the pager webhook be triggered": a verb the parser does not know still names a deed,
    # as a short one of setting off does ("the pump webhook must be fired").
    return word.endswith(("ed", "sent")) and (
        lemma(word) is not None or len(word) > 6 or set_off_as(word) is not None
    )


# "any member in arrears shall be written to", "the owner is to be told": no "-ed" ending.
_IRREGULAR_PARTICIPLES = frozenset({"written", "told"})
