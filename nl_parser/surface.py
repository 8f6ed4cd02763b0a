"""Mend how a phone or a chat box wrote the text before any grammar reads it.

Curly quotes, "&" for "and", runs of spaces, "pls", "cn u", "tmrw", "wkday", "thru", "btwn",
"wen", "frm", "w/", "txt", "p.m." and emoji change no meaning, but the grammars are written for the
plain forms: a metamorphic check over the labelled sets (each right case rewritten one way) found
1,195 of 2,044 cases wrong with " & " for " and ", 46 with curly quotes, 53 with doubled spaces.
Every rule here is one a reader makes without thinking.
"""

import re
import unicodedata

from nl_parser.timezones import find_zone
from nl_parser.verbs import lemma

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u201c": '"', "\u201d": '"'})
# "Tidewell Fish Farm ▸ every 15 min ▸ …", "new lead ➜ …": a pointer glyph between fields parts
# them as "→" does (one character for one, so offsets hold; the emoji rule would blank "➜").
_POINTERS = str.maketrans(
    dict.fromkeys("\u2023\u21d2\u25b6\u25b8\u25ba\u2794\u279c\u27a1\u27f6", "\u2192")
)
# "new foster application at whiskers cat rescue = tell the home-check volunteers": an equals
# sign before an imperative and its object points from the event to the step, as "→" does ("if
# severity = fatal" compares a value, and "type = call →" has no object after its word).
_EQUALS_POINTER = re.compile(r"(?<=\s)=(?=\s+([A-Za-z]+)\s+[\w#@'\"])")
# "= let the team know": the one opening of a step that is no catalog verb.
_POINTED_OPENINGS = frozenset({"let"})
# "fetch X & email Y": an ampersand between words; "R&D" and "AT&T" have none around it.
_AMPERSAND = re.compile(r"(?<=\S)\s+&\s+(?=\S)")
# "post to the #ops channel" is "post to #ops": the channel says what the "#" already does.
_NAMED_CHANNEL = re.compile(r"\b(?:the\s+)?(#[\w-]+)\s+(?:slack\s+)?channel\b", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
# "pls", and "plase" or "plese": "please" texted short or with a letter slipped.
_PLEASE = re.compile(r"\b(?:pls|plz|plse|plase|plese)\b", re.IGNORECASE)
# "tmrw's appts", "yday's orders": a day texted short is the day ("2day" may be "2-day").
_SHORT_DAYS = {"tmrw": "tomorrow", "tmrow": "tomorrow", "2moro": "tomorrow"}
_SHORT_DAYS |= {"2morrow": "tomorrow", "yday": "yesterday", "tonite": "tonight", "2nite": "tonight"}
_SHORT_DAY = re.compile(rf"\b(?:{'|'.join(_SHORT_DAYS)})\b", re.IGNORECASE)
# "every wkday", "wknds at 10", "wkly", "every 2 wks", "hrly": a span of the calendar texted short,
# its vowels dropped, is the span (never inside an address: "…/wk/rota" keeps its path).
_SHORT_SPANS = {"wkday": "weekday", "wkdays": "weekdays", "wkend": "weekend", "wkends": "weekends"}
_SHORT_SPANS |= {"wknd": "weekend", "wknds": "weekends", "wk": "week", "wks": "weeks"}
_SHORT_SPANS |= {"wkly": "weekly", "hrly": "hourly", "mthly": "monthly", "mnthly": "monthly"}
_SHORT_SPAN = re.compile(
    rf"(?<![\w/.@#-])(?:{'|'.join(_SHORT_SPANS)})(?![\w/@#-]|\.\w)", re.IGNORECASE
)
_SHORT_SPAN_HINTS = ("wk", "hrly", "thly")
# "when a signup comes thru", "mon thru fri": "thru" is "through", spelled as it is said.
_THRU = re.compile(r"\bthru\b", re.IGNORECASE)
# "every 10 min btwn 9am n 9pm", "betw 8 and 6": "between" texted with its vowels dropped (never
# inside an address or a name: "…/btwn/…" keeps its path).
_SHORT_BETWEEN = re.compile(
    r"(?<![\w/.@#-])(?:btwn|btwen|betwn|betw|bwtn)(?![\w/@#-])", re.IGNORECASE
)
# "wheneva someone books", "wenever a form comes in": "whenever" texted as it is said (two edits
# from the word, too far for the typo rules, which keep to one).
_SHORT_WHENEVERS = ("wheneva", "wenever", "wenevr", "whenevr")
_SHORT_WHENEVER = re.compile(rf"\b(?:{'|'.join(_SHORT_WHENEVERS)})\b", re.IGNORECASE)
# "wen a new booking comes in …", "ok so wen the form is sent, …": "when" texted as it is said,
# known by the clause it opens: first in its sentence or after a joining word, a determiner or
# pronoun after it ("email Wen the rota" names someone).
_SHORT_WHEN = re.compile(
    r"(?:^|(?<=[.!?,;:\u2014-])|(?<=[.!?,;:\u2014-]\s)"
    r"|(?<=\band\s)|(?<=\bbut\s)|(?<=\bso\s)|(?<=\bor\s)|(?<=\bok\s))"
    r"([Ww])en(?=\s+(?:a|an|the|any|some|someone|somebody|anyone|u|you|we|they|it|"
    r"there|our|my|ur|sum1|new)\b)"
)
# "sat n sun", "tues n fri", "pull the list n email it": a lone "n" between words is "and", typed
# as it is said ("the top n rows", "every n minutes" keep it as a number).
# (the look-ahead at the first letters turns most positions away before the look-behinds run)
_N_FOR_AND = re.compile(
    r"(?=n )(?<![\w'./-])"
    r"(?<!\btop )(?<!\bevery )(?<!\bfirst )(?<!\blast )n(?= \w)"
)
# "pull em from https://…", "send 'em to #ops": "them" texted as it is said, after a word that
# ends in a letter ("an em dash" and "em-dash" name the dash, "EM" in capitals is a code).
_SHORT_THEM_HINTS = (" em ", " em,", " em.", "'em")
_SHORT_THEM = re.compile(
    r"(?<=[a-z] )(?<!\ban )(?<!\bthe )(?<!\ba )'?em(?![\w'-])(?!\s+(?:dash|space|rule)\b)"
)
# "grab the list frm https://…", "pull deals frm salesforce": "from" texted with its vowel dropped
# (never inside an address; "FRM" in capitals is an acronym).
_SHORT_FROM = re.compile(r"(?<![\w/.@#-])(?:frm|Frm)(?![\w/@#-])")
# "any w/ express shipping", "orders w/o a tracking number": "with" and "without" texted short
# after items picked by what they have (a plural, or "any", "one", "those"); "books a tuning
# w/ keystone piano tuning" names whom it is with, left as written. Never inside an address.
_SHORT_WITH = re.compile(
    r"(?<![\w/.@#:-])(any|one|those|each|every|[a-z]+s)\s+w/(o\b)?(?=\s)", re.IGNORECASE
)
# "an order comes in w/ a nut allergy note", "a booking arrives w/o a deposit": after a verb of
# arriving, what the item comes with (an article after it: "w/ keystone" still names a party).
_ARRIVED_WITH = re.compile(
    r"(?<![\w/.@#:-])(in|through|thru|arrives?|arrived|lands?|landed)\s+w/(o\b)?"
    r"(?=\s+(?:an?|no|the|its|their)\s)",
    re.IGNORECASE,
)
# "when some1 leaves a review", "if any1 asks", "tell every1": a pronoun of people texted with
# "1" for "one" ("room 1", "no1" and "v1" are no pronoun: only these three stems are read).
_SHORT_ONES = re.compile(r"\b(some|sum|any|every)1\b", re.IGNORECASE)
# "slack dm the stylist", "email ping the owner", "text message the client": the medium said as a
# verb before the verb of sending is one delivery by that medium (after an article or a
# preposition it is a noun: "a slack message the team sees", "via text message").
_MEDIUM_BEFORE_VERB = re.compile(
    r"(?<![\w'#@./-])(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bour )(?<!\bvia )(?<!\bby )(?<!\bon )"
    r"(?<!\bin )(?<!\bover )(?<!\bthrough )(?<!\bof )(?<!\bper )(slack|e-?mail|text)\s+"
    r"(?:dm|direct[\s-]message|message|msg|ping|notify)(?=\s+(?:the|our|my|their|his|her|them|him|"
    r"me|us|everyone|everybody|each|every|all|@\w))",
    re.IGNORECASE,
)
_MEDIUM_VERB_HINTS = ("slack ", "mail ", "text ")
_SENDING_VERB_HINTS = (" dm", " message", " msg", " ping", " notify")
# "cn u dm jonas", "cld u post …", "wud u email …": the asking modal texted short, known by the
# "u" or "you" it asks ("cn" alone may be a code, "wd" a ward).
_SHORT_MODALS = {"cn": "can", "cld": "could", "cud": "could", "wld": "would", "wud": "would"}
_SHORT_MODALS |= {"wd": "would"}
_SHORT_MODAL_ASKS = tuple(f"{short} {you}" for short in _SHORT_MODALS for you in ("u ", "you "))
_SHORT_MODAL = re.compile(rf"\b({'|'.join(_SHORT_MODALS)})(?=\s+(?:u|you)\b)", re.IGNORECASE)
# "txt me", "msg the team", "msg #taproom", "msg ops@x.com": a messaging verb texted short, with
# who or where gets it after it (a file's ".txt" or "a txt file" has no receiver after it).
# "snd the list to …", "fwd it to …": a verb of sending texted short, before its object, is the
# verb ("chk" is `_SHORT_CHECK`'s).
_SHORT_VERBS = {"txt": "text", "msg": "message", "snd": "send", "fwd": "forward"}
_SHORT_VERB = re.compile(
    r"(?<![.\w])(txt|msg|snd|fwd)(?=\s+(?:(?:me|us|him|her|them|it|everyone|everybody|the|our|"
    r"my|their|all|this|that|these|those)\b|#\w|[\w.+-]+@\w|https?://"
    # "txt dispatch thru the sms webhook", "msg security via the pager hook": a receiver named
    # bare, then the way it goes or when; after an article the word is a noun ("a txt file").
    r"|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)[a-z][\w-]*\s+(?:thru|through|via|over|by|on|"
    r"whenever|when|if|once|as\s+soon\s+as)\b))",
    re.IGNORECASE,
)
# "chk https://…", "chk the feed", "chk it", "chk if the site is up": "check" texted short, known
# by what it checks after it ("chk" alone may be a code or a column's name).
_SHORT_CHECK = re.compile(
    r"(?<![.\w/])(?:chk|chck)(?=\s+(?:https?://|#\w|[\w.+-]+@\w|(?:the|our|my|their|it|them|this|"
    r"these|those|all|if|whether|for|on|that)\b))",
    re.IGNORECASE,
)
# "if its a bug", "its not urgent", "its at https://…": "its" before an article, a "not" or a
# preposition is "it's" typed without its apostrophe (a possessive "its" is never followed by one).
_ITS_FOR_IT_IS = re.compile(
    r"\b(it)s(?=\s+(?:a|an|the|not|at|on|in|from|under|over|above|below)\b)", re.IGNORECASE
)
# "if its negative email …", "when its late, text …": after an opener of a test, "its" and one
# word, then a break or a step's verb, is "it's" too (a possessive "its" needs its noun's verb).
# So is it before a verb in -ing and the word that ends it ("if its shipping abroad email …",
# "if its coming from abroad email …"); a noun in -ing keeps its own verb after it ("if its
# rating drops email …", "its booking changed"), so that word is no verb in -s or -ed.
_TESTED_ITS = re.compile(
    r"\b((?:if|when|whenever|unless)\s+it)s(?=\s+(?:[a-z]{2,}ing(?:\s+(?:from|to|in|into|"
    r"through|via|for|on|off|out|up|down|back|over))?\s+"
    r"(?![a-z-]*(?<!sea)(?<!way)(?<!ard)(?<!oor)(?:s|ed)\b))?[a-z-]+(?:\s*(?:[,;:.!?>\u2192-]|$)|\s+(?:then\s+)?"
    r"(?:email|post|send|text|notify|alert|page|ping|dm|message|flag|forward|escalate|tell|"
    r"trigger|fire|call|raise|open|create|add|hit)\b))",
    re.IGNORECASE,
)
# "if any camera's offline ping #keepers", "when the queue's empty, email …": after an opener of
# a test, a noun's "'s" and one word, then a break or a step's verb, is "is" typed short (a
# possessive "'s" needs its noun after it, and that noun a verb: "if the site's uptime drops").
_TESTED_IS = re.compile(
    r"(?=[iwu])\b((?:if|when|whenever|unless)\s+(?:[\w-]+\s+){0,3}?"
    r"(?!(?:it|that|there|here|what|who|he|she|let)')[a-z][\w-]*)'s"
    r"(?=\s+(?:not\s+|still\s+)?[a-z-]+(?:\s*(?:[,;:.!?>\u2192-]|$)|\s+(?:then\s+)?"
    r"(?:email|post|send|text|notify|alert|page|ping|dm|message|flag|forward|escalate|tell|"
    r"trigger|fire|call|raise|open|create|add|hit)\b))",
    re.IGNORECASE,
)
# "when a piano tuning's done for Harmonia wait 72 hrs", "once a car's ready for collection
# email …": after an opener of a test, a noun's "'s" before a state reached is "is" whatever
# complements the state, when a preposition, a break or a step's verb follows it (a possessive
# "'s" has its noun next: "the client's completed forms").
_STATE_REACHED = ("'s done", "'s finished", "'s complete", "'s ready")
_REACHED_IS = re.compile(
    r"(?=[iwuoa])\b((?:if|when|whenever|unless|once|after)\s+(?:[\w-]+\s+){0,3}?"
    r"(?!(?:it|that|there|here|what|who|he|she|let)')[a-z][\w-]*)'s"
    r"(?=\s+(?:done|finished|completed?|ready)(?:\s*(?:[,;:.!?>\u2192-]|$)|\s+(?:then\s+)?"
    r"(?:for|at|on|in|by|with|from|to|and|then|wait|email|post|send|text|notify|alert|page|ping|"
    r"dm|message|flag|forward|escalate|tell|trigger|fire|call|raise|open|create|add|hit)\b))",
    re.IGNORECASE,
)
# "if the swell's under half a metre tell …", "the queue's over 500": a noun's "'s" before a
# comparison is "is" typed short however many words the value takes (a possessive "'s" needs
# its noun after it, and no noun is "under" or "less than"); a pronoun's is left to the grammars.
_COMPARED_IS = re.compile(
    r"(?=')(?<=[a-z])(?<!\bit)(?<!\bthat)(?<!\bthere)(?<!\bhere)(?<!\bwhat)(?<!\bwho)(?<!\blet)'s"
    r"(?=\s+(?:not\s+|still\s+)?(?:under|over|above|below|beneath|beyond|at\s+(?:least|most)"
    r"|(?:less|more|fewer|greater|higher|lower)\s+than)\s)",
    re.IGNORECASE,
)
# "Orchard Lane Cider Co. wholesale opportunities": a firm's "Co.", "Inc." or "Ltd." before a
# lower-case word ends no sentence; its dot goes, as "p.m."'s do ("… Ltd. Email them" still ends).
# Nor does one before a colon, comma or dash ("Spindle Yarn Co.: triage …", "Leafwright Tea Co.
# — a few subscribers …"): the heading goes on.
_FIRM_SUFFIX = re.compile(
    r"(?=[CILBPM])\b(?:Co|Cos|Corp|Inc|Ltd|LLC|Llc|PLC|Plc|Bros|Pty|Mfg)\."
    r"(?=\s+[a-z]|[:,]|\s+[-\u2013\u2014]\s)"
)
_DOUBLE_STOP = re.compile(r"(?<=\w)\.{2}(?=\s|$)")
# "its at https://…/feeding ta", "… to bob@x.com thx": a thanks typed straight after the address
# that ends the text, with no stop between (a stop there would read as part of the address), is
# no word of the clause the address closes.
_THANKS_HINTS = (" ta", "thank", "thx", " ty", "cheers", " tia")
_THANKS_AFTER_ADDRESS = re.compile(
    r"(?<=[\w/])\s+(?:ta|thanks|thx|ty|cheers|tia|thank\s*you)"
    r"(?:\s+(?:so\s+much|a\s+lot|heaps|loads|again|in\s+advance))?[\s.!]*$",
    re.IGNORECASE,
)
_ADDRESS_LAST = re.compile(r"(?:https?://|[\w.+-]+@|#)[^\s]+$")
# "6:30 p.m." is "6:30 pm"; its last dot still ends a sentence when one follows ("… p.m. Thanks").
_DOTTED_MERIDIEM = re.compile(r"\b([ap])\.\s?m\.", re.IGNORECASE)
_SENTENCE_AFTER = re.compile(r"\s+[A-Z]|\s*$")
# Pictographs and their joiners ("thanks 🙏", "✅"): no word of the workflow.
# "the clinical ones get DM'd to the duty physio", "DM'ed": a verb written as letters takes its
# past with an apostrophe; it is the participle "DMed" ("I'd", "we'd" are no such verb).
_CLIPPED_PAST = re.compile(r"\b(dm)'e?d\b", re.IGNORECASE)
# "if the backup didnt complete", "it doesnt matter": a denial typed without its apostrophe is
# the denial (only these stems: "wont" and "cant" are words of their own).
_UNMARKED_NOTS = ("didnt", "doesnt", "dont", "isnt", "arent", "wasnt", "werent", "hasnt")
_UNMARKED_NOTS += ("havent", "hadnt", "shouldnt", "couldnt", "wouldnt")
_UNMARKED_NOT = re.compile(rf"\b({'|'.join(n[:-2] for n in _UNMARKED_NOTS)})nt\b", re.IGNORECASE)
# "theres about 450 old emails in the inbox", "if theres a van with no driver", "heres 200
# forms": a pointing word's "'s" typed without its apostrophe is the contraction (none of these
# is a word of its own; "lets" and "its" are, so they are left to their own rules).
_UNMARKED_POINTERS = ("theres", "heres", "thats", "whats", "wheres")
_UNMARKED_POINTER = re.compile(r"\b(there|here|that|what|where)s\b", re.IGNORECASE)
# "text tomorrows clients their reminder", "post tonights bookings": a day word's possessive
# typed without its apostrophe names the data, as "tomorrow's" does (these words have no plural
# in a request).
_UNMARKED_DAY_OWNERS = ("tomorrows", "todays", "tonights", "yesterdays")
_UNMARKED_DAY_OWNER = re.compile(r"\b(tomorrow|today|tonight|yesterday)s\b", re.IGNORECASE)
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u26ff\u2700-\u27bf\ufe0f\u200d]+")


# "let Marguerite, our head of sales, know", "let Sam (finance) know": who a person is, said
# between the name and "know", is no clause of its own.
_LET_NAMED_KNOW = re.compile(
    r"\b(lets?\s+(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?))"
    r"(?:,\s+(?:our|their|the|my|your|who\s+(?:runs|heads|leads|manages))\s+[^,;.:()]{1,40}?,"
    r"|\s*\([^()]{1,40}\))"
    r"(\s+know\b)",
    re.IGNORECASE,
)


# "ping Dev (sales manager) on Slack", "email Ana (our bookkeeper) the totals": a person's role
# in brackets after their name says who they are, and names no source ("sales" is no CRM).
# "Priya (our box office manager) has to approve it": anywhere, a role told with its "our"
# ("Salesforce (the ones still unsigned)" is a filter, and stays).
_ROLE_IN_BRACKETS = re.compile(
    r"\b((?:ping|email|e-mail|tell|text|message|notify|dm|remind|alert|call|let)\s+"
    r"(?-i:[A-Z][\w'-]*))\s*\((?:the\s+|our\s+|their\s+|my\s+)?[a-z][a-z' -]{1,30}\)"
    r"|\b((?-i:[A-Z][\w'-]*))\s*\((?:our|their|my)\s+[a-z][a-z' -]{1,30}\)",
    re.IGNORECASE,
)


def plain_surface(text: str) -> str:
    """Return `text` with its phone and chat spellings made plain."""
    text = text.translate(_QUOTES)
    if not text.isascii():
        text = _ascii_digits(text.translate(_POINTERS))
    text = _EMOJI.sub(" ", text)
    text = _AMPERSAND.sub(" and ", text)
    if " = " in text:
        text = _EQUALS_POINTER.sub(_pointer_before_a_step, text)
    text = _PLEASE.sub("please", text)
    text = _SHORT_DAY.sub(lambda m: _SHORT_DAYS[m.group().lower()], text)
    lowered = text.lower()
    if any(hint in lowered for hint in _SHORT_SPAN_HINTS):  # the cheap test first
        text = _SHORT_SPAN.sub(lambda m: _SHORT_SPANS[m.group().lower()], text)
    if any(short in lowered for short in _SHORT_THEM_HINTS) or lowered.endswith(" em"):
        text = _SHORT_THEM.sub("them", text)
    if "frm" in lowered:
        text = _SHORT_FROM.sub("from", text)
    if "w/" in lowered:
        text = _SHORT_WITH.sub(
            lambda m: f"{m.group(1)} {'without' if m.group(2) else 'with'}", text
        )
        text = _ARRIVED_WITH.sub(
            lambda m: f"{m.group(1)} {'without' if m.group(2) else 'with'}", text
        )
    if "1" in lowered:
        text = _SHORT_ONES.sub(
            lambda m: ("some" if m.group(1).lower() == "sum" else m.group(1)) + "one", text
        )
    if any(asks in lowered for asks in _SHORT_MODAL_ASKS):
        text = _SHORT_MODAL.sub(lambda m: _SHORT_MODALS[m.group(1).lower()], text)
    if any(short in lowered for short in _SHORT_VERBS):
        text = _SHORT_VERB.sub(lambda m: _SHORT_VERBS[m.group(1).lower()], text)
    if any(medium in lowered for medium in _MEDIUM_VERB_HINTS) and any(
        verb in lowered for verb in _SENDING_VERB_HINTS
    ):  # the cheap tests first
        text = _MEDIUM_BEFORE_VERB.sub(r"\1", text)
    if "chk" in lowered or "chck" in lowered:
        text = _SHORT_CHECK.sub("check", text)
    if any(pointer in lowered for pointer in _UNMARKED_POINTERS):  # the cheap test first
        text = _UNMARKED_POINTER.sub(r"\1's", text)
        lowered = text.lower()
    if "its " in lowered:
        text = _TESTED_ITS.sub(r"\1's", _ITS_FOR_IT_IS.sub(r"\1's", text))
    if "'s " in lowered:
        text = _COMPARED_IS.sub(" is", _TESTED_IS.sub(r"\1 is", text))
        if any(state in lowered for state in _STATE_REACHED):
            text = _REACHED_IS.sub(r"\1 is", text)
    if "enev" in lowered and any(short in lowered for short in _SHORT_WHENEVERS):
        text = _SHORT_WHENEVER.sub(_whenever, text)
    if "wen " in lowered:
        text = _SHORT_WHEN.sub(r"\1hen", text)
    if "m'd" in lowered or "m'ed" in lowered:
        text = _CLIPPED_PAST.sub(r"\1ed", text)
    if "nt" in lowered and any(unmarked in lowered for unmarked in _UNMARKED_NOTS):
        text = _UNMARKED_NOT.sub(r"\1n't", text)
    if any(owner in lowered for owner in _UNMARKED_DAY_OWNERS):
        text = _UNMARKED_DAY_OWNER.sub(r"\1's", text)
    if "thru" in lowered:
        text = _THRU.sub("through", text)
    if "btw" in lowered or "betw" in lowered or "bwtn" in lowered:  # the cheap test first
        text = _SHORT_BETWEEN.sub(_between, text)
    if " n " in lowered:
        text = _N_FOR_AND.sub("and", text)
    text = _NAMED_CHANNEL.sub(r"\1", text)
    text = _DOTTED_MERIDIEM.sub(_meridiem, text)
    if ". " in text or ".:" in text or ".," in text:
        text = _FIRM_SUFFIX.sub(lambda m: m.group()[:-1], text)
    text = _DOUBLE_STOP.sub(".", text)  # "… 6 a.m.." once the dots are gone
    if "(" in text:
        text = _ROLE_IN_BRACKETS.sub(lambda m: m.group(1) or m.group(2), text)
    if " know" in lowered and "let" in lowered:  # the cheap test first
        text = _LET_NAMED_KNOW.sub(r"\1\2", text)
    if any(hint in lowered[-30:] for hint in _THANKS_HINTS):  # the cheap test first
        text = _without_thanks_after_address(text)
    return _SPACES.sub(" ", text).strip()


def _without_thanks_after_address(text: str) -> str:
    """Drop a thanks that follows the address ending the text with no stop between."""
    thanks = _THANKS_AFTER_ADDRESS.search(text)
    if thanks is None or not _ADDRESS_LAST.search(text, 0, thanks.start()):
        return text
    return text[: thanks.start()]


def _between(match: re.Match[str]) -> str:
    """Return "between" in the case the texted spelling was written in."""
    return "Between" if match.group()[0].isupper() else "between"


def _pointer_before_a_step(match: re.Match[str]) -> str:
    """Return "→" for an equals sign before a step's verb, else the sign itself."""
    word = match.group(1).lower()
    return "\u2192" if word in _POINTED_OPENINGS or lemma(word) else "="


def _whenever(match: re.Match[str]) -> str:
    """Return "whenever" in the case the texted spelling was written in."""
    return "Whenever" if match.group()[0].isupper() else "whenever"


def _ascii_digits(text: str) -> str:
    """Write "²" or "٣" as "2" or "3": the grammars read digits as numbers, and int() reads
    only ASCII and decimal digits (a fuzz run made "wait 3 ² days" raise)."""
    return "".join(
        str(unicodedata.digit(char)) if char.isdigit() and not char.isascii() else char
        for char in text
    )


def _meridiem(match: re.Match[str]) -> str:
    after = match.string[match.end() :]
    # "8 a.m. Sydney time" names the clock; "9 a.m. Thanks!" ends a sentence.
    zone = find_zone(after[:40])
    names_zone = zone is not None and not after[: zone[1][0]].strip()
    ends_sentence = _SENTENCE_AFTER.match(after) and not names_zone
    return match.group(1) + "m" + ("." if ends_sentence else "")
