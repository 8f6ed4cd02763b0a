"""Tell a step told by its participle ("…, summarized and posted to #growth")."""

from nl_parser.lexicon import word_set
from nl_parser.openers import conditional_at
from nl_parser.subjects_sent import STRAIGHT
from nl_parser.verb_objects import DIRECT_OBJECTS
from nl_parser.verbs import CLASSIFY, DELIVER, WORKS_ON_DATA, lemma

_AFTER_PARTICIPLE = frozenset({"and", "to", "into", "in", "by", "as", "for", "via", ",", ""})
_PARTICLES_BEFORE_TO = frozenset({"on", "over", "along", "across", "back"})
# Participles of ordering that, with "by", say how a made thing is laid out.
_LAID_OUT = word_set("grouped sorted ordered organised organized arranged bucketed split ranked")


def participle_step(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether the participle at i is a step ("…, summarized and posted")."""
    word = tokens[i][0]
    following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    if word == "summed" and following == "up":
        return True  # "…, summed up into a short note for #partnerships": summarised
    if following in _PARTICLES_BEFORE_TO and tokens[i + 2 : i + 3] and tokens[i + 2][0] == "to":
        following = "to"  # "…, with the complaints passed on to the manager": a phrasal verb
    if not word.endswith(("ed", "sent")) or following not in _AFTER_PARTICIPLE:
        return False
    if following == "by" and word in _LAID_OUT:
        # "a report of last month's sweeps, grouped by postcode area": how the thing before is
        # laid out, not a step that sorts it into classes.
        return False
    return lemma(word) is not None


# Words after a participle of working on data that end it or say what it works from.
_AFTER_WORK_DONE = frozenset({"from", "out", "into", "for", "and", ",", ";", ""})


def object_then_done_at(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "the owner and due date extracted from each" (a step) from "the ones tagged red"."""
    j = i + 1 if tokens[i][0] == "with" else i
    if j >= len(tokens) or tokens[j][0] not in ("the", "its", "their", "each", "every"):
        return False
    for k in range(j + 1, min(j + 12, len(tokens))):
        word = tokens[k][0]
        if word in (",", ";") or conditional_at(tokens, k):
            return False
        if word.endswith(("ed", "sent")) and lemma(word) in DELIVER:
            return False  # "the report emailed to …" is read as a delivery
        if word.endswith("ed") and lemma(word) in WORKS_ON_DATA:
            following = tokens[k + 1][0] if k + 1 < len(tokens) else ""
            if following == "as" and lemma(word) in CLASSIFY:
                # "each claim classified as storm, vandalism or accidental damage": classes to
                # choose among; "the ones tagged as spam" (one class) picks a subset.
                return any(w == "or" for w, _ in tokens[k + 2 : k + 14])
            return following in _AFTER_WORK_DONE
    return False


def with_thing_done(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "with the summary emailed to …" (a step) from "with the totals" (a part)."""
    if tokens[i][0] != "with" or i + 2 >= len(tokens):
        return False
    if tokens[i + 1][0] not in DIRECT_OBJECTS and tokens[i + 1][0] != "copies":
        return False
    return any(
        participle_step(tokens, j) or _going_to_a_place(tokens, j)
        for j in range(i + 2, min(i + 5, len(tokens)))
    )


# "…, with the summary going to cx-lead@…", "with the digest heading to #ops": the thing made
# goes on to a place; it is sent there, as "emailed to …" would say.
_GOING = frozenset({"going", "heading", "headed"})


def _going_to_a_place(tokens: list[tuple[str, int]], j: int) -> bool:
    """Tell "going (straight) to cx-lead@…" (a delivery) from "going to be" (a future)."""
    if tokens[j][0] not in _GOING:
        return False
    words = [w for w, _ in tokens[j + 1 : j + 4]]
    if words[:1] and words[0] in STRAIGHT | {"out", "over", "off"}:
        words = words[1:]
    if words[:1] != ["to"] or len(words) < 2:
        return False
    return words[1].startswith("#") or "@" in words[1] or words[1] == "the"


def place_named_before(tokens: list[tuple[str, int]], i: int, clause_start: int) -> bool:
    """Tell whether the clause before token i already sent to a channel or an address."""
    return any(w.startswith("#") or "@" in w for w, offset in tokens[:i] if offset >= clause_start)
