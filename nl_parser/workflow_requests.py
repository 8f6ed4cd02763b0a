"""The request for the workflow around its steps: "Can you set up something that …", "Thanks!"."""

import re

from nl_parser.lexicon import blank_all
from nl_parser.workflow_as_it import blank_workflow_it

# A sentence that opens by asking: "Can you …", "Could we …", "Please …", "I'd love …", "We need
# …" (a stop before it; a dot inside "https://x.example/api" is no stop).
_ASKING_SENTENCE = re.compile(
    r"[.!?]\s+(?=(?:(?:can|could|would|will)\s+(?:you|u|we|i)|please|(?:i|we)(?:['\u2019]d|\s+would"
    r"|\s+need|\s+want))\b)",
    re.IGNORECASE,
)


def blank_later_request(text: str) -> str:
    """Blank a request for the workflow that opens a later sentence ("…. Can you set it up …")."""
    # "Bit of background: we run … at https://…, but the volunteers keep missing …. Can you set
    # it up so that …", "… Embarrassing. Could you set up something that, every Thursday …":
    # whatever is told before it (a story, where the data sits, a word of feeling), a sentence
    # that asks for the workflow is still only the request.
    for asking in _ASKING_SENTENCE.finditer(text):
        blanked = blank_request_at(text, asking.end())
        if blanked is not text:
            return blanked
    return text


def blank_request_at(text: str, start: int) -> str:
    """Blank the request for the workflow that opens `text` at `start`, if one does."""
    # A slice, not a start position: each reading of the request is anchored with "^".
    request = _REQUEST.match(text[start:])
    if request is None:
        return text
    end = start + request.end()
    text = text[:start] + _blank_request(request) + text[end:]
    if request.group().rstrip().lower().endswith(" it"):
        # "so that at 15:00 it pulls …, and if … it also posts …": the same "it" again.
        text = blank_workflow_it(text, end)
    return text


def _blank_request(match: re.Match[str]) -> str:
    kept = [" "] * len(match.group())
    for name in ("cadence", "when", "time", "named", "sched"):
        if match.group(name):
            start, end = match.start(name) - match.start(), match.end(name) - match.start()
            kept[start:end] = match.group(name)
    return "".join(kept)


# "Can you set up something that emails me …", "Create a workflow to post …": the request
# around the workflow, not a step of it.
_REQUEST = re.compile(
    r"^\W*(?:(?:hey|hi|hello|yo)\b\W*)?"  # "hey can u set up something that …"
    r"(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+|i\s+(?:want|need|would\s+like)\s+"
    r"(?:you\s+to\s+)?|we\s+need\s+(?:you\s+to\s+)?)*(?:set\s+up|create|build|make|add|write)"
    r"\s+(?:me\s+|us\s+)?(?:an?\s+|some\s+)?"
    # "a nightly job at 1am that exports …": the cadence and time asked for stay to be read.
    r"(?:(?P<cadence>(?:nightly|daily|weekly|hourly|monthly)\s+)?"
    r"(?:workflow|automation|job|flow|something|bot|rule)"
    # "set up a monday noon thing: …", "set up a Monday job at 8:40 that …": a thing named by
    # when it runs, which stays to be read.
    r"|(?P<when>(?:[a-z0-9:]+\s+){1,3}?)(?:thing|job|run|task))"
    # "… job at 8 — no wait, 8:40 — that …": a time put right is left without its "at".
    r"(?P<time>\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm)?)?"
    # "Set up a workflow: every Monday …": a colon or dash ends the request as "that" does.
    r"(?:\s+(?:that|which|to)\b|\s*[:\u2013\u2014])"
    # "I need a workflow that emails me …": the thing asked for, with no verb of making; "I need
    # a Thursday 08:25 run that lists …": a run named by when it runs, which stays to be read.
    r"|^\W*(?:i|we)(?:\s+(?:need|want|would\s+(?:like|love))|'d\s+(?:like|love))\s+(?:an?\s+|some\s+)?"
    r"(?:workflow|automation|job|flow|something|bot|rule"
    r"|(?P<named>(?:[a-z0-9:]+\s+){1,3}?)(?:job|run|task))"
    r"(?:\s+(?:that|which|to|where)\b|\s*[:\u2013\u2014])"
    # "Could you have something check …", "can you get a bot to post …": who does it, then it;
    # "Can we have something that reads …": asked with the teller as the one who has it.
    r"|^\W*(?:(?:hey|hi|hello)\b\W*)?(?:(?:can|could|would)\s+(?:you|u|we|i)\s+|please\s+)?"
    r"(?:have|get)\s+(?:something|a\s+(?:workflow|bot|job|script|automation))"
    r"\s+(?:to\s+|that\s+|which\s+)?(?=\w)"
    # "Could the Brackwater Observatory bot send …", "can our ops bot post …": the doer asked is
    # the workflow itself, named; the verb after it is the step, as after "could you".
    r"|^\W*(?:can|could|would|will)\s+(?:the|our|your|a)\s+(?:[\w&'-]+\s+){0,4}?"
    r"(?:bot|workflow|automation|script)\s+(?=[a-z]{2,}\b)(?!that\b|which\b|is\b|be\b)"
    # "Can you set it up so that every Tuesday we pull …": the request, then the workflow;
    # "could we set it up so …", "can I make it so …": asked with the teller as doer, the same.
    r"|^\W*(?:(?:hey|hi|hello)\b\W*)?(?:(?:can|could|would|shall)\s+(?:you|u|we|i)\s+|please\s+)?"
    r"(?:set\s+(?:it|this|things|everything|something|one)\s+up|make\s+it)\s+so(?:\s+that)?\b"
    # "… so that at 5:15 every morning it pulls …, compiles …": "it" is the workflow, doing the
    # steps as "we" would; the time before it stays to be read.
    r"(?:(?:(?P<sched>\s+(?:at|on|every|each|around|daily|nightly|weekly|hourly)\b"
    r"(?:\s+(?!(?:when|whenever|if|time|it)\b)[\w:]+){0,4}),?)?\s+it(?=\s+[a-z]{2,}s\b))?"
    # "set something up that every Monday queries …", "can you set a job up to post …": the
    # thing asked for between "set" and its particle, ended by "that" as "set up a job that".
    r"|^\W*(?:(?:hey|hi|hello)\b\W*)?(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+)?"
    r"set\s+(?:something|one|an?\s+(?:workflow|automation|job|flow|bot|rule))\s+up"
    r"\s+(?:that|which|to)\b"
    # "Is there a way to get the readings emailed to me …": asking whether it can be done.
    r"|^\W*(?:is|would)\s+there\s+(?:be\s+)?(?:a|any|some)\s+way\s+(?:for\s+(?:me|us)\s+)?to\s+(?=\w)"
    # "Please set up: every 1st of the month …": the request with its object left out.
    r"|^\W*(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+)?set\s+(?:this\s+)?up\s*[:\u2013\u2014]",
    re.IGNORECASE,
)
# "Could you set this up for the QA team?": a sentence that only asks for the workflow.
_ASKED_TO_SET_UP = re.compile(
    r"^\W*(?:(?:hey|hi|hello)\b\W*)?(?:(?:can|could|would)\s+(?:you|u|we)\s+|please\s+)?"
    r"set\s+(?:this|it|something|one)\s+up\b(?!\s+so\b)[^.?!]*[.?!]",
    re.IGNORECASE,
)
# "Hi team — …", "… Thanks!": greetings and thanks around the request say nothing of it.
_COURTESY = re.compile(
    # Every reading starts the text or follows a stop, a comma, "and" or "then": one look-behind
    # at that last letter turns most positions away before the readings are tried.
    r"(?:^|(?<=[.!?,;dn]))(?:"
    r"^\W*(?:hey|hi|hello|good\s+(?:morning|afternoon))(?:\s+(?:there|team|all|everyone|folks|"
    r"guys|y'all))?\s*[,!:\u2013\u2014-]+"
    r"|(?<=[.!?,])\s*(?:thanks|thank\s+you|thx|ta|cheers|much\s+appreciated|appreciate\s+it|"
    r"you(?:'re|\s+are)\s+(?:a\s+lifesaver|the\s+best|awesome|a\s+star)|you\s+rock)"
    r"(?:\s+(?:so\s+much|a\s+(?:lot|ton|bunch|million)|heaps|loads|again|in\s+advance))*\W*$"
    # "Oh, and email …", "Hmm, …": an interjection opening a sentence.
    r"|(?:^|(?<=[.!?]))\s*(?:oh|ah|um+|uh|hmm+|btw)\s*[,!:\u2014-]"
    # "On receipt of each lease, please extract …": a courtesy after a comma or "and" would
    # hide the verb that starts the next step.
    # "…, which runs March to October, could you get …": a request after a comma, the same.
    r"|(?:(?<=[,;])|(?<=\band)|(?<=\bthen))\s*(?:please|kindly|(?:could|can|would)\s+(?:you|u))\b"
    # (but "Hiya, could you set it up so …" is the request for the workflow, read as a whole)
    r"(?=\s+[a-z])(?!\s+(?:set|create|build|make|add|write|have)\b))",
    re.IGNORECASE,
)


def blank_asked_to_set_up(text: str) -> str:
    """Blank a sentence that only asks for the workflow ("Could you set this up for QA?")."""
    return blank_all(_ASKED_TO_SET_UP, text)


def blank_courtesy(text: str) -> str:
    """Blank greetings, thanks and interjections around the request ("Hi team —", "Thanks!")."""
    return blank_all(_COURTESY, text)
