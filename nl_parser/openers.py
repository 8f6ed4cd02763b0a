"""Which word opens a condition or a subset at a point in a sentence ("if", "once", "for each").

`clauses.py` splits a sentence before one; the rules here tell an opener from the same word used
otherwise ("once a day" is a schedule, "after 3 days" a delay, "everything else" a noun).
"""

import re

from nl_parser.lexicon import blank_all, parse_number, word_set
from nl_parser.schedule import parse_schedule

CONDITIONALS = (
    "if",
    "when",
    "whenever",
    "every time",
    "each time",
    "any time",
    "anytime",
    "unless",
    "once",
    "only if",
    "only when",
    "only where",
    "as soon as",
    "the moment",
    "the minute",
    "the instant",
    "in case",
    "in the event that",
    "in the event",
    "provided that",
    "providing that",
    "provided",
    "providing",
    "as long as",
    "should",
    "otherwise",
    "or else",
    "else",
    "in all other cases",
    "in any other case",
    "in every other case",
    "in other cases",
    "fewer than that",
    "less than that",
    "more than that",
    "under that",
    "below that",
    "over that",
    "above that",
    "after",
    "for the ones",
    "for those",
    "for any",
    "for each",
    "for every",
    "for the",
    "for",
    "wherever",
    "where",
)
# Openers that name a subset, not a predicate: "for the ones from enterprise accounts, post …",
# "for any that have been open longer than 4 hours, email …", "for each order over $2,000, send …".
_ANY_PRONOUNS = ("anything", "anyone", "anybody")
SUBSET_OPENERS = ("for the ones", "for those", "for any", "for each", "for every", "for the", "for")


def conditional_at(tokens: list[tuple[str, int]], i: int) -> str | None:
    """Return the conditional word that opens a clause at token i, or None."""
    words = [w for w, _ in tokens[i : i + 4]]
    for conditional, parts in _BY_FIRST_WORD.get(words[0] if words else "", ()):
        if words[: len(parts)] == parts:
            # "create a ticket for each failed job" iterates; only ", for each order over $2,000,
            # send it …" (after a comma or "and", or opening the sentence) picks a subset.
            if conditional in _ITERATING and i > 0 and tokens[i - 1][0] not in (",", ";", "and"):
                return None
            if conditional == "for the" and (len(words) < 4 or words[3] != "ones"):
                return None  # only "for the mobile ones, post …" names a subset
            # ", for critical ones, page …": "for" alone opens a subset only before "<word> ones"
            # or a quantified pronoun (", for anything we have fewer than 20 of, email …").
            if conditional == "for" and (
                len(words) < 3
                or (words[2] != "ones" and words[1] not in _ANY_PRONOUNS)
                or (i > 0 and tokens[i - 1][0] not in (",", ";", "and"))
            ):
                return None
            # "…, should any run fail, email …": an inverted "if", never a modal after a subject.
            # "post in #attendants should it exceed 100°C": "should" before "it"/"they" inverts
            # with no break before it too (a modal comes after its subject: "it should exceed").
            if (
                conditional == "should"
                and (
                    (
                        i > 0
                        and tokens[i - 1][0] not in _BREAKS
                        and words[1:2] not in _INVERTED
                        and not _inverted_test_follows(tokens, i)
                    )
                    # "the draft should not be published until …": a modal denied, no test.
                    or words[1:2] in (["be"], ["i"], ["we"], ["you"], ["not"], [])
                )
            ):
                return None
            # "…, and, provided the Brix is 24 or higher, email …": a bare "provided" opens a test
            # after a break and before a subject; "the data provided by …" is a participle.
            # "post it in #packing provided it has been paid": before a pronoun, no break is needed.
            if conditional in ("provided", "providing") and not _provided_tests(tokens, i, words):
                return None
            # "the moment the cooler creeps above 5°C, text …": "as soon as", at a clause's start
            # and before its subject; "the moment of truth" and "wait the minute out" are nouns.
            if conditional in MOMENT_OPENERS and (
                (i > 0 and tokens[i - 1][0] not in (",", ";", ":", "and", "then"))
                or (words[2] if len(words) > 2 else "") not in _SUBJECT_STARTS
            ):
                return None
            # "…, else post it to #errors" is the other branch; "everything else" is a noun.
            # Opening a sentence ("…; else email …", ". Else, post …") it is the branch too.
            if conditional == "else" and i > 0 and tokens[i - 1][0] not in (",", ";"):
                return None
            # "…; in all other cases, post …" is the other branch only where a clause opens.
            if conditional in OTHER_CASES and i > 0 and tokens[i - 1][0] not in _BREAKS:
                return None
            # "…; fewer than that, a quick post in #sales will do": the test's own figure,
            # turned around, standing alone before a comma; "fewer than that many" is a test.
            if conditional in FIGURE_TURNED and (
                (i > 0 and tokens[i - 1][0] not in _BREAKS)
                or [w for w, _ in tokens[i + len(parts) : i + len(parts) + 1]] not in ([","], [":"])
            ):
                return None
            # "once a day" is a schedule; "once" only opens a condition before a clause, which
            # may start with "a" too ("Once a lead's score passes 80").
            if (
                conditional == "once"
                and words[1:2] in (["a"], ["an"], ["per"], ["every"])
                and (len(words) < 3 or words[2].rstrip("s") in _PERIODS)
            ):
                return None
            # "…, and, where a store has a storm warning, email its manager": a test on each
            # item, after a comma or "and" and before a subject; "the folder where …" is a noun's.
            # "Where all chambers are at or below that figure, …": a quantifier opens the subject.
            # "…; where it is not, post …": a pronoun denied after it is the other branch.
            # "…; only where their total exceeds £2,000 is the lead to be told": "only" marks the
            # test as "only if" does, so no break is needed before it.
            if conditional in ("where", "wherever", "only where") and (
                (
                    conditional != "only where"
                    and i > 0
                    and tokens[i - 1][0] not in (",", ";", ":", "and")
                )
                or (
                    (words[len(parts)] if len(words) > len(parts) else "") not in _WHERE_SUBJECTS
                    and not _pronoun_denied(words[len(parts) :])
                    and words[len(parts) : len(parts) + 2] not in _COUNTED_SUBJECTS
                )
            ):
                return None
            # "pull out the species, where and when it was taken": a question word paired with
            # another by "and" names a fact to read, not a condition.
            if conditional in _QUESTION_WORDS and _paired_question(tokens, i):
                return None
            # "Just once, please: pull …", "run it once": how often, not a condition (one opens
            # a clause with a subject after it). "read … once and give me a summary": a verb
            # joined after it is the next step, not the event's subject.
            if conditional == "once" and (
                words[1:2]
                in ([","], [":"], [";"], ["please"], ["only"], ["more"], ["and"], ["then"], [])
                or (i > 0 and tokens[i - 1][0] in ("just", "only", "run", "it", "this", "that"))
            ):
                return None
            # "drop a note in #volunteers asking if anyone can cover": "if" after a verb of
            # asking opens the question the message puts, not a test.
            if conditional == "if" and _asked_before(tokens, i):
                return None
            # "work out if it is a refund, a delivery or a complaint": after a verb of judging,
            # "if" asks which listed class an item is (as "whether" does), not a test.
            if conditional == "if" and _judged_between(tokens, i):
                return None
            # "after 3 days", "a week after that": a delay, not an event.
            if conditional == "after" and (len(words) < 2 or _not_event(words[1:])):
                return None
            # "submits grades after the deadline": inside a clause, a manner of the event.
            if conditional == "after" and _past_a_deadline(tokens, i, words):
                return None
            # "email the ones arriving after 1am": a clock time after an act says which items.
            if conditional == "after" and _act_at_a_time(tokens, i, words):
                return None
            return conditional
    return None


# The words that open the subject of a "where" test ("where any lift has been out …").
# "…; where nothing is short, …": a denying quantifier opens it too (the other branch), as
# "there" does ("…; where there were none, post …").
_WHERE_SUBJECTS = frozenset(
    {"a", "an", "the", "any", "its", "their", "all", "every", "each", "no", "nothing", "none"}
    | {"there"}
)
# "Where fewer than five berths remain free, …", "where at least two vans are late": a count
# compared opens the subject as a quantifier does.
_COUNTED_SUBJECTS = (
    ["fewer", "than"],
    ["less", "than"],
    ["more", "than"],
    ["at", "least"],
    ["at", "most"],
)
_QUESTION_WORDS = frozenset({"when", "where", "how", "who", "why", "what", "which"})
# "where it is not", "where they aren't", "where that isn't the case", "where it does not",
# "where it hasn't": the test before, denied (its verb stood for by the auxiliary).
_DENIED_PRONOUNS = frozenset({"it", "they", "this", "that"})
_DENIED_BE = (
    ["is", "not"],
    ["are", "not"],
    ["isn't"],
    ["aren't"],
    ["is", "n't"],
    ["does", "not"],
    ["do", "not"],
    ["doesn't"],
    ["don't"],
    ["has", "not"],
    ["have", "not"],
    ["hasn't"],
    ["haven't"],
)


def _pronoun_denied(words: list[str]) -> bool:
    """Tell whether words open on a pronoun and a denied "be" ("it is not", "they aren't")."""
    return (
        words[:1] != []
        and words[0] in _DENIED_PRONOUNS
        and any(words[1 : 1 + len(be)] == be for be in _DENIED_BE)
    )


_ASKING = word_set("ask asks asking wondering enquiring inquiring")
# Whom a question is put to, between the verb of asking and its "if": "asking them if …".
_ASKED = word_set("them him her everyone everybody people folks anyone anybody us")


def _asked_before(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether a verb of asking, and at most whom it asks, come right before token i."""
    before = [w for w, _ in tokens[max(0, i - 3) : i]]
    for at in range(len(before) - 1, -1, -1):
        if before[at] in _ASKING:
            whom = before[at + 1 :]
            # "asking if", "asking them if", "asking the volunteers if"
            return all(w in _ASKED for w in whom) or (
                len(whom) == 2 and whom[0] in ("the", "our", "all") and whom[1].isalpha()
            )
    return False


# "work out if", "figure out if", "determine if": judging which class an item falls in.
_JUDGING = word_set("determine decide judge")
_FOUND_OUT = word_set("work works figure figures find finds")


def _judged_between(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether "if" at i follows a verb of judging and asks between listed classes."""
    before = [w for w, _ in tokens[max(0, i - 2) : i]]
    if not (before[-1:] and before[-1] in _JUDGING) and not (
        len(before) == 2 and before[0] in _FOUND_OUT and before[1] == "out"
    ):
        return False
    asked: list[str] = []
    for word, _ in tokens[i + 1 : i + 16]:
        if word in (";", ".", "and", "then"):
            break  # "… or a complaint and post it …": the question ends before the next step
        asked.append(word)
    # "… a refund, a delivery or a complaint" lists classes; "… is up or not" asks yes or no.
    return "or" in asked and "not" not in asked


def _paired_question(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether the question word at i pairs with another ("where and when", "when or how")."""
    before = [w for w, _ in tokens[max(0, i - 2) : i]]
    after = [w for w, _ in tokens[i + 1 : i + 3]]
    return (len(before) == 2 and before[1] in ("and", "or") and before[0] in _QUESTION_WORDS) or (
        len(after) == 2 and after[0] in ("and", "or") and after[1] in _QUESTION_WORDS
    )


def _provided_tests(tokens: list[tuple[str, int]], i: int, words: list[str]) -> bool:
    """Tell whether a bare "provided" at token i opens a test before its subject."""
    subject = words[1] if len(words) > 1 else ""
    if subject not in _PROVIDED_SUBJECTS:
        return False
    if subject == "at" and words[2:3] not in (["least"], ["most"]):
        return False  # "provided at least one …" counts; "provided at the meeting" is a participle
    return i == 0 or tokens[i - 1][0] in _BREAKS or subject in _PROVIDED_PRONOUNS


# Breaks after which an inverted "should" or a bare "provided" opens a test: "fetch https://… —
# should the level drop below 20%, …", "…; provided the Brix is 24 or higher, …".
_BREAKS = frozenset({",", ";", ":", "and", "\u2014", "\u2013", "-", "--"})
# The subjects a bare "provided" opens a test on: "provided the Brix is 24 or higher",
# "provided it's their first visit", "provided there's stock left"; or a count of the items
# ("provided at least one hive is overdue", "providing any invoice is unpaid").
_PROVIDED_SUBJECTS = word_set(
    "the it its their they a an it's they're they've there there's he she he's she's this these"
    " at any some no none every each all more fewer our one two three"
)
_PROVIDED_PRONOUNS = word_set("it they it's they're they've there's he she")
# The subjects after an inverted "should" that no modal has after it: "should it exceed 100°C".
_INVERTED = (["it"], ["they"])
# Bare verbs of a test that follow an inverted "should" and its subject: "… by email should
# significant wave height exceed 2.5 m", "… should any pump fall below 2 bar".
# "should any tank sit above 22°C", "should a probe read below 2": a verb a reading is told
# by inverts "should" as "exceed" does.
_TEST_VERBS = word_set(
    "exceed fall drop dip sink rise climb jump spike go reach pass top hit surpass breach cross "
    "be stay remain fail sit hover creep read measure register show drift stray slip"
)
# Words that end the subject of an inverted "should" before its verb, or say "should" is a
# modal after its subject ("the report should then be sent", "should also go").
_NOT_SUBJECT_WORDS = word_set(
    "to and or if when then than also still not never only just always first now instead "
    "all both each automatically immediately"
)


def _inverted_test_follows(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether "should <subject> <bare test verb>" (an inverted "if") starts at token i."""
    # "notify the chief by email should significant wave height exceed 2.5 m": with no break
    # before it, "should" still inverts when a subject (no verb of a test) and a bare one follow.
    words = [w for w, _ in tokens[i + 1 : i + 7]]
    if not words or words[0] in _TEST_VERBS:
        return False
    for j, word in enumerate(words[1:], start=1):
        if word in _TEST_VERBS:
            return True
        if word in _NOT_SUBJECT_WORDS or not re.fullmatch(r"[a-z0-9][\w'-]*", words[j - 1]):
            return False
    return False


# Called at every token of every clause: only the openers that start with its word are tried,
# in CONDITIONALS' order, so the longest ("only if") still wins over its prefix.
_BY_FIRST_WORD: dict[str, list[tuple[str, list[str]]]] = {}
for _opener in CONDITIONALS:
    _BY_FIRST_WORD.setdefault(_opener.split()[0], []).append((_opener, _opener.split()))
_ITERATING = frozenset({"for any", "for each", "for every"})
# "in all other cases, post …": the other branch of the test before, as "otherwise" is.
OTHER_CASES = frozenset(
    {"in all other cases", "in any other case", "in every other case", "in other cases"}
)
# "fewer than that", "over that": the figure of the test before, on its other side.
FIGURE_TURNED = frozenset(
    {
        "fewer than that",
        "less than that",
        "more than that",
        "under that",
        "below that",
        "over that",
        "above that",
    }
)
# The openers of the other branch of the test before them.
OTHER_BRANCHES = frozenset({"otherwise", "else", "or else"}) | OTHER_CASES | FIGURE_TURNED
# Openers that mean "as soon as": "the moment a ticket lands", "the minute it goes down".
MOMENT_OPENERS = frozenset({"the moment", "the minute", "the instant"})
_SUBJECT_STARTS = word_set(
    "the a an any our your their its my his her it they we someone somebody anyone anybody "
    "anything something that this"
)
_PERIODS = frozenset(
    {"minute", "hour", "day", "night", "week", "weekday", "fortnight", "month", "quarter", "year"}
)


_DEADLINES = frozenset({"deadline", "cutoff", "cut-off", "due"})


def _past_a_deadline(tokens: list[tuple[str, int]], i: int, words: list[str]) -> bool:
    inside = i > 0 and tokens[i - 1][0] not in (",", ";", "and", "then")
    owned = words[1:2] in (["the"], ["its"], ["their"])
    return inside and owned and len(words) > 2 and words[2] in _DEADLINES


# "1am", "11:30pm", "23:00", "midnight": a clock time as one token.
_CLOCK_WORD = re.compile(r"\d{1,2}(?::[0-5]\d)?(?:am|pm|a\.m|p\.m)|\d{1,2}:[0-5]\d|midnight|noon")
# "renewed after 1st April", "placed after June 3": a date's first word, an ordinal or a month.
_DATE_WORD = re.compile(
    r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|january|february|march|april|may|june|july|august"
    r"|september|october|november|december"
)


def _act_at_a_time(tokens: list[tuple[str, int]], i: int, words: list[str]) -> bool:
    """Tell "the guests arriving after midnight" (when the items' act falls) from an event."""
    before = tokens[i - 1][0] if i > 0 else ""
    acted = len(before) > 4 and before.endswith(("ing", "ed"))
    when = words[1] if len(words) > 1 else ""
    # ("the policies renewed after 1st April": a date after the act says which items too)
    return acted and (_CLOCK_WORD.fullmatch(when) or _DATE_WORD.fullmatch(when)) is not None


def _not_event(words: list[str]) -> bool:
    # "after a week", "after an hour": a delay; "after a customer completes checkout": an event.
    # "the day after, send …": "after" with only a pause after it names no event.
    word, following = words[0], words[1] if len(words) > 1 else ""
    if word in ("a", "an"):
        return following.rstrip("s") in SPANS_OF_TIME or _hyphenated_span(following)
    return (
        word in ("that", "this", "which", "half", ",", ";", ":") or parse_number(word) is not None
    )


def _hyphenated_span(word: str) -> bool:
    # "after a 48-hour cooling-off period", "after a two-week pause": a span used as an adjective.
    count, _, unit = word.partition("-")
    return parse_number(count) is not None and unit in SPANS_OF_TIME


SPANS_OF_TIME = word_set(
    "second minute min hour hr day week fortnight month year while bit few couple moment"
)


# "- trigger: the nightly dbt run fails", "Event: a new lead arrives": a label naming the event
# that starts the workflow opens it as "when" does; before a schedule ("Trigger: every Monday
# at 9") it is only a label. "When:" is the same label, in a form of headed fields that may run
# on one line ("… bookings. When: Mondays, 07:20. What: query …").
_TRIGGER_LABEL = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?] ))[ \t]*(?:[-*\u2022][ \t]*)?"
    r"(?P<label>(?:trigger|event|when)[ \t]*:)(?P<rest>[^\n]*)",
    re.IGNORECASE,
)


def open_trigger_labels(text: str) -> str:
    """Rewrite a "trigger:" label before an event as "when", keeping every offset."""

    def opened(match: re.Match[str]) -> str:
        label = match["label"]
        said = " " * len(label) if parse_schedule(match["rest"]).spans else "when".ljust(len(label))
        start, end = match.span("label")
        return match.group()[: start - match.start()] + said + match.group()[end - match.start() :]

    return _TRIGGER_LABEL.sub(opened, text)


# "The lane system sometimes flags a pinsetter as jammed. When that happens, text …": the event
# told in the sentence before is what "that" points at, so the sentence becomes the trigger.
_TOLD_EVENT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<told>[^.!?\n]{8,}?)[.!?]\s+"
    r"(?P<pointer>(?:when|whenever|if|each\s+time|every\s+time)\s+(?:that|this|it)\s+"
    r"(?:happens|occurs)\b,?)",
    re.IGNORECASE,
)
# How often the event is told to happen is part of the telling, not which events count.
_HOW_OFTEN = re.compile(
    r"\b(?:sometimes|occasionally|often|now\s+and\s+then|every\s+so\s+often|from\s+time\s+to\s+"
    r"time|every\s+now\s+and\s+again|once\s+in\s+a\s+while)\b,?",
    re.IGNORECASE,
)


def open_told_events(text: str) -> str:
    """Rewrite "<event>. When that happens, …" as "when <event>, …", keeping every offset."""
    if "happens" not in text and "occurs" not in text:  # the cheap test first
        return text

    def opened(match: re.Match[str]) -> str:
        told = blank_all(_HOW_OFTEN, match["told"])
        return f"when {told},".ljust(len(match.group()))

    return _TOLD_EVENT.sub(opened, text)


# "Upon receipt of each student's checklist, the name is to be extracted …": a receipt named as
# a noun, opening a clause, is the event "when we receive …"; read so, its words are the trigger.
# So is anything else that reaches us named as a noun: "Upon submission of a candidate's form,
# …", "On return of a hired item: …", "Upon arrival of a parcel, …" ("we get" it).
_ARRIVALS = ("receipt", "submission", "return", "arrival", "delivery")
_RECEIPT_OF = re.compile(
    r"(?:^|(?<=[.!?,;:\u2014]))(?P<lead>\s*)(?P<opener>(?:up)?on\s+(?:the\s+)?"
    # the other nouns name an item after them ("on return of investment" is no event)
    rf"(?:receipt\s+of\b|(?:{'|'.join(_ARRIVALS[1:])})\s+of"
    r"(?=\s+(?:an?|any|each|every|the|one|our|their|its|new)\b)))",
    re.IGNORECASE,
)
_ARRIVED_OF = tuple(f"{noun} of " for noun in _ARRIVALS)


def open_receipts(text: str) -> str:
    """Rewrite "upon receipt of X, …" as "when we receive X, …", keeping every offset."""
    lowered = text.lower()
    if not any(arrived in lowered for arrived in _ARRIVED_OF):  # the cheap test first
        return text

    def opened(match: re.Match[str]) -> str:
        # "on receipt of" is too short for "when we receive"; "we get" is the same event.
        verb = "when we receive" if len(match["opener"]) >= 15 else "when we get"
        return match["lead"] + verb.ljust(len(match["opener"]))

    return _RECEIPT_OF.sub(opened, text)


# "Upon any pupil being marked absent, …", "on a parcel getting flagged as damaged, …": an item
# and what befalls it, told as a noun phrase after "upon", open a clause as "when it is …" does.
_UPON_BEING = re.compile(
    r"(?:^|(?<=[.!?,;:\u2014]))(?P<lead>\s*)(?P<opener>(?:up)?on)\s+"
    r"(?P<item>(?:an?|any|each|every|the|one\s+of\s+(?:the|our))\s+(?:[\w'&.-]+\s+){0,8}?)"
    r"(?P<being>being|getting)(?=\s+[a-z])",
    re.IGNORECASE,
)


def open_items_being(text: str) -> str:
    """Rewrite "upon an item being marked X, …" as "when an item is marked X, …"."""
    lowered = text.lower()
    if "on " not in lowered or ("being " not in lowered and "getting " not in lowered):
        return text  # the cheap test first

    def opened(match: re.Match[str]) -> str:
        verb = "is" if match["being"].lower() == "being" else "gets"
        # "on" is shorter than "when": the words after it move by two, within the clause.
        said = f"{match['lead']}when {match['item']}{verb}"
        return said.ljust(len(match.group()))

    return _UPON_BEING.sub(opened, text)


# "Upon the monitoring system reporting a gate left open, …", "upon the lab confirming a
# result, …": someone or something and what it does, told after "upon", open a clause as "when it
# reports …" does ("on" alone is kept: "on the first working day" is a date). The verb is the
# last -ing word of the item's noun phrase: one just before another ("a new booking arriving")
# or a noun ("the enclosure monitoring system reporting") is a word of the item.
_UPON_DOING = re.compile(
    r"(?:^|(?<=[.!?,;:\u2014]))(?P<lead>\s*)upon\s+"
    r"(?P<item>(?:an?|any|each|every|the|one\s+of\s+(?:the|our))\s+"
    r"(?:(?!(?:an?|the|of|to|in|on|at|for|with|from|by|and|or)\b)[\w'&.-]+\s+){1,6})"
    r"(?P<doing>[a-z]{2,}ing)(?=\s+(?![a-z]+ing\b)[a-z\d])",
    re.IGNORECASE,
)
# Stems whose verb adds "es" ("passes", "fixes") or ends in a silent e ("arrives", "issues").
_TAKES_ES = ("s", "x", "z", "ch", "sh", "v", "c", "u")
_DOUBLED_KEPT = ("ll", "ss", "ff", "zz")


def open_items_doing(text: str) -> str:
    """Rewrite "upon the system reporting X, …" as "when the system reports X, …"."""
    if "pon " not in text or "ing " not in text:
        return text  # the cheap test first

    def opened(match: re.Match[str]) -> str:
        said = f"{match['lead']}when {match['item']}{_third_person(match['doing'])}"
        return said.ljust(len(match.group()))  # never longer: "-s" or "-es" for "-ing"

    return _UPON_DOING.sub(opened, text)


def _third_person(gerund: str) -> str:
    """Return the verb of a gerund as "it" does it ("reporting" → "reports")."""
    stem = gerund[:-3]
    if len(stem) > 2 and stem[-1] == stem[-2] and not stem.endswith(_DOUBLED_KEPT):
        stem = stem[:-1]  # "logging" → "log"
    if len(stem) > 2 and stem.endswith("y") and stem[-2] not in "aeiou":
        return stem[:-1] + "ies"  # "carrying" → "carries"
    return stem + ("es" if stem.endswith(_TAKES_ES) else "s")


# "Reelhouse Rentals — kit returned and flagged 'damaged' by the checker: 1) email …": after a
# firm's name and a dash, an item, what was done to it and the state it was given, before the
# colon of its steps, is the event that starts them, as "when" would open it ("— new booking:"
# names no state and stays a heading).
_HEADED_EVENT = re.compile(
    r"^\s*(?P<firm>(?-i:[A-Z][\w&'.-]*)(?:\s+(?-i:[A-Z][\w&'.-]*)){0,3}\s*[\u2014\u2013-]\s*)"
    r"(?=(?:[a-z][\w'-]*\s+){1,3}?[a-z]{3,}(?:ed|en)\b[^:\n]*?"
    r"\b(?:flagged|marked|tagged|logged|labell?ed|reported)\s+(?:as\s+)?[^:\n]*:)",
    re.IGNORECASE,
)


def open_headed_events(text: str) -> str:
    """Rewrite "<Firm> — <item> <done> and flagged 'X':" as "when <item> …:", keeping offsets."""
    if ":" not in text or not any(dash in text[:60] for dash in ("\u2014", "\u2013", " - ")):
        return text  # the cheap test first
    headed = _HEADED_EVENT.match(text)
    if headed is None:
        return text
    start, end = headed.span("firm")
    return text[:start] + "when".ljust(end - start) + text[end:]
