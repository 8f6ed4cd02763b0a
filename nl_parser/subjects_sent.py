"""Tell a step told subject first ("anything over €20k goes to #wins", "routine ones to #ops")."""

from itertools import pairwise

from nl_parser.filters import looks_plural
from nl_parser.lexicon import STOPWORDS, word_set
from nl_parser.step_verbs import ACTION_VERBS, UNMARKED_STEPS


def gapped_going_at(tokens: list[tuple[str, int]], i: int, clause_start: int) -> bool:
    """Tell "…, routine ones to #callbacks" after "urgent ones go to …" (its "go" left out)."""
    words = [w for w, _ in tokens[i : i + 8]]
    if words[:1] == ["the"]:
        words = words[1:]
    # The class: "routine ones", or a plural noun with a word before it or none.
    if words[1:2] == ["ones"] and words[0].isalpha() and words[0] not in ARTICLES:
        at = 2
    else:
        at = next((k for k in (1, 2) if k < len(words) and words[k] in ("to", "into")), 0)
        if not at or not looks_plural(words[at - 1]) or not words[at - 1].isalpha():
            return False
    if words[at : at + 1] not in (["to"], ["into"]) or at + 1 >= len(words):
        return False
    place = words[at + 1 :]
    if not (place[0].startswith("#") or "@" in place[0] or "webhook" in place[:5]):
        return False
    # The clause before sends its own class with "go(es) to", or names it with "ones" right
    # before where it goes ("negative ones to #front-of-house, positive ones to …", "send the
    # urgent ones to #ops and the routine ones to …"): the class sent first sets the pattern.
    before = [w for w, offset in tokens[:i] if offset >= clause_start]
    return any(
        (w in GO and before[k + 1 : k + 2] in (["to"], ["into"], *([w2] for w2 in STRAIGHT)))
        or (w == "ones" and k > 0 and before[k + 1 : k + 2] in (["to"], ["into"]))
        for k, w in enumerate(before[:-1])
    )


GO = frozenset({"go", "goes"})
STRAIGHT = frozenset({"straight", "directly", "right", "immediately", "instantly"})
# "any agent below 80% should be flagged in #leads", "any drawer off by $20 gets reported to …":
# a passive of sending after "be" or "get(s)".
_SENT = frozenset({"flagged", "reported", "escalated", "posted", "sent", "forwarded", "emailed"})
_MODALS = frozenset({"should", "must", "will"})
ARTICLES = frozenset({"a", "an", "the"})


PICKING = frozenset({"any", "anything", "anyone", "everything", "those", "each", "every"})


def sent_word(words: list[str], j: int) -> bool:
    """Tell a participle of sending, or any participle that goes to a channel or address."""
    # "any over €20k should be celebrated in #big-wins": where it lands says it is sent.
    if words[j] in _SENT:
        return True
    place = words[j + 2] if j + 2 < len(words) else ""
    return words[j].endswith("ed") and (
        place.startswith("#") or "@" in place or into_a_message(words, j)
    )


_MESSAGE_NOUNS = frozenset({"email", "e-mail", "message", "post", "dm"})


def into_a_message(words: list[str], j: int) -> bool:
    """Tell a participle put "in an email to …" (a message named as a noun, sent on)."""
    # "any patient flagged as overdue is to be listed in an email to reception@…": whatever
    # the participle says of the items, the message they go in is sent, so they are.
    if words[j + 1 : j + 2] not in (["in"], ["into"]) or words[j + 2 : j + 3] not in _A_MESSAGE:
        return False
    return any(
        words[k] in _MESSAGE_NOUNS and words[k + 1 : k + 2] == ["to"]
        for k in range(j + 3, min(j + 6, len(words)))
    )


_A_MESSAGE = (["a"], ["an"], ["the"], ["one"])


def _bare_plural_subject(words: list[str]) -> bool:
    """Tell a bare plural subject ("payments", "payments should") of a passive send."""
    # "…, and payments get emailed to bursar@…": a kind of item with no article, as "absences
    # go to …" is, names the items its passive sends.
    if not words or len(words) > 2 or (len(words) == 2 and words[1] not in _MODALS):
        return False
    noun = words[0]
    return len(noun) > 4 and noun.isalpha() and noun.endswith("s") and noun not in _NOT_SUBJECTS


def _ones_subject(words: list[str]) -> bool:
    """Tell a class named by "ones" ("routine ones", "the urgent ones") as a passive's subject."""
    if words and words[-1] in _MODALS:
        words = words[:-1]
    if words[:1] == ["the"]:
        words = words[1:]
    return len(words) == 2 and words[1] == "ones" and words[0] not in ARTICLES


# Plural-looking words that are no kind of item: "this gets sent to …", "others get …".
_NOT_SUBJECTS = frozenset({"others", "things", "results", "details", "numbers", "always"})


def subject_goes_at(tokens: list[tuple[str, int]], i: int, *, told: bool = False) -> bool:
    """Tell whether a step told subject first ("anything over 20k goes to #wins") opens at i."""
    # The place may lie past the twelve words a subject is looked for in ("… is to be listed in
    # an email to …"), so the words after them are kept for it.
    # "… and any tyre size with fewer than four units on the shelf is to be emailed to …": the
    # items "any" picks may be told at length before their passive; other subjects are short.
    if tokens[i - 1][0] == "and" and _few_nouns_before(tokens, i - 1):
        return False  # "…: burst pipes and leaks go straight to …": one subject, two nouns
    picked = tokens[i][0] in ("any", "anything")
    reach = _without_means(
        _without_number_commas([w for w, _ in tokens[i : i + (20 if picked else 18)]])
    )
    words = reach[:18] if picked else reach[:12]
    for j, word in enumerate(words[1:-1], start=1):
        if word in (",", ";"):
            return False
        if word in GO and words[j + 1] in ("to", "into"):
            return True
        if word in GO and words[j + 1 : j + 3] == ["out", "to"]:
            return True  # "…, after which it goes out to the calendar webhook"
        if word in GO and words[j + 1] == "in" and words[j + 2][:1] == "#":
            return True  # "…, all other bookings go in #site-office": a channel is "to" it
        if word in GO and words[j + 1] in STRAIGHT and words[j + 2 : j + 3] in (["to"], ["into"]):
            return True  # "leak reports go straight to the plumber webhook": how fast, then where
        if word in _LAND and j == 2 and _remainder_lands(words):
            return True  # "…, everything else lands in #general": where the rest is sent
        passive = words[j - 1] in ("be", "get", "gets") and (
            words[0] in ("any", "anything") or _bare_plural_subject(words[: j - 1])
        )
        # "…, and a refill order is sent to the supplier's webhook": outside an if, a passive
        # told as done is the step (inside one, "if the invoice is sent to …" is its test).
        passive = passive or (told and words[j - 1] in ("is", "are") and words[0] in ARTICLES)
        # "…, and routine ones get emailed to roads@…", "the urgent ones are posted in #ops": a
        # class picked by "ones" is sent by its passive as "any" is.
        passive = passive or (
            words[j - 1] in ("be", "get", "gets", "are") and _ones_subject(words[: j - 1])
        )
        if passive and sent_word(reach, j) and words[j + 1] in ("to", "in", "into"):
            return True
        # "…, and the session bookings emailed to studio@…": the duty before lends its "be".
        gapped = tokens[i - 1][0] == "and" and words[0] in ARTICLES and 1 < j < 5
        # "…, and the emergencies sent straight to the pager webhook": how fast, then where.
        hurried = words[j + 1] in STRAIGHT and j + 2 < len(words)
        if (
            gapped
            and word in _SENT
            and words[j + 1 + hurried] in ("to", "in", "into")
            and all(w.isalpha() or "-" in w for w in words[1:j])
        ):
            return True
        # "anything north of 250 ms should page ml-oncall": what the picked items make it do.
        if word in _MODALS and words[j + 1] in UNMARKED_STEPS and words[0] in PICKING:
            return True
        # "— anything above £40k gets a shout-out in #showroom": the picked items get a message
        # where it lands (actions.py reads it as "send <subject> in #showroom"); the message may
        # be told at more length ("gets a 'normal generation' line in #control-room").
        if word in _GETS_A_MESSAGE and words[0] in PICKING and _lands_after(words[j + 1 : j + 8]):
            return True
    return False


def _few_nouns_before(tokens: list[tuple[str, int]], joint: int) -> bool:
    """Tell whether one to three plain nouns lie between the last ":" or "," and "and"."""
    opened = joint - 1
    while opened >= 0 and tokens[opened][0] not in (",", ":"):
        opened -= 1
    nouns = [word for word, _ in tokens[opened + 1 : joint]]
    # "summarise it and …", "pull the orders and …": a verb or a function word makes a step.
    return (
        0 < len(nouns) <= 3
        and opened >= 0
        and nouns[0] not in ACTION_VERBS
        and all(word.isalpha() and word not in STOPWORDS for word in nouns)
    )


_GETS_A_MESSAGE = word_set("get gets earn earns receive receives deserve deserves merit merits")
_LAND = frozenset({"land", "lands"})
_ELSE_OPENS = frozenset({"everything", "anything", "everyone", "anyone"})


def _remainder_lands(words: list[str]) -> bool:
    """Tell "everything else lands in #general" (the rest sent) from "anything that lands in …"."""
    # Only the other branch is sent by landing: "any form that lands in help@…" is the event.
    remainder = (words[0] in _ELSE_OPENS and words[1] == "else") or words[:2] == ["the", "rest"]
    place = words[4] if len(words) > 4 else ""
    return remainder and words[3] in ("in", "into") and (place.startswith("#") or "@" in place)


def _lands_after(words: list[str]) -> bool:
    """Tell a message named, then "in"/"to" a channel or an address ("a shout-out in #wins")."""
    return words[0] in ("a", "an", "its", "their") and any(
        word in ("in", "to", "into", "on") and (place[:1] == "#" or "@" in place)
        for word, place in pairwise(words[1:])
    )


def _without_number_commas(words: list[str]) -> list[str]:
    """Join "$4", ",", "000" back into one word: a comma inside a number ends no subject."""
    joined: list[str] = []
    for word in words:
        if (
            len(joined) > 1
            and joined[-1] == ","
            and joined[-2][-1:].isdigit()
            and word[:1].isdigit()
        ):
            joined[-2:] = [joined[-2] + "," + word]
            continue
        joined.append(word)
    return joined


# "should be reported by email to …": how it is sent, between the participle and its place.
_MEANS = frozenset({"email", "e-mail", "mail", "slack", "webhook"})


def _without_means(words: list[str]) -> list[str]:
    """Drop "by email" / "via Slack" after a participle, so its place follows it."""
    return [
        w
        for k, w in enumerate(words)
        if not (w in ("by", "via") and words[k + 1 : k + 2] and words[k + 1] in _MEANS)
        and not (w in _MEANS and k > 0 and words[k - 1] in ("by", "via"))
    ]
