"""The step a second reading adds, with what parameters the text gives it."""

import re

from nl_parser.condition_steps import condition_step
from nl_parser.conditions import read_condition, unread_condition
from nl_parser.destinations import CHANNEL, EMAIL, URL, email_config, slack_config
from nl_parser.drafts import StepDraft

_I = re.IGNORECASE
# A test told after its marker runs to the clause's end: "if it is down, …", "unless …; …".
_MARKED_TEST = re.compile(
    r"\b(?P<mark>if|when|whenever|unless|only\s+if|only\s+when|provided(?:\s+that)?|in\s+case|"
    r"as\s+long\s+as|should)\s+(?P<test>[^,.;:!?\n()\u2014]+?)"
    r"(?=\s*(?:[,.;:!?\n()\u2014]|\bthen\b|$))",
    _I,
)
# "orders above $10k", "anything under 20%", "3 or more faults": a measured test needs no marker.
_AMOUNT = r"[$\u00a3\u20ac]?\d[\d,.]*\s*(?:k\b|%|percent\b)?"
_MEASURE = re.compile(
    r"(?:\b(?:is|are)\s+)?\b(?:over|above|under|below|more\s+than|less\s+than|fewer\s+than|"
    rf"greater\s+than|at\s+least|at\s+most|exceeds?|exceeding)\s+{_AMOUNT}"
    rf"|\b{_AMOUNT}\s*(?:or\s+(?:more|fewer|less|higher|lower|above|below)\b|\+)(?:\s+[a-z]+)?",
    _I,
)
# What a made step is told to do, found by its verb: "summarise …", "tag each one …".
_MADE = {
    "summarize": r"\b(?:summar|recap|digest|roundup|round-up|overview|tl;?dr)",
    "generate_report": r"\breport",
    "classify": r"\b(?:classif|categori[sz]|triage|tag|sort|label|bucket|score)",
    "extract": r"\b(?:extract|pull\s+out|parse|scrape|grab\s+the)",
}
_DEFAULT_INSTRUCTIONS = {
    "summarize": "Summarize the data",
    "generate_report": "Generate a report of the data",
    "classify": "Classify each item",
    "extract": "Extract the fields named in the instruction",
}
_CLAUSE = re.compile(r"[^.;:!?\n]+")


def added_step(action: str, text: str, steps: list[StepDraft], at: int) -> StepDraft | None:
    """Return the `action` step to insert before steps[at], or None when none can be drafted."""
    if action == "check_status":
        return _check(text, steps, at)
    if action in ("http.request", "webhook.post"):
        used = {s.config.get("url") for s in steps}
        urls = [u for u in dict.fromkeys(URL.findall(text)) if u not in used]
        config = {"url": urls[0]} if urls else {}
        return StepDraft(action, config, 0.6, f"{action} (second reading)", doubt=_missing(config))
    if action == "salesforce.query":
        return StepDraft(action, {}, 0.6, "query Salesforce (second reading)")
    if action == "email.send":
        return _delivery(action, text, steps, EMAIL, email_config, "to")
    if action == "slack.post_message":
        return _delivery(action, text, steps, CHANNEL, slack_config, "channel")
    if action in _MADE:
        clause = next(
            (c.strip() for c in _CLAUSE.findall(text) if re.search(_MADE[action], c, _I)), ""
        )
        return StepDraft(
            action, {"instructions": clause or _DEFAULT_INSTRUCTIONS[action]}, 0.6, clause
        )
    if action == "wait_for_signal":
        return StepDraft(action, {"signal": "approval"}, 0.6, "wait for approval (second reading)")
    # A fixed wait needs its span, which a second reading cannot tell apart from the schedule's.
    return None


def _check(text: str, steps: list[StepDraft], at: int) -> StepDraft:
    """Return the test of the first condition no step tests yet, or a weak guess at one."""
    tested = " ".join(s.subject.lower() for s in steps if s.action == "check_status")
    for test, negate in _tests_told(text):
        if " ".join(test.lower().split()) in tested:
            continue
        condition = read_condition(test)
        if condition is not None:
            return condition_step(condition, negate=negate)
    # "post the urgent ones": an unread filter, named by what the next step is told to do.
    told = steps[at].phrase if at < len(steps) else text
    step = condition_step(unread_condition(told), negate=False)
    step.doubt = "the test it makes is a guess from the words; set its field and value"
    return step


def _tests_told(text: str):
    """Yield each test the text tells, and whether it is told turned around ("unless …")."""
    for match in _MARKED_TEST.finditer(text):
        yield match.group("test"), match.group("mark").lower() == "unless"
    for match in _MEASURE.finditer(text):
        if match.group()[0].isdigit() or match.group()[0] in "$\u00a3\u20ac":
            # "3 or more faults": the measured thing follows the amount.
            yield f"it has {match.group()}", False
        # The measured thing is the word or two before the measure: "orders above $10k".
        before = text[: match.start()].split()[-3:]
        for words in range(1, len(before) + 1):
            yield " ".join([*before[-words:], match.group()]), False


def _delivery(action, text, steps, pattern, configure, key) -> StepDraft:
    """Return a delivery to a place the text names that no step delivers to yet."""
    used = {place for s in steps for place in _places(s.config.get(key))}
    config = configure(text)
    free = [p for p in dict.fromkeys(pattern.findall(text)) if p not in used]
    if free:
        config[key] = free if key == "to" else free[0]
    else:
        config.pop(key, None)
    return StepDraft(action, config, 0.6, f"{action} (second reading)", doubt=_missing(config, key))


def _places(value) -> list:
    """Return the places a delivery's config names, whether one or a list."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _missing(config: dict, key: str = "url") -> str:
    """Say which parameter a person must fill in, when the text did not give it."""
    return "" if config.get(key) else f"the text gives no {key} for it; fill it in"
