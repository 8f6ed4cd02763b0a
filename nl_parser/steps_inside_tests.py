"""Tell a step that follows a test's predicate with no comma ("if it fails email oncall@…")."""

import re

from nl_parser.clause_tokens import COURTESY_WORDS, LIMITING
from nl_parser.conditions import EVENT, SUBJECT_ACTS, read_condition
from nl_parser.lexicon import STOPWORDS, word_set
from nl_parser.messages_told import MEDIUM_WORDS
from nl_parser.step_verbs import ACTION_VERBS, UNMARKED_STEPS
from nl_parser.verb_objects import OBJECTS, PARTICLES, object_follows, opens_on_its_object
from nl_parser.verbs import SENDS_A_MESSAGE, SETS_OFF, THROWS, lemma, main_verb
from nl_parser.waits import GIVE_TIME

# Words that deny the verb after them ("don't bother them"): no step starts at that verb.
DENIALS = frozenset({"not", "never", "don't", "don\u2019t", "dont"})


# "whenever an owner asks to collect their pet", "when a client wants to pull their records":
# the verb after one of wanting and "to" is what the person wants, part of the event.
_WANTING = word_set(
    "ask asks asked want wants wanted request requests requested wish wishes wished like "
    "need needs needed try tries tried offer offers offered decide decides decided choose "
    "chooses chose plan plans planned hope hopes hoped"
)


def wished_doing(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "asks to collect their pet" (what a person wants) from "… collect the data"."""
    return i > 1 and tokens[i - 1][0] == "to" and tokens[i - 2][0] in _WANTING


def lets_know(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "if it's not 200 let #oncall know" (a notification) from "let it run"."""
    return tokens[i][0] in ("let", "lets") and "know" in [w for w, _ in tokens[i + 2 : i + 5]]


def done_by_means(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "… cancel the order by calling https://…" (a step done by a call) from a test."""
    # Whatever its verb: "if rain is expected cancel the order by calling https://…"; "if it is
    # expected by noon" is a test that goes on.
    word = tokens[i][0]
    if not word.isalpha() or word.endswith(("ed", "ing")) or word in STOPWORDS:
        return False
    after = [w for w, _ in tokens[i + 1 : i + 7]]
    if "by" not in after[:-1]:
        return False
    means = after[after.index("by") + 1]
    return means.endswith("ing") and bool(lemma(means))


_THROUGH = frozenset({"via", "through", "over", "using"})


def sets_off_a_webhook(text: str, tokens: list[tuple[str, int]], i: int, end: int) -> bool:
    """Tell "… fire the alarm webhook" (a step) from "when the job fires" (an event)."""
    # A verb of setting off with a webhook as its object: "if any cabinet is warmer than -12C
    # fire the alarm webhook".
    if tokens[i][0] not in SETS_OFF:
        return False
    found = main_verb(text[tokens[i][1] : end])
    return found is not None and found[0] == "trigger"


# Who a message is shot at, right after the verb ("shoot them a confirmation email").
_MESSAGED = frozenset({"them", "him", "her", "me", "us", "everyone", "off", "over"})


# An event's verb of giving in the third person or past: the name after it receives the thing.
_GIVES_ON = word_set(
    "sends sent gives gave hands handed emails emailed mails mailed texts texted forwards "
    "forwarded passes passed"
)


def shoots_a_message(text: str, tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "… shoot them a confirmation email" (a step) from the event's own words."""
    # Whatever its verb, its object is a message: "when someone books a tuning shoot them a
    # confirmation email"; "books a piano tuning" is the event's.
    word = tokens[i][0]
    if i + 1 >= len(tokens) or word in STOPWORDS:
        return False
    if i > 0 and tokens[i - 1][0] in _GIVES_ON and text[tokens[i][1]].isupper():
        return False  # "when a supplier sends Acme Ltd a note": the name is who is sent it
    # "…, give Martin a heads-up": or at someone named, capitalised as a name is; after the
    # event's comma a name typed lower-case is one too ("…, give deborah a heads-up"), since
    # the event's own words never stand there.
    named = tokens[i + 1][0].isalpha() and (
        text[tokens[i + 1][1]].isupper() or tokens[i - 1][0] == ","
    )
    # "if the water's above 3.2m shoot a txt to …": a verb of throwing is never the event's own,
    # so the message it throws may follow it bare; "if customers send a message" stays the test.
    thrown = word in THROWS and tokens[i + 1][0] in ("a", "an")
    if tokens[i + 1][0] not in _MESSAGED and not named and not thrown:
        return False
    return (
        word.isalpha()
        and not word.endswith(("s", "ed"))
        and bool(SENDS_A_MESSAGE.match(text[tokens[i][1] + len(word) :]))
    )


def done_through_webhook(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "… switch on irrigation through the irrigation webhook" (a step) from a noun."""
    # Whatever its verb; "readings and humidity via the webhook" lists nouns before the means.
    word = tokens[i][0]
    if not word.isalpha() or word.endswith(("ed", "ing")) or word in STOPWORDS:
        return False
    following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    if following not in OBJECTS and following not in PARTICLES:
        return False  # "open the gates", "turn off pumps": the verb's object or particle next
    after = [w for w, _ in tokens[i + 2 : i + 10]]
    means = next((k for k, w in enumerate(after) if w in _THROUGH), None)
    return means is not None and any(
        re.fullmatch(r"web-?hook", w) for w in after[means + 1 : means + 6]
    )


# "when a call sheet is approved", "once the PO gets rejected": what was done to the subject.
_PASSIVE_EVENT = re.compile(r"\b(?:is|are|was|were|gets?|has\s+been)\s+[a-z]{3,}ed\b", re.I)


# "for high-risk ones", "for the urgent ones": a subset named by what its items are.
_SUBSET_OF_ONES = re.compile(r"^\s*(?:the\s+)?(?:[\w-]+\s+){1,2}ones\s*$", re.IGNORECASE)


# "after every tattoo session text the client …", "after each class at the studio email …": an
# event named by its noun, each time it happens, needs no verb of its own before the step.
_EACH_EVENT_NAMED = re.compile(r"\W*after\s+(?:every|each)\s+(?!\d)[a-z]", re.IGNORECASE)


# "…, otherwise fire the webhook so (that) customers get a text": "so" and a subject before
# a verb tell why the step before is taken; the verb starts no step of its own.
_LONGEST_PURPOSE_SUBJECT = 4  # words: "the front desk staff"


def purpose_opens_at(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether token i follows the "so" (or "so that") of a purpose."""
    before = tokens[i - 1][0] if i else ""
    if before == "that" and i > 1:
        before = tokens[i - 2][0]
        i -= 1
    return before == "so" and (i < 2 or tokens[i - 2][0] != "if")


def purpose_at(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether the verb at i is a purpose's ("so customers get a text"), not a step."""
    for start in range(i - 1, max(0, i - 1 - _LONGEST_PURPOSE_SUBJECT), -1):
        word = tokens[start][0]
        if not word[:1].isalpha() or word in ACTION_VERBS or word in COURTESY_WORDS:
            return False
        if purpose_opens_at(tokens, start):
            return True
    return False


def predicate_before(text: str, step: str) -> bool:
    """Tell whether the words since the if/when already say something ("it fails", "is down")."""
    if _EACH_EVENT_NAMED.match(text):
        return True
    # the conditional word itself, or all of a two-word one ("every time someone books a cut")
    body = re.sub(r"^\W*(?:(?:every|each|any)\s+time\b|\w+)", "", text)
    if read_condition(body) is not None or EVENT.search(body) or _PASSIVE_EVENT.search(body):
        return True
    if _SUBSET_OF_ONES.match(body):
        return True  # "for high-risk ones wait for sign-off": the subset is named; its step follows
    # "when an order ships email the customer": the subject's verb with the step for its object.
    return bool(SUBJECT_ACTS.match(body) or SUBJECT_ACTS.match(f"{body.rstrip()} {step}"))


def quotation_follows(tokens: list[tuple[str, int]], i: int, quoted: list[tuple[int, int]]) -> bool:
    """Tell whether a quotation opens right after the verb at i ("post 'all good' in #ops")."""
    # A token keeps its opening quote mark, so the quotation's words start one character on.
    return i + 1 < len(tokens) and any(a == tokens[i + 1][1] + 1 for a, _ in quoted)


def quotation_ends_before(
    tokens: list[tuple[str, int]], i: int, quoted: list[tuple[int, int]]
) -> bool:
    """Tell whether a quotation closes right before the word at i ("a 'we're open' message")."""
    # The token before keeps its closing quote mark, so the quotation's words end one before.
    return bool(quoted) and any(b == tokens[i][1] - 2 for _, b in quoted)


def step_after_bare_not(
    tokens: list[tuple[str, int]], i: int, quoted: list[tuple[int, int]]
) -> bool:
    """Tell "if not email the owner" / "if not just post …" (a step) from "if not paid by …"."""
    if tokens[i - 1][0] != "not" or tokens[i - 2][0] not in ("if", "when"):
        return False
    verb_at = i + 1 if tokens[i][0] in LIMITING and i + 1 < len(tokens) else i
    if tokens[verb_at][0] not in UNMARKED_STEPS:
        # "if not just drop it in #exams", "if not put a note on #ops": a verb that is no
        # delivery word alone is one when a channel or address closes its short object.
        return tokens[verb_at][0] in ACTION_VERBS and _placed_soon(tokens, verb_at)
    return (
        object_follows(tokens, verb_at)
        or opens_on_its_object(tokens, verb_at)
        or quotation_follows(tokens, verb_at, quoted)
    )


def _placed_soon(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether a channel or address follows the verb at i within a few words."""
    for word, _ in tokens[i + 1 : i + 7]:
        if word in (",", ";", ".", ":"):
            return False
        if word.startswith("#") or "@" in word:
            return True
    return False


_GRANTING = frozenset({"give", "allow", "leave", "let"})


def time_granted(text: str, tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "give it two days" (a wait, granted) from "give #ops a heads-up" (a delivery)."""
    return tokens[i][0] in _GRANTING and bool(GIVE_TIME.match(text, tokens[i][1]))


def reached_through(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "… text dave on the sms webhook" (a name, then the medium) from the event's words."""
    # The event's own words: "… is showing an error code".
    names = [w for w, _ in tokens[i + 1 : i + 3]]
    if not names or not names[0].isalpha() or names[0] in STOPWORDS:
        return False
    if names[1:] == ["in"]:
        # "ping dispatch in #dispatch": a team by one name, then the channel it is in ("… page
        # post in #shop-floor" names no one: "post" is the step).
        channel = tokens[i + 3][0] if i + 3 < len(tokens) else ""
        return channel.startswith("#") and names[0] not in UNMARKED_STEPS
    at = i + 2 if names[1:] and names[1].isalpha() and names[1] not in _THROUGH | {"on"} else i + 1
    if at + 1 >= len(tokens) or tokens[at + 1][0] not in _THROUGH | {"on"}:
        return False
    return any(w in MEDIUM_WORDS or w.startswith("#") for w, _ in tokens[at + 2 : at + 6])
