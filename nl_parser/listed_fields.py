"""Tell a field a verb of taking lists ("the title, year and shelf mark off each") from a step."""

from nl_parser.lexicon import word_set
from nl_parser.step_verbs import ACTION_VERBS, EXTRACTING, TAKES_OUT
from nl_parser.verb_objects import OBJECTS, has_object
from nl_parser.verbs import CLASSIFY, lemma

# "extract active users and total sessions, and …": after extract, a verb with a bare noun
# that ends the list ("total sessions,") is one more thing extracted, not a step.
_LIST_END = frozenset({",", ";", "and", "then", ""})
# "pick out the totals and sort codes from each statement": the source after the list ends it.
_ENDS_A_LISTED_NOUN = _LIST_END | {"from", "\u2192", "->"}


def field_taken_off_each(tokens: list[tuple[str, int]], i: int, clause_start: int) -> bool:
    """Tell "pull the title, year and shelf mark off each card" (the last field) from a step."""
    # After "and", a word or two and then "off/from/out of each …" (or "off it", the item just
    # named), in a clause that opens by taking: the field list closes ("mark off", "haulier off"
    # look like verbs with their particle); one verb alone ("… and mark off each paid one") is a
    # step.
    joined = next((a for a in (i - 1, i - 2) if a > 0 and tokens[a][0] == "and"), None)
    if joined is None or _opening_verb(tokens, clause_start) not in _TAKES_FIELDS:
        return False
    words = [w for w, _ in tokens[joined + 1 : joined + 6]] + ["", "", "", ""]
    for k in (1, 2):
        # "… and run length out of each one": "out of" takes the fields off each item too.
        taken = words[k] in _OFF_OR_FOR or (words[k] == "out" and words[k + 1] == "of")
        if taken and words[k + 1 + (words[k] == "out")] in _EACH_OR_IT:
            named = words[:k]
            if not all(w.isalpha() for w in named):
                return False
            return not (k == 1 and named[0] in ACTION_VERBS) or _closes_a_field_list(
                tokens, joined, clause_start
            )
    return False


_EACH_OR_IT = frozenset({"each", "every", "it", "them"})
# "select the invoice number, supplier and total for every invoice": the fields "for each" item
# are taken out of it, as "off each" are.
_OFF_OR_FOR = frozenset({"off", "from", "for"})


def _closes_a_field_list(tokens: list[tuple[str, int]], joined: int, clause_start: int) -> bool:
    """Tell "lift the supplier, date and total off each" (a list's last field) from a step."""
    # Fields listed with a comma before the "and" make the verb-like word after it one more of
    # them; "pull the invoices and total off each one" lists nothing, and "…, and total …"
    # after a comma joins a clause.
    listed = [w for w, offset in tokens[:joined] if offset >= clause_start]
    return (
        tokens[joined - 1][0] != ","
        and "," in listed
        and not any(w in _CLOSES_WHAT_IS_TAKEN and w != "," for w in listed)
    )


# Participles of taking fields out of the items: "the supplier, date and total pulled from each".
_TAKEN_OUT = word_set("pulled extracted parsed taken read copied lifted grabbed picked")


def last_field_taken(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "… and total pulled from each" (the list's last field) from a step."""
    following = [w for w, _ in tokens[i + 1 : i + 3]] + ["", ""]
    return (
        tokens[i - 1][0] == "and"
        and following[0] in _TAKEN_OUT
        and following[1] in ("from", "off", "out")
    )


def listed_noun(tokens: list[tuple[str, int]], i: int, clause_start: int) -> bool:
    """Tell whether the word at i is one more noun in a list the clause takes."""
    if field_taken_off_each(tokens, i, clause_start) or last_field_taken(tokens, i):
        return True
    if _compound_field(tokens, i) or _field_before_the_last(tokens, i):
        return True
    # "pull each plot holder's name, plot number and …": after a comma, one more field of each.
    field_of_each = tokens[i - 1][0] == "," and _takes_fields_of_each(tokens, clause_start)
    extracting = _opening_verb(tokens, clause_start) in EXTRACTING and tokens[i - 1][0] == "and"
    if not (field_of_each or extracting):
        return False
    following = [w for w, _ in tokens[i + 1 : i + 4]] + ["", "", ""]
    if following[0] == "in" and following[1] in _UNITS:
        # "… and delay in minutes,", "… and weight in kg": a field named with its unit.
        return following[2] in _ENDS_A_LISTED_NOUN
    return (
        following[0].isalpha()
        and following[0] not in OBJECTS
        and following[1] in _ENDS_A_LISTED_NOUN
    )


def listed_label(tokens: list[tuple[str, int]], i: int, clause_start: int) -> bool:
    """Tell "sort each into waiting-list, plot maintenance or complaint" (a label) from a step."""
    # After a sorting verb's "into"/"as", a word after a comma whose own "or"/"and" closes the
    # list soon after is one more label, whatever verb it looks like.
    if tokens[i - 1][0] in ("or", "and"):
        return _last_listed_label(tokens, i, clause_start)
    if tokens[i - 1][0] != ",":
        return False
    following = [w for w, _ in tokens[i + 1 : i + 4]]
    closing = next((w for w in following if w in (",", ";", "or", "and")), "")
    if closing not in ("or", "and"):
        return False
    before = [w for w, offset in tokens[:i] if offset >= clause_start]
    opens = max((k for k, w in enumerate(before) if w in _LABELS_OPEN), default=None)
    if opens is None or any(w in ("and", "or", "then", ";") for w in before[opens:]):
        return False
    return any(lemma(w) in CLASSIFY for w in before[:opens])


def _last_listed_label(tokens: list[tuple[str, int]], i: int, clause_start: int) -> bool:
    """Tell "sort each into North, South or Export territory" (the last label) from a step."""
    # The "or"/"and" closes a list of labels a sorting verb opened ("into North, South"), and
    # the word after it, with a noun at most, ends the clause: "export" there names a label,
    # while "… or export them to …" still has its object and place.
    following = [w for w, _ in tokens[i + 1 : i + 3]] + ["", ""]
    if following[0].isalpha() and following[0] not in OBJECTS:
        following = following[1:]
    if following[0] not in (",", ";", ""):
        return False
    before = [w for w, offset in tokens[: i - 1] if offset >= clause_start]
    opens = max((k for k, w in enumerate(before) if w in _LABELS_OPEN), default=None)
    if opens is None or any(w in ("and", "or", "then", ";") for w in before[opens:]):
        return False
    return any(lemma(w) in CLASSIFY for w in before[:opens])


# The words after a sorting verb that open the labels it sorts into.
_LABELS_OPEN = frozenset({"into", "as", "under"})


# Units a field is given in: "delay in minutes", "weight in kg", "price in euros".
_UNITS = word_set(
    "seconds secs minutes mins hours hrs days weeks months years ms milliseconds "
    "kg kgs kilos grams g tonnes tons pounds lbs ounces oz metres meters m km kilometres "
    "kilometers miles feet inches cm mm litres liters ml gallons percent % pence cents euros "
    "dollars celsius fahrenheit degrees mph kph knots bytes kb mb gb"
)


# The nouns that close a field's name: "email address", "load weight", "sort code", "ship date";
# one of each item, so singular ("post totals and margins" posts figures).
_FIELD_HEADS = word_set(
    "address addresses weight number no date time code id title total amount price rate "
    "reference ref type status"
)
# Where a listed field's name ends: the list goes on, or the source it is taken from follows.
_ENDS_A_FIELD = _ENDS_A_LISTED_NOUN | {"off", "out", "for"}


def _compound_field(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "pick out the name, email address and title" (a field) from a step ("email Ann")."""
    # A verb-like word after a comma or "and" in a list that a verb of taking opens, whose next
    # word is a field's head noun closing the item ("load weight and", "email address,"), names
    # one more field; "…, email the team" has no such head and stays a step.
    if tokens[i - 1][0] not in (",", "and"):
        return False
    following = [w for w, _ in tokens[i + 1 : i + 3]] + ["", ""]
    if following[0] not in _FIELD_HEADS or following[1] not in _ENDS_A_FIELD:
        return False
    for k in range(i - 2, max(-1, i - 14), -1):
        word = tokens[k][0]
        if word in TAKES_OUT or word in EXTRACTING:
            return True
        if word in _CLOSES_WHAT_IS_TAKEN:
            return False
    return False


# The joiners that close a list before its last item: "name, plot size + postcode".
_LAST_JOINERS = frozenset({"and", "+", "&", "or"})


def _field_before_the_last(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "pull out name, plot size + postcode" (one more field) from a step ("plot them")."""
    # A verb-like word after a comma, in a list a verb of taking opens, whose item is closed by
    # the list's last joiner a word or two on, names a field, when what the joiner adds is no
    # step ("…, plot them and email …" has a pronoun for object; "…, plot trends and email the
    # chart" adds a verb with its object, while "… + message and post" adds one more field).
    if tokens[i - 1][0] != "," or tokens[i][0] in EXTRACTING or tokens[i][0] in TAKES_OUT:
        return False  # "GET https://…, extract plate numbers and …": a verb of taking opens one
    following = [w for w, _ in tokens[i + 1 : i + 5]]
    joiner = next((k for k, w in enumerate(following[:3]) if w in _LAST_JOINERS), None)
    if joiner is None or joiner + 1 >= len(following):
        return False
    named = following[:joiner]
    if not all(w.isalpha() and w not in OBJECTS for w in named):
        return False
    last = i + 2 + joiner
    if tokens[last][0] in ACTION_VERBS and has_object(tokens, last):
        return False
    for k in range(i - 2, max(-1, i - 14), -1):
        word = tokens[k][0]
        if word in TAKES_OUT or word in EXTRACTING:
            return True
        if word in _CLOSES_WHAT_IS_TAKEN or word.startswith("http"):
            return False  # (an address read is the source, not a field)
    return False


# Words that close the list a verb of taking takes: a break, a verb of sending ("send the
# name, email …"), or the source named after the list ("pull the orders from …, check date
# and time" takes no more fields).
_CLOSES_WHAT_IS_TAKEN = frozenset(
    {";", ":", "then", "\u2192", "->", "send", "post", "email", "share", "forward"}
    | {"from", "off", "of", "into", "to", "in", "at", "via", "on"}
)


# Selecting fields takes them out too ("select the date and total for each").
_TAKES_FIELDS = TAKES_OUT | {"select", "pull out"}


_ASKING = frozenset({"could", "can", "would", "will", "you", "please", "kindly", "just", "then"})


def _takes_fields_of_each(tokens: list[tuple[str, int]], clause_start: int) -> bool:
    """Tell a clause that takes what each item has ("pull each plot holder's name, …")."""
    words = [w for w, offset in tokens if offset >= clause_start][:9]
    while words and words[0] in _ASKING:
        words.pop(0)  # "could you please pull …"
    if len(words) < 3 or words[0] not in TAKES_OUT or words[1] not in ("each", "every"):
        return False
    return any(w.endswith(("'s", "\u2019s")) for w in words[2:])


def _opening_verb(tokens: list[tuple[str, int]], clause_start: int) -> str:
    """Return the clause's first word, or "pull out" when it takes things out of the data."""
    words = [w for w, offset in tokens if offset >= clause_start and w.isalpha()][:6]
    while words and words[0] in _ASKING:
        words.pop(0)  # "can you pull …?", "could you please grab …": asked, the verb is after
    words += ["", ""]
    return "pull out" if words[0] in TAKES_OUT and words[1] == "out" else words[0]


def one_more_thing_sent(tokens: list[tuple[str, int]], i: int, clause_start: int) -> bool:
    """Tell "post their name and borough in #team" (one more thing posted) from a new step."""
    # The place after the word ends what the clause's own sending verb sends, when that verb
    # has no place yet: "share the total and margin to #finance".
    opening = next((w for w, offset in tokens if offset >= clause_start and w.isalpha()), "")
    if opening not in _SENDS_TO_A_PLACE or tokens[i - 1][0] != "and":
        return False
    between = [w for w, offset in tokens[:i] if offset >= clause_start]
    return not any(w.startswith("#") or "@" in w or w in ("to", "in", "into") for w in between)


_SENDS_TO_A_PLACE = frozenset({"post", "send", "share", "forward", "push", "publish"})
