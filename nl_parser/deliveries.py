"""Delivery steps: the medium, a second medium, what is made first and which items go."""

import re

from nl_parser import destinations as dest
from nl_parser.agents import REPORT, SUMMARY, class_taken_from
from nl_parser.arrival_windows import arrival_told_at, arrived_in_a_crm
from nl_parser.calendar_words import DAY
from nl_parser.condition_fields import config
from nl_parser.conditions import CONDITION, ConditionDraft
from nl_parser.drafts import (
    FETCHED,
    MADE,
    OPAQUE,
    StepDraft,
    implied_source,
    named_system,
    object_words,
    phrase_for,
)
from nl_parser.fetches import fetch_for_dated_figures, fetch_steps
from nl_parser.filters import addressed_group, find_filter
from nl_parser.lexicon import FIELDS_OF_EACH, STOPWORDS, blank_all, normalise_stem, word_set
from nl_parser.message_content import QUOTED_CHAR, content_start
from nl_parser.outcomes_sent import outcome_sent
from nl_parser.places_told_later import placed_later
from nl_parser.qualifiers import find_qualifier, without_particle
from nl_parser.verbs import FETCH_NOUNS, RESULTS_OF_A_QUERY, ROLE_RECEIVER

_I = re.IGNORECASE


# "straight to …", "right over to …", "directly to …": how fast or which way items go.
_HOW_IT_GOES = frozenset(
    {"straight", "directly", "right", "immediately", "instantly", "promptly", "over", "across"}
)
_HOW_IT_GOES_AT_END = re.compile(
    r"(?:\s+(?:straight|directly|right|immediately|instantly|promptly))?"
    r"(?:\s+(?:straight|directly|right|immediately|instantly|promptly|over|across))\s*$",
    _I,
)


# "pager webhook + #signal-box", "the ops webhook and #noc", "#ops & oncall@x.com": places
# listed with no verb, after the test they answer, are each sent to (so is one: "→ pager webhook").
# "#build-team in slack": a channel may name its medium.
_PLACE = (
    r"(?:#[\w-]+(?:\s+(?:in|on|via)\s+slack)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}web-?hook)"
)
# "→ #front-desk pls": a courtesy after the places asks nothing more.
PLACES_LISTED = re.compile(
    rf"^\W*{_PLACE}(?:\s*(?:\+|&|,|\band\b|\bplus\b)\s*(?:(?:and|also)\s+)?{_PLACE})*"
    rf"(?:{dest.COURTESY})?\W*$",
    _I,
)


def deliver_steps(
    verb: str, text: str, rest: str, prior: list[StepDraft]
) -> list[StepDraft] | None:
    rest = without_particle(rest)
    steps = implied_source(rest)
    found = dest.medium(rest, verb)
    need = "exact"
    sent_before = [s for s in prior if s.action in dest.DELIVERY_ACTIONS]
    if found is None and sent_before and _THERE.search(rest):
        # "post a reminder there too": the place of the delivery before.
        found = (sent_before[-1].action, dict(sent_before[-1].config))
    # "send the field reps a text", "an SMS to the guest": an SMS, named as the thing sent.
    texted = verb in ("text", "sms") or (found is None and bool(dest.TEXT_MESSAGE.search(rest)))
    if found is None:
        if not texted and dest.unsupported_medium(rest):
            return None  # Teams, Discord…: the catalog cannot deliver there
        action = "slack.post_message" if verb in ("post", "message", "dm") else "email.send"
        if texted or verb == "page":
            # "text the parents on that route", "page the duty aquarist": an SMS or a pager,
            # which the catalog reaches by webhook (tools.py keeps it when one is listed).
            action = "webhook.post"
        # No medium named: any delivery tool the caller has will do (tools.py picks one).
        found, strength, need = (action, {}), 0.7, "medium"
    else:
        strength = 1.0
    if need == "exact" and placed_later(text, rest, found, prior):
        return []  # "… the recap should go to owners@x.com": where the delivery before goes
    also = _second_medium(rest, verb) if need == "exact" else None
    if also:
        found = dest.medium(rest[: also[0]], verb) or found
    # "with a reminder that standup starts soon", "a note saying the build broke": what the
    # message says is its content; it picks no items.
    told = rest[: max(0, content_start(f"{verb} {rest}") - len(verb) - 1)]
    # "post 'timesheets due tomorrow!' in #contractors": quoted words are what it says.
    told = blank_all(_QUOTED, told)
    # "the contracts expiring in the next 30 days": a relative date, not a place; "a report on
    # weekly revenue": what a made thing is on, not where it goes; "the customers in the CRM who
    # still have no survey": where the items live, not where the message goes.
    # "tickets relating to payroll": the "to" of what the items concern is no place.
    object_text = re.split(
        r"\b(?:(?<!relating )(?<!related )to|in(?!\s+the\s+(?:next|last|past|coming)\b)"
        r"(?!\s+(?:the\s+|our\s+)?(?i:crm|salesforce|sfdc)\b)|(?<!report )(?<!summary )"
        r"(?<!digest )(?<!recap )on|via|into|by"
        # "fire pothole reports at the highways webhook": "at" a webhook is where it goes ("me at
        # me@…" is who, with the thing sent after).
        r"|at(?=\s+(?:the\s+|our\s+)?(?:[\w'-]+\s+){0,3}?web-?hooks?\b))"
        r"\b(?!-)",  # "the on-call lead": no place
        told,
        maxsplit=1,
    )[0]
    if object_text.split()[-1:] and object_text.split()[-1].lower() in _HOW_IT_GOES:
        # "pass allergy questions straight to …": how fast or which way the items go says
        # nothing of which go; blanked, so the place after keeps its offset.
        object_text = blank_all(_HOW_IT_GOES_AT_END, object_text)
    # Only data from an earlier step needs making into a report: "post the traffic report from
    # the API" delivers a report the API already has.
    made_steps = _made_object(object_text, prior)
    made_text = object_text
    if not made_steps and " " in told[len(object_text) :].strip():
        # "DM the plant manager in Slack a summary of …": the thing sent comes after the place.
        second = _PLACE_THEN_THING.match(told[len(object_text) :])
        if second is None and (" a " in told or " an " in told):
            # "the support leads on the night shift a recap of …": the "on" placed who gets it.
            second = _RECEIVER_THEN_THING.match(told)
        made_steps = _made_object(second.group(1), prior) if second else []
        made_text = second.group(1) if second else made_text
    if not made_steps and _SUMMING_WORDS.search(rest) and _SUMMING.search(rest):
        made_steps = _summed_up(prior)
    if made_steps and not steps and not {s.action for s in prior} & FETCHED:
        # "a summary of last week's Salesforce activity": the system it is of is read first.
        steps = named_system(object_text)
    made_of = _class_made_of(made_text, prior) if made_steps else None
    if made_of:
        # "email a summary of the negative ones to …" after "score each as positive or
        # negative": the class is kept before the thing is made of it, as "write a summary of
        # just the fraud letters" keeps it.
        steps.append(
            StepDraft(made_of.action, made_of.config, made_of.strength, "keep matching items")
        )
    steps.extend(made_steps)
    kept_in_crm = _KEPT_IN_CRM.search(object_text) or arrived_in_a_crm(told)
    if not steps and not {s.action for s in prior} & FETCHED and kept_in_crm:
        # "give the surveyors a list of customers in the CRM who …": items the CRM holds are
        # read from it first, as "from the CRM" is.
        steps = [StepDraft("salesforce.query", {}, 0.85, "query Salesforce")]
    if not steps:
        steps = fetch_for_dated_figures(object_text, prior, _addressed(told[len(object_text) :]))
    pulled = _A_PULL_OF.match(object_text) if not steps and " of" in object_text else None
    if pulled and not {s.action for s in prior} & FETCHED:
        # "I'd like a Salesforce pull of all leads that … — emailed to …": the pull sent is a
        # fetch, and what picks its items is its query, no test after it.
        steps = fetch_steps("pull", object_text, object_text[pulled.end() :])[:1]
    queried = RESULTS_OF_A_QUERY.search(told) if not steps and " query " in told else None
    if queried and not {s.action for s in prior} & FETCHED:
        # "DM Priya with the results of a Salesforce query for deals stuck over 10 days": the
        # query whose results are sent is the fetch, and what it is for picks its items.
        steps = fetch_steps("query", told[queried.start() :], told[queried.start() :])[:1]
        pulled = queried
    actions = [s.action for s in prior]
    labels = frozenset(label for s in prior for label in s.config.get("labels", ()))
    topic = _TOPIC.search(told)
    guarded = _under_a_test(prior)  # "if it is fraud, email …", "if so, notify #a and email b"
    if guarded and _another_class(object_text, prior, labels):
        # "classify it as urgent or routine; urgent ones to …, routine ones to …": the next
        # class named comes under its own test, not under the one before it.
        guarded = False
    if guarded and (_picks_its_own(object_text) or outcome_sent(object_text)):
        # "email … a reminder for anything over 30 days overdue, and post anything over 60 days
        # overdue in #collections": a delivery that picks its own items is under its own test,
        # as "…, a fail gets emailed to …" after "a pass goes in #news" is.
        guarded = False
    # In "a recap of the week's closed deals" the words after the made thing are its input.
    made = _first_made_thing(object_text)
    if made and actions[-1:] == ["classify"] and CLASS_OF_ITEMS.match(object_text):
        made = None  # "bug reports" after a classification: a class, nothing made
    made_label = _made_label_named(object_text, labels) if made else None
    if made_label:
        made = None  # "the bug reports" after "tag as bug report, …": a class, nothing made
    # "email the regional manager": after a verb that takes its recipient as its object, one
    # person or team named there receives the message; it picks no items.
    # "email the ones waiting on approval": "ones" stands for items, never for a recipient.
    recipient = (
        verb in _TO_WHOM
        and _ONE_RECIPIENT.match(object_text) is not None
        and not re.search(r"\bones\b", object_text, _I)
    )
    # "send them the advanced features guide": one thing handed to a person picks no items.
    recipient = recipient or _ONE_THING_TO_SOMEONE.match(object_text) is not None
    recipient = recipient or _EACH_THEIR_OWN.match(object_text) is not None
    # "email the public-viewing volunteers at viewing@…": a group written with its own address.
    recipient = recipient or (verb in _TO_WHOM and addressed_group(object_text))
    # "tell the stallholders which pitch they've got": each is asked about their own item.
    asks = "which" in told or "what" in told  # the word first, then the pattern
    recipient = recipient or (asks and _THEIR_OWN_ASKED.match(object_text) is not None)
    # "email the head teacher a summary of …": who gets a thing made comes before it, and is
    # no class of items, even right after a classification.
    recipient = recipient or bool(made and _RECEIVER_FIRST.search(object_text, 0, made.start()))
    # "tell the pickers which aisles are getting restocked this week, using …/restock/week": the
    # source the clause reads holds just the items asked about; there is nothing to test.
    answered = "http" in told and _answered_by_source(_ITEMS_ASKED.search(told), steps)
    # "let the artists know who's booked in for Monday": who is down for a day is that day's
    # list, which the fetch reads whole; it picks no one out ("who hasn't paid" still tests).
    answered = answered or ("who" in told and _WHO_FOR_A_DAY.search(told) is not None)
    answered = answered or bool(pulled and steps)
    fetched_words = [
        # "GET …/jobs/queue; post today's job queue": every word of the path was named by the
        # fetch, its last the noun repeated.
        f"{_url_path(s.config.get('url', '')).replace('/', ' ')} {s.subject}"
        for s in prior
        if s.action in ("http.request", "salesforce.query")
    ]
    # "the leads that came into the CRM overnight": when they came is the fetch's window.
    arrived_at = arrival_told_at(told)
    picking = object_text[: made.start()] if made else object_text
    picking = picking[:arrived_at] if arrived_at is not None else picking
    condition = (
        None
        if guarded or recipient or answered
        else find_filter(
            picking + (" " + (topic.group(1) or topic.group(2)) if topic else ""),
            after_classify="classify" in actions,
            labels=labels,
            fetched=fetched_words,
            # "the failed jobs from https://…/failed", "the ice resurfacing times from
            # https://…/resurfacing/today": a word anywhere on the path of the clause's own
            # source was chosen there.
            sourced=" ".join(_url_path(s.config.get("url", "")) for s in steps),
        )
    )
    if condition is None and not (guarded or recipient) and "classify" in actions and labels:
        # "lost property goes to #circulation" after "sort it into renewals, lost property or
        # …": a label of two words, named whole, picks its class as a one-word label does.
        named = _many_word_labels_named(object_text, labels)
        if len(named) == 1:
            condition = ConditionDraft(CONDITION, config("$.category", "equals", named[0]), 0.85)
    for_class = _FOR_CLASS.search(told) if "classify" in actions and not guarded else None
    if condition is None and for_class:
        # "classify it by severity and page the webhook for sev1 alerts": a class named after.
        condition = find_filter(for_class.group(1), after_classify=True, labels=labels)
    carried = _WITH_CLASS.search(told) if condition is None and not guarded else None
    if carried and "classify" in actions:
        # "DM the events director in Slack with the over-£25k ones": the class the message
        # carries, after its receiver, is the one it keeps.
        condition = find_filter(
            _JOINED_COMPARISON.sub(" ", carried.group(1)), after_classify=True, labels=labels
        )
    if condition is None and not guarded and "classify" in actions and topic and topic.group(1):
        # "DM the duty manager about the complaints" after "classify it as complaint, request or
        # question": the receiver is one person, but what it is told about names a class.
        condition = _label_named(topic.group(1), labels)
    if (
        condition is None
        and not (guarded or answered)
        and _COMPARED.search(told[len(object_text) :])
    ):
        # "a reminder to each customer whose invoice is more than 30 days late", "the ones
        # waiting on approval for more than 5 days to …": the subset is told after a preposition.
        condition = find_filter(_OPAQUE.sub(" ", told), after_classify="classify" in actions)
    picked_for = _FOR_ANY.search(told) if condition is None and not guarded else None
    if picked_for:
        # "email the customer a reminder for anything more than 30 days overdue": the message
        # goes for the items a quantifier after "for" picks, as "post anything over …" does.
        condition = find_filter(picked_for.group(1), after_classify="classify" in actions)
    picked_to = _TO_ANY_WHO.search(told) if condition is None and not guarded else None
    if picked_to:
        # "email a reminder to any family that hasn't confirmed attendance": the message goes
        # only to the receivers the relative clause picks, a test on each.
        condition = find_filter(picked_to.group(1), after_classify=False)
    shifted = _ITEMS_AFTER_RECEIVER.match(told) if condition is None and not guarded else None
    if shifted:
        # "flag to the warehouse leads any outbound orders that have been waiting …": the
        # receiver first, then the items a quantifier picks, a test on each as "for any" is.
        condition = find_filter(shifted.group(1), after_classify="classify" in actions)
    after_place = (
        told[len(object_text) :] if condition is None and not (guarded or answered) else ""
    )
    sent_after = _PLACE_THEN_THING.match(after_place) if after_place and not made_steps else None
    if sent_after and "," not in after_place[: sent_after.start(1)]:
        # "DM Priya in Slack the ones with no next step set": the receiver, the medium, then
        # the items sent, which pick a subset as they do right after the receiver ("post them
        # in #desk, that's where …" names no items).
        condition = find_filter(
            sent_after.group(1),
            after_classify="classify" in actions,
            labels=labels,
            fetched=fetched_words,
        )
    asked = _ITEMS_ASKED.search(told) if condition is None and not (guarded or answered) else None
    if asked and _COVERED_BY_A_MADE_THING.search(told, 0, asked.start()):
        # "a digest of what people are saying about each theme", "a report on which features
        # users complain about": the question is what the made thing covers; it picks no items.
        asked = None
    if asked:
        # "let the reps know by email which accounts haven't ordered in 90 days": the items an
        # indirect question after the receiver asks about are a test on each, as "any … that" is.
        condition = find_filter(
            f"any {asked.group('items')} that {asked.group('state')}",
            after_classify="classify" in actions,
        )
    if condition is None and not guarded:
        condition = _qualified(told, actions)
    if made_label and not (condition or guarded):
        condition = ConditionDraft(CONDITION, config("$.category", "equals", made_label), 0.8)
    if condition is None and not guarded:
        condition = outcome_sent(object_text)  # "a pass goes in #news": the result tested
    picked = None if condition or guarded else _class_picked(object_text, prior)
    if picked:
        # "classify them by genre … send the thrillers to …": a class named after the
        # classification is the one its delivery keeps.
        condition = ConditionDraft(CONDITION, config("$.category", "equals", picked), 0.8)
    # "send the detractors to #cx": with "the", a kind is a subset only when items are sent
    # to a place; "remind the owners", "text the pilots" name who hears it.
    placed = verb not in _TO_WHOM and _PLACE_NEXT.match(told, len(object_text)) is not None
    kind = None if condition or guarded else _bare_kind(object_text, prior, placed=placed)
    if kind:
        # "fetch the NPS responses … and flag detractors": a kind of item the fetch did not
        # name, with no article, is a subset more often than the whole: a weak guard, which
        # warnings name for a person to check.
        condition = ConditionDraft(CONDITION, config("$.status", "equals", kind), 0.35)
    if condition and not made_of:
        steps.append(
            StepDraft(
                condition.action,
                condition.config,
                condition.strength,
                "keep matching items",
                subject=kind or object_text.strip(),  # "the detractors": the kind is doubted
            )
        )
    steps.append(
        StepDraft(
            found[0],
            found[1],
            strength,
            phrase_for(found[0]),
            subject=object_words(object_text),
            need=need,
        )
    )
    if also:
        steps.append(StepDraft(also[1][0], also[1][1], 0.9, phrase_for(also[1][0])))
    return steps


# "a Salesforce pull, <when>, of …", "a nightly export of …": a fetch named as a noun; the schedule
# blanked out of it may leave commas before "of".
_A_PULL_OF = re.compile(
    r"^\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?" + FETCH_NOUNS + r"[\s,]*\sof\s",
    _I,
)
_THERE = re.compile(r"\b(?:there|(?:in|to)\s+the\s+same\s+(?:channel|place|address))\b", _I)
# "the customers in the CRM", "open deals in our Salesforce": items named with where they are kept.
_KEPT_IN_CRM = re.compile(r"\b[a-z][\w-]*s\s+in\s+(?:the\s+|our\s+)?(?:crm|salesforce|sfdc)\b", _I)
_COMPARED = re.compile(
    r"\bwhose\b|\b(?:more|less|fewer|older|newer|longer|greater)\s+than\b|\bwithin\s+\d", _I
)
# "inform the crews of any turbine whose …", "email owners about any of their accounts with …":
# what the message is about, picked by a quantifier, is a test on each item as "for any" is.
_FOR_ANY = re.compile(
    r"\b(?:for|of|about|regarding|concerning)\s+((?:any|each|every)(?:thing|one|body)?"
    r"(?:\s+of\s+(?:their|the|our|its|your))?\s.*)",
    _I,
)
# "a reminder to any family that hasn't confirmed": receivers a relative clause picks; "alert
# the team to any cell tower that has …": the items it is alerted to, their noun a compound.
_TO_ANY_WHO = re.compile(
    r"\bto\s+((?:any|each|every)\s+(?:[a-z][\w-]*\s+){1,3}?(?:that|who|which)\s.*)", _I
)
# "to the warehouse leads any orders that …", "in #ops every tank whose …": the place or receiver
# named first, the picked items after it (what "post any … to X" says in the usual order).
_ITEMS_AFTER_RECEIVER = re.compile(
    r"^\s*(?:to|in|into|on)\s+(?:the\s+|our\s+)?(?:[#@\w.'-]+\s+){1,4}?"
    r"((?:any|each|every|all)(?:thing|one)?\s+.*)",
    _I,
)
# "… which CRM accounts haven't placed an order", "… what deals are still open": an indirect
# question, its items named up to the auxiliary that opens what is asked of them.
_ITEMS_ASKED = re.compile(
    # ("a survey asking what we could have done better" asks the reader: a pronoun, no items)
    r"\b(?:which|what)\s+(?!(?:we|they|you|i|he|she|it|there|this|that)\b)"
    r"(?P<items>(?:(?!(?:could|would|should|might|must)\b)[\w'-]+\s+){1,4}?)"
    r"(?P<state>(?:have|has|had|are|is|were|was|did|do|does|still|never|will|can)"
    r"(?:n't|n\u2019t)?\b.*)",
    _I,
)
_WHO_FOR_A_DAY = re.compile(
    r"\bwho(?:['\u2019](?:s|re)|\s+(?:is|are|will\s+be))\s+(?!not\b)(?:[\w'-]+\s+){1,3}?"
    r"(?:(?:for|on)\s+(?:today|tomorrow|tonight|(?:this|next|the)\s+[a-z]+|"
    rf"{DAY}(?:['\u2019]s)?)|today|tomorrow|tonight|(?:this|next)\s+"
    rf"(?:week|weekend|morning|afternoon|evening|shift|{DAY}))\b",
    _I,
)
_RECEIVER_FIRST = re.compile(r"^\s*\S.*?\s(?:a|an)\s+(?:[\w-]+\s+){0,2}$", _I)
_COVERED_BY_A_MADE_THING = re.compile(
    r"\b(?:summary|summaries|digest|recap|overview|roundup|round-up|rundown|report|breakdown|"
    r"write-?up|briefing)\s+(?:of|on|about|covering)\s+$",
    _I,
)
_OPAQUE = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|#[\w-]+")
_TO_WHOM = word_set("email e-mail notify alert page ping tell dm text remind warn message")
_ONE_RECIPIENT = re.compile(
    r"^\s*(?:the|our|their|its|each|every)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?<!s)\s*$", _I
)
# "email the new hire the tracking details": a person, then the one thing they are given.
_ONE_THING_TO_SOMEONE = re.compile(
    r"^\s*(?:them|him|her|me|us|everyone|(?:the|their|our|its|each|every)\s+(?:[\w-]+\s+)?"
    r"(?:hire|customer|client|guest|owner|manager|driver|candidate|rep|user|member|tenant|"
    r"patient|parent|student|author|applicant|employee|donor|vendor|supplier|seller|buyer|"
    r"travell?er|host|coach|volunteer|assignee|requester|subscriber|attendee))"
    r"\s+(?:the|a|an|our|their|its|his|her)\s+(?:[\w-]+\s+)*?"
    r"(?:[\w-]*[a-rt-z]|details|instructions|notes|links|slides|docs)\s*$",
    _I,
)
# "email each regional nurse lead their list", "email each customer that their record is in":
# every person gets their own part, so the person picks no items (a "that" with a subject after
# it is what the message says; "every customer that has …" stays a filter).
_EACH_THEIR_OWN = re.compile(
    r"^\s*(?:each|every)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:that\s+)?(?:their|his|her)\b", _I
)
# "tell the stallholders which pitch they've got", "let the drivers know what route they're on":
# a question whose subject is the people told asks each of them about their own item, so it
# picks no items ("tell the team which orders are late" still does). The people may be named by
# their organisation ("let the Larkspur Youth Orchestra players know which rehearsal room they're
# in"), and the item picked from a few ("which of the vans they're driving").
_THEIR_OWN_ASKED = re.compile(
    r"^\s*(?:the|all|our|each|every)\s+(?:[\w&'-]+\s+){0,6}?(?:which|what)\s+(?:[\w-]+\s+){1,3}?"
    r"(?:they|he|she)(?:['\u2019](?:ve|re|ll|d)\b|\s+(?:have|has|are|is|were|was|will|got|get|"
    r"need|should|must|can)\b)",
    _I,
)
_DELIVERIES = frozenset({"email.send", "slack.post_message", "webhook.post"})


# The nouns a message goes by: what a quotation before one says is what the message says.
_MESSAGE_NOUN = (
    r"(?:reminders?|messages?|notes?|notices?|announcements?|alerts?|posts?|heads-up|nudges?"
    r"|texts?|emails?|updates?|greetings?|prompts?|banners?|shout-?outs?)\b"
)
# Only a quotation standing as the whole object, or naming a message ("the 'book your hot desks'
# reminder"): "every ticket marked 'urgent'" still picks.
_QUOTED = re.compile(
    rf"^\s*(?:(?:the|a|an|our|this|that|your)\s+(?=['\"\u2018\u201c].*['\"\u2019\u201d]\s+{_MESSAGE_NOUN}))?"
    rf"['\"\u2018\u201c]{QUOTED_CHAR}{{2,}}['\"\u2019\u201d](?=\s|$)",
    _I,
)


def _under_a_test(prior: list[StepDraft]) -> bool:
    """Tell whether the step comes under the test before it, past the deliveries it guards."""
    for step in reversed(prior):
        if step.action == CONDITION:
            return True
        if step.action not in _DELIVERIES:
            return False
    return False


_QUANTIFIED = re.compile(r"^\s*(?:any|each|every)(?:thing|one|body)?\s", _I)


def _picks_its_own(object_text: str) -> bool:
    """Tell whether a delivery's object picks items of its own ("anything over 60 days late")."""
    return bool(_QUANTIFIED.match(object_text)) and (
        find_filter(object_text, after_classify=False) is not None
    )


def _another_class(object_text: str, prior: list[StepDraft], labels: frozenset[str]) -> bool:
    """Tell whether a delivery names a class label other than the one the test before it keeps."""
    if not labels:
        # "classify pos/neg → negative ones to #foh, positive ones to …": with no labels read,
        # a class still names itself with "ones", and one other than the test's is another.
        return " ones" in object_text and _other_ones_named(object_text, prior)
    own = find_filter(object_text, after_classify=True, labels=labels)
    if own is None:
        return False
    named = {own.config.get("value")}
    if not named & labels:
        # "sorted into refund request, seat change or …; … seat changes go to …": a label of
        # two words is named whole, though the filter kept only its first word.
        named |= set(_many_word_labels_named(object_text, labels))
        if not named & labels:
            return False
    test = next(s for s in reversed(prior) if s.action == CONDITION)
    return test.config.get("field") == "$.category" and test.config.get("value") not in named


_ONES_NAMED = re.compile(r"^\W*(?:the\s+)?([a-z][\w-]*)\s+ones\b", _I)


def _other_ones_named(object_text: str, prior: list[StepDraft]) -> bool:
    """Tell whether "<class> ones" names a class other than the one the test before it keeps."""
    named = _ONES_NAMED.match(object_text)
    if named is None:
        return False
    test = next(s for s in reversed(prior) if s.action == CONDITION)
    field = test.config.get("field")
    if field == "$.category":
        return test.config.get("value") != named.group(1).lower()
    # "post the won ones in #partners and email the lost ones to bd@…": a second state of the
    # same field, told with "ones" as the first was, picks its own items from those fetched.
    # The state must be the word before "ones": "ship the same ones to …", "the remaining
    # ones" name the items the test before kept or left, no state of their own.
    word = named.group(1).lower()
    if word in _ONES_OF_THE_TEST_BEFORE or test.config.get("operator") != "equals":
        return False
    own = find_filter(object_text, after_classify=False)
    return (
        own is not None
        and own.config.get("field") == field
        and own.config.get("operator") == "equals"
        and own.config.get("value") != test.config.get("value")
        and word in str(own.config.get("value")).lower()
    )


_ONES_OF_THE_TEST_BEFORE = frozenset(
    {"same", "remaining", "other", "leftover", "rest", "matching", "selected", "chosen", "above"}
)


def _many_word_labels_named(object_text: str, labels: frozenset[str]) -> list[str]:
    """Return the labels of more than one word that the object names, singular or plural."""
    return [
        label
        for label in labels
        if " " in label
        and label.split()[0] in object_text.lower()  # the cheap test first
        and re.search(rf"\b{re.escape(label)}(?:s|es)?\b", object_text, _I)
    ]


_NOT_A_KIND = word_set(
    """
    them it him her us me everyone everybody anyone anything everything all both this these
    those updates results details news alerts reminders messages notifications
    """
)


_NOT_A_CLASS = (
    _NOT_A_KIND
    | FIELDS_OF_EACH
    | word_set(
        """
    ones numbers figures totals counts rates stats statistics metrics values readings scores levels
    prices amounts balances data records rows entries items labels categories classes groups
    summaries reports lists emails files
    """
    )
)


def _class_picked(object_text: str, prior: list[StepDraft]) -> str | None:
    """Return "thrillers" of "the thrillers" delivered right after a classification."""
    if not prior or prior[-1].action != "classify":
        return None
    words = object_text.lower().split()
    # "triage them: injuries go straight to …": a bare plural leading the route names a class.
    if len(words) != 1 and (len(words) != 2 or words[0] != "the"):
        return None
    word = words[-1]
    if len(word) < 4 or not word.isalpha() or not word.endswith("s") or word in _NOT_A_CLASS:
        return None
    # "group them by delivery route, and send the routes to …": what they are grouped by names
    # every group, not one of them.
    criteria = str(prior[-1].config.get("criteria", "")).lower()
    return None if word.rstrip("s")[:4] in criteria else word


def _bare_kind(object_text: str, prior: list[StepDraft], *, placed: bool) -> str | None:
    """Return a bare plural object ("detractors") that names none of what was fetched."""
    sources = [s for s in prior if s.action in FETCHED or s.action == "classify"]
    words = object_text.lower().split()
    if sources and len(words) == 3 and words[0] == "any" and words[1].isalpha():
        # "pull the lesson schedule … and post any open slots": "any" picks some of a kind the
        # fetch did not name, by the state before it.
        named = _named(sources)  # "…/webhooks/failed … any failed deliveries": chosen there
        return None if words[2].rstrip("s")[:5] in named or words[1][:5] in named else words[1]
    if placed and len(words) == 2 and words[0] == "the":
        # "grab the NPS responses … and send the detractors to #cx": "the" before a kind the
        # fetch did not name points at the subset as surely; "the numbers" is all of it, and
        # "the routes" after "group them by delivery route" every group.
        criteria = " ".join(str(s.config.get("criteria", "")) for s in prior).lower()
        whole = words[1] in _NOT_A_CLASS or words[1].rstrip("s")[:4] in criteria
        words = [] if whole else words[1:]
    if not sources or len(words) != 1:
        return None
    word = words[0]
    named = _named(sources)
    if len(word) < 4 or not word.isalpha() or not word.endswith("s") or word in _NOT_A_KIND:
        return None
    return None if word.rstrip("s")[:5] in named else word


def _qualified(rest: str, actions: list[str]) -> ConditionDraft | None:
    """Return the filter a phrase after the delivered noun implies ("leads from Germany")."""
    qualifier = find_qualifier(rest)
    if qualifier is None or not (qualifier.excludes or set(actions) & _DATA_ACTIONS):
        return None
    field = "$.category" if "classify" in actions else "$.status"
    operator = "not_equals" if qualifier.excludes else "equals"
    return ConditionDraft(CONDITION, config(field, operator, qualifier.value), 0.7)


def _second_medium(rest: str, verb: str) -> tuple[int, tuple[str, dict]] | None:
    """Find a second medium after "and": "notify the customer by email and the team on Slack"."""
    for match in _ALSO.finditer(rest):
        first = dest.medium(rest[: match.start()], verb)
        second = dest.medium(rest[match.end() :], "")
        if first and second and first[0] != second[0]:
            return match.start(), second
        # "critical ones go to #incidents and everything else to #orders": the rest sent by the
        # same medium to another place is a delivery of its own ("#a and #b" is one).
        if first and second and first != second and _REST.match(rest, match.end()):
            return match.start(), second
    return None


# "the rest", "everything else", "all the others": what a subset sent first leaves.
_REST_WORDS = (
    r"(?:the\s+rest|the\s+remainder|the\s+others|all\s+(?:the\s+)?others|"
    r"(?:every|any)(?:thing|one|body)\s+else|the\s+remaining\s+\w+)\b"
)
_REST = re.compile(rf"\s*(?:and\s+)?{_REST_WORDS}", _I)
# "… and the team on Slack", "…, the rest to sales@…": a second place, its verb left out;
# "email ops@x.com + pager webhook": a plus written as its sign.
# "send it to engineers@… with a copy in #control-room", "…, copying #ops": a copy to a place
# reached by another medium is a second delivery (by the same medium, it is one message).
_ALSO = re.compile(
    r"\b(?:and(?:\s+also)?|as\s+well\s+as|plus)\b|(?<=\s)\+(?=\s)"
    r"|\bwith\s+(?:a\s+)?cop(?:y|ies)(?:\s+(?:going|sent|posted|dropped))?(?=\s+(?:in|to|into|on)\s)"
    r"|,?\s*\b(?:copying|cc(?:['\u2019]?ing)?)(?:\s+in)?(?=\s+#)"
    rf"|,\s*(?=(?:and\s+)?{_REST_WORDS})",
    _I,
)


# "remind them by email about the overdue tasks": the subset may be named after the medium.
# "about any printer that's offline", "a Slack message with any orders that haven't been
# picked": what the message is about or carries, when it is quantified, picks the items.
_TOPIC = re.compile(
    r"\b(?:(?:about|regarding|concerning)\s+|with\s+(?=(?:any|those)\b|the\s+ones\b))(.*)"
    r"|(?:,\s*|\b)(?:but\s+)?only\s+(?!if\b|when\b)(.*)",
    _I,
)


def _label_named(text: str, labels: frozenset[str]) -> ConditionDraft | None:
    """Return the test for a classify label the words name ("the complaints"), or None."""
    condition = find_filter(text, after_classify=True, labels=labels)
    if condition is None or str(condition.config.get("value", "")).lower() not in labels:
        return None
    return condition


_PLACE_NEXT = re.compile(r"\s*(?:to|in|into)\s+(?:#|[\w.+-]+@|the\s+[\w-]+\s+webhook)", _I)
_WITH_CLASS = re.compile(r"\bwith\s+((?:the|those|all\s+the)\s+\S+\s+ones)\b", _I)
# "the over-£25k ones": the comparison joined to its amount by a hyphen reads as written apart.
_JOINED_COMPARISON = re.compile(r"(?<=\bover)-|(?<=\bunder)-|(?<=\babove)-|(?<=\bbelow)-", _I)
_FOR_CLASS = re.compile(r"\bfor\s+(?:the\s+|all\s+|any\s+)?([\w-]+\s+[\w-]+s)\b", _I)
_DATA_ACTIONS = frozenset({"http.request", "salesforce.query", "extract", "classify"})
_OF_SOMETHING = re.compile(r"\b(?:of|on|about|covering)\s+(?!it\b|them\b)\w", _I)
# "a spend report", "a stock report": one named by what it is of, with "a", is made anew (the
# data it is of may be named after it); "the weekly digest" already exists.
# "a short write-up summarising the week's sales", "a note that recaps …": a thing sent, said
# to sum something up, is a summary made first. The cheap word test gates the pattern.
_SUMMING_WORDS = re.compile(r"summari[sz]|recap|summing|sums\s+up", _I)
_SUMMING = re.compile(
    r"\ban?\s+(?:[#\w'-]+\s+){0,4}?(?:(?:that|which)\s+)?"
    r"(?:summari[sz](?:ing|es)|recap(?:ping|s)|summing\s+up|sums\s+up)\s+\S",
    _I,
)
_A_NEW_ONE = re.compile(r"\ban?\s+(?!weekly\b|daily\b|monthly\b)[\w-]+\s+\w+$", _I)


# A medium named between the recipient and the thing sent: "in Slack a summary of …", "on
# Teams — a digest of …", "by email: the weekly report of …".
_PLACE_THEN_THING = re.compile(
    r"^\s*(?:in|on|via|over|by|through)\s+(?:slack|teams|e-?mail|sms|text|#[\w-]+"
    r"|(?:a\s+)?(?:dm|direct\s+message|private\s+message))\b\W*"
    # "DM Marta on Slack just the ones for Japanese work": "just" limits the items sent.
    r"(?:(?:only|just)\s+)?"
    r"((?:a|an|the|those|all|any|their|his|her|its|this|that|today['\u2019]s|"
    r"[\w-]+['\u2019]s)\b.*)$",
    _I,
)

# "the support leads on the night shift a recap of …": who gets it, placed, then the thing sent.
_RECEIVER_THEN_THING = re.compile(rf"^\s*{ROLE_RECEIVER}\s+((?:a|an)\s.*)$", _I)

# Right after a classification, a bare plural with one modifier ("bug reports", "feature
# requests", no article) names the items of a class, not a thing to make.
CLASS_OF_ITEMS = re.compile(
    r"^\s*(?!the\b|a\b|an\b|all\b|any\b|them\b)[a-z][\w-]*\s+[a-z]+s\s*$", _I
)


def _made_object(object_text: str, prior: list[StepDraft]) -> list[StepDraft]:
    """Return the agent step a delivered noun needs: "a summary of the tickets" is made first.

    A report or summary is made here when it is of something ("a summary of today's deploys") or
    when the steps before fetched data and nothing has summarised it yet; "the weekly digest" on
    its own is a thing that already exists, and sending it is all that is asked.
    """
    actions = {s.action for s in prior}
    if actions & {"generate_report", "summarize"}:
        return []
    # "email reports@example.com": a report named inside an address is no report to make.
    object_text = OPAQUE.sub(" ", object_text)
    if prior and prior[-1].action == "classify" and CLASS_OF_ITEMS.match(object_text):
        return []  # "classify it by topic and post bug reports": the items of one class
    labels = frozenset(label for s in prior for label in s.config.get("labels", ()))
    if _made_label_named(object_text, labels):
        return []  # "fire the bug reports at …" after "tag as bug report, …": one class
    match = _first_made_thing(object_text)
    if match:
        action, strength = ("generate_report", 0.75) if match.re is REPORT else ("summarize", 0.8)
        if (
            _OF_SOMETHING.match(object_text[match.end() :].lstrip())
            or actions & _DATA_ACTIONS
            or _A_NEW_ONE.search(object_text[: match.end()])
        ):
            return [StepDraft(action, {}, strength, phrase_for(action))]
    return []


def _class_made_of(made_text: str, prior: list[StepDraft]) -> ConditionDraft | None:
    """Return the test for the classify label a delivered made thing is of, or None."""
    made = _first_made_thing(made_text)
    if made is None or _under_a_test(prior):
        return None  # "if it is fraud, email a summary of the fraud letters": tested already
    return class_taken_from(made_text[made.end() :], prior)


def _addressed(place: str) -> bool:
    """Tell whether the words after what is sent name an address, channel or webhook for it."""
    # "… to crew@x.com", "… in #ops", "… to the pump-display webhook"; "… to the team" is people.
    return "@" in place or "#" in place or "webhook" in place.lower()


def _summed_up(prior: list[StepDraft]) -> list[StepDraft]:
    """Return the summary a thing sent that sums something up needs, unless one was made."""
    if any(s.action in MADE for s in prior):
        return []
    return [StepDraft("summarize", {}, 0.8, phrase_for("summarize"))]


def _made_label_named(object_text: str, labels: frozenset[str]) -> str | None:
    """Return the label of a classification, named as a made thing is, that the words send."""
    # "tag each as bug report, feature request or praise … fire the bug reports at …": the label
    # names the items of its class, however much it sounds like a report to make.
    return next(
        (
            label
            for label in labels
            if _first_made_thing(label)
            and re.search(rf"\b{re.escape(label)}(?:s|es)?\b", object_text, _I)
        ),
        None,
    )


def _first_made_thing(object_text: str) -> re.Match | None:
    """Return the first report or summary named in what is delivered, None when none is."""
    # "a summary of the week's yields from the farm dashboard API": the thing made comes first;
    # a report word after it ("dashboard") names where its data is from.
    found = [m for m in (REPORT.search(object_text), SUMMARY.search(object_text)) if m]
    return min(found, key=lambda m: m.start(), default=None)


def _named(sources: list[StepDraft]) -> str:
    return " ".join(f"{s.config.get('url', '')} {s.subject}" for s in sources).lower()


# Words of an indirect question's state that say nothing a source's path could name.
# "which pitches are being cut over the weekend, using …/cuts": the period says when the state
# holds, not which state it is, so the source's path need not name it.
_NO_STATE_WORDS = word_set(
    "getting get gets got still currently now due"
    " today tonight tomorrow weekend weekends throughout"
)
_SOURCE_WORDS = re.compile(r"[,;(]|https?://|\b(?:using|based\s+on|from|via)\b", _I)


def _answered_by_source(asked: re.Match[str] | None, sources: list[StepDraft]) -> bool:
    """Tell whether every word of the state asked about is on the path of the clause's source."""
    path = " ".join(_url_path(s.config.get("url", "")) for s in sources)
    if asked is None or not path:
        return False
    # The state ends where the words of the source begin (", using https://…").
    state = _SOURCE_WORDS.split(asked.group("state"), maxsplit=1)[0]
    named = {normalise_stem(w) for w in re.findall(r"[A-Za-z]+", path)}
    words = [
        _participle_stem(w)
        for w in re.findall(r"[A-Za-z]+", state)
        if w.lower() not in STOPWORDS and w.lower() not in _NO_STATE_WORDS
    ]
    return bool(words) and all(w in named for w in words)


def _participle_stem(word: str) -> str:
    """Stem a word, a participle in "-wn" too ("mown", "sown", "grown" as "mowing" is)."""
    lowered = word.lower()
    if lowered.endswith("wn") and len(lowered) >= 4:
        return lowered[:-1]
    return normalise_stem(lowered)


def _url_path(url: str) -> str:
    """Return the path of a URL, its host left out ("api/resurfacing/today")."""
    return url.split("://", 1)[-1].partition("/")[2]
