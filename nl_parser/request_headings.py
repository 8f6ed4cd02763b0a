"""Headings before the steps, naming who asks or what for: "Bookstore: …", "For the pack: …"."""

import re

from nl_parser.calendar_words import RANGE_DAY
from nl_parser.lexicon import blank_span
from nl_parser.one_off_markers import ONE_OFF
from nl_parser.schedule import parse_schedule
from nl_parser.verbs import main_verb

# "Bookstore: when a special order comes in, …", "DMV branch: every 10 minutes …", "estate sales
# - so when …": a heading of one to three words naming who asks, before the request.
# "airbnb host here so when …", "Sugarhouse here, we …": who asks, introduced by "here".
# "Pipeline review (one-time): …", "For the audit (just this once): …": a heading may say in
# brackets, before its colon, that the run happens once.
_ONCE_IN_BRACKETS = (
    r"\s*\((?:(?:just|only)\s+)?(?:this\s+)?(?:once|one[\s-]time|onc?e[\s-]off)(?:\s+only)?\)"
)
_HEADING = re.compile(
    # "Our ISP helpdesk inbox: tag …": the teller's "our" or "my" before a title of three words.
    # "Pedal City bike share: …": a name of two capitalised words counts as one of the three.
    r"^\s*(?P<words>(?:(?:our|my)\s+)?(?:(?!(?:for|the|every|each|on|at|in|by|from|to|new|when|if)\b)"
    r"(?-i:[A-Z])[\w'&-]*\s+(?=(?-i:[A-Z])))?"
    r"[A-Za-z][\w'&-]*(?:\s+[A-Za-z][\w'&-]*){0,2}"
    # "Lock & Riddle Escape Rooms: …": a firm's name in capitals, two joined by "&" ("and" by
    # then), may run to six words, as it names who asks.
    r"|(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)*\s+and(?:\s+(?-i:[A-Z])[\w'-]*){1,4})"
    # "Gravel City Rollers (roller derby) —": what the name is, in brackets, glosses it.
    r"(?:\s*\((?P<gloss>[a-z][\w'&-]*(?:\s+[a-z][\w'&-]*){0,3})\))?"
    rf"(?P<once>{_ONCE_IN_BRACKETS})?(?::|\s+[-\u2013\u2014])(?=\s)"
    # "Literary agency inbox triage:" on a line of its own: a title of up to five words.
    r"|^\s*(?P<title>[A-Za-z][\w'&-]*(?:\s+[A-Za-z][\w'&-]*){3,4}):[ \t]*(?=\n)"
    # "New enrolment on a beginner Spanish course: …", "New booking at the salon — …", "Incoming
    # grant applications for the arts trust: …": the item that arrives and where, a label of the
    # event that starts the run (no step of its own).
    r"|^\s*(?P<arrival>(?:new|incoming|inbound|fresh)\s+[A-Za-z][\w'&-]*(?:\s+[A-Za-z][\w'&-]*){0,2}"
    r"\s+(?:on|at|in|for|from|with|to|via|through)\s+[^:\n.!?;,]{1,60}?"
    # "Post-screening surveys at the Roxy Picturehouse: score each one …": the items, plural,
    # and the firm (capitalised) they reach head the steps on each as "new …" does.
    r"|(?:[A-Za-z][\w'&-]*\s+){0,2}[A-Za-z][\w'&-]*s\s+(?:at|from|for)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[^:\n.!?;,]{0,60}?)(?::|\s+[\u2013\u2014])(?=\s)"
    # "Hopscotch Children's Theatre box office inbox: sort …": a longer name of the inbox the
    # items come from heads the steps as a short title does ("each email landing in the … inbox:"
    # names the trigger's items, and is read where clauses are split).
    r"|^\s*(?P<inbox>(?!(?:each|every|any|all|new|incoming)\b)[A-Za-z][\w'&-]*(?:\s+[\w'&-]+){0,7}?"
    r"\s+(?:in-?box|mailbox|queue))\s*:(?=\s)"
    # "Here are 250 comments from the visitor survey: sort them …": the data handed over, named
    # before the steps that work on it.
    r"|^\s*(?P<given>here(?:\s+(?:are|is)|['\u2019]s)\s+[^:\n.!?;]{1,100}?"
    # "These 85 supplier price sheets I've just uploaded for Terracotta & Slate Tiles: extract …":
    # items pointed at, which the asker says they handed over, are the data named the same way.
    r"|(?:these|those|the)\s+(?:[\w'&-]+\s+){1,6}?(?:that\s+)?(?:i|we)(?:['\u2019]ve|\s+have)?"
    r"\s+(?:just\s+)?(?:uploaded|attached|sent|shared|dropped|pasted|forwarded|scanned|added|"
    r"put|saved|left|gathered|collected)\b[^:\n.!?;]{0,60}?"
    # "These 85 price sheets: …": items pointed at and counted are in hand the same way.
    r"|(?:these|those)\s+\d[\d,]*\s+(?:[\w'&-]+\s+){0,4}[\w'&-]+s):(?=\s)"
    # "Kiln log\n• when: Fridays …": a short title on a line of its own, over a bulleted
    # list, names the list.
    r"|^\s*(?P<listed>[A-Za-z][\w'&-]*(?:[ \t]+[A-Za-z][\w'&-]*){0,5})[ \t]*"
    r"(?=\n[ \t]*[-*\u2022\u00b7][ \t])"
    # "Brightwater Solar, sales ops here.": the business, then the team in it, then a stop.
    r"|^\s*(?P<here>[A-Za-z][\w'&-]*(?:\s+[A-Za-z][\w'&-]*){0,2}"
    r"(?:\s*,\s*[A-Za-z][\w'&-]*(?:\s+[A-Za-z][\w'&-]*){0,2})?\s+here)"
    # "cragloft climbing here 👋 need …", "… here! can you …": run straight into the asking.
    r"(?:\s*[,:.!]|\s+[-\u2013\u2014]|\s+so\b"
    r"|\s+(?=(?:need|needs|want|wants|can|could|would|please|pls|we|i)\s))"
    # "For the board pack: query …", "for our investor update — pull …": what the run is for,
    # before it ("for the mobile ones, post …" picks a subset, and a comma ends no heading).
    # "Need this for tomorrow's board pack: …": the asking may come first, and a day's or a
    # person's possessive stand for "the".
    r"|^\s*(?:(?:(?:i|we)\s+)?(?:need|want)\s+(?:this|it)\s+)?"
    # "For Hartwell Plumbing's answering-service transcripts:": a name of a few words is owner too.
    r"(?P<purpose>for\s+(?:the|our|my|this|an?|(?:(?:next|last)\s+)?[a-z]+['\u2019]s|"
    r"(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*){1,3}['\u2019]s)\s+(?![^:\n]*\bones\b)[\w'&-]+"
    rf"(?:\s+[\w'&-]+){{0,3}})(?P<purpose_once>{_ONCE_IN_BRACKETS})?(?::|\s+[\u2013\u2014])(?=\s)"
    # "Launch-day job for Glint Cyber: …", "Recall run for Harbour Dental — …": the kind of job
    # and whom it is for, as "One-time job for …:" is; a comma ends a clause, so no heading.
    r"|^\s*(?P<job>[A-Za-z][\w'&-]*(?:\s+[A-Za-z][\w'&-]*){0,2}?\s+"
    # "Heads-up rule for Norrvik Solar: …": a rule or routine set up for whom, the same.
    r"(?:job|run|task|project|piece\s+of\s+work|rule|routine|automation)"
    r"\s+for\s+[^:\n.!?;,\u2013\u2014]{1,60}?)"
    r"(?::|\s+[\u2013\u2014]|\s+-)(?=\s)"
    # "Greystone Hotels Group, accounts payable procedure: upon receipt of …", "Operations
    # notice, Harrier Flight School: when …": who and what kind of notice, before the event.
    r"|^\s*(?P<notice>[A-Za-z][\w'&-]*(?:\s+[A-Za-z][\w'&-]*){0,3},\s+[A-Za-z][\w'&-]*"
    r"(?:\s+[A-Za-z][\w'&-]*){0,3}):(?=\s+when(?:ever)?\s)",
    re.IGNORECASE,
)
# Never a marker ("Note: …", "Correction: …"), a place or system ("Slack: …", "Salesforce: …").
_NOT_A_HEADING = re.compile(
    r"\b(?:note|correction|update|p\.?s|slack|e-?mail|web-?hook|salesforce|sfdc|crm)\b",
    re.IGNORECASE,
)
_NAMES_A_PLACE = re.compile(r"\b(?:slack|e-?mail|web-?hook|salesforce|sfdc|crm)\b", re.IGNORECASE)


# "tax office, jan-apr, weekdays 8pm: query …": a heading ended by a comma, when what follows it
# up to a colon is the schedule ("Hi team, every Monday: …" too).
_HEADING_BEFORE_SCHEDULE = re.compile(
    # "Pinewhistle Solar, Monday 08:00: …": a clock's colon ends no schedule.
    r"^\s*(?P<words>[A-Za-z][\w'&-]*(?:\s+[A-Za-z][\w'&-]*){0,2}),"
    r"(?=\s(?P<when>(?:[^:\n]|(?<=\d):(?=\d\d)){3,60}):\s)"
    # "ferry ops >> 05:30 daily, Athens time >> fetch …": arrows around the schedule, read as
    # ";" by then (with the space the arrow had before it, which a written ";" does not have).
    # "Rowan & Pike Insurance Brokers | 1st of month, 06:00 | …": a firm's name in capitals may
    # run to five words ("&" read as "and" by then), as it names who asks, not what to do.
    r"|^\s*(?P<arrowed>[A-Za-z][\w'&-]*(?:\s+[A-Za-z][\w'&-]*){0,2}"
    r"|(?-i:[A-Z][\w'&-]*)(?:\s+(?:and\s+)?(?-i:[A-Z][\w'&-]*)){3,4}"
    # "Larchfield House care home | 06:30 daily | …": the name, then what it is in lower case.
    r"|(?-i:[A-Z][\w'&-]*)(?:\s+(?:and\s+)?(?-i:[A-Z][\w'&-]*)){1,3}(?:\s+(?-i:[a-z][\w'-]*)){1,2})"
    r"\s+;"
    r"(?=\s(?P<arrowed_when>[^;\n]{3,60})\s;\s)"
    # "Cairnmore Ski Centre, daily at 06:45 → https://… → …", "Brambleway Vets | Mon 07:15 →
    # …": a firm's name in capitals, ended by a comma or a bar, before the schedule an arrow ends
    # (lower-case words there may be the items: "urgent tickets, every hour → …").
    r"|^\s*(?P<named>(?-i:[A-Z][\w'&-]*)(?:\s+(?:(?:and|of|the|on)\s+)?(?-i:[A-Z][\w'&-]*)){0,4})"
    r"\s*[,|](?=\s(?P<named_when>[^;|\n]{3,60})\s;\s)"
    # "Thistle & Thread Bridal, one-time job: …": a firm's name in capitals may run to five
    # words ("&" read as "and" by then) before the comma, as it names who asks.
    r"|^\s*(?P<firm>[A-Z][\w'&-]*(?:\s+(?:and\s+)?[A-Z][\w'&-]*){1,4}),"
    r"(?=\s(?P<firm_when>(?:[^:\n]|(?<=\d):(?=\d\d)){3,60}):\s)"
)

# "Fridays 16:00 — Halyard Sailing School: query …": the schedule first, then after a dash the
# firm's name in capitals, before the colon that opens the steps.
_FIRM_AFTER_SCHEDULE = re.compile(
    r"^\s*(?P<when>(?:[^:\n.!?\u2013\u2014]|(?<=\d):(?=\d\d)){3,60}?)"
    r"(?P<firm>\s+[-\u2013\u2014]\s+(?P<name>[A-Z][\w'&-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'&-]*){0,4})"
    r"\s*:)(?=\s)"
)


def _blank_firm_after_schedule(text: str) -> str:
    """Blank "— Halyard Sailing School:" after the schedule that opens `text`."""
    if "\u2014" not in text[:80] and "\u2013" not in text[:80] and " - " not in text[:80]:
        return text  # the cheap test first: the firm follows a dash
    firm = _FIRM_AFTER_SCHEDULE.match(text)
    if firm is None or _NOT_A_HEADING.search(firm["name"]) or main_verb(firm["name"]):
        return text
    return blank_span(text, firm.span("firm")) if parse_schedule(firm["when"]).spans else text


# "Strikeline Bowl, lane faults: every 15 min, …": the firm, then what the run is about in a few
# plain words, before the colon the schedule opens after.
_FIRM_AND_TOPIC_BEFORE_SCHEDULE = re.compile(
    r"^\s*(?P<words>[A-Z][\w'&-]*(?:\s+(?:and\s+)?[A-Z][\w'&-]*){0,4},\s+[a-z][\w'-]*"
    r"(?:\s+[a-z][\w'-]*){0,2}):(?=\s+(?P<when>(?:[^,:\n\u2013\u2014]|(?<=\d):(?=\d\d)){3,60})"
    r"[,\u2013\u2014])"
)


# "Mobile dog grooming vans: every evening at 8pm, …": a heading of four words is told apart
# from data ("open tickets over 3 days: …") by the schedule that opens what follows it; a
# clock's colon ends no schedule ("Mountain pass road crew: every day at 6:10am, …").
_LONG_HEADING_BEFORE_SCHEDULE = re.compile(
    r"^\s*(?P<words>[A-Za-z][\w'&-]*(?:\s+[A-Za-z][\w'&-]*){3}):"
    r"(?=\s+(?P<when>(?:[^,:\n]|(?<=\d):(?=\d\d)){3,60}),)"
)


def blank_heading(text: str) -> str:
    """Blank a heading that names who asks or what for, never a schedule, place or step."""
    heading = _HEADING.match(text)
    long_heading = _LONG_HEADING_BEFORE_SCHEDULE.match(text) if heading is None else None
    if heading is not None:
        words = (
            heading["words"]
            or heading["title"]
            or heading["arrival"]
            or heading["here"]
            or heading["inbox"]
            or heading["given"]
            or heading["listed"]
            or heading["purpose"]
            or heading["job"]
            or heading["notice"]
        )
    elif long_heading and parse_schedule(long_heading["when"]).spans:
        heading = long_heading
        words = heading["words"]
    else:
        heading = _HEADING_BEFORE_SCHEDULE.match(text)
        # "recruitment, one-time job: query …": a heading before the one-off marker, the same.
        when = heading and (
            heading["when"]
            or heading["arrowed_when"]
            or heading["firm_when"]
            or heading["named_when"]
        )
        if heading is None or not (parse_schedule(when).spans or ONE_OFF.match(when + ":")):
            heading = _FIRM_AND_TOPIC_BEFORE_SCHEDULE.match(text) if "," in text[:60] else None
            if heading is None or not parse_schedule(heading["when"]).spans:
                return _blank_firm_after_schedule(text)
        words = heading["words"] or heading["arrowed"] or heading["firm"] or heading["named"]
    # Nor a schedule ("Every Monday: …") or a step ("Check the site - if it is down …").
    verb = main_verb(words)
    if verb and _NAMES_A_WAITING_TRADE.match(words):
        verb = None  # "sleep clinic: …", "hold music co: …": the business named, not a wait
    if verb and "ing" in words and _NAMES_AN_ACTIVITY.match(words):
        verb = None  # "route setting -> …", "lead scoring:": the work named, not a step
    # A purpose ("for our investor update:") is never a marker; a place in it still counts.
    kept = _NAMES_A_PLACE if heading.re is _HEADING and heading["purpose"] else _NOT_A_HEADING
    # "weekly wedding pipeline" over a list that opens on when it runs: the list says it.
    timed = (
        heading.re is _HEADING
        and heading["listed"]
        and parse_schedule(_NEXT_LINE.search(text, heading.end())[0]).spans
    )
    if kept.search(words) or verb or _ONLY_DAYS.match(words):
        return text
    if not timed and parse_schedule(words).spans:
        return text
    # A gloss that says when or does something ("(weekly)", "(send it)") is no gloss.
    gloss = heading.re is _HEADING and heading["gloss"]
    if gloss and (kept.search(gloss) or main_verb(gloss) or parse_schedule(gloss).spans):
        return text
    return blank_span(text, heading.span())


_NEXT_LINE = re.compile(r"\n[^\n]*")


# "sat & sun, every two hours: …": lower-case days alone are no schedule to the grammar (they
# may be words), but before the schedule they run on they are its days, never a heading.
_ONLY_DAYS = re.compile(
    rf"\s*{RANGE_DAY}\.?(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+|\s*[&/+]\s*){RANGE_DAY}\.?)*\s*$",
    re.IGNORECASE,
)


# "Sleep clinic:", "Wait staff agency:": a waiting verb before bare nouns, with no time, no
# "until" and nothing held, names who asks; "hold it:", "wait 5 minutes:" stay steps.
_NAMES_A_WAITING_TRADE = re.compile(
    r"^\s*(?:sleep|wait|pause|hold|delay)\s+"
    r"(?!(?:it|them|this|that|these|those|the|a|an|our|their|until|till|for|off|on|up)\b)"
    r"[a-z][\w'&-]*(?:\s+[a-z][\w'&-]*)?\s*$",
    re.IGNORECASE,
)


# "Route setting", "stock taking", "lead scoring": a noun and the gerund of the work done to it
# name that work, however verb-like the noun ("route", "stock"); "stop sending", "keep posting"
# are steps, and "morning", "everything" no gerunds.
_NAMES_AN_ACTIVITY = re.compile(
    r"^\s*(?!(?:start|stop|keep|begin|resume|continue|quit|finish|avoid|try|end|pause)\b)"
    r"(?:[a-z][\w'&-]*\s+){1,2}(?!(?:mor|eve)ning\b|\w*thing\b|spring\b|string\b)"
    r"[a-z][\w-]*ing\s*$",
    re.IGNORECASE,
)


def headed_once(text: str) -> bool:
    """Tell whether the heading says in brackets that the run happens once ("Audit (one-off):")."""
    if "(" not in text[:120]:
        return False
    heading = _HEADING.match(text)
    return heading is not None and bool(heading["once"] or heading["purpose_once"])


# "Every Sat at 08:15 for Crestview Golf Club: course waterlogged? -> …": with the schedule read
# out, whom the run is for, by a capitalised name before a colon, heads the steps and is none
# ("for the members: …" or "for each booking: …" name no one by name, and stay as read).
_FOR_A_NAME_LEFT = re.compile(
    r"^[\s,]*for\s+(?:the\s+)?(?-i:[A-Z][\w'\u2019&.-]*)"
    r"(?:\s+(?:(?:and|of|the|on|at)\s+)?(?-i:[A-Z0-9][\w'\u2019&.-]*)){0,5}\s*:(?=\s)",
    re.IGNORECASE,
)


def name_left_by_schedule(masked: str) -> tuple[int, int] | None:
    """Return the span of "for Crestview Golf Club:" left first once the schedule is read out."""
    if not masked.lstrip(" ,").startswith(("for ", "For ")):  # the cheap test first
        return None
    name = _FOR_A_NAME_LEFT.match(masked)
    return name.span() if name else None
