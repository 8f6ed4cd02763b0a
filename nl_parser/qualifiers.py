"""Find what is written after a delivered noun and before where it goes: a subset or an exclusion.

"post issues assigned to nobody to #triage", "email accounts in the healthcare vertical to …",
"send each signup from a gmail address to #consumer", "…, skipping test orders". The words
between the object's head and its destination either say where the items go or come from (a
#channel, Slack, a webhook, "from the shop API", "in 3 days") or say which of them go: a place
("in the EU"), a participle ("assigned to nobody", "owned by Dana"), a "from" that is no system
("from enterprise companies"). Read by shape, not by phrase: a qualifier is any such phrase
that is not a destination, a source, a medium or a time.
"""

import re
from dataclasses import dataclass

from nl_parser.calendar_words import DAY
from nl_parser.lexicon import WEBHOOK_LABEL, alternation, blank_all, word_set
from nl_parser.verbs import LEAVING_OUT

_I = re.IGNORECASE
_OPAQUE = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w&])#[\w-]+")
_TOKEN = re.compile(r"[A-Za-z][\w'\u2019$%-]*|\d[\d,.$%]*|[,;]|\u2020")
_PLACE = "\u2020"  # stands for a #channel, address or URL
_DETERMINERS = word_set("a an the this that these those each every all any our their its my your")
_JUST_ARRIVED = frozenset({"newly", "freshly"})
# Words after "in"/"on"/"to"/"via" that say where a delivery goes or how, never which items.
_WHERE = word_set(
    f"""
    {_PLACE} slack channel channels thread threads dm dms message messages email emails e-mail
    mail inbox chat webhook web-hook hook endpoint team teams one single batch bulk digest
    summary body subject attachment csv pdf spreadsheet sheet table list form format
    private public real time bullet bullets markdown plain text chunks chunk order full
    detail details english short brief advance case parallel sequence turn total form
    """
)
_TIME_UNITS = word_set(
    "second seconds minute minutes min mins hour hours day days week weeks fortnight fortnights "
    "month months"
)
# "the accounts in the CRM": a system the items are kept in, read whole, not a subset.
_KEPT_IN = word_set("crm salesforce sfdc")
# Words in a "from …" phrase that name a source the items were read from, not a subset.
_SOURCES = word_set(
    f"""
    {_PLACE} api apis endpoint endpoints feed url service server system database db warehouse
    sheet spreadsheet queue bucket inbox salesforce sfdc crm webhook payload source sources
    zendesk jira github gitlab hubspot stripe shopify intercom helpdesk backend app tool
    export exports file files log logs step above earlier before it them report summary
    """
)
# "-ed" words after a noun that describe the whole delivery, not a subset of it.
_NOT_QUALIFYING = word_set(
    """
    attached included enclosed formatted sorted grouped ordered ranked listed compiled
    summarized summarised collected fetched pulled extracted generated above needed
    """
)
# A participle followed by a time ("deals closed yesterday", "halls booked over the weekend")
# restates what was fetched.
_TIME_WORDS = word_set(
    "today yesterday tonight overnight this last past ago recently week month weekend weekends"
)
_DAY_WORD = re.compile(rf"{DAY}|today|tomorrow|tonight|weekend", _I)
_CONNECTORS = word_set(
    """
    from in over above below under beyond exceeding past assigned owned created opened based
    located tagged labelled labeled
    """
)
_STOP = word_set("to into on via at by with for and then if when unless or")
# "enquiries originating outside the UK", "orders coming from abroad": where an item comes from,
# told by a participle of coming before its place, picks items as "from outside the UK" does.
_ORIGIN_PARTICIPLES = word_set("originating coming arriving")
_ORIGIN_PLACES = word_set("from outside inside within beyond in")
_POSTS_HELD = frozenset({"charge", "command"})
_IN_FRONT_OF = re.compile(r"\bin\s+front\s+of\b", _I)
_EXCLUDING = re.compile(
    rf"(?:,\s*|\b)(?:{alternation(LEAVING_OUT)}|leaving\s+out|but\s+not|"
    r"other\s+than|except(?:\s+for)?)\s+(?:the\s+|any\s+|all\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)",
    _I,
)


@dataclass(frozen=True)
class Qualifier:
    """A phrase that picks which delivered items go: its words and whether it excludes them."""

    phrase: str
    value: str
    excludes: bool = False


# "send them over to …", "pass it along to …", "shoot the list over to …", "ship them over by
# email to …": a particle of the verb, after its object, not a comparison ("over").
_PARTICLE = re.compile(
    r"^(\W*(?:(?:it|them|this|that|these|those|everything|all\s+of\s+them)\s+|"
    r"(?:the|this|that|these|those|our|their|its|my|your)\s+(?:[\w'-]+\s+){1,3}?)?)"
    r"(over|along|across|back|on)(?=\s+(?:to|into|by|via)\b)",
    _I,
)


def without_particle(rest: str) -> str:
    """Blank the particle of a delivery verb ("send them over to …"), keeping offsets."""
    return _PARTICLE.sub(lambda m: m.group(1) + " " * len(m.group(2)), rest)


# "email everyone who booked a survey", "thank everybody who came": the people the event brought,
# all of them, are who it goes to; "anyone who", a denial or a state still picks some out.
EVERYONE_WHO_DID = re.compile(
    r"\bevery(?:one|body)\s+who\s+(?:has\s+|have\s+)?(?!(?:not|never|still)\b)[a-z]+ed\b"
    r"(?!\s+(?:as|to\s+be)\b)",
    _I,
)


def find_qualifier(rest: str) -> Qualifier | None:
    """Return the subset-picking phrase after a delivered noun in `rest` (text after the verb)."""
    text = _OPAQUE.sub(f" {_PLACE} ", without_particle(rest))
    if "hook" in text:  # "trigger the \"rain expected\" shutoff webhook": a name, no state
        text = blank_all(WEBHOOK_LABEL, text)
    if "every" in text.lower():
        # "email everybody who registered a link": who it goes to, all of them, picks nothing.
        text = blank_all(EVERYONE_WHO_DID, text)
    if "front" in text:
        # "put it in front of the partners": before whom it goes, as "to the partners" is.
        text = _IN_FRONT_OF.sub(lambda m: "to".ljust(len(m.group())), text)
    excluded = _EXCLUDING.search(text)
    if excluded:
        words = excluded.group(1).lower().split()
        return Qualifier(excluded.group().strip(" ,"), words[0], excludes=True)
    tokens = [t.group() for t in _TOKEN.finditer(text)]
    index = _after_head(tokens)
    while index < len(tokens):
        word = tokens[index].lower()
        if word in (",", ";") or word in _STOP:
            # "to #triage", "by email", "with the rep's name": where or how, not which; a
            # participle may still follow a destination: "post them to #ops assigned to …" is rare.
            index = _skip_phrase(tokens, index + 1)
            continue
        origin = word in _ORIGIN_PARTICIPLES and _names_an_origin(tokens, index)
        if origin and tokens[index + 1].lower() == "from":
            index, word = index + 1, "from"  # "coming from abroad" picks as "from abroad" does
        if origin or word in _CONNECTORS or _participle(word):
            phrase = _phrase(tokens, index + 1)
            if _qualifies(word, phrase):
                content = [w for w in phrase if w.lower() not in _DETERMINERS | _STOP]
                value = word if _participle(word) or not content else content[0]
                while len(phrase) > 1 and phrase[-1].lower() in _STOP:
                    phrase = phrase[:-1]  # "from Germany to": the "to" opens the destination
                return Qualifier(" ".join([tokens[index], *phrase]), value.lower())
            index += 1 + len(phrase)
            continue
        index += 1
    return None


def _after_head(tokens: list[str]) -> int:
    """Return the index after the object's noun phrase: determiners, modifiers and a head."""
    index = 0
    while index < len(tokens):
        word = tokens[index].lower()
        # "the tagged set", "the assigned tickets": a participle after a determiner modifies the
        # head before it; it opens no qualifier after it. So does one after "newly": "yesterday's
        # newly lodged claims".
        # A possessive is a determiner too: "yesterday's returned parcels", "the guests' signed
        # waivers".
        before = tokens[index - 1].lower() if index else ""
        possessive = before.endswith(("'s", "\u2019s", "'", "\u2019"))
        modifies = bool(index) and (before in _DETERMINERS | _JUST_ARRIVED or possessive)
        before_head = modifies and word.endswith("ed")
        if word in _STOP or (word in _CONNECTORS and not before_head) or word in (",", ";"):
            return index
        if index and word in _ORIGIN_PARTICIPLES and _names_an_origin(tokens, index):
            return index  # "enquiries originating outside the UK": the head came before
        if index and _participle(word) and not modifies:
            return index  # "issues assigned to nobody": the participle follows the head
        index += 1
    return index


def _names_an_origin(tokens: list[str], index: int) -> bool:
    """Tell whether the participle at `index` is followed by the place the item comes from."""
    return index + 1 < len(tokens) and tokens[index + 1].lower() in _ORIGIN_PLACES


def _phrase(tokens: list[str], index: int) -> list[str]:
    """Return the words of the phrase starting at `index`, up to the next boundary."""
    words = []
    while index < len(tokens) and tokens[index] not in (",", ";"):
        word = tokens[index].lower()
        if words and (word in _STOP - {"to", "by"} or word == _PLACE):
            break
        if words and word in ("to", "by") and len(words) > 1:
            break
        words.append(tokens[index])
        index += 1
    return words


def _skip_phrase(tokens: list[str], index: int) -> int:
    while index < len(tokens):
        word = tokens[index].lower()
        if word in (",", ";") or word in _CONNECTORS:
            return index
        # "a text with today's scheduled visits": after a possessive, as after the head, a
        # participle modifies the noun it comes before; it picks nothing.
        if _participle(word) and not _after_possessive(tokens, index):
            return index
        index += 1
    return index


def _after_possessive(tokens: list[str], index: int) -> bool:
    return index > 0 and tokens[index - 1].lower().endswith(("'s", "\u2019s", "'", "\u2019"))


def _participle(word: str) -> bool:
    return (
        word.endswith("ed")
        and len(word) > 4
        and word.isalpha()
        and word.lower() not in _NOT_QUALIFYING
    )


def _qualifies(connector: str, phrase: list[str]) -> bool:
    """Tell whether the phrase after a connector picks items rather than naming a place or time."""
    words = [w.lower() for w in phrase if w.lower() not in _DETERMINERS]
    if not words or _PLACE in words or any(w in _TIME_WORDS for w in words):
        return False
    if _participle(connector) and words in (["at"], ["on"], ["via"]):
        return False  # "the rates published at https://…": where they are read, not which
    if _participle(connector) and words[0] in ("it", "them"):
        return False  # "the patron who reserved it": who is tied to the item, not a subset
    if _participle(connector) and words[0] == "for" and _a_period(words[1:]):
        return False  # "the rooms booked for Saturday": the period its source already chose
    if not _participle(connector) and words[0] in _STOP:
        return False  # "in ⎵ at Tollerton Observatory": the place corrected away left "in" bare
    if connector == "from":
        return not any(w in _SOURCES for w in words)
    if connector == "in":
        # "the accounts in the CRM": where the items are kept, which the fetch reads whole.
        if any(w in _WHERE or w in _TIME_UNITS or w in _KEPT_IN for w in words):
            return False
        # "the nurse in charge", "the officer in command": the post a person holds says who
        # is told, not which items go.
        return not words[0][0].isdigit() and words[0] not in _POSTS_HELD
    return True


def _a_period(words: list[str]) -> bool:
    """Tell whether the words up to the next connector name a day or period (or were blanked)."""
    cut = next((i for i, w in enumerate(words) if w in _CONNECTORS), len(words))
    return all(
        w in _TIME_WORDS or w in _TIME_UNITS or w in ("next", "coming") or _DAY_WORD.fullmatch(w)
        for w in words[:cut]
    )


# "— except returning residents, skip those", "other than contractors - ignore them": the items
# left out, then told again to be left out by a pronoun; the second telling is no second test.
_EXCLUSION_RESTATED = re.compile(
    r"\b(?:except(?:\s+for)?|excluding|other\s+than|apart\s+from|but\s+not)\s+[^,;.\u2014]+?"
    r"(?P<again>\s*(?:,|;|\u2014|\u2013|\s-)\s*(?:just\s+|so\s+)?"
    r"(?:skip|ignore|drop|exclude|leave\s+out)\s+(?:those|them|these|that\s+lot)(?:\s+ones)?"
    r"(?:\s+out)?)(?=\s*(?:[.;!]|$))",
    _I,
)


_LEFT_OUT_AGAIN = ("skip ", "ignore ", "drop ", "exclude ", "leave out ")


def blank_restated_exclusions(text: str) -> str:
    """Blank an exclusion told again by a pronoun after the items it leaves out."""
    # The words of leaving out a second time are rare; looked for first, they gate the pattern.
    lowered = text.lower()
    if not any(word in lowered for word in _LEFT_OUT_AGAIN):
        return text
    return _EXCLUSION_RESTATED.sub(
        lambda m: m.group()[: m.start("again") - m.start()] + " " * len(m["again"]), text
    )
