"""Requests written from the side of who wants the result: a delivery someone receives ("I want
to get an email at …"), a thing had done ("have the numbers emailed to …") or wanted made ("I'd
like the sign-ups summarised for …"), each rewritten as the imperative that does it."""

import re

from nl_parser.verbs import (
    CLASSIFY,
    CREATE,
    FIRMS_ROLE,
    ROLE_RECEIVER,
    WORKS_ON_DATA,
    lemma,
    main_verb,
)

_I = re.IGNORECASE


# "I want to get an email at ops@x.com with …", "we'd like to receive a Slack message in #ops",
# "Can we get an email to ap@x.com …":
# the delivery, written from the side of who receives it.
# "Ottilie wants a Slack DM any time …", "I'd like an email when …": who wants it (I, we, or a
# name) and the message itself, wanted with no "to get".
_RECEIVE = re.compile(
    r"^\W*(?:(?:(?:i|we)(?:'d|\s+would)?\s+(?:like|want|need)\s+to|(?:can|could|may)\s+(?:i|we))"
    r"\s+(?:get|receive)"
    r"|(?:i|we|(?-i:[A-Z])[\w'-]*)(?:'d\s+like|\s+would\s+like|\s+(?:wants?|needs?|likes)))"
    r"\s+(?P<thing>(?:an?\s+)?"
    r"(e-?mail|(?:slack\s+)?(?:message|notification|ping|dm|direct\s+message))\b)"
    r"(?:\s+(?:at|to|in|on)\b(?=\s+[#\w.+-]*[@#]))?",
    _I,
)


# "arrange for the treasury system to receive, by webhook, the daily rates", "have #fx get the
# rates by email", "let ops@x.com receive the log": data a named receiver is to receive is sent
# to them ("send the daily rates to the treasury system by webhook"). "Make sure the account
# managers get them", "ensure #ops receives it": a receiver made sure of is sent to as well.
_RECEIVER_TO_RECEIVE = re.compile(
    r"^\W*(?:please\s+)?(?:arrange\s+for|have|get|let|allow|enable"
    r"|(?:make\s+sure|ensure)(?:\s+that)?)\s+"
    r"(?P<who>#[\w-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:the|our|their|its|each|every|all)\s+"
    r"(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:to\s+)?(?:receives?|gets?)\b"
    r"(?:\s*[,(\u2013\u2014]?\s*(?P<how>(?:by|via|over|through)\s+(?:an?\s+|the\s+)?"
    r"(?:e-?mail|web-?hook|slack))\s*[,)\u2013\u2014]?)?\s+(?P<what>\S.*)$",
    _I,
)


# "Make sure the Roadside Rescue mobile mechanics have today's call-out list from https://…",
# "ensure the kitchen team has tomorrow's bookings list": a thing of data people are made sure
# to have is sent to them ("make sure the crews have ladders" names no data, and is left).
_MADE_SURE_TO_HAVE = re.compile(
    r"^\W*(?:please\s+)?(?:make\s+sure|ensure)(?:\s+that)?\s+"
    r"(?P<who>(?:the|our|their|all\s+the)\s+(?:[\w'&.-]+\s+){0,5}?[\w'-]+)\s+"
    r"(?:ha(?:ve|s)(?:\s+got)?)\s+(?P<what>\S.*)$",
    _I,
)
_DATA_HAD = re.compile(
    r"https?://|\b(?:salesforce|crm|api|list|report|summary|digest|rota|roster|schedule|sheet|"
    r"notes|numbers|figures|details|briefing|agenda|manifest|log|results|readings)\b",
    _I,
)


# "Could they get today's slots from https://…?", "can the drivers receive the day's routes":
# data asked for on behalf of its receivers is sent to them ("could you get …" fetches only).
_ASKED_FOR_RECEIVERS = re.compile(
    r"^\W*(?:can|could)\s+(?P<who>they|he|she|#[\w-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
    r"(?:the|our|their|all\s+the)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:please\s+)?"
    r"(?:get|receive)\s+(?P<what>(?:the|today's|tomorrow's|yesterday's|this|next|their|our|each|"
    r"every)\b.*)$",
    _I,
)
_OBJECT_PRONOUN = {"they": "them", "he": "him", "she": "her"}


def received(text: str) -> str:
    """Rewrite a delivery asked for by who receives it as the imperative that sends it."""
    asks = text.lstrip(" ,;:").lower().startswith(("can ", "could "))
    asked = _ASKED_FOR_RECEIVERS.match(text) if asks else None
    if asked and not main_verb(asked["what"]):
        who = _OBJECT_PRONOUN.get(asked["who"].lower(), asked["who"])
        return f"send {asked['what']} to {who}"
    had = _MADE_SURE_TO_HAVE.match(text) if "sure" in text.lower() else None
    if had and _DATA_HAD.search(had["what"]) and not main_verb(had["what"]):
        return f"send {had['what']} to {had['who']}"
    wanted = _RECEIVER_TO_RECEIVE.match(text)
    if wanted and not main_verb(wanted["what"]):
        how = f" {wanted['how']}" if wanted["how"] else ""
        return f"send {wanted['what']} to {wanted['who']}{how}"
    match = _RECEIVE.match(text)
    if match is None:
        return text
    medium = match.group(2).lower()
    if medium.startswith("slack"):  # "wants a Slack DM": sent as "send a Slack DM" would be
        at = match.start("thing")
        return f"send{' ' * (at - len('send'))}{text[at:]}"
    verb = "email" if medium.startswith("e") else "dm" if medium.startswith("d") else "notify"
    return f"{verb}{' ' * (match.end() - len(verb))}{text[match.end() :]}"


# How the thing goes, as a participle: sent somewhere ("emailed to …"), or fetched first
# ("the submissions pulled and emailed to me", "the logs fetched from …").
_DONE = (
    r"(?P<done>(?:posted|e-?mailed|mailed|sent|pushed|forwarded|shared|dropped|messaged)"
    r"(?=\s+(?:to|in|into|on|over)\b)|(?:pulled|fetched|grabbed|collected|gathered|downloaded|"
    r"exported|retrieved)(?=\s+(?:from|and)\b|\W*$)"
    # "the supplier, date and total extracted from each", "… taken off every form": fields
    # taken out of the items are extracted (a taking verb only with "each" or "every" after).
    r"|(?:extracted|parsed|pulled\s+out|picked\s+out)(?=\s+(?:from|off|out\s+of)\b)"
    r"|(?:taken|read|copied|lifted)(?=\s+(?:from|off|out\s+of)\s+(?:each|every)\b))"
)
# "Would it be possible to have the open tickets posted to #support", "Please have the numbers
# emailed to …": what goes as the object of "have", then how it goes, as a participle.
_HAVE_DONE = re.compile(
    r"^\W*(?:(?:would|will|is)\s+it\s+(?:be\s+)?possible\s+to\s+|(?:can|could|would)\s+"
    r"(?:you|u|we)\s+|please\s+)*have\s+(?P<object>\S.*?)\s+" + _DONE,
    _I,
)
# "Greenlane Self Storage needs a report built …": a firm named in capitals asks as "we" do;
# so do one of its people ("Keyturn Locksmiths' accountant wants …") and a person named in
# capitals ("Coach Reyes would like …", their workplace blanked before).
_FIRM_ASKS = (
    rf"(?:{FIRMS_ROLE}|(?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z])[\w'&-]*){{0,3}})"
    r"\s+(?:wants|needs|would\s+(?:like|love)|'d\s+(?:like|love))"
)
# "Our accountant needs last month's expenses emailed to …", "The finance team needs the cash
# position emailed to …": what someone needs done, with how it goes as a participle. "need
# today's no-shows dropped into #instructors": typed short, the need has no one before it.
# "Maple Grove Dental needs tomorrow's list posted in #front-desk": a firm needs it as well.
_NEEDS_DONE = re.compile(
    r"^\W*(?:(?:i|we|(?:the|our|my)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)(?:'d|\s+would)?\s+"
    r"(?:likes?|loves?|wants?|needs?)|"
    + _FIRM_ASKS
    + r"|need|want)\s+(?P<object>\S.*?)\s+"
    + _DONE,
    _I,
)
_DONE_AS = {"e-mailed": "email", "mailed": "email", "sent": "send", "shared": "share"}
# Participles of taking fields out of items, each read as extracting them.
_DONE_AS |= dict.fromkeys(
    ("parsed", "pulled out", "picked out", "taken", "read", "copied", "lifted"), "extract"
)
# "Could you have the refund requests summarized (and sent to …)": the thing had made is made.
# "I'd like the week's sign-ups summarised for the coordinators in #…": a thing wanted made is
# made too, whoever asks ("The trustees … would like a footfall report compiled …", "Our head
# chef wants …"), and the words after it say where it goes; an aside in brackets may come
# first ("compiled every Monday (visitor counts, shop takings) and emailed to …").
_HAVE_MADE = re.compile(
    r"^\W*(?:(?:hey|hi|hello)(?:\s+there)?\W+)?(?:"
    + _HAVE_DONE.pattern.split("have", 1)[0].removeprefix(r"^\W*")
    + r"(?:have|get)|(?:i|we|(?:the|our|my)\s+(?:[\w'&-]+\s+){0,3}?[\w'&-]+)(?:'d|\s+would)?\s+"
    r"(?:likes?|loves?|wants?|needs?)|" + _FIRM_ASKS + r")\s+(?P<object>\S.*?)\s+"
    r"(?P<made>summari[sz]ed|compiled|analy[sz]ed|categori[sz]ed|prepared|produced|generated|"
    r"built|written|put\s+together|"
    # "the readings condensed into a short digest": a thing wanted cut down is summed up.
    r"condensed|boiled\s+down)"
    # "… compiled from last month's figures and sent to …": what it is made from may follow.
    r"(?=(?:\s*\([^()]{1,120}\))?(?:\s+(?:and|for|to|in|into|on|from)\b|\W*$))",
    _I,
)
# Participles of making whose verb is not the participle less its last letter.
_MADE_AS = {"built": "build", "written": "write", "boiled down": "summarize"}


def _verb_of(done: str) -> str:
    """Return the verb a participle of sending or making stands for ('e-mailed' is 'email')."""
    done = " ".join(done.lower().split())  # "pulled  out" is "pulled out"
    return _DONE_AS.get(done) or lemma(done) or re.sub(r"(?:ped|ed)$", "", done)


# "Make sure the draft at https://… gets summarized and emailed to …", "ensure the logs are
# archived": a thing someone makes sure is done, as a passive of a known verb, is done.
# "Please arrange for a report on last month's bookings to be generated … and emailed to …":
# a thing arranged to be done is done the same way.
_ENSURED = re.compile(
    r"^\W*(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+|kindly\s+)*"
    r"(?:make\s+sure|ensure|see\s+to\s+it|arrange)\s+"
    r"(?:that\s+|for\s+)?(?P<object>\S.*?)\s+"
    r"(?:gets?|is|are|to\s+be)\s+(?P<done>[a-z-]+ed)(?=\s+(?:and|to|in|into|on|for|by|from)\b|\W*$)",
    _I,
)


# "Please make sure the fee-tracker report lands in partners@…", "ensure the digest ends up in
# #leadership", "see to it that the rota reaches rota@…": a thing made sure to arrive at a
# channel or an address is sent there ("make sure the crews have ladders" names no place).
_MADE_SURE_TO_ARRIVE = re.compile(
    r"^\W*(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+|kindly\s+)*"
    r"(?:make\s+sure|ensure|see\s+to\s+it)\s+(?:that\s+)?(?P<object>\S.*?)\s+"
    r"(?:(?:always|also)\s+)?"
    r"(?:lands?\s+(?:in|into|at)|ends?\s+up\s+(?:in|at|with)|gets?\s+(?:to|into)|arrives?\s+(?:in|at)"
    r"|goes\s+(?:out\s+)?to|reaches)\s+(?P<place>#[\w-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
    _I,
)


def made_sure_to_arrive(text: str) -> str:
    """Rewrite 'make sure X lands in <place>' as the delivery that sends X there."""
    lowered = text.lower()
    if "sure" not in lowered and "see to" not in lowered:  # "ensure" holds "sure"
        return text  # the cheap test first
    match = _MADE_SURE_TO_ARRIVE.match(text)
    if match is None or main_verb(match["object"]):
        return text
    return f"send {match['object']} to {match['place']}{text[match.end() :]}"


def had_done(text: str) -> str:
    """Rewrite a thing had done or wanted made ('have X emailed to …') as the step's verb first."""
    ensured = _ENSURED.match(text)
    if ensured and lemma(ensured.group("done")) and not main_verb(ensured.group("object")):
        verb = _verb_of(ensured.group("done"))
        return f"{verb} {ensured.group('object')}{text[ensured.end() :]}"
    match = _HAVE_DONE.match(text) or _NEEDS_DONE.match(text)
    # "needs a report compiled from … and sent to …": made before it is sent, so made first.
    made = _HAVE_MADE.match(text) if match is None or " and " in match["object"] else None
    if made and match and made.start("made") > match.start("done"):
        made = None
    if made and not main_verb(made.group("object")):
        participle = " ".join(made.group("made").lower().split())
        verb = _MADE_AS.get(participle) or participle.removesuffix("d")
        return f"{verb} {made.group('object')}{text[made.end() :]}"
    if match is None or main_verb(match.group("object")):
        return text
    return f"{_verb_of(match.group('done'))} {match.group('object')}{text[match.end() :]}"


# "Need the name, phone number and licence status from each of the CVs", "I'd like the totals
# out of every invoice": data wanted from where it is is got from there ("get … from …"), so
# the rules for getting read it (fields out of documents are extracted).
_WANTED_FROM = re.compile(
    r"^\W*(?:(?:i|we)(?:\s+(?:really|just|also|only))?\s+(?:need|want)|(?:i|we)(?:'d|\s+would)\s+"
    r"(?:like|love)|need|want)\s+(?P<object>(?:the|all|each|every|their|its)\s[^.;:]*?)"
    r"\s(?:from|out\s+of)\s",
    _I,
)


def wanted_from(text: str) -> str:
    """Rewrite data wanted from somewhere ('need the X from each Y') as getting it from there."""
    lowered = text.lower()
    if "need" not in lowered and "want" not in lowered and "like" not in lowered:
        return text  # the cheap test first
    match = _WANTED_FROM.match(text)
    if match is None or main_verb(match.group("object")):
        return text  # "I need the team to pull …": someone else's verb is read as written
    return f"get {text[match.start('object') :]}"


# "I need a one-off list: Yorkshire accounts in Salesforce that …", "we'd like a list of the
# members in the CRM who …": a list wanted of items kept somewhere is got from there, as "get
# the members in the CRM who …" is; a verb after the colon is the step, the list its heading.
_LIST_WANTED = re.compile(
    r"^\W*(?:(?:i|we)(?:['\u2019]d|\s+would)?(?:\s+(?:really|just|also|only))?\s+"
    r"(?:need|want|like|love)|need|want)\s+(?:an?|one)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:list|rundown|round-?up)(?:\s+of\b|\s*:)",
    _I,
)


def wanted_list(text: str) -> str:
    """Rewrite a list wanted of items ('I need a list: X in Salesforce …') as getting them."""
    lowered = text.lower()
    if "list" not in lowered and "rundown" not in lowered and "round" not in lowered:
        return text  # the cheap test first
    match = _LIST_WANTED.match(text)
    if match is None or main_verb(text[match.end() :]):
        return text
    return f"get {text[match.end() :].lstrip()}"


# "a short roundup", "a quick rundown": a summary by its everyday names is made as well.
_MADE_THING = (
    r"(?=an?\s+(?:[\w-]+\s+){0,3}?(?:report|summary|digest|recap|overview|analysis"
    r"|round-?up|rundown|wrap-?up)\b)"
)
# "give me a short report on the scents": a made thing handed over is made (the delivery, if
# any, is said apart: "… and email it to me").
_GIVE_ME = re.compile(r"^\W*give\s+(?:me|us|them|him|her)\s+" + _MADE_THING, _I)
# "give the sales team a short summary of …": a made thing handed to named people is sent
# to them, as "send the sales team a summary of …" is.
# "give #volunteer-coords a recap of …", "give ops@x.com a digest": a channel or an address
# written where the people would be receives the thing as they do.
_PLACE_RECEIVER = r"#[\w-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# "give #volunteers (the coordinators) a recap": a bracketed aside on who receives it.
_ASIDE = r"(?:\s*\([^()]{1,80}\))?"
_GIVE_THEM = re.compile(
    r"^\W*give\s+(?P<who>(?:"
    + ROLE_RECEIVER
    + "|"
    + _PLACE_RECEIVER
    + r")"
    + _ASIDE
    + r")\s+"
    + _MADE_THING,
    _I,
)
# "give the pick-your-own staff today's booking numbers", "give each groomer their route for
# tomorrow", "give the presenters the latest incidents", "give the surveyors a list of signed
# customers …": data handed to named people is sent to them ("give the team 2 days", "give them
# the weekend" are waits; "give them a call" no data).
# "give the Petal & Stem van drivers the run-down": the people may be led by their firm's name,
# two capitalised names joined by "and" (the "&" made plain) as one name.
_FIRM_LED = r"(?:(?-i:[A-Z][\w'-]*)\s+and\s+(?-i:[A-Z][\w'-]*)\s+)?"
_GIVE_THEM_DATA = re.compile(
    r"^\W*give\s+(?P<who>(?:me|us|them|him|her|(?:the|our|my|all|every|each|all\s+the)\s+"
    + _FIRM_LED
    + r"(?:[\w-]+\s+){0,3}?[\w-]+|"
    + _PLACE_RECEIVER
    + r")"
    + _ASIDE
    + r")\s+"
    r"(?=an?\s+(?:[\w-]+\s+){0,2}?(?:list|rundown|round-?up|breakdown|count|tally|table|"
    r"spreadsheet|roll)\s+of\b"
    r"|(?:the|their|his|her|its|our|your|this|these|those|"
    r"(?:(?:last|this|next)\s+(?:night|week|month|quarter|year)|today|yesterday|tonight|"
    r"tomorrow)['\u2019]s)\s+(?!(?:day|days|week|weekend|night|morning|afternoon|evening|month|"
    r"hour|time|chance|go-ahead|option)\b)[a-z])",
    _I,
)
# "Could the principals (…) …", "Could our store managers (…) …": a named receiver is asked.
_ASKED_RECEIVER = (
    r"^\W*(?:could|can|will|would)\s+(?!i\b|we\b|you\b)(?P<who>(?:the|our|my)\s+[^?;]{1,80}?)\s+"
)
# "Could the principals (p@x.com) get a billable-hours report every Friday?": a made thing a
# named receiver asks to get is sent to them.
_WHO_GETS = re.compile(_ASKED_RECEIVER + r"(?:get|receive)\s+" + _MADE_THING, _I)

# "Could our store managers (m@x.com) get the items below reorder point emailed to them?": a
# thing a named receiver asks to get done to them is sent to them.
_WHO_GETS_DONE = re.compile(_ASKED_RECEIVER + r"get\s+(?P<object>\S.*?)\s+" + _DONE, _I)


def given(text: str) -> str:
    """Rewrite a made thing given to someone ('give me a report on X') as the step that makes it."""
    match = _GIVE_ME.match(text)
    if match:
        return f"prepare {text[match.end() :]}"
    match = _WHO_GETS.match(text) or _GIVE_THEM.match(text) or _GIVE_THEM_DATA.match(text)
    if match:
        return f"send {match.group('who')} {text[match.end() :]}"
    match = _WHO_GETS_DONE.match(text)
    if match and not main_verb(match.group("object")):
        rest = text[match.end() :].replace(" to them", "", 1)
        return (
            f"{_verb_of(match.group('done'))} {match.group('object')} to {match.group('who')}{rest}"
        )
    return text


# "…, the executor name and filing deadline extracted from each", "with the notes summarised
# for the board", "the replies categorised into themes": what is done to the data, written as
# its object and then a participle, is the step its verb names.
_OBJECT_THEN_DONE = re.compile(
    r"^\W*(?:(?:and\s+)?with\s+)?(?P<object>(?:the|its|their|each|every)\s+[^,;:]{1,80}?)\s+"
    r"(?P<done>[a-z]+(?:ed|sed|zed))(?P<rest>(?:\s+(?:from|out|into|for|and|as)\b.*)?\W*)$",
    _I,
)


# "…are to be extracted, and a report generated for the Keeper": a thing made, its "is to be"
# left out after the duty before it (the splitter cuts there only after a duty).
_MADE_THEN_DONE = re.compile(
    r"^\W*(?P<object>an?\s+(?:[\w-]+\s+){0,2}?(?:report|summary|digest|recap|overview|analysis))"
    r"\s+(?P<done>[a-z]+ed)(?P<rest>(?:\s+(?:for|to|from|on|and|by)\b.*)?\W*)$",
    _I,
)


def object_then_done(text: str) -> str:
    """Rewrite "the X extracted from each" as "extract the X from each" (the step's verb first)."""
    if text.lstrip()[:2].lower() in ("a ", "an"):
        made = _MADE_THEN_DONE.match(text)
        if made and lemma(made["done"]) in CREATE:
            return f"{lemma(made['done'])} {made['object']}{made['rest']}"
        return text
    match = _OBJECT_THEN_DONE.match(text)
    if match is None or main_verb(match["object"]):
        return text
    verb = lemma(match["done"])
    if verb not in WORKS_ON_DATA:
        return text
    if match["rest"].lstrip().startswith("as ") and (
        verb not in CLASSIFY or " or " not in match["rest"]
    ):
        return text  # "the ones tagged as spam" picks a subset; "classified as A or B" sorts
    return f"{verb} {match['object']}{match['rest']}"


# "Hopwright Brewing would like, each weekday at 06:40, the readings … posted in #brewhouse":
# the schedule told between the want and its object leaves only its commas once it is read, and
# those commas part nothing.
_WANT_OVER_A_SCHEDULE = re.compile(r"\b(?:like|love|wants?|needs?)(,\s+,)(?=\s)", _I)


def wants_closed_over_schedule(masked: str) -> str:
    """Blank the commas a schedule read out of "would like, <schedule>, <object>" leaves."""
    if ", " not in masked or (
        "like" not in masked and "need" not in masked and "want" not in masked
    ):
        return masked  # the cheap test first
    return _WANT_OVER_A_SCHEDULE.sub(
        lambda m: m.group()[: m.start(1) - m.start()] + " " * len(m.group(1)), masked
    )
