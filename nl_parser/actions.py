"""Map one clause to workflow steps by its verb and nouns.

This module reads the verb and hands the clause to the module for its kind: `fetches.py` (pull,
query, fetch, call, check…: Salesforce for sales things, HTTP otherwise), `agents.py` (a report,
summary, classification or extraction), `deliveries.py` (email, send, post, notify…: the medium
the clause names, and what is made or filtered before it), `waits.py` (timed waits and waits for
a person). What is left here is a clause with no verb the parser knows: a delivery written
without its verb after a wait, or an unknown verb read by its nouns. A clause may imply
neighbours: "summarize tickets from the helpdesk API" needs a fetch first, "summarize the
results in Slack" a post after, "post a summary to Slack" a summary before.
"""

import re

from nl_parser import destinations as dest
from nl_parser.agents import (
    JUDGES_A_CLASS,
    REPORT,
    SUMMARY,
    agent_action,
    agent_steps,
    fields_after_a_fetch,
)
from nl_parser.class_checks import class_check_as_step
from nl_parser.classes_passed_on import class_done_as_step
from nl_parser.conditions import CONDITION
from nl_parser.deliveries import PLACES_LISTED, deliver_steps
from nl_parser.drafts import FETCHED, StepDraft, phrase_for
from nl_parser.fetches import (
    COUNTED_BATCH_NAMED,
    DONE_TO_SOURCED_DATA,
    FETCHED_FROM,
    PERSON,
    READS_GIVEN_DOCUMENTS,
    READS_ONLY,
    READS_WHAT_WAS_NAMED,
    TAKEN_AT_A_URL,
    TAKES_A_COUNTED_BATCH,
    WEBHOOK_OBJECT,
    done_through_a_webhook,
    excluded_step,
    fetch_steps,
)
from nl_parser.filters import find_filter
from nl_parser.late_sources import NAMES_A_SOURCE
from nl_parser.lexicon import blank_all
from nl_parser.made_alone import made_thing_alone
from nl_parser.nouns_of_sending import names_data_fetched
from nl_parser.other_branches import COMPARED_REMAINDER
from nl_parser.places_told_later import placed_alone
from nl_parser.receivers import address_stated, as_imperative
from nl_parser.verbs import (
    ADDED_TO_A_PLACE,
    COMPARES_ONLY,
    COPIES_IN,
    CREATE,
    DELAY,
    DELIVER,
    EXCLUDE,
    FETCH,
    GOT_FOR_SOMEONE,
    GOT_OVER_TO,
    MADE_SURE_TO_HEAR,
    REPORTS_TO,
    SENDS_A_MESSAGE,
    SENT_BY_A_MEDIUM,
    SETS_OFF,
    STORE,
    TRANSFORM,
    WORKS_ON_DATA,
    as_verb_of_noun,
    lemma,
    looped_in_as_notify,
    main_verb,
    set_off_as,
)
from nl_parser.waits import (
    AFTER_THAT,
    APPROVAL,
    DURATION,
    GIVE_TIME,
    LATER,
    LATER_FIRST,
    LEAVE_GRANTED,
    MUST_APPROVE,
    NEEDS_APPROVAL,
    PERSON_ACTS,
    PUT_ON_HOLD,
    WAITED_ON_SOMEONE,
    WORD_SENT_BACK,
    delay_step,
    signal_step,
    withheld_as_hold,
    withheld_delivery,
    withheld_passive_as_hold,
)
from nl_parser.waits_before_sending import wait_before_sending
from nl_parser.wanted import (
    given,
    had_done,
    made_sure_to_arrive,
    object_then_done,
    received,
    wanted_from,
    wanted_list,
)
from nl_parser.workflow_talk import about_the_workflow

_I = re.IGNORECASE
# "From https://…/new, email the list to …", "using Salesforce, …": the source put first, with
# only the word that makes it one, is read all the same.
_SOURCE_ALONE = re.compile(
    r"^[\W_]*(?:(?:from|using|out\s+of)\s+)?(?:the\s+|our\s+)?"
    r"(?P<source>https?://\S+?|salesforce|sfdc)[\s\W]*$",
    _I,
)

# Instructions are imperative: a step's verb comes first, so a later "review" or "shared" is a noun.
# "let #ops know", "let the team know by email": a notification, written around its recipient.
# "let the programming subteam know": whoever is named, in up to four words, a possessive
# among them ("let the piano dealers' account managers know").
# "let the volunteers at Eastfield Food Bank know": the recipient may be placed at a named
# organisation, told by its capitalised words after "at", "from" or "of".
# "let the Rowan Street Food Bank volunteers know": or by the organisation's capitalised name
# before the group's noun. "let the night porters at the Harcourt Hotel know": the name may
# take "the".
_LET_KNOW = re.compile(
    # "let the Crumb & Co Bakery delivery drivers know": capitalised names may be joined by "&"
    # (read as "and").
    # "let everyone in the Millbrook Players cast know", "let all of the Year 9 parents know":
    # each of a group, named with its quantifier, is the group.
    r"\blets?\s+((?:(?:everyone|everybody|all|each|every\s+one|every\s+member)\s+"
    r"(?:in|on|of|at|from)\s+)?(?:the\s+|our\s+|my\s+)?(?-i:(?:[A-Z][\w'\u2019&.-]*\s+(?:and\s+(?=[A-Z]))?){0,6})"
    r"(?:[\w'\u2019-]+\s+){0,3}?\S+(?:\s+team)?"
    r"(?:\s+(?:at|from|of)(?:\s+the)?(?-i:(?:\s+[A-Z][\w'\u2019&.-]*){1,5}))?)\s+know\b",
    _I,
)
# "let the guest have it", "let the trustees see the minutes": a delivery, written as leave for
# its recipient to have what is sent; it reads as "send <what> to <whom>".
_LET_HAVE = re.compile(
    r"\blets?\s+((?:the\s+|our\s+|my\s+|all\s+)?(?:[\w'-]+\s+){0,3}?[#\w'@.+-]+)\s+"
    r"(?:have|see|get|receive)\s+((?:it|them|this|that|a\s+copy|(?:the|a|an|their|its)\s+"
    r"(?:[\w-]+\s+){0,3}?[\w-]+)(?:\s+of\s+(?:it|them))?)"
    # what is had ends the clause, or the medium or the next step follows it
    r"(?=\s*(?:[,;.!?]|$|\s(?:by|via|on|in|over|through|and|then)\b))",
    _I,
)


# "any that failed should go to #billing", "critical ones go to the pager webhook", "the churn
# numbers from https://… should be emailed to …": a delivery written with what goes as its
# subject; it reads as "send <subject> to …". "The call sheet is to be emailed to …": a duty.
# "…, and a loss report be posted to #revops": the joining "and" is no part of the subject.
_GOES_TO = re.compile(
    r"^\s*(?:(?:and|then|and\s+then)\s+)?(?P<subject>(?:\S+\s+){0,14}?\S+)"
    # "every message that lands in help@… should be triaged": the verb after a relative word
    # is the subject's own (where the items come in), not where the step sends them.
    r"(?<!\w\sthat)(?<!\w\swhich)(?<!\w\swho)\s+"
    r"(?:(?:should|shall|must|will|can|needs?\s+to|(?:is|are)\s+(?:then\s+)?to)\s+)?"
    # "it shall then be sent to …": "then" orders the duty after the modal.
    r"(?:then\s+)?"
    # "the group bookings and general questions can all land in #box-office": the items may
    # be gathered after the modal, and land where they are sent.
    r"(?:(?:all|both)\s+)?"
    r"(?:lands?(?=\s+(?:in|into)\s+(?:#|[\w.+-]+@))|"
    # "anything else can sit in #office until morning": what is left to wait in a channel or a
    # mailbox is posted there, where it waits for people to read it.
    r"(?:sits?|stays?|waits?|remains?)(?=\s+(?:in|on)\s+(?:#|[\w.+-]+@))|"
    # "the call sheet needs to go out to …": "out" is a particle of going, not a place; "could
    # the queue times go up in #park-ops": "up" too, said of a post.
    # "those with ARR over $50k get emailed to …": "get" makes the passive as "be" does;
    # "… and a refill order is sent to the supplier's webhook": a passive told as done.
    # "leak reports go straight to …": how fast they go, not where.
    r"(?:go(?:es)?(?:\s+(?:out|up|straight|directly|right|immediately|instantly))?|(?:gets?|be|is|are)\s+(?:sent|e-?mailed|posted|forwarded|pushed|shared|"
    r"delivered|flagged|reported|escalated"
    # "owl reports get fired at https://…", "… are aimed at the pager webhook": a thing shot
    # at a webhook or a URL is posted there.
    r"|(?P<aimed>fired|aimed|pointed|shot|thrown|lobbed)(?=\s+at\s+(?:https?://"
    r"|(?:the|our)\s+(?:[\w-]+\s+){0,3}?webhook\b))"
    # "any over €20k should be celebrated in #big-wins": any participle sends what lands in a
    # channel or at an address, "as" what it stands may come between ("all remaining drawers
    # shall be recorded as balanced in #branch-ops").
    r"|(?P<done>[a-z]+ed)(?:\s+as\s+(?!an?\b|the\b)[a-z][\w-]*)?(?=\s+(?:to|in|into)\s+(?:#|\S+@"
    # "… are to be referred to the underwriting webhook": a webhook named is a place too.
    r"|(?:the|our)\s+(?:[\w-]+\s+){0,3}?webhook\b"
    # "any patient flagged as overdue is to be listed in an email to …": a message named as a
    # noun, sent on to a place, is where the items go whatever the participle says of them.
    r"|(?P<message>(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?(?:e-?mail|message|post|dm)\s+(?:to|in)\s))))))"
    # "should be reported by email to …": the medium may come between the participle and its
    # place, and stays with the place for the delivery to read.
    r"\s+(?=(?:(?:by|via)\s+(?:e-?mail|mail|slack)\s+)?(?:to|in|into|(?(aimed)at))\s)",
    _I,
)
# "…, and the session bookings emailed to studio@…": the "be" of the duty before said once for
# both; a few words with "the" are the subject ("the shade … extracted from every order, and
# results posted …" is the extraction's). Any participle of sending may stand there, the
# medium before the place: "…, summarised, and the summary circulated by email to …".
_GAPPED_PASSIVE = re.compile(
    r"^\s*(?:and\s+)?(?P<subject>(?:the|those|all\s+the)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?P<sent>sent|[a-z]+ed)\s+"
    # "and the emergencies sent straight to the pager webhook": how soon is no part of where.
    r"(?:(?:straight|directly|right|immediately|instantly)\s+)?"
    r"(?=(?:(?:by|via)\s+(?:e-?mail|mail|slack)\s+)?(?:to|in|into)\s)",
    _I,
)


def _gapped_passive(text: str) -> re.Match[str] | None:
    """Match "the summary circulated by email to …", its "be" left to the duty before it."""
    gapped = _GAPPED_PASSIVE.match(text)
    return gapped if gapped and lemma(gapped["sent"]) in DELIVER else None


# "the name, grade and school are to be extracted": a duty written in the passive, its object
# as the subject; it reads as "extract the name, grade and school". A modal says it too: "every
# incoming email should be categorised as …" reads as "categorise every incoming email as …".
# Asked for after "that", the verb is bare: "(we ask) that chemist@… be emailed should …".
# The subjunctive says it with no "that" too: "…, should H2S exceed 10 ppm, the pager webhook be
# triggered" reads as "trigger the pager webhook"; a wish's "were" likewise ("if the log were
# compiled …"). "The report is going to be …" (after "to") is no subjunctive.
# "…, and a loss report be posted to #revops": the "and" that joins the duty to the one before
# is no part of its subject.
_DUTY = re.compile(
    r"^\s*(?:(?:and|then|and\s+then)\s+)?"
    r"(?:(?P<subject>\S.*?)\s+(?:(?:is|are)\s+(?:then\s+)?to|should|shall|must|needs\s+to|need\s+to)"
    r"\s+(?:then\s+)?be"
    r"|\W*(?:that[\s,]+)?(?P<asked>\w.*?)(?<!\bto)\s+(?:be|were)"
    # "each new one gets scored positive/negative": a passive told with "get" is the duty too;
    # one in a relative clause ("any form that gets submitted online gets filed …") is the
    # subject's own (how it arrives), not the duty.
    r"|(?P<got>(?:each|every|all|any)\b.*?)(?<!\bthat)(?<!\bwhich)(?<!\bwho)"
    r"\s+(?:gets?|should\s+get|will\s+get))\s+"
    # "that the gauge be read", "… be sent", "could a summary … be written up": a few
    # participles end in no "-ed".
    # "it shall be held until the director approves it": a hold, as "hold it until …" is.
    r"(?P<done>[a-z]+ed|read|sent|run|set|put|written|made|held)\b",
    _I,
)
# The participles no ending tells the verb of.
_IRREGULAR_DONE = {"written": "write", "made": "make", "held": "hold"}
# "anything north of 250 ms should page ml-oncall through …": the items picked, then what they
# should make the workflow do; it reads as "page ml-oncall through … for anything north of …".
# "A reading under 1.0 ppm should hit the dosing-pump webhook": one item with a comparison picks
# as "any" does; a verb that calls a webhook named after it sends as a delivery verb does.
_PICKED_SHOULD = re.compile(
    r"^\W*(?P<subject>(?:any|anything|anyone|everything|those|each|every|an?)\b(?:\s+\S+){0,8}?)"
    r"\s+(?:should|must|will|needs?\s+to|has\s+to)\s+(?P<verb>[a-z]+)\b",
    _I,
)
_COMPARED = re.compile(
    r"\b(?:under|over|above|below|exceeds?|exceeding|north|south|more|less|fewer|greater|higher|"
    r"lower)\b",
    _I,
)


# "Salesforce query for bars that …", "a CRM lookup of …": the fetch named as a noun.
_NAMED_QUERY = re.compile(
    r"^\W*(?:(?:a|an|the)\s+)?(salesforce|sfdc|crm)\s+(?:query|search|lookup|pull)\b", _I
)


# "any deal bigger than $25k gets a shout-out in #gong", "every lot over 2 t earns a ping in
# #yard": the items picked get a message where it lands; it reads as "send <subject> in #gong".
# (The receiver's side, "the CSM gets an email", is receivers.py's: its subject is no "any …".)
_PICKED_GETS = re.compile(
    r"^\W*(?P<subject>(?:any|anything|every|each|those|all)\b(?:\s+\S+){0,10}?)\s+"
    r"(?:(?:should|must|will|shall|can)\s+)?(?:also\s+)?"
    r"(?:gets?|getting|earns?|receives?|deserves?|merits?|warrants?|triggers?)\s+"
    r"(?:an?\s+|its\s+own\s+|their\s+own\s+|some\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+"
    # "anything else gets a polite no-thanks email from demos@…": the address it is sent from.
    r"\s+(?=(?:in|to|into|on|at|from)\s+(?:#|[\w.+-]+@))",
    _I,
)


def _sent_by_subject(text: str) -> str:
    gets = _PICKED_GETS.match(text) if "#" in text or "@" in text else None
    if gets and not main_verb(gets["subject"]):
        return f"send {gets['subject']} {text[gets.end() :]}"
    picked = _PICKED_SHOULD.match(text)
    if picked and _picks_and_sends(picked, text) and not main_verb(picked["subject"]):
        return f"{picked['verb']}{text[picked.end() :]} for {picked['subject']}"
    goes = _GOES_TO.match(text) or _gapped_passive(text)
    if goes is None or main_verb(goes.group("subject")) or not dest.medium(text[goes.end() :], ""):
        return _duty_as_imperative(text)
    if goes.re is _GOES_TO and goes["message"] and lemma(goes["done"]) in _MAKES:
        # "… are to be summarised in an email to …": the summary is made, then sent.
        return _duty_as_imperative(text)
    place = text[goes.end() :]
    if goes.re is _GOES_TO and goes["aimed"]:
        place = "to" + place[2:]  # "fired at the webhook": sent to it
    return f"send {goes.group('subject')} {place}"


def _picks_and_sends(picked: re.Match[str], text: str) -> bool:
    """Tell "any reading over 5 should page …" / "a reading under 1 should hit the X webhook"."""
    subject = picked["subject"].lower()
    if subject[:2] in ("a ", "an") and not _COMPARED.search(subject):
        return False  # "a summary should …": one thing, picked by no comparison
    verb = picked["verb"].lower()
    if verb in DELIVER:
        return True
    rest = text[picked.end() :]
    if rest[:5].lower() == " off ":
        rest = rest[4:]  # "should fire off the pump webhook"
    return (verb in FETCH or verb in SETS_OFF) and bool(WEBHOOK_OBJECT.match(rest))


# Participles that make something of the items before the message they go in is sent.
_MAKES = CREATE | WORKS_ON_DATA

# How strongly a modifier must read as a test to pick the items that need approval.
_PICKED_STRENGTH = 0.8


# What a need of approval names: sign-off, approval, go-ahead, green light, OK, say-so, thumbs-up.
_WORDS_OF_APPROVING = ("sign", "approv", "go-ahead", "light", "ok", "say-so", "thumbs")


def _approval_needed(subject: str, text: str) -> list[StepDraft]:
    """Return the wait for someone's approval, after the test the items needing it name."""
    # "any quote over £15k … needs Gareth's sign-off": only the quotes over £15k wait for it;
    # a word before the noun read only weakly ("any roofing quote") names the kind, no subset.
    subset = find_filter(subject, after_classify=False)
    guard = (
        [StepDraft(CONDITION, subset.config, subset.strength, "keep matching items")]
        if subset and subset.strength >= _PICKED_STRENGTH
        else []
    )
    return [*guard, signal_step(text)]


_RELATIVE = re.compile(r"\s+(?:that|which|who)\s.*$", _I)


def _duty_as_imperative(text: str) -> str:
    duty = _DUTY.match(text)
    done = duty["done"].lower() if duty else ""
    # "the boathouse-lock webhook is to be fired": a webhook set off is still the verb's object.
    verb = _IRREGULAR_DONE.get(done) or lemma(done) or set_off_as(done) if duty else None
    subject = duty["asked"] or duty["subject"] or duty["got"] if duty else ""
    # "every enquiry that comes in through the website should be tagged …": the verb of a
    # relative clause is the subject's own, not a step.
    if verb is None or main_verb(_RELATIVE.sub("", subject)):
        return text
    rest = text[duty.end() :]
    written_to = _WRITTEN_TO.match(rest) if done == "written" else None
    if written_to:
        # "any member in arrears shall be written to by email": whom it is written to hears
        # from the workflow, as "notify" says; "the totals shall be written to #sales" places.
        return f"notify {subject}{rest[written_to.end() :]}"
    return f"{verb} {subject}{rest}"


# "… written to by email", "… written to." : "to" with nothing after it but how or the end.
_WRITTEN_TO = re.compile(r"\s+to\b(?=\s*(?:$|[,.;!]|(?:by|via|about|with|and|then)\b))", _I)


# "with the summary emailed to board@…", "with copies sent to …": the thing is what the step
# before made; what is done with it is read as the participle step it is ("emailed to …").
_WITH_THING_DONE = re.compile(
    r"^\W*with\s+(?:(?:the|its|their|a|an|this)\s+|(?=copies\b))(?:[\w-]+\s+){0,2}?"
    r"(?=(?:[a-z]+ed|sent)\b)",
    _I,
)


# "with the summary going to cx-lead@…", "with the digest heading straight to #ops": the thing
# made goes on to a place, so it is sent there.
_WITH_THING_GOING = re.compile(
    r"^\W*with\s+(?P<thing>(?:the|its|their|this)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?:going|heading|headed)(?:\s+(?:straight|directly|right|out|over|off))?(?=\s+to\s)",
    _I,
)


# "Go through the 300 claim emails on the drive", "work through each scanned form", "comb
# over the exported tickets", "read through the handover notes": the items named are what the
# steps after run on; no step. The request may open it ("could you go through …", "please work
# through …"), as it may open any step.
_ASKED_FIRST = (
    r"^\W*(?:(?:please|kindly|just|first|now|can|could|would|will|you|u|i|we|need|want|like|"
    r"i'd|we'd|to)\s+)*"
)
# "do a single pass over the messages", "make one quick sweep through the forms": going through
# them, said as the one pass it is.
_A_PASS = (
    r"(?:do|make|run|take)\s+(?:a|one)\s+(?:(?:single|quick|full|final|first|last|careful)\s+)?"
    r"(?:pass|sweep)\s+(?:through|over)\b"
)
# "run this once over the 350 scanned notes", "run it across the signed waivers": the workflow
# itself run over the items is going through them all the same.
_RUN_ITSELF = (
    r"run\s+(?:this|it)(?:\s+(?:just\s+|only\s+)?once)?\s+"
    r"(?:through|over|across|against)\b"
)
_GOES_THROUGH = re.compile(
    _ASKED_FIRST + r"(?:(?:go|work|look|read|comb|sift|wade|trawl|loop|iterate|cycle|step|run)\s+"
    r"(?:your\s+way\s+)?(?:through|over)\b|" + _RUN_ITSELF + "|" + _A_PASS + ")",
    _I,
)


def read_clause(text: str, *, prior: list[StepDraft]) -> list[StepDraft] | None:
    """Return the steps a clause asks for ([] when it is understood but needs none; None if not)."""
    waited = LATER_FIRST.match(text)
    shifted = text[waited.end() :] if waited else ""
    # "and forty-eight hours thereafter a reminder shall be emailed to them": the span waits
    # before the step the rest asks for, a duty too; "three days later, a discount code by
    # email" (no verb, no duty) is left for _verbless, which repeats the delivery before.
    if shifted and (main_verb(shifted) or _sent_by_subject(shifted) != shifted):
        steps = read_clause(shifted, prior=prior)
        if steps and not any(s.action in ("wait", "wait_for_signal") for s in steps):
            return [delay_step(waited.group()), *steps]
    waited = wait_before_sending(text)
    # "requests that include a controlled drug must wait for the GP's sign-off before being
    # sent on to …": the items picked wait for the word, then are sent. "Requests that …",
    # capitalised, opens on a plural noun that is no imperative, read with its relative clause.
    if waited and (not main_verb(waited.items) or not main_verb(_RELATIVE.sub("", waited.items))):
        sent = read_clause(waited.sending, prior=prior)
        if sent:
            return [*_approval_needed(waited.items, waited.awaited), *sent]
    text = _LET_KNOW.sub(lambda m: "notify " + m.group(1) + " " * 5, text)
    if "let" in text:
        text = _LET_HAVE.sub(lambda m: f"send {m.group(2)} to {m.group(1)}", text)
    text = MADE_SURE_TO_HEAR.sub(lambda m: "notify " + m.group(1), text)
    if " not " in text or "n't " in text or "cannot " in text:
        # "it is not to be released until the partner signs it off": held, before the passive
        # duty is read as the step it denies.
        text = withheld_passive_as_hold(text)
    text = looped_in_as_notify(text)
    text = _sent_by_subject(
        as_imperative(
            received(
                wanted_list(
                    wanted_from(had_done(made_sure_to_arrive(given(as_verb_of_noun(text)))))
                )
            )
        )
    )
    text = object_then_done(text)
    text = address_stated(text, prior)
    text = _NAMED_QUERY.sub(lambda m: f"query {m.group(1)}", text)
    if "going" in text or "head" in text:
        text = _WITH_THING_GOING.sub(lambda m: f"send {m['thing']}", text)
    text = class_done_as_step(text, prior)
    text = class_check_as_step(text)  # "every review should get a sentiment check"
    text = blank_all(_WITH_THING_DONE, text)
    if not text.strip():
        return []  # "their list is dentists@…": the address of an email before, no step
    alone = _SOURCE_ALONE.match(text)
    if alone:
        # "https://…/temps → if any vat > 24°C → …": a source named alone, with nothing asked of
        # it in its clause, is read; what follows tests or sends what it returns.
        if dest.URL.match(alone.group("source")):
            return [StepDraft("http.request", dest.url_config(text), 1.0, "call the API")]
        return [StepDraft("salesforce.query", {}, 1.0, "query Salesforce")]
    source = NAMES_A_SOURCE.match(text)
    if source and "//" not in source.group() and "salesforce" not in source.group().lower():
        # "it lives in the Thimblewick Dairy routing system": a system named without its address
        # is called all the same, whatever it holds ("the bookings" there make it no CRM).
        return [StepDraft("http.request", {}, 0.9, "call the API")]
    if source:
        # "the incidents are at https://…": where the data lives is a fetch (late_sources.py
        # runs it first).
        return fetch_steps("get", text, source.group("source"))
    fetched = FETCHED_FROM.search(text)
    if fetched and lemma(fetched.group("verb")) in FETCH:
        return fetch_steps(lemma(fetched.group("verb")), text, fetched.group("source"))
    done_to = DONE_TO_SOURCED_DATA.search(text)
    verb = lemma(done_to.group("verb")) if done_to else None
    if verb and verb not in FETCH:
        source = fetch_steps("get", text, done_to.group("data"))
        then = read_clause(f"{verb} them{done_to.group('rest')}", prior=[*prior, *source])
        if then:
            return [*source, *then]
    if verb in FETCH:
        # "the stock list at https://… is checked", "the readings from … are pulled": a verb of
        # fetching in the passive, with the data's source in its subject, is the fetch itself.
        return fetch_steps("get", text, text[done_to.start("data") :])
    if about_the_workflow(text):
        return []  # "run this every 5 minutes": the schedule grammar already read the cadence
    again = _again_later(text, prior)
    if again is not None:
        return again
    lowered = text.lower()
    # Every span shifted later says "later" or "after" ("a day later", "thereafter"): the
    # pattern, costly at every position, runs only then.
    shifted = _SHIFTED_LATER.search(text) if "later" in lowered or "after" in lowered else None
    if shifted and main_verb(text[: shifted.start()]):
        # "thank the donor by email a day later": a step shifted by a span waits it out first.
        steps = read_clause(text[: shifted.start()], prior=prior)
        if steps and not any(s.action in ("wait", "wait_for_signal") for s in steps):
            return [delay_step(shifted.group()), *steps]
    if COPIES_IN.match(text) and prior and prior[-1].action == "email.send":
        # "… by email and copy ar@x.com": the email before goes to one more person.
        prior[-1].config["cc"] = [*prior[-1].config.get("cc", []), *dest.EMAIL.findall(text)]
        return []
    if COMPARES_ONLY.match(text) and not dest.SOURCE.search(text):
        return []  # "compare them against the target; if we're under it, …": the test says it
    reported = REPORTS_TO.match(text)
    if reported:
        return deliver_steps("send", text, text[reported.end() :], prior)
    if JUDGES_A_CLASS.match(text):
        return agent_steps("classify", "classify", text, text)
    if GIVE_TIME.match(text):
        return [delay_step(text)]  # "give it 20 minutes": a wait written as an allowance
    text = PUT_ON_HOLD.sub(lambda m: "hold " + m.group(1) + " " * 9, text)
    if "n't" in lowered or "not" in lowered or "never" in lowered:
        held = withheld_delivery(text)
        if held:
            # "don't email it to safety@… until the foreman has okayed it": the wait for the
            # person, then the delivery it held back.
            hold, delivery = held
            waited = read_clause(hold, prior=prior) or []
            return [*waited, *(read_clause(delivery, prior=[*prior, *waited]) or [])]
        text = withheld_as_hold(text)  # "don't send it until Priya approves it"
    if _GOES_THROUGH.match(text) and not dest.URL.search(text):
        return []  # "go through the 300 claim emails, categorise each …": what the steps run on
    if (
        "take" in lowered or "read" in lowered or "scan" in lowered
    ) and TAKES_A_COUNTED_BATCH.match(text):
        return []  # "take these 60 scanned agreements, extract …": the counted items are at hand
    if any(word in lowered for word in _WORDS_OF_APPROVING):
        if MUST_APPROVE.match(text):
            return [signal_step(text)]  # "Priya has to approve it first"
        needed = NEEDS_APPROVAL.match(text)
        if needed and not main_verb(needed["subject"]):
            return _approval_needed(needed["subject"], text)
    if "ed " in lowered and COUNTED_BATCH_NAMED.match(text):
        return []  # "850 scanned census pages → extract …": the batch named is at hand
    found = main_verb(text)
    if found is None:
        return _verbless(text, prior)
    verb, verb_end = found
    rest = text[verb_end:]
    if verb in DELAY and not DURATION.search(rest) and dest.URL.search(rest):
        # "hold the shipment by calling https://…": a state set through a call, not a wait.
        steps = _by_means(text, prior)
        if steps:
            return steps
    if verb in DELAY:
        held = re.split(r"\b(?:until|till|for|pending)\b", rest, maxsplit=1)[0]
        subset = find_filter(held, after_classify=False) if held.strip() else None
        guard = (
            [StepDraft(CONDITION, subset.config, subset.strength, "keep matching items")]
            if subset
            else []
        )
        waited_on = rest[:4].lower() == " on " and WAITED_ON_SOMEONE.match(rest)
        if APPROVAL.search(rest) or (
            (
                PERSON_ACTS.search(rest)
                or WORD_SENT_BACK.search(rest)
                or LEAVE_GRANTED.search(rest)
                or waited_on
            )
            and not DURATION.search(rest)
        ):
            return [*guard, signal_step(text)]
        return [*guard, delay_step(text)]
    if TRANSFORM.get(verb) == "pick" and _PICKS_ITEMS.match(rest):
        # "pick out the ones mentioning refunds": choosing items by what they are is a test.
        subset = find_filter(rest, after_classify=False)
        if subset:
            return [StepDraft(CONDITION, subset.config, subset.strength, "keep matching items")]
    if verb in TRANSFORM and agent_action(verb, rest) is None:
        return [StepDraft(TRANSFORM[verb], {}, 0.8, f"{verb} fields")]
    # "drop a note to the rota coordinator", "drop them a line": a message dropped is sent.
    if verb in EXCLUDE and not dest.medium(rest, "") and not SENDS_A_MESSAGE.match(rest):
        return [excluded_step(rest)]
    means = _BY_MEANS.search(rest)
    if means and dest.URL.match(rest[means.end() :].strip()):
        # "send the refund by calling https://…", "tag it by calling …": the call does it.
        steps = _by_means(text, prior)
        if steps:
            return steps
    if verb == "get" and SENDS_A_MESSAGE.match(rest):
        # "can we get a 'last orders' shout in #bar-staff": a message got somewhere is sent.
        return deliver_steps("send", text, rest, prior)
    if verb == "get" and " to " in rest and GOT_OVER_TO.match(rest):
        return deliver_steps("send", text, rest, prior)
    if verb == "get" and GOT_FOR_SOMEONE.match(rest):
        # "get the claims handlers a list of …": who gets it first, then what; it is sent.
        return deliver_steps("send", text, rest, prior)
    if verb in DELIVER and names_data_fetched(text):
        return fetch_steps("get", text, rest)  # "route feedback from https://…": the data read
    if verb in DELIVER and not (
        (verb == "ping" and not PERSON.search(rest))
        or (verb == "post" and dest.HTTP_WORDS.search(rest) and not dest.medium(rest, verb))
    ):
        return deliver_steps(verb, text, rest, prior)
    if verb == "make" and ("#" in rest or "@" in rest) and _ENTRY_MADE.match(rest):
        # "make a 'within range' entry in #warehouse-log": an entry made in a channel is posted.
        return deliver_steps("post", text, rest, prior)
    agent = agent_action(verb, rest)
    if agent:
        return agent_steps(agent, verb, text, rest, prior)
    if fields_after_a_fetch(verb, rest, prior):
        return agent_steps("extract", verb, text, rest, prior)
    if verb in FETCH and (WEBHOOK_OBJECT.match(rest) or done_through_a_webhook(rest)):
        # "hit the release webhook", "call the alerts webhook": a named webhook is where it goes;
        # so is one a thing is done through ("trigger the reindex via the maintenance webhook").
        return deliver_steps("post", text, rest, prior)
    if verb in READS_ONLY and READS_GIVEN_DOCUMENTS.match(rest):
        return []  # "read the attached incident write-ups": the data came with the request
    if verb in ("read", "scan") and READS_WHAT_WAS_NAMED.match(rest):
        return []  # "… 2,300 dive logs. Read each one, pull out …": the logs named are at hand
    if verb in STORE and ("#" in rest or "@" in rest) and _NOTE_PLACED.match(rest):
        # "log a note in #clinic-admin", "just log the reading in #affinage": whatever is kept
        # in a channel or a mailbox is a message sent there, not a write to an API.
        return deliver_steps("post", text, rest, prior)
    if verb in STORE and "webhook" in rest and _KEPT_IN_A_WEBHOOK.match(rest):
        # "log the queue times to the analytics webhook": what is kept through a named webhook
        # is posted to it, not written to an API as well ("sync X from Salesforce to …" fetches).
        return deliver_steps("post", text, rest, prior)
    if verb in FETCH or verb in STORE or verb == "post":
        return fetch_steps(verb, text, rest)
    # "create a Jira ticket via …", "build the release through the CI API": a known word used
    # for an action the catalog has no step for; its nouns say which tool does it.
    return _verbless(text, prior)


# "a note in #clinic-admin", "a short entry to ops@x.com", "the reading in #affinage", "it to
# ops@x.com", "'fine' in #site": what the verb places in a channel or a mailbox (no URL before
# it), the words themselves when quoted.
_NOTE_PLACED = re.compile(
    r"\W*(?:(?:an?|the|one|each|every|this|that|its|their)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+|"
    r"it|them|this|that|(?<=['\"])[^'\"]{1,40}['\"])\s+(?:in|into|to|on|for)\s+(?:the\s+)?(?:#[\w-]|[\w.+-]+@[\w-]+\.)",
    _I,
)

# "a 'within range' entry in #warehouse-log", "a note to ops@x.com": an entry or note made, in a
# channel or a mailbox.
_ENTRY_MADE = re.compile(
    r"\W*(?:an?|one|the)\s+(?:[\w'-]+\s+){0,3}?(?:entry|note|record|log|line)\s+"
    r"(?:in|into|on|to)\s+(?:the\s+)?(?:#[\w-]|[\w.+-]+@[\w-]+\.)",
    _I,
)

# "the queue times to the analytics webhook", "each reading in the audit-log webhook": what is
# kept, then a webhook named as the place (no URL, no source it comes from).
_KEPT_IN_A_WEBHOOK = re.compile(
    r"(?:(?!https?://|\bfrom\b)[^;])*?\b(?:to|in|into|on|through|via)\s+(?:the|our|an?)\s+"
    r"(?:[\w-]+\s+){0,2}?webhook\b",
    _I,
)

# "send a welcome email and a follow-up in 3 days", "…, then another reminder a week later":
# a second delivery, written without its verb, after a wait.
_AND_AGAIN = re.compile(
    r"(?:,\s*|\s+)(?:and|then|plus)\s+(?:then\s+)?(?:,\s*)?(?=(?:a|an|another|one\s+more)\s)"
    r"(?!a\s+half\b)",  # "two and a half hours later" is one span
    _I,
)
_LATER_TAIL = re.compile(
    rf"\b(?:in|after)\s+{DURATION.pattern}\s*$|{DURATION.pattern}\s+(?:{AFTER_THAT}|on)\s*$",
    _I,
)


def _again_later(text: str, prior: list[StepDraft]) -> list[StepDraft] | None:
    """Read "X and a follow-up in 3 days" as X, a wait, then the same kind of delivery again."""
    for match in reversed(list(_AND_AGAIN.finditer(text))):
        head, tail = text[: match.start()], text[match.end() :]
        if not _LATER_TAIL.search(tail) or main_verb(tail):
            continue
        first = read_clause(head, prior=prior)
        deliveries = [s for s in first or [] if s.action in dest.DELIVERY_ACTIONS]
        if not deliveries:
            return None
        again = dest.medium(tail, "") or (deliveries[-1].action, dict(deliveries[-1].config))
        return [
            *first,
            delay_step(tail),
            StepDraft(again[0], again[1], 0.8, phrase_for(again[0])),
        ]
    return None


# A span then "later" or "afterwards" closing a clause that has its own verb.
_SHIFTED_LATER = re.compile(rf"\s*,?\s*{DURATION.pattern}\s+{AFTER_THAT}\W*$", _I)

_ARTICLE = re.compile(r"\W*(?:a|an|another|one)\s+[a-z]", _I)


# "Tomorrow's court bookings from https://…", "new trial signups in salesforce → …", "the open
# leads in our CRM:", "new web leads out of Salesforce →": data named with where it lives, and no
# verb, is what is fetched.
_A_SOURCE = re.compile(r"https?://|salesforce|sfdc|crm", _I)  # what the pattern below needs
_MEASURED = (
    r"(?:readings|levels|temps|temperatures|measurements|figures|stats|statistics|metrics|"
    r"speeds|counts|totals)"
)
_DATA_FROM_A_SOURCE = re.compile(
    r"\W*(?P<data>(?:(?:the|our|my|this|these|all|any|[\w-]+['\u2019]s)\s+){1,2}"
    r"(?:[\w-]+\s+){0,4}?"
    # With no article the first word must say which items ("new", "open", "failed"): a bare
    # word may be a verb the parser does not know ("purge stale sessions at https://…").
    r"|(?:new|open|old|stale|recent|pending|active|overdue|unpaid|unread|latest|current|"
    # "new Ravensworth Kitchens web leads": whose and which kind may name the data first.
    r"[a-z]+ed)\s+(?:[\w-]+\s+){0,5}?"
    # "oxygen readings from https://…", "river levels at …": what is measured, named by its
    # reading, is data too (no verb ends in these plurals).
    rf"|(?:[a-z][\w-]*\s+){{1,2}}{_MEASURED}\s+)"
    # "new web leads out of Salesforce": what comes out of a system comes from it.
    r"(?:from|out\s+of|at|in)\s+(?:the\s+|our\s+)?"
    r"(?P<source>https?://\S+?|salesforce|sfdc|crm)[\s.,;:()\u2013\u2014\u2192>-]*$",
    _I,
)


# "salesforce: open opportunities for …", "CRM: this week's new enquiries": the system named as a
# label, then the data it holds, is a fetch from it as "… from Salesforce" is.
_SOURCE_LABELLED = re.compile(
    r"\W*(?:the\s+|our\s+)?(?P<source>salesforce|sfdc|crm)(?:\s*:\s+|\s+(?=(?:open\s+|new\s+)?"
    # "Salesforce opportunities for …": the system, then its records, with no colon too.
    r"(?:opportunit(?:y|ies)|deals|leads|accounts|contacts|cases|records)\b))"
    r"(?P<data>[\w'\u2019][^:]*?)\W*$",
    _I,
)


# A made thing named with the data it is made of: "a monthly occupancy report for the space,
# built from https://…", "the weekly digest, compiled from https://…"; a duty says it too: "a
# summary of the week's articles is to be written from https://…".
_MADE_FROM_A_URL = re.compile(
    r"^\W*(?P<thing>(?:an?|the|our|this)\s+[^,]+?),?\s+(?:built|compiled|made|drawn(?:\s+up)?|"
    r"generated|assembled|produced|prepared|created|drafted|composed|written(?:\s+up)?|"
    r"(?:put|pulled)\s+together)\s+(?:from|out\s+of)\s+(?P<url>https?://\S+?)[\s.,;:]*$",
    _I,
)

# "salesforce → today's closed-won deals", "https://…/stock -> this week's deliveries": a source
# pointing at its data, the data read from it.
_SOURCE_THEN_DATA = re.compile(
    r"\W*(?:the\s+)?(?P<source>https?://\S+|salesforce|sfdc|crm)\s*(?:-+>|\u2192|>>|\u00bb)\s+"
    # "this week's closed-won memberships for Ironpeak Gym": the data may name whose it is.
    r"(?P<data>(?:[\w'\u2019-]+\s+){0,7}?[\w-]+)\W*$",
    _I,
)


# "there are about 900 reviews of Copperkettle Bakery at https://…", "there's a list of open
# jobs in the CRM": data said to be at a source is what is fetched, as one named with it is.
# "we've got 2,300 old records at https://…", "I have 12,000 replies at …": or said to be held
# there by whoever asks.
_THERE_AT_A_SOURCE = re.compile(
    r"\W*(?:there(?:\s+(?:are|is|were|was)|['\u2019](?:s|re))"
    r"|(?:we|i)(?:['\u2019]ve(?:\s+got)?|\s+have(?:\s+got)?|\s+hold|\s+keep))\s+"
    r"(?P<data>(?:[\w'\u2019,-]+\s+){1,9}?)(?:at|in|on|from|out\s+of)\s+(?:the\s+|our\s+)?"
    r"(?P<source>https?://\S+?|salesforce|sfdc|crm)[\s.,;:()\u2013\u2014\u2192>-]*$",
    _I,
)
# "the export of 2,300 customer notes sits at https://…", "…, and our old records live in the
# CRM": data said to sit at a source, as the subject, is what is fetched; a story may come first
# in the clause, joined by "and" ("Harmonia is switching off its old system on Friday, and …").
_SITTING_AT_A_SOURCE = re.compile(
    r"(?:^\W*|,\s*(?:and|but)\s+)(?P<data>(?:the|our|my|all|these|those)\s+(?:[^,;:.!?]|(?<=\d),(?=\d)){1,80}?)\s+"
    r"(?:sits?|lives?|is|are)\s+(?:(?:kept|stored|held|saved|sitting|waiting)\s+)?"
    r"(?:at|in|on)\s+(?:the\s+|our\s+)?"
    r"(?P<source>https?://\S+?|salesforce|sfdc|crm)[\s.,;:()\u2013\u2014\u2192>-]*$",
    _I,
)
_SITTING = ("sit", "live", " is ", " are ")  # what the pattern above needs, a cheap gate
_HELD_OPENERS = frozenset("TtWwIi")  # "there …", "we've got …", "I have …": a cheap gate
# "Above 30 cm: fire the webhook. Anything less: email ops@…": the remainder of a test, named
# by a comparative as a label, heads the step its other branch takes (the guard comes later).
_REMAINDER_LABEL = re.compile(rf"^\W*{COMPARED_REMAINDER}\s*:\s+", _I)
# "go through the 3,000 entries at https://…", "sift through the leads in the CRM": reading
# through data whose source is named fetches it, as "look through" does ("go through with it"
# names no source, and stays unknown).
# "could you go through the messages at https://…?": the request may open it, as it opens any step.
_GONE_THROUGH = re.compile(
    _ASKED_FIRST + r"(?:(?:go|sift|comb|trawl|wade|dig|rake|plough|plow)\s+(?:back\s+)?"
    r"(?:through|over)|" + _A_PASS + r")\s+",
    _I,
)


def labels_a_source(text: str) -> bool:
    """Tell "salesforce: contracts expiring …" or "salesforce → …" (a fetch from the system)."""
    if ":" in text and _SOURCE_LABELLED.match(text):
        return True
    pointed = ">" in text or "\u2192" in text or "\u00bb" in text
    return pointed and _SOURCE_THEN_DATA.match(text) is not None


def _verbless(text: str, prior: list[StepDraft] = ()) -> list[StepDraft] | None:
    later = LATER.search(text)
    if later and main_verb(text[later.end() :]):
        # "30 minutes later post a reminder there": the wait, then the clause it shifts.
        steps = read_clause(text[later.end() :], prior=prior)
        if steps:
            return [delay_step(text), *steps]
    if later:
        # "…, and two weeks later, a win-back offer by email": the wait, then the same verb again.
        after = dest.medium(text[later.end() :], "") or dest.medium(text[: later.start()], "")
        delivered = [s for s in prior if s.action in dest.DELIVERY_ACTIONS]
        # "another one two days later", "3 days later, a reminder": a thing named beside the wait.
        named = _ARTICLE.match(text[: later.start()]) or _ARTICLE.match(text[later.end() :])
        if after is None and delivered and named:
            after = (delivered[-1].action, dict(delivered[-1].config))  # "…, then another"
        steps = [delay_step(text)]
        if after:
            steps.append(StepDraft(after[0], after[1], 0.7, phrase_for(after[0])))
        return steps
    wanted = _WANTED.match(text)
    if wanted and (dest.SOURCE.search(text) or dest.URL.search(text)):
        # "I'd like yesterday's signups from the signups API, …", "Parkgate needs a pass over
        # the leases at https://…": data asked for, where it lives, is fetched.
        return fetch_steps("get", text, text[wanted.end() :])
    if not re.match(r"\W*\w+ed\b", text):
        # "retry by calling https://…", "back up the table by calling …": the means is the step.
        steps = _by_means(text, prior)
        if steps:
            return steps
    if PLACES_LISTED.match(text):
        if placed_alone(text, prior):
            return []  # "JOB: send the rota … TO: readers@x.com": where the job's send goes
        return deliver_steps("send", text, text, prior)  # "pager webhook + #signal-box"
    listed = _places_listed(text, prior)
    if listed:
        return listed
    if _sent_to_a_place(text) or _items_a_message_each(text):
        # "Heads-up to #deals on Tuesdays about any opportunity over $75k", "an email to
        # ops@x.com about …": the message and where it goes, with no verb, is sent there.
        return deliver_steps("send", text, text, prior)
    made = made_thing_alone(text, prior)
    if made:
        return made  # "… deals → commission report → email …": the noun is the step
    # Instructions are imperative, so a clause that opens with an unknown word opens with a verb
    # the parser does not know ("reconcile", "archive"): its steps are guesses from its nouns.
    opener = re.match(r"\W*([A-Za-z][\w'-]*)", text)
    if opener and SENDS_A_MESSAGE.match(text[opener.end() :]):
        # "shoot an email to oncall@…", "give #ops a heads-up": the object says it is sent.
        return deliver_steps("send", text, text[opener.end() :], prior)
    if opener and SENT_BY_A_MEDIUM.match(text[opener.end() :]):
        # "shoot the client the deposit link by email": who, what, and the medium it goes by.
        return deliver_steps("send", text, text[opener.end() :], prior)
    made = _MADE_FROM_A_URL.match(text)
    if made and (REPORT.search(made.group("thing")) or SUMMARY.search(made.group("thing"))):
        # "A monthly occupancy report …, built from https://…": the data is fetched, then the
        # thing named is made of it.
        action = "generate_report" if REPORT.search(made.group("thing")) else "summarize"
        return [
            StepDraft("http.request", dest.url_config(made.group("url")), 0.9, "call the API"),
            StepDraft(action, {}, 0.8, phrase_for(action)),
        ]
    named = None
    if _A_SOURCE.search(text):
        named = (
            _DATA_FROM_A_SOURCE.match(text)
            or _SOURCE_THEN_DATA.match(text)
            or (_THERE_AT_A_SOURCE.match(text) if text.lstrip()[:1] in _HELD_OPENERS else None)
            or (_SITTING_AT_A_SOURCE.search(text) if any(w in text for w in _SITTING) else None)
        )
    labelled = _SOURCE_LABELLED.match(text) if named is None else None
    if labelled and not main_verb(labelled.group("data")):
        data = labelled.group("data").strip()
        return [StepDraft("salesforce.query", {}, 0.9, "query Salesforce", subject=data)]
    if named:
        # "Tomorrow's court bookings from https://… — email them …": data named with its source,
        # and nothing done to it in the clause, is what is fetched.
        data = named.group("data").strip()
        if dest.URL.match(named.group("source")):
            call = dest.url_config(named.group("source"))
            return [StepDraft("http.request", call, 0.9, "call the API", subject=data)]
        return [StepDraft("salesforce.query", {}, 0.9, "query Salesforce", subject=data)]
    if opener and done_through_a_webhook(text):
        # "switch on irrigation through the irrigation webhook": whatever the verb, the thing is
        # done by posting to the webhook named.
        return deliver_steps("post", text, text[opener.end() :], prior)
    labelled = _REMAINDER_LABEL.match(text) if ":" in text else None
    if labelled:
        return read_clause(text[labelled.end() :], prior=prior)  # "Anything less: email …"
    gone = _GONE_THROUGH.match(text)
    if gone and (dest.SOURCE.search(text) or dest.URL.search(text)):
        return fetch_steps("read", text, text[gone.end() :])  # "go through the entries at …"
    if opener and ADDED_TO_A_PLACE.match(text):
        return deliver_steps("post", text, text[opener.end() :], prior)  # "add it to #ops"
    taken = TAKEN_AT_A_URL.match(text) if "take" in text.lower() else None
    if taken and not re.search(r"\bweb-?hooks?\b", text, _I):
        return fetch_steps("get", text, text[taken.end() :])  # "take the 2,000 replies at …"
    doubt = f"the action '{opener.group(1)}' is not one the parser knows" if opener else ""
    source = dest.SOURCE.search(text)
    if source and dest.URL.search(source.group()):
        return [
            StepDraft(
                "http.request", dest.url_config(source.group()), 0.6, "call the API", doubt=doubt
            )
        ]
    if dest.URL.search(text) and not re.search(r"\bweb-?hooks?\b", text, _I):
        # "purge old sessions via https://…": an action the parser does not know, done by a call.
        call = StepDraft("http.request", dest.url_config(text), 0.6, "call the API", doubt=doubt)
        return [*_read_first(text, prior), call]
    found = dest.medium(text, "")
    if found:
        return [StepDraft(found[0], found[1], 0.6, phrase_for(found[0]), doubt=doubt)]
    if _SYSTEM.search(text):
        # "open a ticket in Jira", "restart the worker service": done by a call to that system.
        return [StepDraft("http.request", {}, 0.5, "call the API", doubt=doubt)]
    return None


# A message named first, then the channel or address it goes to; "timesheet reminder email to
# crew@…": its kind may be named by a noun or two, an address or #channel after it.
_MESSAGE_TO_A_PLACE = re.compile(
    r"^\W*(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:e-?mail|message|note|heads-up|heads\s+up|ping|text|dm|alert|reminder|notification)\s+"
    r"(?:to|in|on|at|for)\s+(?=#[\w-]|[\w.+-]+@[\w-]+\.)"
    # "a confirmation email to the customer", "a line in #fitting-room": a message of a kind, or
    # one sent to a person named by role, is sent as well; "heads-up to the logistics team": a
    # noun that is never a verb needs no article, and the role may take a word or two.
    r"|^\W*(?:(?:a|an)\s+(?:[\w-]+\s+)?"
    r"(?:e-?mail|message|note|ping|text|dm|alert|reminder|line|heads-up|heads\s+up)"
    r"|heads-up|heads\s+up|note|reminder|notification)\s+"
    r"(?:to|in|on|at|for)\s+(?=#[\w-]|[\w.+-]+@[\w-]+\.|(?:the|our|their|each|every)\s+"
    r"(?!(?:[\w'-]+\s+){0,2}?(?:web-?hook|api|endpoint)\b)(?:[\w-]+\s+){0,2}[\w-]+\W*$)",
    _I,
)
# "measurements to the cutting-room webhook", "receipts to ap@x.com": data, with no verb, named
# with the place it goes to is sent there ("yells in #ops" is a verb the parser does not know).
_THINGS_TO_A_PLACE = re.compile(
    r"^\W*(?:(?:the|our|their|its)\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+s\s+to\s+"
    r"(?:(?:the|our|their)\s+)?(?:#[\w-]|[\w.+-]+@[\w-]+\.|(?:[\w'-]+\s+){0,3}?web-?hook\b)",
    _I,
)
# "induction pack to them by email", "their details pushed to the rota webhook", "a welcome in
# #volunteers": a thing, perhaps a participle of sending, then the place it goes, no verb.
_THING_TO_A_PLACE = re.compile(
    # (a participle the list below does not name stays the clause's verb: "a copy emailed to …")
    r"^\W*(?:(?:an?|the|their|its|our|his|her|your)\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+(?<!ed)\s+"
    r"(?:(?:pushed|sent|posted|forwarded|shared|dropped|passed|fired\s+off)\s+)?"
    r"(?:to|in|into|on)\s+(?:#[\w-]|[\w.+-]+@[\w-]+\.|(?:the|our|their)\s+(?:[\w'-]+\s+){0,3}?"
    r"web-?hook\b|(?:them|him|her|each\s+one)\s+(?:by|via|over)\s+e-?mail\b)",
    _I,
)
# "…, a welcome in #volunteers, and their details pushed to …": the comma between things sent.
_LIST_COMMA = re.compile(
    r"\s*,\s*(?:and\s+|plus\s+)?|\s+(?:and|plus)\s+(?=(?:an?|the|their)\s)", _I
)


# "their details pushed to …": standing alone, the thing sent opens with its article, since an
# unknown verb may stand where a bare noun would ("yells in #ops", "escalate it to …").
_ARTICLED = re.compile(r"^\W*(?:an?|the|their|its|our|his|her|your)\s", _I)


def _sent_to_a_place(text: str, *, listed: bool = False) -> bool:
    """Tell whether a verbless clause is a thing named with the place it goes to."""
    return bool(
        _MESSAGE_TO_A_PLACE.match(text)
        or _THINGS_TO_A_PLACE.match(text)
        or ((listed or _ARTICLED.match(text)) and _THING_TO_A_PLACE.match(text))
    )


# "the smaller ones, one line each in #workshop", "overdue invoices, a message apiece to
# ap@x.com": the items, then how many messages each gets and where, with no verb.
_ITEMS_A_MESSAGE_EACH = re.compile(
    r"^\W*(?:(?:the|any|all|those|our|their)\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+s\s*,\s*"
    r"(?:one|a|an)\s+(?:[\w-]+\s+)?(?:line|message|post|note|e-?mail|dm|ping|text)\s+"
    r"(?:each|apiece)\s+(?:to|in|on|at)\s+(?=#[\w-]|[\w.+-]+@[\w-]+\.)",
    _I,
)


def _items_a_message_each(text: str) -> bool:
    """Tell whether a verbless clause names items, then a message each and where it goes."""
    lowered = text.lower()
    return (" each " in lowered or " apiece " in lowered) and bool(
        _ITEMS_A_MESSAGE_EACH.match(text)
    )


def _places_listed(text: str, prior: list[StepDraft]) -> list[StepDraft] | None:
    """Read a list of verbless deliveries ("X to them by email, Y in #ops, and Z to …")."""
    if "," not in text:
        return None  # the cheap test first: a list has its commas
    items = [item for item in _LIST_COMMA.split(text) if item.strip(" .")]
    if len(items) < 2 or not all(_sent_to_a_place(item, listed=True) for item in items):
        return None
    steps: list[StepDraft] = []
    for item in items:
        sent = deliver_steps("send", item, item, [*prior, *steps])
        if not sent:
            return None
        steps.extend(sent)
    return steps


_BY_MEANS = re.compile(r"\bby\s+([a-z]+ing)\b", _I)
# "pick out the ones …", "keep only those …", "keep just the ones …": items chosen, not fields;
# so are any nouns after "only" ("keep only berth holders who are 30 days behind") when a test
# picks them ("keep only the name and email" has none, and stays a pick of fields).
_PICKS_ITEMS = re.compile(
    r"^\s*(?:out\s+)?(?:(?:only|just|solely)\s+(?:the\s+)?[\w-]+"
    r"|(?:the\s+)?(?:ones|those|any|items|[\w-]+\s+ones))\b",
    re.I,
)

# "restart any scraper that has stalled by calling …", "restart any failed job by calling …": a
# quantified object with what picks it ("any job" picks none, and find_filter finds none).
_FOR_ANY = re.compile(r"\bfor\s+((?:any|every|each|all)\s+\S.*)$", _I)
_QUANTIFIED = re.compile(r"^\W*[\w'-]+\s+(?:any|every|each|all)\s+\S", _I)


def _by_means(text: str, prior: list[StepDraft]) -> list[StepDraft] | None:
    """Read a verb done by a means ("pause it by calling https://…") as the means' step."""
    means = _BY_MEANS.search(text)
    if not means or not lemma(means.group(1)):
        return None
    steps = read_clause(f"{lemma(means.group(1))} {text[means.end() :]}", prior=prior)
    if not steps:
        return None
    for step in steps:
        step.acts = step.action in FETCHED  # the call does what the verb says
    picked = text[: means.start()]
    subset = find_filter(picked, after_classify=False) if _QUANTIFIED.match(picked) else None
    after = _FOR_ANY.search(text, means.end())
    if subset is None and after:
        # "order a refill by calling https://… for any tank below 25%": the items picked after.
        subset = find_filter(after.group(1), after_classify=False)
    if subset:
        return [StepDraft(CONDITION, subset.config, subset.strength, "keep matching items"), *steps]
    return steps


# "I'd like …", and who else needs it: "Parkgate Property Management needs …", "our team wants …".
_WANTED = re.compile(
    r"^\W*(?:(?:i|we)(?:'d|\s+would)?\s+(?:like|want|need)"
    r"|(?:(?:our|my|the|this)\s+|(?-i:[A-Z])[\w&'-]*\s+)(?:[\w&'-]+\s+){0,3}?(?:needs|wants))"
    r"\s+(?!to\b|you\b)",
    _I,
)

# "back up the CRM contacts to https://…": the thing acted on lives in Salesforce.
_CRM_OBJECT = re.compile(r"^[^,;]*?\b(?:the\s+)?(?:crm|salesforce|sfdc)\s+[a-z]+s\b", _I)


def _read_first(text: str, prior: list[StepDraft]) -> list[StepDraft]:
    if _CRM_OBJECT.search(text) and not any(s.action == "salesforce.query" for s in prior):
        return [StepDraft("salesforce.query", {}, 0.7, "query Salesforce")]
    return []


# Systems a step acts on through their API when the verb is not one the catalog has.
_SYSTEM = re.compile(
    r"\b(?:api|apis|endpoint|service|server|system|database|db|jira|github|gitlab|zendesk|"
    r"hubspot|stripe|shopify|jenkins|ci|cms|erp|hr\s+system|tracker|cluster|bucket|s3)\b",
    _I,
)
