"""Agent steps: a report, summary, classification or extraction asked for by its verb."""

import re
from typing import Any

from nl_parser import destinations as dest
from nl_parser.condition_fields import config as condition_config
from nl_parser.conditions import CONDITION, ConditionDraft
from nl_parser.drafts import (
    OPAQUE,
    StepDraft,
    implied_source,
    named_system,
    object_words,
    phrase_for,
)
from nl_parser.fetches import COUNTED_FROM_A_PLACE
from nl_parser.filters import find_filter, singulars
from nl_parser.verbs import CLASSIFY, CREATE, EXTRACT, SUMMARIZE

_I = re.IGNORECASE
_FETCHES = ("http.request", "salesforce.query")

# "any manager whose direct report's probation ends": a direct report is a person, and what a
# report owns ("report's") is told of a thing already there, not one to make. So is a report word
# that only qualifies the noun after it: "the unpaid plot numbers", "the plot holders", "the
# dashboard link" name numbers, people and links, not a plot or dashboard to make.
REPORT = re.compile(
    r"(?<!direct )\b(?:report|analysis|scorecard|dashboard|chart|graph|plot)s?\b(?!['\u2019]s\b)"
    r"(?!\s+(?:numbers?|nos?\b|ids?|holders?|owners?|tenants?|rents?|links?|urls?|codes?"
    r"|references?|refs?|sizes?|boundar(?:y|ies)|fees?)\b)",
    _I,
)
# "a rundown of today's check-ins", "a wrap-up of this week's loans": of a period's data these
# words sum it up; "a rundown of leads in the CRM who have not replied" lists the items.
_PERIOD_SUMMED = (
    r"(?:rundown|round-up|wrap-up)(?=\s+(?:of|on|covering)\s+(?:today|yesterday|tonight|"
    r"(?:this|last|the\s+past|the\s+previous|the)\s+(?:day|night|shift|week|weekend|fortnight|"
    r"month|quarter|term|season|year))['\u2019]s?\s)"
)
# "give the coaches a rundown in #coaches", "a quick rundown by email": a rundown with nothing
# after it to say what it lists is one made of the data in hand ("the rundown from https://…"
# is fetched; "a rundown of leads who …" lists them).
_A_RUNDOWN = (
    r"(?:(?<=\ba\s)|(?<=\bquick\s)|(?<=\bshort\s)|(?<=\bbrief\s))rundown"
    r"(?!\s+(?:of|on|covering|from|at)\b)"
)
SUMMARY = re.compile(
    r"\b(?:summary|summaries|digest|recap|overview|highlights|round-?up|wrap-?up|tl;?dr|"
    + _PERIOD_SUMMED
    + r"|"
    + _A_RUNDOWN
    + r")\b",
    _I,
)
# A summary named first, made of what follows it: "a digest of the incident reports", "a recap
# on the inspection reports" ("a summary report" is a report, as before).
_SUMMARY_OF = re.compile(
    r"^\W*(?:(?:a|an|the|this|that|our|your|their|me|us|them)\s+)*(?:[\w-]+\s+){0,2}?"
    r"(?:summary|digest|recap|overview|roundup|round-up|rundown|wrap-up)\s+"
    r"(?:of|on|about|covering|from)\b",
    _I,
)
_SENTIMENT = re.compile(r"\b(?:sentiment|category|categories|priority|urgency|intent)\b", _I)
# A label may be two words ("as bug, feature request or praise", "interested, not now or …").
# "as bug, feature request or praise"; "as billing / bug / how-to": labels a slash lists too,
# two words each as well ("into song request / shout-out / complaint").
_SLASHED_LABEL = r"[\w-]+(?:\s+(?!(?:or|and|then|to|in|on|for|with|from|via)\b)[\w-]+)??"
LABELS = re.compile(
    r"\b(?:into|as)\s+([\w-]+(?:\s+[\w-]+)?(?:\s*,\s*[\w-]+(?:\s+[\w-]+)?)*\s*,?\s*"
    rf"(?:or|and)\s+[\w-]+|{_SLASHED_LABEL}(?:\s*/\s*{_SLASHED_LABEL})+(?![\w-]))",
    _I,
)
# "whether it's a reschedule, a refund or just a question": the classes asked between, listed;
# a label may be two words ("a bug, a feature request or a question"). The item asked about may
# be named at length ("whether each new patient message at the practice is an emergency, …").
_LISTED_LABEL = (
    r"(?:(?:just|only|simply|an?)\s+)*[\w-]+"
    r"(?:\s+(?!(?:or|and|then|to|in|on|for|with|from)\b)[\w-]+)?"
)
WHETHER_LISTED = re.compile(
    r"(?:whether|if)\s+(?:it|they|each(?:\s+one)?|(?:each|every|the|this|any)\s+"
    r"(?:[\w'&-]+\s+){0,7}?[\w-]+)"
    # "whether each customer owns a grand, an upright or a digital": what an item has, listed,
    # is its class as what it is would be.
    # "whether the guest was happy or unhappy", "… the caller sounded calm or angry": told in
    # the past, or as how the item seems, the state asked between is the class all the same.
    r"(?:['\u2019]s|['\u2019]re|\s+(?:is|are|was|were|seem(?:s|ed)|sound(?:s|ed)|feels?|felt)"
    r"|\s+(?:owns?|has|have|holds?|uses?|drives?|plays?|prefers?|wants?|needs?))\s+"
    # "whether it's about an order, a wholesale enquiry or …": the topics asked between are
    # the classes, as the kinds are ("whether it's about to expire" lists none).
    r"(?:(?:about|regarding|related\s+to|to\s+do\s+with)\s+)?"
    rf"({_LISTED_LABEL}(?:\s*,\s*{_LISTED_LABEL})*\s*,?\s+or\s+{_LISTED_LABEL})",
    _I,
)
# "classify them by budget band (under £10k, £10-25k, over £25k)": the classes of the criterion,
# listed in brackets after it.
# The criterion may be a question of its own ("by why we lost it (price, service or timing)");
# two classes are a list too ("by sentiment (thumbs up or thumbs down)").
BRACKETED_CLASSES = re.compile(
    r"\bby\s+[\w-]+(?:\s+[\w'\u2019-]+){0,6}?\s*\(([^()]*(?:,|\bor\b)[^()]*)\)", _I
)
# "classify each message (lesson booking / livery enquiry / complaint)": the labels, listed in
# brackets right after what is classified, as "as …" would list them.
_BRACKETED_LABELS = re.compile(
    r"^\W*(?:it|them|each\s+one|(?:each|every|all|the)\s+(?:[\w'-]+\s+){0,6}?[\w-]+)\s*"
    r"\(([^()]*?(?:/|,|\bor\b)[^()]*)\)",
    _I,
)
_NOT_A_LABEL = frozenset({"a", "an", "just", "only", "simply"})


def _label(item: str) -> str:
    """Return a listed label without the article or "just" before it ("just a question")."""
    words = item.split()
    while len(words) > 1 and words[0].lower() in _NOT_A_LABEL:
        words = words[1:]  # "grade them A, B or C": a label alone is kept, whatever it is
    return " ".join(words)


# "grade them A, B or C", "rank each lead hot, warm or cold": the grades listed right after
# what is graded are its labels, as "as …" lists them. What is graded may be named at length
# ("each new review of Fellside Camping positive or negative").
_GRADING = frozenset({"grade", "rank", "rate", "score", "tier", "bucket", "band"})
# "tag each ticket urgent or routine", "label every enquiry hot, warm or cold": tags listed right
# after what is tagged are its labels, as grades are.
_TAGGING = frozenset({"tag", "label"})
_GRADES_LISTED = re.compile(
    r"^\W*(?:it|them|(?:each|every|all|the)\s+(?:[\w'-]+\s+){0,8}?[\w-]+|each\s+one)\s+"
    # "score each review positive/negative": a slash lists the grades as "or" does.
    # "tag it healthy / queenless / diseased": spaces around the slashes list the same.
    r"([\w-]+(?:\s*,\s*[\w-]+)*\s*,?\s+or\s+[\w-]+|[\w-]+(?:\s*/\s*[\w-]+)+\b)",
    _I,
)
_CRITERIA = re.compile(r"\bby\s+([\w-]+(?:\s+[\w-]+)?)", _I)
# "a report on the ones older than 30 days", "a summary of those with no owner".
# "a digest of just the ones worth over £25k", "summarise just those worth over €5,000": the
# subset may be the verb's object, "just" or "only" may limit it, and its worth names the value.
_ON_SUBSET = re.compile(
    r"(?:^\s*|\b(?:on|of|about|covering)\s+)((?:(?:just|only)\s+)?(?:the\s+ones|those|any)\s+"
    r"(?:worth\s+|valued\s+(?:at\s+)?)?(?:that|which|older|newer|more|"
    r"less|over|under|above|below|with|without|whose)\b[^#@]*)",
    _I,
)
# "work out the sentiment of each", "figure out the urgency": judging a class is classifying.
JUDGES_A_CLASS = re.compile(
    r"^\W*(?:(?:work|figure|find)\s+out|determine|detect|assess|gauge|identify|judge)\s+"
    r"(?:(?:the\s+)?(?:sentiment|category|urgency|priority|intent|language|tone)\b"
    # "work out which team each belongs to", "figure out what kind of issue it is": a question
    # of which class an item falls in.
    r"|(?:which|what)\s+(?:kind|type|sort|category|class)\b"
    r"|(?:which|what)\s+[\w-]+\s+(?:each(?:\s+[\w-]+)?|it|they|one)\s+"
    r"(?:belongs?|falls?|goes|go|fits?)\b)"
    # "work out which are storm-damage jobs vs planned re-roofs", "figure out which ones are
    # refunds and which are exchanges": which items are one class and which the other.
    r"|^\W*(?:(?:work|figure|find|sort)\s+out|determine|identify|decide|tell)\s+"
    r"which\s+(?:ones\s+|of\s+(?:them|these|those)\s+)?(?:are|is)\s+"
    r"[^,;.]*?(?:\s(?:vs\.?|versus)\s|\sas\s+opposed\s+to\s|\band\s+which\s+(?:are|is|ones)\b)"
    # "work out whether it's a reschedule, a refund or just a question": a question of which
    # listed class an item is; "… whether it's up or not" asks a yes or no, no class.
    r"|^\W*(?:(?:work|figure|find)\s+out|determine|decide|judge|tell)\s+"
    rf"(?={WHETHER_LISTED.pattern})(?![^,;.]*\bor\s+not\b)"
    # "rate the customer's mood as happy, neutral or angry": a rating into listed labels.
    rf"|^\W*rate\s+(?=[^,;]*?{LABELS.pattern})"
    # "rate each tree low, moderate or high risk": the listed grades right after what is rated,
    # which may be a pronoun ("rate it minor, moderate or serious"); two grades are a list too
    # ("rate each one positive or negative", "rate them positive/negative").
    r"|^\W*rate\s+(?:(?:each|every|all|the)\s+(?:[\w'-]+\s+){0,2}?[\w-]+|it|them|each\s+one)\s+"
    r"(?=[\w-]+\s*(?:,\s*(?:[\w-]+\s*,\s*)*[\w-]+\s*,?\s+|\s)or\s+[\w-]+|[\w-]+(?:/[\w-]+)+\b)"
    # "rate yesterday's reviews from https://… by sentiment", "rate them by urgency": a rating
    # by a criterion sorts into its classes ("by hand", "by email", "by 5pm" say how or when).
    r"|^\W*rate\s+(?=[^,;]*?\bby\s+(?:(?:the|their|its)\s+)?"
    r"(?!(?:hand|e-?mail|phone|text|sms|slack|post|mail|then|noon|midnight|end|close|eod|cob|"
    r"tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)[a-z])",
    _I,
)


def agent_action(verb: str, rest: str) -> str | None:
    if verb in CLASSIFY:
        return "classify"
    if verb in EXTRACT or (verb == "pull" and re.match(r"\s*out\b", rest, _I)):
        return "extract"
    if verb in _TAKES_OUT and _OUT_OF_A_DOCUMENT.search(rest):
        return "extract"
    if verb in _TAKES_OUT | _PICKS and _FROM_A_DOCUMENT.search(rest):
        return "extract"
    if verb in _TAKES_OUT and "//" in rest and _FIELDS_OUT_OF_ITEMS_AT_A_URL.match(rest):
        return "extract"
    if (" each" in rest or " every" in rest) and (
        (verb in _PICKS and _OUT_OF_EACH.match(rest))
        or (verb in _TAKES_OUT and _TAKEN_OFF_EACH.match(rest))
        or (verb in _TAKES_OUT and _FROM_EACH_ALONE.match(rest))
        or (verb in _TAKES_OUT | _PICKS and _FIELDS_OF_EACH.match(rest))
    ):
        return "extract"
    if verb in _PICKS and " and " in rest and _FIELDS_PICKED_OUT.match(rest):
        return "extract"
    if verb in SUMMARIZE:
        if verb.startswith("analy") and _SENTIMENT.search(rest):
            return "classify"
        return (
            "generate_report"
            if verb in ("analyze", "analyse") and REPORT.search(rest)
            else "summarize"
        )
    if verb in _VISUAL:
        return "generate_report"  # a chart or graph is a report drawn from the data
    if verb in CREATE or verb == "run":
        # "run https://…/reports/reconcile": words inside an address name no report.
        rest = OPAQUE.sub(" ", rest)
        if _SUMMARY_OF.search(rest):
            return "summarize"  # "a digest of this week's lost-property reports": reports summed up
        if REPORT.search(rest):
            return "generate_report"
        if SUMMARY.search(rest):
            return "summarize"
        if verb not in ("put", "turn") and _WRITTEN.search(rest):
            return "generate_report"  # "write release notes", "draft the weekly newsletter"
    return None


# "pull the titles and durations out of the attached sheets", "get the totals out of each
# invoice PDF": fields taken out of a document are extracted; "pull the deals out of
# Salesforce" or "… out of https://…" reads a system, a fetch as before.
_TAKES_OUT = frozenset({"pull", "get", "grab", "fetch"})
_OUT_OF_A_DOCUMENT = re.compile(
    r"\bout\s+of\s+(?![^,;\u2192]*?(?:https?://|\b(?:api|apis|endpoint|url|website|site|server|"
    r"service|feed|database|db|system|salesforce|sfdc|crm|warehouse|dashboard)\b))",
    _I,
)

# "pull the model number and purchase date out of the 900 warranty cards at https://…", "get
# the author and year from each catalogue card at https://…": fields listed, then taken out of
# items the URL holds, are read out of them once fetched ("out of https://…" or "out of the
# shop API at https://…" names a system, read as a fetch).
_FIELDS_OUT_OF_ITEMS_AT_A_URL = re.compile(
    r"^\s*[^,;]*?[\w-]+\s*(?:,|\band\b)[^;]*?\b"
    r"(?:(?:out\s+of|off)\s+(?:(?:the|each|every|all|our|these|those)\s+)?|from\s+(?:each|every)\s+)"
    r"(?:(?:of\s+the\s+)?\d[\d,]*\s+)?"
    r"(?!(?:[\w-]+\s+){0,3}?(?:api|apis|endpoint|url|website|site|server|service|feed|database|db|"
    r"system|salesforce|sfdc|crm|warehouse|dashboard)\b)"
    r"(?:[\w-]+\s+){0,3}?[\w-]+s?\s+(?:at|on)\s+https?://",
    _I,
)

# "pick out the serial numbers from these scanned certificates", "grab the totals from each
# attached invoice": fields taken from documents are read out of them, whichever verb takes
# them ("pick the name and email fields" alone keeps fields; "get the deals from Salesforce"
# reads a system).
_PICKS = frozenset({"pick", "select"})
# "pull the accounts from the CRM whose service contract renews …", "… from Salesforce that
# have an invoice overdue": a document named in what picks the items is no document read.
_FROM_A_DOCUMENT = re.compile(
    r"\b(?:from|off)\s+(?:(?:these|those|the|each|every|all|any|our|their|its|this|that|an?)\s+)?"
    r"(?:(?:of\s+)?(?:the\s+)?\d+\s+)?"
    r"(?:(?!(?:whose|that|which|who|where|with|having)\b)[\w-]+\s+){0,3}?"
    r"(?:(?:scanned|attached|uploaded|photographed|signed|printed)\s+(?:[\w-]+\s+){0,2}?[\w-]+"
    r"|(?:certificates?|pdfs?|scans?|invoices?|receipts?|letters?|attachments?|documents?|docs|"
    r"photos?|images?|pictures?|contracts?|statements?|cvs?|r[e\u00e9]sum[e\u00e9]s?|transcripts?|"
    r"slips?|delivery\s+notes?|forms?)\b)",
    _I,
)
# "pick out the haulier, date and net weight on each one", "select the total from every one",
# "pick out the origin and lot number for each sack": fields listed and then read in (or for)
# each item are read out of it ("pick out the ones …" picks items).
_OUT_OF_EACH = re.compile(
    r"^\s*(?:out\s+)?(?!(?:only\s+)?(?:the\s+)?(?:ones|those|any|items)\b)[^,;]*?[\w-]+\s*"
    r"(?:,|\band\b)[^;]*?\b(?:on|in|from|of|for)\s+(?:each|every)\b",
    _I,
)
# "From each of the 90 scanned receipts, pick out the invoice number, supplier name and VAT
# amount": fields listed after "out", closing the clause, are read out of the items (named
# before, or arriving); "pick out the ones …", "pick out all the overdue ones" pick items.
_FIELD = r"(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?"
_FIELDS_PICKED_OUT = re.compile(
    r"^\s*out\s+(?!(?:only\s+)?(?:the\s+)?(?:ones|those|any|items|all|each|every)\b)"
    rf"{_FIELD}(?:\s*,\s*{_FIELD})*\s*,?\s+and\s+{_FIELD}\s*[.;,]?\s*$",
    _I,
)
# "pull each plot holder's name, plot number and the year they joined": fields of each item,
# listed, are read out of it ("pull each account's renewals from Salesforce" reads a system).
_FIELDS_OF_EACH = re.compile(
    r"^\s*(?:out\s+)?(?:each|every)\s+(?:[\w-]+\s+){0,2}?[\w-]+['\u2019]s?\s+[^,;]*?[\w-]+\s*"
    r"(?:,|\band\b)"
    r"(?![^;\u2192]*?(?:https?://|\b(?:api|apis|endpoint|url|website|site|server|service|feed|"
    r"database|db|system|salesforce|sfdc|crm|warehouse|dashboard)\b))",
    _I,
)
# "grab the truck registration and net tonnage off each ticket", "pull the name and phone from
# every form", "pull origin and kg remaining for each sack": fields listed and then taken off
# (or for) each item are read out of it, as picking them is ("fetch the price and stock from
# each supplier API" still reads a system). "… from each" alone stands for the items named
# before ("the notes are at https://…; pull the supplier and total from each").
_TAKEN_OFF_EACH = re.compile(
    r"^\s*(?!(?:only\s+)?(?:the\s+)?(?:ones|those|any|items)\b)[^,;]*?[\w-]+\s*"
    r"(?:,|\band\b)[^;]*?\b(?:off|from|for|out\s+of)\s+(?:each|every)(?:\s+|\W*$)"
    r"(?![^,;\u2192]*?(?:https?://|\b(?:api|apis|endpoint|url|website|site|server|service|feed|"
    r"database|db|system|salesforce|sfdc|crm|warehouse|dashboard)\b))",
    _I,
)

# "GET https://… :: pull batch no., origin, roast level and weight loss %", "query Salesforce …,
# then grab the owner, stage and amount": after a fetch, fields listed (three or more) with no
# source of their own are read out of what it fetched ("pull the refunds, returns and exchanges
# from https://…" names a source, and stays a fetch). Fields may be listed with commas alone
# ("pull donor name, object type, accession year"), three or more as well.
_JOINING_WORD = r"from|off|of|out|for|in|on|at|via|to|into|with|by|and|or"
_LISTED_FIELD = (
    rf"(?:(?!(?:{_JOINING_WORD}|ones|those|any|items|all|each|every)\b)[^\s,;:/]+\s+){{0,3}}?"
    rf"(?!(?:{_JOINING_WORD})\b)[^\s,;:/]+"
)
_FIELDS_LISTED = re.compile(
    rf"^\s*(?:the\s+)?{_LISTED_FIELD}(?:\s*,\s*{_LISTED_FIELD})+"
    rf"(?:\s*,?\s+and\s+|\s*,\s*){_LISTED_FIELD}\s*[.!?]?\s*$",
    _I,
)


# "the timesheets are at https://…; pull the hours from each": one field taken from "each"
# alone, closing the clause, is read out of the items fetched before ("pull the orders from
# each store" names its own source); "read through the 2,000 faxed requests, pull the
# medication name off each": or out of the items at hand, with no fetch before.
_FROM_EACH_ALONE = re.compile(
    r"^\s*(?!(?:the\s+)?(?:ones|those|items|rest)\b)(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+"
    r"(?:from|off|out\s+of)\s+(?:each|every)(?:\s+one)?\W*$",
    _I,
)


def fields_after_a_fetch(verb: str, rest: str, prior: list[StepDraft]) -> bool:
    """Tell "pull batch no., origin and roast level" after a fetch (fields of it) from a fetch."""
    if verb not in _TAKES_OUT or not any(s.action in _FETCHES for s in prior):
        return False
    if " each" in rest and _FROM_EACH_ALONE.match(rest):
        return True
    return "," in rest and _FIELDS_LISTED.match(rest) is not None


# Documents written from the data, made as a report is.
_WRITTEN = re.compile(
    r"\b(?:release\s+notes|changelog|change\s+log|announcement|newsletter|write-?up|memo|briefing"
    r"|post-?mortem|status\s+update|meeting\s+notes|minutes)s?\b",
    _I,
)
_VISUAL = frozenset({"chart", "graph", "plot", "visualize", "visualise"})


def agent_steps(
    action: str, verb: str, text: str, rest: str, prior: list[StepDraft] = ()
) -> list[StepDraft]:
    config: dict[str, Any] = {"instructions": " ".join(text.split())}
    if action == "classify":
        labels = (
            LABELS.search(rest)
            # "tag each one urgent/routine": labels a slash lists follow any verb of sorting.
            or (
                (verb in _GRADING or verb in _TAGGING or "/" in rest) and _GRADES_LISTED.match(rest)
            )
            or WHETHER_LISTED.search(rest)
            or ("(" in rest and _BRACKETED_LABELS.match(rest))
        )
        if labels:
            listed = re.split(r"\s*(?:,|/|\bor\b|\band\b)\s*", labels.group(1))
            config["labels"] = [_label(item) for item in listed if item.strip()]
        else:
            criteria = _CRITERIA.search(rest)
            if criteria:
                config["criteria"] = criteria.group(1)
            bracketed = BRACKETED_CLASSES.search(rest) if "(" in rest else None
            if bracketed:
                config["labels"] = [
                    item.strip() for item in re.split(r",|\bor\b", bracketed[1]) if item.strip()
                ]
    # "summarise the 35 incident reports from the site": counted items from a place are at hand.
    at_hand = "site" in rest and COUNTED_FROM_A_PLACE.search(rest) is not None
    steps = [] if at_hand else implied_source(rest)
    if not steps and not at_hand and not any(s.action in _FETCHES for s in prior):
        # "summarise this week's Salesforce activity": the system its object is of is read.
        steps = named_system(re.split(r"\b(?:and|to|for)\b", OPAQUE.sub(" ", rest), maxsplit=1)[0])
    subset = _ON_SUBSET.search(rest) if action != "classify" else None
    condition = find_filter(subset.group(1), after_classify=False) if subset else None
    if condition is None and action in _MADE_OF_A_CLASS:
        condition = class_taken_from(rest, prior)
    if condition:
        # "write up a report on the ones older than 30 days": the report covers a subset.
        steps.append(StepDraft(condition.action, condition.config, condition.strength, "keep"))
    steps.append(StepDraft(action, config, 1.0, phrase_for(action), subject=object_words(rest)))
    delivery = dest.destination(rest)
    if delivery:
        steps.append(StepDraft(delivery[0], delivery[1], 0.85, phrase_for(delivery[0])))
    return steps


# "pull the name and phone out of the wholesale ones", "extract the dates from the complaints":
# after a classification, the class the fields are taken from is the subset they come from; so
# is the class a thing is made of ("a summary of just the fraud letters", "summarise the hot
# leads"), named as the verb's object or after "of", "on", "about" or "covering"; one item of
# the class stands for them all ("pull the reward tier out of every negative one").
_TAKEN_FROM_A_CLASS = re.compile(
    r"(?:^\s*|\b(?:out\s+of|from|of|in|on|about|covering)\s+)(?:(?:just|only)\s+)?"
    r"(?:the|those|any|every|each)\s+(?P<class>[\w-]+)(?P<ones>\s+ones?)?\b",
    _I,
)


# Steps that take or make something from the class they name.
_MADE_OF_A_CLASS = frozenset({"extract", "summarize", "generate_report"})


def class_taken_from(rest: str, prior: list[StepDraft]) -> ConditionDraft | None:
    """Return the test for a classify label the step takes from or makes of, or None."""
    labels = [str(label).lower() for s in prior for label in s.config.get("labels", ())]
    if not labels:
        return None
    for match in _TAKEN_FROM_A_CLASS.finditer(rest):
        word = match["class"].lower()
        # "sort them into praise, complaints and suggestions" lists its labels as plurals, so
        # "summarise the complaints" names one as it is written as well as by its singular.
        named = {word} if match["ones"] else {word, *singulars(word)}
        label = next((lb for lb in labels if lb in named or lb.split()[0] in named), None)
        if label:
            return ConditionDraft(CONDITION, condition_config("$.category", "equals", label), 0.8)
    return None


# "classify by sentiment" lists no labels, but sentiment has its own: "negative → email care@…"
# after it names one of them, as it would after "classify as positive or negative".
_SENTIMENT_LABELS = frozenset({"positive", "negative", "neutral", "mixed"})
_SENTIMENT_CRITERIA = frozenset({"sentiment", "tone", "mood"})


def labels_sorted_into(prior: list[StepDraft]) -> frozenset[str]:
    """Return the labels the classify steps of prior sort items into, lower-cased."""
    labels: set[str] = set()
    for step in prior:
        if step.action == "classify":
            labels.update(str(label).lower() for label in step.config.get("labels", ()))
            if str(step.config.get("criteria", "")).lower() in _SENTIMENT_CRITERIA:
                labels |= _SENTIMENT_LABELS
    return frozenset(labels)
