"""The verbs a clause may open with, by what they ask for, and how to find a clause's verb."""

import re
from functools import lru_cache

from nl_parser.calendar_words import DAY, MONTH
from nl_parser.destinations import PEOPLE
from nl_parser.lexicon import WEBHOOK_NAME, alternation, word_set

_I = re.IGNORECASE

FETCH = word_set(
    """
    pull query fetch call get retrieve grab collect load read download ping poll hit
    request check look monitor gather import scrape export run watch track find search scan obtain
    trigger consult
    """
)
CREATE = word_set(
    """
    generate write create compile build produce prepare draft make put chart graph plot
    visualize visualise turn
    """
)
SUMMARIZE = word_set(
    """
    summarize summarise recap condense analyze analyse review total tally aggregate
    """
)
CLASSIFY = word_set(
    """
    classify categorize categorise triage label tag prioritize prioritise score rank grade sort
    organize organise bucket group
    """
)
EXTRACT = frozenset(["extract", "parse"])
# Verbs of sending or handing over ("route the Spanish ones to …", "hand it off to …", "pass
# the international ones to …") deliver to the place after them, as "send" does.
HAND_OVER = word_set(
    "route reroute hand pass relay dispatch transfer redirect funnel circulate distribute"
)
DELIVER = (
    word_set(
        """
    email e-mail mail send post notify alert message forward push deliver share publish
    escalate page text sms tell remind dm submit drop slack ping ask nudge announce broadcast inform
    warn flag thank congratulate welcome greet invite reply bother
    """
    )
    | HAND_OVER
)
# "drop the resolved ones", "skip the test accounts": a filter that keeps the rest.
EXCLUDE = frozenset({"drop", "remove", "discard", "exclude", "ignore", "skip"})
# "…, ignoring any complimentary passes": a participle of leaving out after a comma picks which
# items the step before takes (qualifiers.py reads it); it is no step of its own.
LEAVING_OUT = frozenset({"ignoring", "skipping", "excluding", "omitting", "disregarding"})
DELAY = frozenset(["wait", "pause", "sleep", "delay", "hold"])
TRANSFORM = {
    "set": "set",
    "map": "map",
    "convert": "map",
    "transform": "map",
    "format": "map",
    "reformat": "map",
    "rename": "map",
    "normalize": "map",
    "pick": "pick",
    "select": "pick",
    "keep": "pick",
    "filter": "pick",
}
# Verbs that work on data already in hand, read as participles after their object ("the
# owner and due date extracted from each"); fetching, sending and picking are read elsewhere.
WORKS_ON_DATA = (
    EXTRACT
    | SUMMARIZE
    | CLASSIFY
    | frozenset(["convert", "transform", "format", "reformat", "normalize", "rename"])
)
STORE = word_set(
    """
    store save log update upload sync
    """
)
KNOWN_VERBS = (
    FETCH
    | CREATE
    | SUMMARIZE
    | CLASSIFY
    | EXTRACT
    | DELIVER
    | DELAY
    | STORE
    | EXCLUDE
    | set(TRANSFORM)
)

# "the tutor", "their tutor", "each team lead": who a message goes to, picked out by role rather
# than by name, whoever owns the role.
_ROLE_OWNER = r"(?:the|our|their|my|your|his|her|each|every|all\s+the)"
# "the Saltbox Food Truck crew", "the sales floor at Keystone Kitchens", "the head of finance at
# Tidewater": the role may be led by the name of the business it serves, and be placed by where
# its people work; the place stops at a word that joins a clause, so no step is swallowed.
_PLACE_WORD = r"(?!(?:and|or|then|but)\b)[\w'&-]+"
ROLE_RECEIVER = (
    rf"{_ROLE_OWNER}\s+(?:(?-i:[A-Z][\w'&-]*)\s+){{0,3}}(?:[\w'-]+\s+){{0,3}}?[\w'-]+"
    rf"(?:\s+(?:at|in|on|from|of)\s+(?:(?:the|our|their)\s+)?(?:{_PLACE_WORD}\s+)?{_PLACE_WORD}){{0,2}}"
)

# "Keyturn Locksmiths' accountant", "Brambleworth Bakery's head baker": a firm's possessive
# before a role names one person who works there, who asks for things as the firm would.
FIRMS_ROLE = (
    r"(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*){0,3}['\u2019]s?(?:\s+(?-i:[a-z])[\w-]*){1,2}"
)

# Words in a name's place that name no one: "it needs a note", "give back a note", "We need an
# alert" (the wanting verb, not a name, before the message).
_NOT_A_NAME = alternation(
    word_set(
        """
        i me my we us our you your they them their he him his she her it its this that these those
        who whom whose which what whoever whatever someone somebody anyone anybody everyone
        everybody no nobody none nothing something anything everything one each every all any
        some both either neither there here then and or but so also still only just now always
        never not a an the if when while once until unless after before as to of for in on at by
        with from into out over up down off back away again too please pls nor yet
        need needs want wants like get gets got have has had is are be will would should can
        could must may might shall
        """
    )
)
# "give Martin a heads-up", "Dana Okafor needs a note": a person by name, capitalised; in
# texting style ("give sophie a heads-up", "sophie needs a heads-up") one lower-case word that
# no pronoun or particle is. A name starts a word: "#exec-wins" is a channel, not "exec-wins".
NAMED_PERSON = (
    rf"(?<![#\w@.'-])(?!{_NOT_A_NAME}\b)"
    r"(?:(?-i:[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)?)|(?-i:[a-z][a-z'-]*[a-z]))"
)

# "shoot an email to …", "give #ops a heads-up", "fire off a quick note to …": whatever the verb,
# one whose object is a message sends it ("arrange for an email to …" too).
SENDS_A_MESSAGE = re.compile(
    # "put up a notice for the lifeguards": a message put up is posted as one shot off is.
    r"^\s*(?:(?:off|over|out|for|up)\s+)?"
    # "shoot them the what-to-wear email": a message named with "the", after a person it goes to
    # ("get the totals from the email inbox" names no one, and stays a fetch).
    r"(?:(?:me|us|them|him|her|everyone)\s+(?:the|their|his|our|this|that)\s+|"
    r"(?:(?:#[\w-]+|[\w.+-]+@[\w.-]+|me|us|them|him|her|everyone|"
    # "give the branch librarians a heads-up": who gets it may take a word or two before its noun.
    rf"{ROLE_RECEIVER}|"
    # "give Martin a heads-up", "send Dana Okafor a note", "give sophie a heads-up": or by name.
    rf"{NAMED_PERSON})\s+)?(?:a|an)\s+)"
    r"(?:(?:quick|short|brief|friendly|slack)\s+)?"
    # "shoot them a confirmation email", "fire off a welcome note": the kind of message named
    # before its noun.
    r"(?:(?!(?:e-?mail|message|note|text|txt|msg|line|ping)\b)[a-z][\w-]+\s+)?"
    # "a 'last orders in 15 min' shout": what the message says may be quoted before its noun.
    r"(?:(?:\"[^\"]+\"|'(?:[^']|(?<=\w)'(?=\w))+')\s+)?"
    # "shoot a txt to …", "fire off a quick msg": the nouns typed short, as the verbs are.
    r"(?:e-?mail|message|note|heads-up|heads\s+up|ping|text|txt|msg|dm|shout(?:-out)?|nudge|line|alert|"
    # "put a notice up for the terminal staff", "stick a warning up for the ticket office".
    r"reminder|notification|notice|announcement|warning)\b"
    # "make a service nudge list", "build a reminder log": a message noun naming the kind of a
    # list is no message; the list is the thing made.
    r"(?![\s-]+(?:lists?|logs?|sheets?|rosters?|trackers?|templates?|queues?)\b)",
    _I,
)

# "shoot the client the deposit link by email", "fire them the rota over Slack": whatever the
# verb, who gets it, then what, then the medium it goes by, is a delivery.
SENT_BY_A_MEDIUM = re.compile(
    rf"^\s*(?:them|him|her|me|us|everyone|{ROLE_RECEIVER})\s+"
    r"(?:the|an?|their|his|her|our|its|this|that|today's|tomorrow's)\s+[^,;.]*?"
    r"\b(?:by|via|over)\s+(?:e-?mail|slack)\b",
    _I,
)

# "get the claims handlers a list of yesterday's claims", "get me a rundown of …": a list or
# summary got for people (two objects: who, then what) is sent to them.
GOT_FOR_SOMEONE = re.compile(
    rf"^\s*(?:me|us|them|him|her|everyone|{ROLE_RECEIVER})\s+(?:a|an|the)\s+(?:(?:quick|short|brief|daily|weekly|full)\s+)?"
    r"(?:list|summary|rundown|digest|breakdown|recap|overview|round-?up|copy)\s+of\b"
    # "get the brokers their list of renewals", "get the drivers their routes from …": what is
    # got is theirs, so the people named before it are who it goes to, whatever it is.
    rf"|^\s*(?:them|everyone|{ROLE_RECEIVER})(?<!\band)(?<!\bor)\s+their\s+[a-z]",
    _I,
)

# "get a summary over to Martin", "get the totals across to finance": a thing got over to someone
# is sent there (a fetch takes things "from" somewhere, never "over to" someone).
GOT_OVER_TO = re.compile(
    r"^\s*(?:(?:a|an|the|this|that|these|those|it|them|our|their|each|every)\b\s*)?"
    r"(?:[\w'-]+\s+){0,4}?(?:over|across|round|out)\s+to\s+(?!be\b|do\b|see\b)\S",
    _I,
)

# "… and copy ar@x.com", "cc the team lead": one more recipient of the email before, no step.
COPIES_IN = re.compile(
    r"^\W*(?:also\s+)?(?:cc|bcc|copy|cc'?ing|copying)\s+(?:in\s+)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
    r"me|us|them|(?:the|their|our)\s+[\w-]+(?:\s+[\w-]+)?)(?:\s+(?:too|as\s+well|on\s+it))?\W*$",
    _I,
)

# "compare them against the target": the comparison the test after it makes, no step of its own.
COMPARES_ONLY = re.compile(
    r"^\W*compare\s+(?:it|them|this|that|these|those|the\s+[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:against|with|to)\s+(?:the\s+|our\s+|its\s+|their\s+)?[\w'-]+(?:\s+[\w'-]+)?\W*$",
    _I,
)
# "add the booking to #tour-guides", "append the score to the #ops thread": what is added to a
# channel is posted there, and what is added to a webhook ("add them to the roster webhook") is
# posted to it, asked for or not ("can u add them to …"); "add it to the spreadsheet" names
# neither, and stays unknown.
ADDED_TO_A_PLACE = re.compile(
    r"^\W*(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?)?(?:add|append|pin)\s+[^#.;]{1,80}?\s+(?:to|into|in|on)\s+(?:the\s+|our\s+)?"
    r"(?:#[\w-]+|(?:[\w'-]+\s+){0,3}?web-?hook\b)",
    _I,
)
# "report the totals to #sales-ops": reporting something to a place sends it there.
REPORTS_TO = re.compile(
    r"^\W*report\s+(?!on\b|about\b)(?=\S.*?\s(?:to|in)\s+(?:#|[\w.+-]+@|the\s+[\w-]+\s+web-?hook))",
    _I,
)

_PRESENT_AS_VERB = {"emails": "email", "sends": "send", "posts": "post", "sent": "send"}


@lru_cache(maxsize=8192)  # pure, and the same words come back in every text
def lemma(word: str) -> str | None:
    """Return the known verb a word is a form of ("posted" → "post"), or None."""
    word = word.lower().strip(".,;:!?\"'")
    word = _PRESENT_AS_VERB.get(word, word)
    if word.startswith("re-") and len(word) > 5:
        word = word[3:]  # "re-check the endpoint", "re-send it": the verb done again
    for candidate in (word, *_stems(word)):
        if candidate in KNOWN_VERBS:
            return candidate
    return None


def _stems(word: str) -> list[str]:
    """Return what a word may be a form of, by its ending ("DMV" is no form of "dm")."""
    stems = []
    if word.endswith(("s", "d")):
        stems.append(word[:-1])  # "posts", "shared"
    if word.endswith(("ed", "es")):
        stems += [word[:-2], word[:-2] + "e"]  # "pulled", "pushes"
    if word.endswith(("ied", "ies")):
        stems.append(word[:-3] + "y")  # "classified", "notifies"
    if word.endswith("ing") or (word.endswith("ed") and len(word) > 4 and word[-3] == word[-4]):
        stems.append(word[:-3])  # "posting", "dropped"
    return stems


# "extraction of shade and due date", "translation of the notes": a step named by the noun of
# its verb, with its object after "of", as a step in a chain ("… → extraction of … → …").
_NOUN_OF_A_STEP = re.compile(r"^\W*([A-Za-z]+ion)\s+of\s+", re.I)


def as_verb_of_noun(text: str) -> str:
    """Rewrite "extraction of X" as "extract X" when the noun is made of a known verb."""
    match = _NOUN_OF_A_STEP.match(text)
    if match is None:
        return text
    noun = match.group(1).lower()
    for stem in (noun[:-3], noun[:-5] + "e", noun[:-5]):
        if stem in KNOWN_VERBS:
            return f"{stem} {text[match.end() :]}"
    return text


# "make sure #support hears about …", "make sure the team is told about …": the same, said of
# what the recipient ends up knowing; whoever is named, in up to four words ("make sure Dana in
# the warehouse hears about it", "… our front desk staff are told about it").
# "make sure the cleaning crews have it", "… the tattoo artists get them": what was just made or
# fetched ends up with them, so they are sent it; the object is a pronoun or "a copy", never a
# noun of its own ("make sure the crews have ladders" is no delivery); seeing or reading it too.
MADE_SURE_TO_HEAR = re.compile(
    r"\bmake\s+sure\s+((?:the\s+|our\s+|my\s+)?(?:[\w'\u2019-]+\s+){0,3}?\S+(?:\s+team)?)\s+"
    r"(?:(?:hears?|knows?|learns?|(?:is|are)\s+(?:told|notified|informed|aware)"
    r"|gets?\s+(?:told|notified))(?=\s+(?:about|of)\b)"
    # "make sure housekeeping sees them", "… the chef reads it": what they are to see is sent.
    r"|(?:ha(?:ve|s)|gets?|receives?|sees?|reads?|spots?)\s+"
    r"(?:it|them|this|that|these|a\s+copy(?:\s+of\s+(?:it|them))?)"
    r"(?=\s*(?:[.,;!]|$|\b(?:by|via|on|in|before|first|today|too|as\s+well)\b)))",
    _I,
)


# "loop in the stewarding team", "loop the events crew in", "keep the clerk in the loop", "clue
# #site-leads in": people brought into what is going on are told, a notification written around
# its recipient ("loop through the orders" iterates, and "keep the sheet updated" stores).
_LOOPED = (
    r"(?:#[\w-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|me|us|them|him|her|everyone|"
    r"(?:the|our|my|their|his|all\s+the|all)\s+(?:[\w'\u2019&-]+\s+){0,4}?[\w'\u2019-]+)"
)
# "fill the packing team in", "fill in the shift leads", "fill #ops in": people filled in
# are told, as people looped in are; what is filled in must be people ("fill in the form", "fill
# the sheet in" fill a thing), so the last word is a person's noun, a pronoun, a #channel or an
# address.
_FILLED = (
    r"(?:#[\w-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|me|us|them|him|her|everyone|everybody|"
    rf"(?:the|our|my|their|his|all\s+the|all)\s+(?:[\w'\u2019&-]+\s+){{0,3}}?{PEOPLE}\b)"
)
_FILLED_IN_ENDS = (
    r"(?=\s*(?:[,.;:!?\u2014]|$)|\s+(?:on|about|with|and|by|via|over|through|if|when|as|too|"
    r"before|after|once|whenever|so|then)\b)"
)
LOOPED_IN = re.compile(
    rf"\b(?:loop|clue)\s+in\s+(?P<told>{_LOOPED})"
    rf"|\b(?:loop|clue)\s+(?P<then_in>{_LOOPED})\s+in\b(?!\s+(?:the|a|an|#)\b)"
    rf"|\bkeep\s+(?P<kept>{_LOOPED})\s+(?:in\s+the\s+(?:loop|picture)|posted|informed)\b"
    rf"|\bfill\s+in\s+(?P<filled_in>{_FILLED}){_FILLED_IN_ENDS}"
    rf"|\bfill\s+(?P<filled>{_FILLED})\s+in\b{_FILLED_IN_ENDS}",
    _I,
)


def looped_in_as_notify(text: str) -> str:
    """Rewrite "loop in the team", "keep the team in the loop" as "notify the team"."""
    if "loop" not in text and "clue" not in text and "keep" not in text and "fill" not in text:
        return text
    return LOOPED_IN.sub(lambda m: "notify " + _told_of(m), text)


def _told_of(looped: re.Match[str]) -> str:
    """Return who a "loop in" / "keep in the loop" / "fill in" match tells."""
    return next(
        who for who in looped.group("told", "then_in", "kept", "filled_in", "filled") if who
    )


def main_verb(text: str) -> tuple[str, int] | None:
    """Return the verb a clause opens with (after adverbs like "then") and where it ends."""
    # "I'd like you to pull …": a contraction is one word, so "i'd" is skipped as a lead-in.
    previous = ""
    for match in re.finditer(r"[A-Za-z][\w-]*(?:['\u2019][A-Za-z]+)?", text):
        word = match.group().lower().replace("\u2019", "'")
        if word in _WISHES and (wanted := _A_FETCH_WANTED.match(text, match.end())):
            return "pull", wanted.end()
        if word in _LEAD_INS or (word.endswith("ly") and word not in KNOWN_VERBS):
            previous = word
            continue
        if word in _ANYONE and previous in _ASKING_MODALS:
            previous = word
            continue  # "could someone triage …", "can anybody pull …": asked of anyone
        idiom = _idiom_at(text, word, match)
        if idiom:
            return idiom
        if text[match.start() - 1 : match.start()] == "#":
            return None  # "#dispatch", "#send-now": a channel's name, not a verb
        verb = lemma(word)
        if verb and word.endswith("s") and _RELATIVE_AFTER.match(text, match.end()):
            return None  # "Requests that include a controlled drug …": a plural noun, the subject
        if (
            verb
            and verb != word
            and word.endswith("s")
            and _PARTICIPLE_AFTER.match(text, match.end())
        ):
            return None  # "Messages coming in on the studio line …": a plural noun, the subject
        return (verb, match.end()) if verb else None
    return None


# "Requests that include …", "Orders which contain …": a plural noun opening a clause, with a
# relative clause after it, is the subject; an imperative never ends in "-s".
_RELATIVE_AFTER = re.compile(r"\s+(?:that|which|who)\s+(?!(?:the|a|an|our|your|their|its)\b)", _I)
# "Messages coming in …", "Texts sent in by parents …": a participle after it says which of the
# items; the relative clause with its "that are" left out.
_PARTICIPLE_AFTER = re.compile(r"\s+(?:[a-z]{2,}(?:ing|ed)|sent)\s+(?:in|on|at|by|from|to|via)\b")


# "do a one-time pull from Salesforce of every account …", "run a quick export from the CRM of
# …": a fetch named as a noun, done once, is the fetch.
_A_PULL_DONE = re.compile(
    r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:pull|fetch|export|download|dump|extract)"
    r"(?=\s+from\b)",
    _I,
)


# "I'd like a Salesforce pull, every Monday at 7am, of all leads that …", "we need a nightly
# export of the bookings from …": a fetch named as a noun and wished for is the fetch; the schedule
# blanked out of it may leave commas between the noun and "of".
_WISHES = frozenset({"like", "want", "need", "love"})
# A fetch named as a noun ("a pull of", "an export of"): also read where it is delivered.
FETCH_NOUNS = r"(?:pull|fetch|export|download|dump|extract|query)"
# "the results of a Salesforce query for deals stuck over 10 days": a query named as what is
# sent; what it is for is its own filter, not a test after it.
RESULTS_OF_A_QUERY = re.compile(
    r"\b(?:results?|output|findings|rows)\s+(?:of|from)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"query\s+(?:for|of|on)\s",
    _I,
)
_A_FETCH_WANTED = re.compile(
    r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?" + FETCH_NOUNS + r"[\s,]*\s(?:of|on)\b",
    _I,
)


# "Could someone set up a check of our frame stock at https://…", "schedule a weekly pull of the
# open tickets from …": a fetch named as a noun, set up to run, is the fetch; what it reads follows
# "of" or "on" ("set up a reminder" sends, and "set up the fields" stays unknown).
_A_CHECK_SET_UP = re.compile(
    r"(?:\s+up)?\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:check|pull|fetch|scan|poll|sweep|read|export|download|sync)\s+(?:of|on)\b",
    _I,
)


# "take last week's lesson attendance", "take today's orders": taking the data of a period is
# fetching it ("take a backup", "take a note" stay unknown, as doubtful as before).
_TAKES_DATED_DATA = re.compile(
    r"\s+(?:(?:last|this|next)\s+(?:night|week|month|quarter|year)|today|yesterday|tonight|"
    r"tomorrow)['\u2019]s\s+\w",
    _I,
)


# "take another reading from https://…", "take a fresh sample from the sensor API", "take one
# more measurement": a reading taken is fetched ("take a note", "take a break" stay unknown).
_TAKES_A_READING = re.compile(
    r"\s+(?:(?:another|one\s+more|a|an|the|a\s+(?:fresh|new|second|further|final|follow-up)|"
    r"(?:fresh|new|further|more|follow-up|latest|current))\s+)+"
    r"(?:[\w-]+\s+)?(?:readings?|measurements?|samples?|snapshots?|soundings?)\b",
    _I,
)


# "sum it up in a few lines", "sum up the week": summing up is summarizing ("the sum of the
# invoices" is a noun, and "sum the totals" adds them up, as before).
# "…, summed up into a note": the participle after the data is the same step.
_SUMS = word_set("sum sums summed summing")
_SUMS_UP = re.compile(r"\s+(?:(?:it|them|this|that|these|those|everything)\s+)?up\b", _I)


# "boil the interviews down to a short summary", "cut it down into three bullet points",
# "whittle down the notes to a one-page digest": cutting data down to a summary summarizes it
# ("cut the price down to £5" names no summary, and stays as it was).
_CUTS = word_set(
    "boil cut distil distill whittle trim pare squeeze slim shrink chop compress reduce bring get"
)
_A_SUMMARY = (
    r"(?:summary|summaries|digest|recap|overview|gist|essentials|highlights|key\s+points|"
    r"bullet(?:\s+point)?s|lines|sentences|paragraphs?)\b"
)
_CUT_DOWN_TO_A_SUMMARY = re.compile(
    r"(?:\s+[^,;\u2192]*?)?\s+down\b(?:\s+[^,;\u2192]*?)?\s+(?:to|into)\s+(?:[\w'-]+\s+){0,3}?"
    + _A_SUMMARY,
    _I,
)


# "roll this week's bookings up into a digest", "wrap up the tickets in a short summary", "fold
# the expenses up into an overview": data gathered up into a summary is summarized ("roll the
# tickets into #archive" and "wrap up the sprint" name no summary, and stay as before). "Into"
# says the gathering alone ("roll it all into a summary"); "in" and "as" need the "up".
_ROLLS = word_set("roll wrap fold bundle tie gather package round")
_ROLLED_UP_INTO_A_SUMMARY = re.compile(
    r"(?:\s+[^,;\u2192]*?)?(?:\s+up\b(?:\s+[^,;\u2192]*?)?\s+(?:into|in|as)|\s+into)\s+"
    r"(?:[\w'-]+\s+){0,3}?" + _A_SUMMARY,
    _I,
)


# "Salesforce", "the weather API", "our booking system", a URL: a system that holds data, named
# as the object of a verb that asks it or has it hand its data over.
_A_SYSTEM = (
    r"\s+(?:the\s+|our\s+)?(?:https?://\S+|salesforce|sfdc|hubspot|"
    r"(?:[\w'-]+\s+){0,2}?(?:crm|api|endpoint|database|db|server|service|system))\s+"
)
# "ask Salesforce for every application that …", "ask the weather API for today's forecast":
# a system asked for data is queried ("ask the team for their updates" asks people, and stays
# a message). So is a system asked a question ("ask the CRM which deals have stalled", "ask the
# API whether any job failed"): what it answers is data fetched.
_ASKED_OF_A_SOURCE = re.compile(
    _A_SYSTEM + r"(?:for|which|what|whether|if|how|who|whose)\b",
    _I,
)

# "have Salesforce return the accounts whose …", "let the CRM give us the deals …", "have the
# stock API send back today's lows": a system had to hand over its data is queried, as one asked
# for it is ("have the team review it" names people, and stays as before).
_HAD = word_set("have let get")
_A_SOURCE_HAD_TO_GIVE = re.compile(
    _A_SYSTEM + r"(?:to\s+)?(?:return|give|hand|list|produce|show|spit|cough|dump|export|"
    r"send\s+(?:back|over|us|me))\b",
    _I,
)


# "fire the scheduling ones at the timetabling webhook", "shoot the list over to ops@…", "chuck
# them into #finance", "ship any return over €200 over to fraud@…": a thing thrown at a place is
# sent there ("fire the glycol webhook" names no place after its object: the webhook is its
# object, below).
THROWS = word_set(
    "fire shoot fling lob toss chuck throw hurl sling bung zap ship punt pop kick bounce flick"
)
_THROWN_TO_A_PLACE = re.compile(
    # "over £1,000 into #finance": a number's comma ends nothing.
    r"\s+(?:(?:[^,;\u2192]|(?<=\d),(?=\d))*?\s)?"
    r"(?:at|to|into|onto|over\s+to|across\s+to|off\s+to|through\s+to)\s+(?:both\s+)?"
    r"(?:(?:the|our|their|its)\s+)?(?:#[\w-]|[\w.+-]+@[\w-]+\.|https?://|"
    r"(?:[\w'-]+\s+){0,3}?(?:web-?hook|channel|slack|inbox)\b)",
    _I,
)
# "shoot the week's timetable over to the yoga members", "zap the booking list over to Priya",
# "chuck the rota out to all the volunteers": a thing thrown over (across, off, out) to people is
# sent to them ("kick the review over to the next sprint", "punt it over to Friday" put it off).
_THROWN_TO_SOMEONE = re.compile(
    r"\s+(?:(?:[^,;\u2192]|(?<=\d),(?=\d))*?\s)?(?:over|across|off|out)\s+to\s+"
    r"(?:(?:me|us|him|her|them|everyone|everybody)\b|"
    r"(?:the|our|my|their|his|all\s+(?:the|our)|each|every)\s+"
    r"(?!(?:next|following|coming|top|bottom|end|point|same|rest|right|left|front|back|new|"
    r"last|weekend|morning|afternoon|evening|night)\b)[\w'-]+|"
    rf"(?!{DAY}|{MONTH})(?-i:[A-Z][a-z][\w'-]*))",
    _I,
)
# "ship the quote to the customer", "ship the certificate to Priya": a thing shipped is sent,
# over or not, to the person named ("kick the review to the next sprint" puts it off, above).
_SHIPS = word_set("ship ships")
_SHIPPED_TO_SOMEONE = re.compile(
    r"\s+(?:(?:[^,;\u2192]|(?<=\d),(?=\d))*?\s)?to\s+"
    r"(?:(?:me|us|him|her|them|everyone|everybody)\b|"
    r"(?:the|our|my|their|his|all\s+(?:the|our)|each|every)\s+"
    r"(?!(?:next|following|coming|top|bottom|end|point|same|rest|right|left|front|back|new|"
    r"last|weekend|morning|afternoon|evening|night)\b)[\w'-]+|"
    rf"(?!{DAY}|{MONTH})(?-i:[A-Z][a-z][\w'-]*))",
    _I,
)
# "dump the day's gate entries from https://… into the security webhook", "pipe the readings into
# #telemetry": data moved into a place is sent there, as one thrown is; the verb alone, with no
# place after its object ("feed the cats"), stays what it was; fields copied for each item
# ("copy the reg and mileage for each van into #fleet") are extracted first (the idioms below).
_MOVES_DATA = word_set("dump pipe feed shovel pump copy")


# "fire the glycol-boost webhook", "kick the HVAC-boost webhook", "poke the refill webhook": a
# webhook set off is triggered, whatever the verb of setting it off.
SETS_OFF = word_set("fire kick poke prod trip tickle")
# "before firing the press-queue webhook": the gerund after "before" is a step of its own.
_SETTING_OFF = word_set("firing kicking poking prodding tripping tickling")


def set_off_as(participle: str) -> str | None:
    """Return the verb of setting off a participle is a form of ("fired" → "fire"), or None."""
    word = participle.lower()
    return next((stem for stem in _stems(word) if stem in SETS_OFF), None)


_A_WEBHOOK_OBJECT = re.compile(
    rf"\s+(?:off\s+)?(?:(?:the|our|their|its|a|an)\s+)?{WEBHOOK_NAME}web-?hooks?\b", _I
)
# "set off the shepherd's pager via the pager webhook", "fire the siren through the alarm
# webhook": what is set off by way of a webhook is the webhook triggered ("set" alone is a
# transform of fields, never followed by "off").
_SET_OFF_BY_A_WEBHOOK = re.compile(
    r"\s+(?:off\s+)?[^,;.\u2192]*?\b(?:via|through|thru|using|over|with|on)\s+"
    r"(?:(?:the|our|their|its|a|an)\s+)?(?:[\w'-]+\s+){0,3}?web-?hooks?\b",
    _I,
)
# "get the summary to the trustees", "get it over to the head curator", "get that to me": a thing
# got to a person or place is sent there ("get the team to review it" asks them to act, "get it
# up to date" and "get back to them" name no receiver, and "get the orders" stays a fetch).
# "get today's list from https://… to the kennel staff": the thing may say where it is got from,
# and "out" may send it on its way ("get this week's closures from https://… out to the walkers"),
# and "both" may open the places it goes to ("get the summary to both #consultants and ops@…").
_GOT_TO_SOMEONE = re.compile(
    r"\s+(?:(?!(?:from|up|down|back|round|around)\b)[\w'-]+\s+){1,6}?"
    r"(?:from\s+https?://\S+\s+)?(?:over\s+|across\s+|out\s+)?to\s+(?:both\s+)?"
    r"(?:me|us|him|her|them|everyone|#[\w-]|[\w.+-]+@[\w-]+\.|(?:the|our|my|their|his|her|all\s+the|"
    r"each|every)\s+(?!(?:top|bottom|end|point|next|same|rest|right|left|front|back)\b)[\w'-]+)",
    _I,
)
# "get a recap of the week posted in #instructors", "have a digest waiting in the director's
# inbox", "can we get the summary sent to ops@x.com": what is asked for is the thing delivered,
# so it is sent ("get the orders posted since Monday" names no place, and stays a fetch).
_DELIVERED_RESULT = re.compile(
    r"\s+(?:an?|the|this|that|today's|yesterday's)\s+(?:[\w'\u2019.-]+\s+){0,12}?"
    r"(?:posted|sent|emailed|delivered|dropped|pushed|shared|waiting|sitting|ready)\s+"
    r"(?:in|to|into|on|at)\s+(?:#[\w-]|[\w.+-]+@[\w-]+\.|(?:the|our|my|their|his|her)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:inbox|inboxes|channel|slack)\b)",
    _I,
)
# "…, and get posted in #cave", "… then gets emailed to ops@…": the get-passive whose subject is
# told once before "and" is the delivery of it ("get the orders posted since Monday" has its
# object first, and is read above).
_GOT_SENT_ON = re.compile(
    r"\s+(?:sent|posted|e-?mailed|forwarded|pushed|shared|dropped|delivered|copied)\s+"
    r"(?:(?:straight|directly|right)\s+)?(?:in|to|into|on)\s+(?:#[\w-]|[\w.+-]+@[\w-]+\.|"
    r"(?:the|our)\s+(?:[\w'-]+\s+){0,3}?(?:inbox|channel|slack|web-?hook)\b)",
    _I,
)
# "list to #setters", "show them in #ops", "display the board on the lobby-screen channel": a
# thing shown in a place is posted there ("list the open orders" names no place, and stays as
# doubtful as before).
_SHOWS = word_set("list show display present")
_SHOWN_IN_A_PLACE = re.compile(
    r"\s+(?:[^,;\u2192]*?\s)?(?:in|on|to|into|at)\s+"
    r"(?:(?:the|our|their|its)\s+)?(?:#[\w-]|[\w.+-]+@[\w-]+\.|"
    r"(?:[\w'-]+\s+){0,3}?(?:web-?hook|channel|slack)\b)",
    _I,
)


# "put that summary in #build-health", "stick it on the #ops channel", "shove it in #bookings",
# "put the animation entries in front of the jury": a thing put (or shoved, bunged, chucked) in a
# place, or before people, is sent there ("put together a recap" makes one, "put the totals into
# the sheet" names no place, and both stay as before).
_PUTS = word_set("put place stick pop plonk shove bung chuck slap whack dump lob sling toss")
# "in front of the jury", "in front of #events-kitchen", "in front of ops@…": before whoever
# reads it.
_IN_FRONT_OF = (
    r"\s+(?:[^,;\u2192]*?\s)?in\s+front\s+of\s+(?:me|us|him|her|them|everyone|#[\w-]|"
    r"[\w.+-]+@[\w-]+\.|(?:the|our|my|their|all\s+the)\s+[\w'-]+)"
)
_PUT_IN_A_PLACE = re.compile(
    rf"(?!\s+together\b)(?:{_SHOWN_IN_A_PLACE.pattern}|{_IN_FRONT_OF})",
    _I,
)


def puts_in_a_place(text: str, word: str, end: int) -> bool:
    """Tell "stick it in #lost-and-found" (a thing sent to a place) from "stick to the plan"."""
    return word in _PUTS and _PUT_IN_A_PLACE.match(text, end) is not None


# "get it in front of #events-kitchen", "get the shortlist in front of the panel": a thing got
# before its readers is sent to them, as one put there is.
_GOT_IN_FRONT_OF = re.compile(_IN_FRONT_OF, _I)


# "lift out patient name, medicine and dose", "fish out the order number", "tease out the dates",
# "pluck the totals out of every invoice": fields taken out of what arrived are extracted,
# whichever verb of taking lifts them out.
_LIFTS = word_set("lift pluck fish dig tease prise prize scoop winkle copy")
_LIFTED_OUT = re.compile(r"\s+(?:[\w'-]+\s+){0,4}?out\b", _I)


# "knock together a summary", "whip up a digest", "draw up a report": idioms of making, read as
# "make" (the same length, so the spans of the text stay where they were); the thing made
# follows ("when the kitchen cooks up a new special" is an event, not an idiom in a verb's place).
_MAKING_IDIOM = re.compile(
    r"(?:^|(?<=[,;:\u2014\u2013]\s)|(?<=\band\s)|(?<=\bthen\s)|(?<=\byou\s)|(?<=\bplease\s))"
    r"(?:(?:knock|throw|cobble|slap|bang|hack|patch|stitch)\s+together|"
    r"(?:whip|knock|rustle|cook|mock|draw|bash)\s+up)"
    r"(?=\s+(?:(?:me|us|them|him|her)\s+)?(?:a|an|some|the|this|that|our|their)\s)",
    _I,
)


# "pull together a recap of the week's passages", "gather together a digest …": a verb of
# gathering with "together" makes the new thing named after it ("pull together the week's
# orders" gathers data, and stays a fetch).
_GATHERED_INTO_A_MADE_THING = re.compile(
    r"\b(?:pull|gather|bring|draw)\s+together"
    r"(?=\s+(?:(?:me|us|them|him|her)\s+)?(?:a|an)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:summary|recap|digest|report|overview|rundown|round-?up|breakdown|briefing|roundup)\b)",
    _I,
)


# "put a report together on this week's log", "pull a summary together of last week's returns",
# "get a recap together": the particle of making after the made thing, which the verb makes
# (as "put together a report" does); read as "make a report" and the particle blanked, the
# same length, so what the thing sums up follows it as it does after "make".
_MADE_THEN_TOGETHER = re.compile(
    r"\b(?:put|pull|get|gather|bring|throw|knock|cobble)\s+"
    r"(?P<made>(?:(?:me|us|them)\s+)?(?:a|an)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:summary|recap|digest|report|overview|rundown|round-?up|breakdown|briefing|roundup))"
    r"\s+together\b",
    _I,
)


def _made_as_make(match: re.Match[str]) -> str:
    """Return "put a report together" as "make a report", padded to the same length."""
    return f"make {match['made']}".ljust(len(match.group()))


# "do a one-off recap of last quarter's call-outs", "could you do me a summary": a made thing
# done is made ("do a check of the orders" makes nothing, and stays as before); "do a" is
# written "make" over the same four letters.
_DONE_MADE_THING = re.compile(
    r"(?=[dD])\bdo(?:\s+(?:me|us))?\s+an?(?=\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:summary|recap|digest|report|overview|rundown|round-?up|breakdown|briefing|write-?up)\b)",
    _I,
)


def idioms_as_make(text: str) -> str:
    """Return text with each idiom of making ("knock together a summary") written as "make"."""
    if "do " in text or "Do " in text:
        text = _DONE_MADE_THING.sub(lambda m: "make".ljust(len(m.group())), text)
    if "together" not in text and " up " not in text:
        return text
    text = _MAKING_IDIOM.sub(lambda m: "make".ljust(len(m.group())), text)
    if "together" not in text:
        return text
    text = _MADE_THEN_TOGETHER.sub(_made_as_make, text)
    return _GATHERED_INTO_A_MADE_THING.sub(lambda m: "make".ljust(len(m.group())), text)


# "Could someone triage each one …", "can anybody pull …": a request put to no one in
# particular asks for the step as "could you …" does; the verb comes after.
_ANYONE = frozenset({"someone", "somebody", "anyone", "anybody"})
_ASKING_MODALS = frozenset({"can", "could", "would", "will"})
# Spoken openers ("yo", "can you", "I want you to") come before the verb and are skipped.
_LEAD_INS = word_set(
    """
    then also please pls plz kindly and just finally next afterwards thereafter whereupon yo hey
    hi can could would will you u i we i'd we'd want need like to instead
    """
)


# "lift the frame number and dealer out of each one", "lift the field ID out of it": the fields
# named before "out of" each document, or the one just named.
_TAKEN_OUT_OF_EACH = re.compile(
    r"\s+[^;\u2192]*?\bout\s+of\s+"
    r"(?:each|every|all|these|those|it|them|the\s+(?:attached|scanned))\b",
    _I,
)

# "lift tank id, gravity and temperature for every fermenter", "pluck the date and total from
# each one": fields listed, then named for or from each item, are read out of it, as "out of"
# says ("lift the freeze on every account" lists no fields, and stays unknown).
_FIELDS_LIFTED_FOR_EACH = re.compile(
    r"\s+[^,;\u2192]*?[\w-]+\s*(?:,|\band\b)[^;\u2192]*?\b(?:for|from|off|of|on|in)\s+"
    r"(?:each|every)\b",
    _I,
)


# "lift the haulier, load weight and docket number off it", "pluck the name and date from
# them": fields listed, then taken off or from the item just named, are read out of it ("lift
# the ban off it" lists no fields, and stays unknown).
_FIELDS_LIFTED_OFF_IT = re.compile(
    r"\s+[^,;\u2192]*?[\w-]+\s*(?:,|\band\b)[^;\u2192]*?\b(?:from|off)\s+(?:it|them)\b",
    _I,
)


# "take clinician, room, start time from each booking", "take the supplier and total off it":
# fields listed, then taken from each item or the one just named, are read out of it as pulled
# ones are ("take a look at …" lists no fields; "take the orders from https://…" reads a source).
_JOINING = r"and|or|from|off|of|out|for|in|on|at|to|into|with|by|the|a|an"
_TAKEN_FIELD = (
    rf"(?:(?!(?:{_JOINING})\b)[^\s,;:/\u2192]+\s+){{0,3}}?(?!(?:{_JOINING})\b)[^\s,;:/\u2192]+"
)
_FIELDS_TAKEN_FROM_EACH = re.compile(
    rf"\s+(?:out\s+)?(?:(?:the|their|its)\s+)?{_TAKEN_FIELD}(?:\s*,\s*(?:the\s+)?{_TAKEN_FIELD})*"
    rf"(?:\s*,?\s+and\s+(?:the\s+)?|\s*,\s*(?:the\s+)?){_TAKEN_FIELD}"
    r"\s+(?:from|off|out\s+of)\s+(?:each|every|it|them)\b",
    _I,
)


# "set up a weekly reminder in #rehearsals to bring …", "set up a monthly reminder email to …":
# a message set up is sent, as one shot off is ("set up the fields" sets no message).
_SET_UP_A_MESSAGE = re.compile(r"\s+up\b(?=" + SENDS_A_MESSAGE.pattern.removeprefix("^") + ")", _I)


# "mark each one as happy or unhappy", "mark it as hot, warm or cold": each item marked as one of
# labels offered is sorted into them ("mark the invoice as paid" offers no choice, and stays).
_MARKED_AS_ONE_OF = re.compile(
    r"\s+(?:[\w'-]+\s+){0,4}?as\s+(?:an?\s+)?[\w'-]+(?:\s*[,/]\s*[\w'-]+)*\s*(?:,\s*)?(?:or|/)\s",
    _I,
)

# "mark each one positive or negative", "mark the reviews happy, neutral or unhappy": labels
# listed right after what is marked, with no "as", are a choice too; marking each item one of
# them is tagging it ("mark it done" offers no choice, and stays).
_MARKED_ONE_OF = re.compile(
    r"\s+(?:it|them|each\s+one|(?:each|every|all|the)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+"
    r"[\w'-]+(?:\s*,\s*[\w'-]+)*\s*,?\s+or\s+[\w'-]+(?=\s*(?:[,;.!?\u2014]|and\b|then\b|$))",
    _I,
)


# "split into permanent vs contract", "separate the orders into domestic and international",
# "divide them up into hot, warm or cold": items parted into named kinds are sorted into them
# ("split the bill", "break it into steps" offer no kinds, and stay as before).
_PARTS = word_set("split splits separate separates divide divides")
_PARTED_INTO_KINDS = re.compile(
    r"(?:\s+(?:[\w'-]+\s+){0,4}?)?\s*(?:up\s+|out\s+)?into\s+(?:an?\s+)?[\w'-]+(?:\s+[\w'-]+)?"
    r"(?:\s*,\s*[\w'-]+)*\s*(?:,\s*)?(?:vs\.?|versus|or|and|/)\s*[\w'-]+",
    _I,
)


# "leave out the staff comp tickets", "weed out the spam signups": a verb with "out" that
# takes items away is a drop, which keeps the rest ("cut it down to", "throw it to" are others').
_TAKES_OUT = frozenset(
    {"leave", "weed", "filter", "strip", "cut", "throw", "sift", "screen", "chuck", "toss"}
)
_TAKEN_OUT = re.compile(r"\s+out\b(?!\s+(?:to|of|in|on|at|for)\b)", _I)
# "throw away the spam", "chuck away the duplicates", "get rid of the test orders": items thrown
# away are dropped, which keeps the rest ("throw it away to #x" names a place, and is a send).
_THROWS_AWAY = frozenset({"throw", "chuck", "toss", "fling"})
_THROWN_AWAY = re.compile(r"\s+away\b(?!\s+(?:to|at|into|onto)\b)", _I)
_RID_OF = re.compile(r"\s+rid\s+of\b", _I)


# "see whether any carer hasn't clocked in", "verify if the feed is stale": a verb of finding
# out before "whether" or "if" asks what "check whether" asks ("see the attached sheet" asks
# nothing, and stays as before).
FINDS_OUT = word_set(
    "see sees verify verifies determine determines establish establishes ascertain"
)
_ASKS_WHETHER = re.compile(r"(?=\s+(?:whether|if)\s)", _I)


# "list every opportunity in Salesforce", "take the quotes in the CRM that were sent today",
# "take the pending orders from the orders API": items named in a system a verb lists or takes
# are read from it ("list the priorities in #team", "take a backup" name no system).
_NAMES_ITEMS_OF = word_set("list lists take takes")
_ITEMS_IN_A_SOURCE = re.compile(
    r"\s+(?:(?:the|our|my|every|each|all|any|all\s+(?:the|our))\s+)?(?:[\w'-]+\s+){0,5}?"
    r"(?:in|from|out\s+of|on)\s+(?:the\s+|our\s+)?(?:https?://|salesforce\b|sfdc\b|hubspot\b|"
    r"(?:[\w'-]+\s+){0,2}?(?:crm|api|endpoint|database|db)\b)",
    _I,
)


# "raise the alarm if it falls below 35%", "sound the alarm", "trigger an alert in #ops": an
# alarm or alert raised is an alert sent ("raise the price", "the alarm webhook" stay as they were;
# a webhook set off is triggered, above).
_RAISES = word_set("raise raises sound sounds ring rings trigger triggers issue issues")
_AN_ALARM_RAISED = re.compile(
    r"\s+(?:the|an?)\s+(?:(?:early|urgent|loud)\s+)?(?:alarm|alert)(?:\s+bells?)?\b"
    r"(?!\s*[-\u2013]?\s*web-?hooks?\b)",
    _I,
)


# "set off the cellar alarm webhook", "set the flood-warning webhook off": a webhook set off is
# triggered, and an alarm set off is an alert raised ("set the status to done" stays a transform
# of fields: "set" alone never sets anything off).
_SET_OFF_A_WEBHOOK = re.compile(
    rf"\s+(?:off\s+(?:(?:the|our|their|its|a|an)\s+)?{WEBHOOK_NAME}web-?hooks?\b"
    rf"|(?:the|our|their|its|a|an)\s+{WEBHOOK_NAME}web-?hooks?\s+off\b)",
    _I,
)
_SET_OFF_AN_ALARM = re.compile(
    r"\s+(?:off\s+(?:the|an?)\s+(?:(?:early|urgent|loud)\s+)?alarms?\b(?!\s*[-\u2013]?\s*web-?hooks?\b)"
    r"|(?:the|an?)\s+(?:(?:early|urgent|loud)\s+)?alarms?\s+off\b)",
    _I,
)


# "a fortnight later, follow up asking how they're getting on", "two weeks later, follow up
# with a short survey": following up is sending another message ("follow-up" is a noun, one
# word, and "so a gift officer can follow up" has its subject, so neither opens a step here).
_FOLLOWS_UP = re.compile(r"\s+up\b(?!-)", _I)


# "keep an eye on the freezers", "keep close tabs on …", "keep watch over …": watching a thing is
# monitoring it, never a pick of fields.
_KEPT_WATCH_ON = re.compile(
    r"\s+(?:an?\s+(?:close\s+|careful\s+|watchful\s+|beady\s+)?eye|(?:close\s+)?tabs"
    r"|(?:a\s+(?:close\s+)?)?watch)\s+(?:on|over)\b",
    _I,
)


# Idioms of a catalog verb, tried in this order, each: the words that open it, a substring the
# text must hold before the pattern is tried (a cheap gate), the idiom's pattern, the verb it
# means, where the pattern is matched (at the word's start, or after it), and whether the verb ends
# where the idiom does ("do a one-time pull from …", "make sure Dana hears about it") or with the
# word ("ship any return over €200 over to …": the object follows).
_IDIOMS = (
    (frozenset({"follow"}), " up", _FOLLOWS_UP, "send", False, True),
    (frozenset({"take"}), "", _TAKES_DATED_DATA, "grab", False, False),
    (_LIFTS, " out", _LIFTED_OUT, "extract", False, True),
    (frozenset({"take"}), "", _TAKES_A_READING, "grab", False, False),
    (_SUMS, "", _SUMS_UP, "summarize", False, False),
    (_CUTS, "", _CUT_DOWN_TO_A_SUMMARY, "summarize", False, False),
    (_ROLLS, "", _ROLLED_UP_INTO_A_SUMMARY, "summarize", False, False),
    (FINDS_OUT, " ", _ASKS_WHETHER, "check", False, False),
    (_NAMES_ITEMS_OF, "", _ITEMS_IN_A_SOURCE, "grab", False, False),
    (frozenset({"ask"}), "", _ASKED_OF_A_SOURCE, "query", False, False),
    (_HAD, "", _A_SOURCE_HAD_TO_GIVE, "query", False, False),
    (_THROWS_AWAY, " away", _THROWN_AWAY, "drop", False, True),
    (frozenset({"get"}), " rid of", _RID_OF, "drop", False, True),
    (THROWS, "", _THROWN_TO_A_PLACE, "send", False, False),
    (THROWS, " to ", _THROWN_TO_SOMEONE, "send", False, False),
    (_SHIPS, " to ", _SHIPPED_TO_SOMEONE, "send", False, False),
    (frozenset({"do", "run"}), " from ", _A_PULL_DONE, "pull", False, True),
    (frozenset({"set", "schedule", "arrange"}), " o", _A_CHECK_SET_UP, "pull", False, True),
    (SETS_OFF, "", _A_WEBHOOK_OBJECT, "trigger", False, False),
    (_SETTING_OFF, "webhook", _A_WEBHOOK_OBJECT, "trigger", False, False),
    (SETS_OFF | {"set"}, "webhook", _SET_OFF_BY_A_WEBHOOK, "trigger", False, False),
    (frozenset({"set"}), "webhook", _SET_OFF_A_WEBHOOK, "trigger", False, False),
    (frozenset({"set"}), "alarm", _SET_OFF_AN_ALARM, "alert", False, False),
    (frozenset({"make"}), " sure ", MADE_SURE_TO_HEAR, "notify", True, True),
    (frozenset({"loop", "clue", "keep", "fill"}), "", LOOPED_IN, "notify", True, True),
    (frozenset({"keep"}), " o", _KEPT_WATCH_ON, "monitor", False, True),
    (frozenset({"get"}), " to ", _GOT_TO_SOMEONE, "send", False, False),
    (frozenset({"get", "have"}), "", _DELIVERED_RESULT, "send", False, False),
    (frozenset({"get", "gets"}), "ed ", _GOT_SENT_ON, "send", False, False),
    (frozenset({"get"}), " front of ", _GOT_IN_FRONT_OF, "send", False, False),
    (_SHOWS, "", _SHOWN_IN_A_PLACE, "send", False, False),
    (_LIFTS, " out of ", _TAKEN_OUT_OF_EACH, "extract", False, False),
    (_LIFTS, " e", _FIELDS_LIFTED_FOR_EACH, "extract", False, False),
    (_LIFTS, "", _FIELDS_LIFTED_OFF_IT, "extract", False, False),
    (frozenset({"take"}), "", _FIELDS_TAKEN_FROM_EACH, "extract", False, False),
    (_MOVES_DATA, "", _THROWN_TO_A_PLACE, "send", False, False),
    (_PUTS, "", _PUT_IN_A_PLACE, "send", False, False),
    (frozenset({"set"}), " up ", _SET_UP_A_MESSAGE, "send", False, True),
    (frozenset({"mark"}), " as ", _MARKED_AS_ONE_OF, "classify", False, False),
    (frozenset({"mark"}), " or ", _MARKED_ONE_OF, "tag", False, False),
    (_PARTS, "into ", _PARTED_INTO_KINDS, "classify", False, False),
    (_TAKES_OUT, " out", _TAKEN_OUT, "drop", False, True),
    (_RAISES, "al", _AN_ALARM_RAISED, "alert", False, False),
)


def _idiom_at(text: str, word: str, match: re.Match[str]) -> tuple[str, int] | None:
    """Return (verb, end) when the word at `match` opens one of the idioms, else None."""
    for words, gate, pattern, verb, from_start, ends_with_idiom in _IDIOMS:
        if word not in words or (gate and gate not in text):
            continue
        idiom = pattern.match(text, match.start() if from_start else match.end())
        if idiom:
            return verb, idiom.end() if ends_with_idiom else match.end()
    return None


# "until the climber has visited the site and signed it off": a participle after "and" that
# goes on from a perfect tells what was done as well, not a step asked for.
_PERFECT_GOING_ON = re.compile(
    r"\b(?:has|have|had)\s+(?:just\s+|already\s+|both\s+)?[a-z]+(?:ed|en|wn|ne|t)\b[^,;]*\band\s*$",
    _I,
)


def continues_a_perfect(before: str, word: str) -> bool:
    """Tell whether `word` is a participle after "and" that goes on from a perfect in `before`."""
    if not word.endswith("ed") or not before.rstrip().endswith("and"):  # the cheap test first
        return False
    return _PERFECT_GOING_ON.search(before.rsplit(".", 1)[-1]) is not None
