"""Talk about the request rather than the workflow: "Here's what I need:", "Is that possible?".

A sentence or a label made only of words of asking ("Can you set up a workflow for this:",
"Quick one:", "Could you automate this for me?") says nothing a step or the schedule could use,
yet its verbs ("set", "make") and nouns ("workflow") would otherwise be read as steps or leave
the request grammar, which only looks at the very start, with nothing to match. Blanking such
talk at either end of the text, as many times as it repeats, leaves the instruction itself first
and last. A word outside the vocabulary, a number, an address or a #channel keeps a piece as it
is, so "Let me know if it fails." stays a delivery.
"""

import re

from nl_parser.calendar_words import DAY, MONTH
from nl_parser.clients_named import blank_client_named_last
from nl_parser.firms_asking import blank_firm_before_asking
from nl_parser.lexicon import blank_all, blank_span, word_set
from nl_parser.memo_fields import DOCUMENT_KIND, DOCUMENT_KIND_OPENINGS, blank_memo_header
from nl_parser.preferences import plainness_told, preference_told
from nl_parser.verbs import main_verb

# Words that ask for, greet, or name the workflow being asked for, and nothing else ("What I'm
# after:" asks, as "What I'd like:" does).
_ASKING = word_set(
    "hey hi hello yo team all folks everyone there guys good morning afternoon "
    "please kindly can could would will you u i we i'd we'd i'm we're 'd like love need needs "
    "want wanted here's heres here is what this that these it the following a an some new "
    "me us my our for to with help quick one question ask request task goal idea spec "
    "requirement requirements use case scenario plan below after "
    # "Here's the fix:", "So here's my solution:": the request offered as the answer to a story.
    "fix solution answer "
    # "So here's what I'd like:", "Anyway, what I need:": a word that ends the telling first.
    "so anyway anyhow basically right ok okay "
    "set setup set-up up create build make automate configure add write "
    "workflow workflows automation automations job flow bot rule something process pipeline "
    # "Subject: … Schedule: … Steps: query Salesforce …": a memo's label for the list of steps.
    "steps actions tasks"
)
# Words that close a request ("Let me know if anything is unclear.", "Does that make sense?").
_CLOSING = word_set(
    "let know if anything something unclear questions any have more info information details "
    "possible doable does do make sense works thanks thank much appreciated cheers in advance "
    "happy clarify else further ok okay "
    # "No rush — thank you!", "Thanks so much, this would save us hours.": patience, and what the
    # workflow is worth to the asker.
    "no rush hurry this that it it'd that'd this'd would will be save saves saving hours time "
    "lot lots ton loads so such huge big massive real great help helps helpful , \u2014 \u2013 - "
    # "If that's doable, brilliant.": the asker's delight at a yes.
    "that's it's brilliant perfect amazing fantastic lovely wonderful awesome ideal excellent "
    # "Thanks ever so much!", "Thank you very much indeed.", "Many thanks.": thanks said warmly.
    "ever very really indeed many awfully terribly appreciate "
    # "If that's too fiddly, let me know!", "Shout if this is a bit too tricky.": an offer to
    # drop a request too hard to make, said last, sends nothing.
    "too bit fiddly complicated complex tricky difficult hard awkward hassle ask done not isn't "
    "can't cannot feasible realistic just tell shout worries "
    # "Happy to explain more if needed.", "Glad to go into more detail if useful.": an offer to
    # say more, said last, asks for nothing the workflow does; its "if" tests nothing.
    "glad explain elaborate expand go into detail further needed necessary required useful helps "
    "that's"
)
# A closing must say one of these, so "Let me know." alone stays a delivery to the asker.
_CLOSES = word_set(
    "unclear questions question possible doable sense info information details thanks thank "
    "appreciated appreciate cheers advance clarify works rush hurry too fiddly complicated "
    "complex tricky difficult awkward hassle feasible realistic worries explain elaborate detail"
)

# "One time thing, not recurring.", "Just a one-off.", "only once, no need to repeat it": that
# the run happens once, said last, is no step (a run with no schedule already runs once).
_ONCE = word_set(
    "one time one-time one-off oneoff once-off once only just thing job run off not no never "
    "recurring recur repeat repeated repeating regular regularly schedule scheduled again need "
    "needs needed don't doesn't won't isn't is it's a this that it to be , \u2014 \u2013 - "
    # "Only needs doing once:", "It only has to happen the once.", "We only need this done once":
    # the run's doing, told in the passive or by its happening.
    "doing done happen happens has have the we i "
    # "Need this done once, not on a loop.", "… once, not every week.": what it is not, named.
    "on loop cycle every week weekly basis ongoing "
    # "…, so this is a one-time job:": the "so" that joins it to the story told before.
    "so "
    # "One pass, no schedule:", "A single run, unscheduled:": the run counted as one.
    "pass single sweep unscheduled"
)
# A sentence of once must say one of these, so "Not this one." or "No need." stays as it was.
_SAYS_ONCE = word_set("one-time one-off oneoff once-off once recurring recur repeat repeating")
# …or count its run as one ("One pass", "a single run"), or deny it a schedule ("no schedule").
_ONE_COUNTED = word_set("one single")
_RUNS_COUNTED = word_set("pass run sweep")

# "It would save my Monday mornings.", "That'd free up our Friday afternoons.", "This will spare
# the team hours.": what the workflow is worth to its asker, said last, is no step. What is saved
# must be the asker's or their time ("it should save them to the sheet" stores things).
# "Cheers, saves me a lot of phone calls.", "Thanks — would save us hours.": the subject may be
# left out, where the verb's "-s" or a modal before it says it is no imperative.
_WORTH = re.compile(
    r"^(?:(?:it|this|that)(?:\s+(?:would|will|could|should|might)|['\u2019](?:d|ll))?\s+"
    r"|(?:would|will|could|should|might)\s+|(?=(?:saves|spares|frees)\b))"
    r"(?:really\s+|honestly\s+|so\s+)?(?:save|saves|spare|spares|free|frees)(?:\s+up)?\s+"
    r"(?:me|us|my|our|the\s+team(?:['\u2019]s)?|everyone|hours|time|loads|a\s+lot)\b"
    r"(?![^@#/\d]*?\b(?:to|into|onto|in|as)\b)[^@#/\d]*$",
    re.IGNORECASE,
)
# "The volunteers love seeing which dogs found homes.", "Our members enjoy reading who won.": how
# the people who get the result take to it, said last, is why it is asked, no step. A wish
# ("would love seeing a summary", "they'd like hearing …") may ask for more, and stays.
_LIKED = re.compile(
    r"^(?:(?!(?:would|could|should|will|might)\b)(?![\w-]*['\u2019]d\b)[\w'\u2019-]+\s+){1,4}?"
    r"(?:(?:really|always|all|just|particularly)\s+)?(?:love|like|enjoy|appreciate)s?\s+"
    r"(?:seeing|hearing|reading|knowing|finding\s+out|getting\s+to\s+see)\b[^@#/\d]*$",
    re.IGNORECASE,
)
_LIKING_WORDS = ("lov", "like", "enjoy", "apprecia")

# "Thanks so much, …", "Thank you —", "Cheers, …", "Many thanks, …": thanks that open the
# closing sentence before what the workflow is worth.
_THANKS_FIRST = re.compile(
    r"\s*(?:(?:many|huge|big)\s+)?(?:thanks|thank\s+you|cheers)"
    r"(?:\s+(?:so|very)\s+much|\s+a\s+(?:lot|ton|million|bunch)|\s+in\s+advance)?"
    r"\s*(?:,|[\u2013\u2014]|\s-)\s*",
    re.IGNORECASE,
)

# "Cheers, and sorry for the essay!", "Apologies for the wall of text.", "Sorry this is so long,
# and thanks!": an apology for how long the request ran, said last, is no step ("Sorry, post it
# in #ops" takes a step back, and stays for corrections.py).
_THANKED = r"(?:thanks|thank\s+you|cheers|ta)(?:\s+(?:so\s+much|a\s+lot|in\s+advance))?"
_APOLOGY_FOR_LENGTH = re.compile(
    rf"^(?:{_THANKED}\s*(?:,|[\u2013\u2014]|\s-)?\s*(?:and\s+)?)?"
    r"(?:(?:so\s+|very\s+|really\s+)?sorry|apologies|(?:i\s+)?apologi[sz]e)\s+"
    r"(?:for\s+(?:the|this|my|such\s+a)\s+(?:(?:long|lengthy|rambling|massive|huge|epic)\s+)?"
    r"(?:essay|novel|ramble|wall\s+of\s+text|length|message|email|note|waffle|saga|screed)"
    r"|for\s+(?:rambling|going\s+on|waffling|the\s+length)"
    r"|(?:it['\u2019]s|this\s+is|this\s+was|that\s+was)\s+(?:so\s+|such\s+a\s+)?"
    r"(?:long|lengthy|long\s+one|an\s+essay))"
    rf"(?:\s*,?\s*(?:and\s+)?{_THANKED})?\W*$",
    re.IGNORECASE,
)


# "Honestly, this would save us hours every week.", "To be frank — no rush.": a word of candour
# that opens the closing sentence before what it says.
_CANDOUR_FIRST = re.compile(
    r"\s*(?:(?:quite\s+)?(?:honestly|frankly|truly|genuinely|seriously)"
    r"|to\s+be\s+(?:honest|frank)|in\s+all\s+honesty|tbh)"
    r"\s*(?:,|[\u2013\u2014]|\s-)\s*",
    re.IGNORECASE,
)
_CANDOUR_WORDS = ("honest", "frank", "truly", "genuinely", "seriously", "tbh")

# A piece at the start: up to a colon, a dash, or the end of a sentence or greeting.
# Possessive spaces and a first character that is no space: after a blanked story the text may
# open with a hundred spaces, and a lazy piece that could start on any of them backtracked
# for 50 ms.
_LEADING = re.compile(
    r"^\s*+([^\s:.!?,\u2013\u2014][^:.!?,\u2013\u2014]{0,79}?)\s*(?::|[.!?]+|,|\s[\u2013\u2014-])(?=\s)"
)
# "… at https://…. What I'd love is: every Wednesday …": a label of asking that opens a sentence
# after a source or a story the blanking at the start stopped at; "So, here's what I'd like:"
# may end the telling with a word and a comma first; "…, so here's the fix:" joins the label to
# the telling's last sentence by "so" after a comma.
_LABEL_WITHIN = re.compile(
    r"(?:[.!?]\s+(?P<ending>(?i:so|anyway|anyhow|basically|right|ok|okay),\s+)?"
    r"|,\s+(?P<joined>(?i:so)\s+))"
    # "One pass, no schedule:": a label of once may deny the run a schedule after a comma.
    r"(?P<label>[^\s:.!?,][^:.!?,\n]{0,39}?"
    r"(?:,\s+(?:no\s+schedule|unscheduled|not\s+(?:scheduled|recurring|repeated)))?)\s*:(?=\s)"
)
# A sentence at the end, after the end of the one before it.
_TRAILING = re.compile(r"(?<=[.!?])\s++([^\s.!?][^.!?]{0,79}?)\s*[.!?]*\s*$")
# "please hey can u set up …": a courtesy word first, with no stop after it, before more asking.
_COURTESY_WORD = re.compile(r"^\s*(?:please|kindly|hey|hi|hello|yo)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z][a-z'-]*|\S", re.IGNORECASE)


# "To put that to bed, every Monday …", "In order to keep the board calm — …", "so as to spare
# Dana the chasing, …", "To save them the trouble: …": why the workflow is wanted, before what
# it does, is no step. Lower case after "to", so "To Slack, …" or "To the team, …" (a receiver)
# is kept; a piece naming a place, address, number or cadence ("To start every week right, …")
# is kept too.
_PURPOSE = re.compile(
    r"(?:^|(?<=[.!?]))\s*(?:(?i:in\s+order|so\s+as)\s+)?(?i:to)\s+"
    r"(?!(?:the|a|an|all|any|every|each|our|my|your|their|his|her|its|this|that|these|those|me|"
    r"us|you|them|him|whom|whoever|do)\b)[a-z][a-z'-]*\b"
    r"(?:(?!\b(?i:every|each|daily|weekly|monthly|hourly|nightly)\b)[^.!?,;:#@/\d\u2013\u2014]){0,80}?"
    r"\s*(?:,|:|[\u2013\u2014]|\s-)(?=\s)"
)


# "So, starting now, on the 1st …", "From now on, …", "Going forward, …": the workflow begins
# when it is made, so when it starts says nothing a step or the schedule could use ("starting
# Monday" names a day, and "two weeks from now" a date; neither is read here).
_FROM_NOW = re.compile(
    r"\b(?:(?:starting|beginning|effective|as\s+of)\s+(?:right\s+)?"
    r"(?:now|today|immediately|right\s+away)"
    r"|from\s+(?:now|today|here)\s+on(?:wards?)?|going\s+forward"
    # "With immediate effect, each Monday …": the notice's way of saying "from now on".
    r"|with\s+immediate\s+effect)\b",
    re.IGNORECASE,
)
_FROM_NOW_WORDS = ("now", "today", "immediately", "away", "forward", "effect")


# The kinds of document a heading names ("Memo", "MEMORANDUM", "Notice", …), written once for
# the headings below.
# "MEMORANDUM \u2014 Harrowgate Opticians, Clinical Operations.", "Notice: Finance Team.": the kind
# of document and who sends it, names alone up to the sentence's end, is no step ("Notice: if
# the pump stops, …" says more than names, and stays).
# "PROCEDURE: Harlow & Finch Solicitors, new client onboarding.", "Policy \u2014 Granary Wharf
# Self Storage.": a policy or procedure heads its duties as a memo does, and what it is about may
# follow the sender in a few plain words ("…, send the report." is a step, and stays). So does a
# standing order or instruction ("STANDING ORDER \u2014 Ledgerwood Building Society, Branch
# Operations.", "STANDING INSTRUCTION \u2014 Kovács Translation Bureau, Finance.").
# "REPORTING REQUIREMENT \u2014 Halberd Security Systems.": a requirement heads its fields so.
_RULE_KIND = (
    r"(?:polic(?:y|ies)|procedures?|protocol|(?:standing\s+)?instructions?|standing\s+orders?"
    r"|(?:reporting\s+)?requirements?)"
)
_DOCUMENT_HEADING = re.compile(
    r"^\s*(?:internal\s+)?(?:"
    + DOCUMENT_KIND
    + "|"
    + _RULE_KIND
    + r")\s*(?::|[\u2013\u2014]|\s-)\s*"
    r"(?P<sender>(?-i:[A-Z])[\w'&-]*(?:[ \t]*,?[ \t]+(?:(?-i:[A-Z])[\w'&-]*|and|of|the|for|&))*)"
    # "POLICY: Cobalt Crane Hire credit control.": the topic may follow the names without a comma.
    r"(?:[ \t]*,?[ \t]+(?P<topic>(?-i:[a-z])[\w'-]*(?:[ \t]+(?-i:[a-z])[\w'-]*){0,3}))?"
    r"[ \t]*(?:\.|\n)",
    re.IGNORECASE,
)
_DOCUMENT_KINDS = (
    *DOCUMENT_KIND_OPENINGS,
    *("note", "polic", "procedure", "protocol", "standing", "instruction", "reporting"),
    "requirement",
)
# "Memo from the Ravensholt Rowing Club facilities committee: …", "Note from Highmoor Golf Club
# management." : who sends it said after "from", names first and then a few words of what they
# are, up to a colon or the sentence's end, is the same heading ("Note from now on …" names none).
_DOCUMENT_FROM = re.compile(
    r"^\s*(?:internal\s+)?(?:" + DOCUMENT_KIND + r"|note)"
    r"\s+from\s+(?:the\s+|our\s+)?"
    r"(?-i:[A-Z])[\w'&-]*(?:[ \t]+(?:(?-i:[A-Z])[\w'&-]*|and|of|the|for|&))*"
    r"(?:[ \t]+(?-i:[a-z])[\w'-]*){0,3}[ \t]*(?::|\.|\n)",
    re.IGNORECASE,
)
# "Harrowby Ferries \u2014 operations notice.": who sends it first, then a word or two and the
# kind of document, alone up to the sentence's end, is the same heading turned round.
_SENDER_FIRST_HEADING = re.compile(
    r"^\s*(?-i:[A-Z])[\w'&-]*(?:[ \t]+(?:(?-i:[A-Z])[\w'&-]*|of|the|&))*"
    r"\s*(?::|[\u2013\u2014]|\s-)\s*(?:[a-z][\w-]*[ \t]+){0,2}"
    + DOCUMENT_KIND
    + r"[ \t]*(?:\.|\n)",
    re.IGNORECASE,
)
_KIND_LAST = ("memo", "memorandum", "notice", "circular", "bulletin", "announcement")
# "Notice to all staff of Brackenfold Parish Council.", "Memo to the Larkspur Sailing Club
# committee:": whom the document is addressed to, a few plain words and names, alone up to the
# sentence's end or a colon, is the same heading ("Note to self: …" is no document named); so
# with who sends it after a dash ("NOTICE TO ALL DUTY STAFF — Whitcombe Zoo, Animal Welfare.").
_DOCUMENT_TO = re.compile(
    r"^\s*(?:internal\s+)?" + DOCUMENT_KIND + r"\s+to\s+(?:(?:all|the|our|every)\s+)?"
    r"(?:[\w'&-]+[ \t]+){0,3}?[\w'&-]+"
    r"(?:[ \t]+(?:of|at|in)[ \t]+(?:the[ \t]+)?(?-i:[A-Z])[\w'&-]*(?:[ \t]+(?-i:[A-Z])[\w'&-]*)*)?"
    r"(?:[ \t]*(?:[\u2013\u2014]|\s-)[ \t]*"
    r"(?-i:[A-Z])[\w'&-]*(?:[ \t]*,?[ \t]+(?:(?-i:[A-Z])[\w'&-]*|and|of|the|for|&))*)?"
    r"[ \t]*(?::|\.|\n)",
    re.IGNORECASE,
)
# "Policy note, Ridgeback Veterinary Group:", "Staff notice \u2014 Hollins Dental.": a word of
# what the document is about before its kind, then who sends it, names alone, up to a colon or
# the sentence's end; or two ("STAGE MANAGEMENT NOTE \u2014 Gaslight Theatre Company.").
_QUALIFIED_HEADING = re.compile(
    r"^\s*(?-i:[A-Z])[a-z]+(?:[ \t]+(?-i:[A-Z])[a-z]+)?[ \t]+"
    r"(?:memo(?:randum)?|notice|circular|bulletin|note)"
    r"[ \t]*(?:[:,]|[\u2013\u2014]|\s-)[ \t]*"
    r"(?-i:[A-Z])[\w'&-]*(?:[ \t]*,?[ \t]+(?:(?-i:[A-Z])[\w'&-]*|and|of|the|for|&))*"
    r"[ \t]*(?::|\.|\n)",
    re.IGNORECASE,
)
_QUALIFIED_KINDS = frozenset({"memo", "memorandum", "notice", "circular", "bulletin", "note"})


def blank_document_heading(text: str) -> str:
    """Blank "MEMORANDUM \u2014 Harrowgate Opticians, Clinical Operations." (same length back)."""
    heading = None
    if text.lstrip()[:12].lower().startswith(_DOCUMENT_KINDS):  # the cheap test first
        heading = (
            _DOCUMENT_HEADING.match(text) or _DOCUMENT_FROM.match(text) or _DOCUMENT_TO.match(text)
        )
        if heading is not None and heading.re is _DOCUMENT_HEADING and heading["topic"]:
            heading = None if main_verb(heading["topic"]) else heading  # "…, send it." a step
    if heading is None and text[:80].split(".", 1)[0].rstrip().lower().endswith(_KIND_LAST):
        heading = _SENDER_FIRST_HEADING.match(text)
    elif heading is None and not _QUALIFIED_KINDS.isdisjoint(_second_and_third_words(text)):
        heading = _QUALIFIED_HEADING.match(text)  # "Policy note, Ridgeback Veterinary Group:"
    return text if heading is None else blank_span(text, heading.span())


def _second_and_third_words(text: str) -> list[str]:
    """Return the second and third words, lower case, signs dropped ("note" of "Policy note,")."""
    return [word.rstrip(",:").lower() for word in text[:50].split(None, 3)[1:3]]


def blank_from_now(text: str) -> str:
    """Blank "starting now", "from now on", "going forward" (same length back)."""
    lowered = text.lower()
    if not any(word in lowered for word in _FROM_NOW_WORDS):  # the cheap test first
        return text
    return blank_all(_FROM_NOW, text)


def blank_purposes(text: str) -> str:
    """Blank the purpose ("To put that to bed, …") that opens a sentence (same length back)."""
    return blank_all(_PURPOSE, text)


# "… post anything unacknowledged in #site-security. (Ironbridge Self Storage)": names alone in
# brackets after the last sentence sign who asks; a day, a month or a place stays ("(Slack)").
_SIGNED_IN_BRACKETS = re.compile(
    r"(?<=[.!?])\s*\(\s*(?P<names>(?-i:[A-Z])[\w'&-]*(?:[ \t]+(?:(?-i:[A-Z])[\w'&-]*|and|of|the|&))"
    r"{0,5})\s*\)\s*$"
)
_NAMES_MORE = re.compile(
    rf"{DAY}|{MONTH}|\b(?:slack|e-?mail|web-?hook|salesforce|sfdc|crm|api|sms|urgent|asap)\b",
    re.IGNORECASE,
)


# "…\nThanks — Ines", "… Cheers, Ruth": thanks with a name alone after it, ending the text, sign
# who asks; "thanks" there is no message to send the name.
_SIGNED_WITH_THANKS = re.compile(
    r"(?:(?<=[.!?\n])|(?<=[.!?]\s))\s*(?:(?:many|huge|big)\s+)?(?:thanks|thank\s+you|cheers|ta)"
    r"(?:\s+(?:so\s+much|a\s+lot|in\s+advance))?\s*[!,]?\s*(?:[\u2013\u2014]|-{1,2})?\s*"
    r"(?P<names>(?-i:[A-Z])[\w'-]*(?:[ \t]+(?-i:[A-Z])[\w'-]*){0,2})\W*$",
    re.IGNORECASE,
)


_THANKS_WORDS = ("thank", "cheers", " ta", "\nta")


def blank_thanked_sender(text: str) -> str:
    """Blank "Thanks — Ines" ending the text after its last sentence (same length back)."""
    tail = text[-60:].lower()
    if not any(word in tail for word in _THANKS_WORDS):  # the cheap test first
        return text
    signed = _SIGNED_WITH_THANKS.search(text, max(0, len(text) - 60))
    if signed is None or _NAMES_MORE.search(signed["names"]):
        return text
    return blank_span(text, signed.span())


def blank_bracketed_sender(text: str) -> str:
    """Blank "(Ironbridge Self Storage)" ending the text after its last sentence (same length)."""
    if not text.rstrip().endswith(")"):  # the cheap test first
        return text
    signed = _SIGNED_IN_BRACKETS.search(text)
    if signed is None or _NAMES_MORE.search(signed["names"]):
        return text
    return blank_span(text, signed.span())


# "Could the Friday pipeline pack for Meridian Scaffolding be automated?", "Can our month-end
# stock count be set up to run by itself?": asking whether a named chore can run by itself, in
# a question of its own before the steps, says nothing they use; the name may be any words.
_CHORE_AUTOMATABLE = re.compile(
    r"^\s*(?:could|can|would|might)\s+(?:the|our|my|this|that|a|an)\s+[^.?!:@#/\d\n]{1,100}?\s+"
    r"be\s+(?:(?:fully|easily|somehow|properly)\s+)?"
    r"(?:automated|set\s+up(?:\s+to\s+run\s+(?:by\s+itself|on\s+its\s+own))?"
    r"|(?:run|done|handled|sent|put\s+together|produced)\s+automatically)"
    r"(?:\s+(?:for\s+(?:me|us)|somehow|please))?\s*\?+(?=\s)",
    re.IGNORECASE,
)
# A cadence in the question may be the only one said; it stays unless the steps say their own.
_CADENCE_ASKED = re.compile(
    rf"{DAY}|\b(?:daily|weekly|monthly|nightly|hourly|yearly|annual|every|each)\b", re.IGNORECASE
)


def _blank_chore_asked(text: str) -> str:
    """Blank "Could the Friday pipeline pack be automated?" opening the text (same length)."""
    head = text[:200]
    if "?" not in head or " be " not in head:  # the cheap test first
        return text
    asked = _CHORE_AUTOMATABLE.match(text)
    if asked is None:
        return text
    cadence = _CADENCE_ASKED.search(asked.group())
    if cadence and not _CADENCE_ASKED.search(text, asked.end()):
        return text
    return blank_span(text, asked.span())


def blank_asides(text: str) -> str:
    """Blank the talk about the request at the start and end of `text` (same length back)."""
    text = blank_from_now(blank_purposes(blank_memo_header(blank_document_heading(text))))
    text = blank_firm_before_asking(_blank_chore_asked(text))
    if ":" in text:  # the cheap test first: most texts have no label
        text = _blank_labels_within(text)
    text = blank_client_named_last(blank_bracketed_sender(blank_thanked_sender(text)))
    # "(story blanked) so this is a one-time job: …": a label of once opens it, as asking does.
    while (
        (match := _LEADING.match(text))
        and (_only(match.group(1), _ASKING) or _once_labelled(match))
    ) or (match := _COURTESY_WORD.match(text)):
        text = blank_span(text, match.span())
    while match := _TRAILING.search(text):
        piece = _without_candour(match.group(1))
        if _only(piece, _ASKING | _CLOSING) and not _once_told(piece):
            if not set(_words(piece)) & _CLOSES and not _asks_again(piece):
                break
        elif not (
            _worth_told(piece)
            or _once_told(piece)
            or _liking_told(piece)
            or preference_told(piece)
            or plainness_told(piece)
            or _apology_told(piece)
        ):
            break
        text = blank_span(text, match.span())
    return text


def _blank_labels_within(text: str) -> str:
    """Blank a label made only of asking ("What I'd love is:") or of once inside the text."""
    # "… at https://…. Only needs doing once: sort …": that the run happens once, said as the
    # label over the steps after the data is told, is no step either.
    for label in _LABEL_WITHIN.finditer(text):
        if _only(label["label"], _ASKING) or _once_told(label["label"]):
            text = blank_span(text, (_label_start(label), label.end()))
    return text


def asking_label_start(text: str) -> int | None:
    """Return where a label made only of asking ("What I'd like:") opens a sentence in `text`."""
    for label in _LABEL_WITHIN.finditer(text):
        # "…, so this is a one-time job: …": saying the run happens once asks for it too.
        if _only(label["label"], _ASKING) or _once_told(label["label"]):
            return _label_start(label)
    return None


def _label_start(label: re.Match[str]) -> int:
    """Return where a label starts, with the word that ends the telling before it if any."""
    if label["joined"]:
        return label.start("joined")
    return label.start("ending") if label["ending"] else label.start("label")


def _without_candour(piece: str) -> str:
    """Return the piece without a word of candour opening it ("Honestly, this would save …")."""
    lowered = piece[:24].lower()
    if not any(word in lowered for word in _CANDOUR_WORDS):
        return piece  # the cheap test first
    candour = _CANDOUR_FIRST.match(piece)
    return piece if candour is None else piece[candour.end() :]


def _once_labelled(match: re.Match[str]) -> bool:
    """Tell "so this is a one-time job:" left after the story it joined was blanked."""
    # Only the "so" that joined it: "One-off:" or "Need this done once, not on a loop." opening
    # the text are read whole where they tell the parser the run happens once.
    label = match.group(1)
    return label[:3].lower() == "so " and match.group().rstrip()[-1:] == ":" and _once_told(label)


def _once_told(piece: str) -> bool:
    """Tell "One time thing, not recurring" (that the run happens once) from a step."""
    words = _words(piece)
    if words[:1] == ["once"] and words[1:2] not in ([], ["only"], [","]):
        return False  # "Once it's done:", "once that has happened": when, not how often
    said = (
        set(words) & _SAYS_ONCE
        or ("one" in words and "time" in words)
        or (not _ONE_COUNTED.isdisjoint(words) and not _RUNS_COUNTED.isdisjoint(words))
        or ("no" in words and "schedule" in words)
    )
    return bool(said) and all(w in _ONCE for w in words)


# "Need this done once, not on a loop. Harmonia … on Friday, …": a sentence of its own saying
# the run happens once, opening the text; the sentences after it may tell a story with days.
_FIRST_SENTENCE = re.compile(r"^\s*+([^\s.!?][^.!?]{0,79}?)\s*[.!?]+(?=\s)")


def once_said_first(text: str) -> tuple[int, int] | None:
    """Return the span of "Need this done once, not on a loop." opening the text, or None."""
    head = text[:80].lower()
    if "once" not in head and "one" not in head and "recurr" not in head:
        return None  # the cheap test first: a sentence of once says one of these
    first = _FIRST_SENTENCE.match(text)
    return first.span() if first and _once_told(first.group(1)) else None


def _worth_told(piece: str) -> bool:
    """Tell "It would save my Monday mornings" (what the workflow is worth) from a step."""
    lowered = piece.lower()
    if "save" not in lowered and "spare" not in lowered and "free" not in lowered:
        return False  # the cheap test first
    # "Thanks so much, this will save us a lot of grief.": thanks first, then the worth.
    thanked = _THANKS_FIRST.match(piece)
    return _WORTH.match(piece[thanked.end() if thanked else 0 :].strip()) is not None


def _apology_told(piece: str) -> bool:
    """Tell "Cheers, and sorry for the essay" (an apology for the length) from a step."""
    lowered = piece.lower()
    if "sorr" not in lowered and "apolog" not in lowered:
        return False  # the cheap test first
    return _APOLOGY_FOR_LENGTH.match(piece.strip()) is not None


def _liking_told(piece: str) -> bool:
    """Tell "The volunteers love seeing which dogs found homes" (why it is asked) from a step."""
    lowered = piece.lower()
    if not any(word in lowered for word in _LIKING_WORDS):
        return False  # the cheap test first
    return _LIKED.match(piece.strip()) is not None


def _words(piece: str) -> list[str]:
    return [w.lower().replace("\u2019", "'") for w in _WORD.findall(piece)]


def _only(piece: str, vocabulary: frozenset[str]) -> bool:
    words = _words(piece)
    return bool(words) and all(w in vocabulary for w in words)


def _asks_again(piece: str) -> bool:
    # "Can you set that up?", "Could you build this for us?": the request, said again at the end.
    words = set(_words(piece))
    return bool(words & {"set", "setup", "build", "create", "automate", "configure"})


# "At 06:00, 14:00 and 22:00 (that's when the shifts change), grab …", "at noon — which is when
# the rush starts — check …": why the times were picked, in brackets or between dashes, tells of
# the world; its "when" is no event or test and its times no schedule.
_REASON_FOR_TIMES = (
    r"\s*(?:(?:because|since|as|i\.?e\.?,?)\s+)?"
    r"(?:that|this|which|it|those|these)(?:['\u2019](?:s|re)|\s+(?:is|are|was|were))\s+"
    r"(?:(?:usually|normally|always|roughly|about|just|right)\s+)?"
    r"(?:when|the\s+(?:time|hour|moment)s?\b)"
)
_TIME_REASON = re.compile(
    rf"\({_REASON_FOR_TIMES}[^()]*\)|[\u2014\u2013]{_REASON_FOR_TIMES}[^()\u2014\u2013.!?]*[\u2014\u2013]",
    re.IGNORECASE,
)


def blank_time_reasons(text: str) -> str:
    """Blank "(that's when the shifts change)", why the times were picked (same length back)."""
    if "when" not in text and "time" not in text and "hour" not in text:
        return text  # the cheap test first: most texts give no reason for their times
    if "(" not in text and "\u2014" not in text and "\u2013" not in text:
        return text
    return blank_all(_TIME_REASON, text)
