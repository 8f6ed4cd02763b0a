"""Tell a message named with its place, and more said in one message, from a step of its own."""

import re

from nl_parser.verbs import DELIVER, lemma

# "a message in #noc-radio", "an email to ops@x.com", "a heads-up on the ops webhook".
MESSAGE_PLACED = re.compile(
    r"(?:an?|the)\s+(?:message|post|note|ping|e-?mail|text|sms|dm|heads-up|alert)\s+"
    r"(?:in|to|on|at|via)\s+[^,;+]*?(?:#[\w-]|@[\w-]+\.|\bweb-?hook\b)",
    re.IGNORECASE,
)


# "a confirmation email to the customer", "a line in #fitting-room", "a quick text to the driver":
# a message, perhaps of a kind, and who or where it goes to.
A_MESSAGE_ARTICLE = frozenset({"a", "an"})
PLACE_NAMED = re.compile(r"(?<![\w&])#[\w-]|[\w.+-]@[\w-]+\.|\bweb-?hook\b", re.IGNORECASE)
MESSAGE_TO_SOMEONE = re.compile(
    r"an?\s+(?:[\w-]+\s+)?(?:message|post|note|ping|e-?mail|text|sms|dm|heads-up|alert|line)\s+"
    r"(?:in|to|on|at|via|for)\s+(?:#[\w-]|[\w.+-]+@[\w-]+\.|(?:the|our|their|each|every)\s+[\w-])",
    re.IGNORECASE,
)


# Words that name the medium after "on", "via", "through": "on the sms webhook", "via Slack".
MEDIUM_WORDS = frozenset({"webhook", "web-hook", "sms", "slack", "email", "e-mail", "teams"})


def errand_asked(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "text them to come and collect it" (what they are asked to do) from a step."""
    before = [w for w, _ in tokens[max(0, i - 3) : i]]
    return before == ["to", "come", "and"] or before == ["to", "go", "and"]


def message_told(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "email the clients, reminding them to book" (what the message says) from a step."""
    # "…, reminding our school clients to book their tuning", "…, asking them to confirm": a
    # participle of telling after a delivery says what that message says; it sends no other.
    word = tokens[i][0]
    if i == 0 or tokens[i - 1][0] != "," or not word.endswith("ing"):
        return False
    if lemma(word) not in _TELLING_PARTICIPLES:
        return False
    return any(lemma(earlier) in DELIVER for earlier, _ in tokens[: i - 1])


# "thank them for staying and ask for a review", "congratulate the rep and remind them to log
# the deal": after a message, a verb of telling with no one new to tell and nowhere new to send
# it says more in that message; it sends no other.
SAID_IN_THE_SAME_MESSAGE = frozenset(
    {"ask", "remind", "tell", "invite", "thank", "congratulate", "welcome", "wish", "encourage"}
)
# What follows such a verb when those it tells are the ones told before ("ask for a review",
# "remind them to …", "wish her a happy birthday").
_TOLD_AGAIN = frozenset({"for", "to", "them", "him", "her", "if", "whether", "about"})
_SAID_ENDS = frozenset({",", ";", "then"})


def same_message_goes_on(tokens: list[tuple[str, int]], i: int, clause_at: int) -> bool:
    """Tell "…, thank them and ask for a review" (one message) from a second delivery."""
    if tokens[i - 1][0] != "and" or i + 1 >= len(tokens) or tokens[i + 1][0] not in _TOLD_AGAIN:
        return False
    opener = next((w for w, offset in tokens[:i] if offset >= clause_at), "")
    if lemma(opener) not in DELIVER:
        return False
    for word, _ in tokens[i + 1 :]:
        if word in _SAID_ENDS:
            break
        if word in MEDIUM_WORDS or word[:1] == "#" or "@" in word:
            return False  # "… and remind #ops" sends somewhere new
    return True


_TELLING_PARTICIPLES = frozenset({"remind", "ask", "tell", "warn", "inform", "invite", "urge"})
