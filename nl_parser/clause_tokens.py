"""Read a sentence's tokens: the marks that join steps, and words read anew before the cut."""

import re

from nl_parser.lexicon import STOPWORDS, word_set
from nl_parser.openers import conditional_at
from nl_parser.step_verbs import ACTION_VERBS, GUARDED_STEP_VERBS
from nl_parser.verbs import EXCLUDE

# "anything above £25,000 goes to …": a comma between a digit and three more groups thousands
# and splits nothing.
TOKEN = re.compile(r"[,;:]|(?:[^\s,;:]|(?<=\d),(?=\d{3}(?!\d)))+(?::[^\s,;:]+)*")
# "pager webhook + post the ID in #ops": a plus between steps joins them as "and" does.
CONNECTORS = frozenset(
    {",", ";", "and", "+", "then", "or", "also", "finally", "next", "afterwards"}
)


# "Tomorrow's bookings from https://… — email them to …": a verb after a dash starts a step.
DASHES = frozenset({"\u2014", "\u2013", "-", "--"})


# Words of courtesy between a dash and its verb: "… in the shared drive — please pull out …"
# (", please set up the following:" after a greeting asks for the workflow, no step).
COURTESY_WORDS = frozenset({"please", "kindly", "pls", "plz"})


# "should the next pass begin within 10 minutes", "when our next shipment lands": after a word
# that picks a thing, "next" says which one; it joins no steps as "…, next email the team" does.
_PICKING_WORDS = word_set("the a an its their our my your his her this that each any")


def next_as_adjective(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Read "next" after a determiner ("the next pass") as the adjective it is, not a connector."""
    return [
        ("upcoming" if word == "next" and _picked_before(tokens, i) else word, at)
        for i, (word, at) in enumerate(tokens)
    ]


# "…, only bother #payments-eng if it isn't returning 200", "and just email ops@… when …": an
# adverb that limits the step (its "if" says how) stands between the connector and the verb.
LIMITING = frozenset({"only", "just", "simply"})


def without_contrast(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Drop "but" after a comma or dash before a verb: the comma joins the steps as "and" does."""
    # "read the gauge from https://…, but only bother ops@x.com when it dips under 7": the
    # contrast says the next step is guarded, not that it is part of the read ("…, but skip
    # the email on nights when …" says what is not done, and stays with its step).
    return [
        (word, at)
        for i, (word, at) in enumerate(tokens)
        if not (
            word == "but"
            and 0 < i < len(tokens) - 1
            and (tokens[i - 1][0] in (",", ";") or tokens[i - 1][0] in DASHES)
            and (
                tokens[i + 1][0] in LIMITING
                or tokens[i + 1][0] in GUARDED_STEP_VERBS
                or tokens[i + 1][0] in WITHHOLDING  # "…, but don't send it until …"
                or _items_dropped_at(tokens, i + 1)
            )
        )
    ]


# What a drop names when it leaves out the step's own message, not items: "…, but skip the
# email on nights when …", "…, but ignore it if …".
_DROPPED_MESSAGES = frozenset(
    {"email", "e-mail", "message", "post", "dm", "it", "this", "that", "alert", "reminder", "ping"}
)


def _items_dropped_at(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "ignore the test orders" (items left out, a step of its own) at token i."""
    # "…, but ignore the test orders": the items dropped are tested before the delivery.
    leaves_out = tokens[i][0] == "leave" and [w for w, _ in tokens[i + 1 : i + 2]] == ["out"]
    if tokens[i][0] not in EXCLUDE and not leaves_out:
        return False
    i += 1 if leaves_out else 0
    words = [w for w, _ in tokens[i + 1 : i + 4]]
    if words[:1] in (["the"], ["any"], ["all"]):
        words = words[1:]
    return bool(words) and words[0].isalpha() and not _DROPPED_MESSAGES & set(words[:2])


def without_limiting_adverbs(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Drop "only"/"just" between a connector and a verb, so the verb starts its step."""
    return [
        (word, at)
        for i, (word, at) in enumerate(tokens)
        if not (
            word in LIMITING
            and 0 < i < len(tokens) - 1
            and (tokens[i - 1][0] in CONNECTORS or tokens[i - 1][0] in DASHES)
            and tokens[i + 1][0].isalpha()
            and tokens[i + 1][0] not in STOPWORDS
            and conditional_at(tokens, i + 1) is None
        )
    ]


def after_that_as_connector(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Read "…, and after that <verb>" as "afterwards": the order, not an event to wait for."""
    # "hold everything until the pilot says go, and after that text them …": after a break, "after
    # that" and a step verb say what comes next, as "then" does; "a week after that" (a span
    # before it) is a wait, and "after that is approved" (no verb after it) still names an event.
    kept: list[tuple[str, int]] = []
    skip = False
    for i, (word, at) in enumerate(tokens):
        if skip:
            skip = False
            continue
        if (
            word == "after"
            and i + 2 < len(tokens)
            and tokens[i + 1][0] == "that"
            and (i == 0 or tokens[i - 1][0] in CONNECTORS)
            and (tokens[i + 2][0] in ACTION_VERBS or tokens[i + 2][0] == ",")
        ):
            kept.append(("afterwards", at))
            skip = True
            continue
        if (
            word == "after"
            and i + 2 < len(tokens)
            and tokens[i + 1][0] == "which"
            and i > 0
            and tokens[i - 1][0] == ","
        ):
            # "…, after which it goes out to the calendar webhook": the order, as "then"; the
            # step after it starts on the comma.
            skip = True
            continue
        kept.append((word, at))
    return kept


def _picked_before(tokens: list[tuple[str, int]], i: int) -> bool:
    return i > 0 and tokens[i - 1][0] in _PICKING_WORDS


def done_again(word: str) -> str:
    """Read "re-read", "re-check" as the verb done again ("read", "check")."""
    # "wait 15 minutes, re-read https://…/latest, and if …": the repeated read is a step.
    return word[3:] if word.startswith("re-") and word[3:] in ACTION_VERBS else word


# "it shall then be sent", "it is then to be emailed": "then" between a duty's modal and its
# "be" only orders the duty; the clause runs on (a break before its subject has cut it).
_MODALS_BEFORE_BE = frozenset(
    {"shall", "should", "must", "will", "would", "can", "may", "is", "are"}
)


def without_then_inside_duties(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Drop "then" between a duty's modal and its "be" ("it shall then be held")."""
    return [(word, at) for i, (word, at) in enumerate(tokens) if not _then_inside_a_duty(tokens, i)]


def _then_inside_a_duty(tokens: list[tuple[str, int]], i: int) -> bool:
    before = tokens[i - 1][0] if i > 0 else ""
    if tokens[i][0] != "then" or before not in _MODALS_BEFORE_BE:
        return False
    after = [w for w, _ in tokens[i + 1 : i + 3]]
    return after[:1] == ["be"] or (before in ("is", "are") and after == ["to", "be"])


# The words that open a delivery held back ("don't send it until …"), and what may come before.
WITHHOLDING = frozenset({"don't", "do", "never"})


def connector_start(tokens: list[tuple[str, int]], i: int) -> int:
    """Return the offset of the connectors just before token i, or token i's own."""
    j = i
    while j > 0 and tokens[j - 1][0] in CONNECTORS:
        j -= 1
    return tokens[j][1] if j < i else tokens[i][1]
