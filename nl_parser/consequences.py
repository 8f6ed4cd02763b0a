"""Read a test written as the subject of what it brings about, and the step it brings about.

"Any room outside 45-55% humidity means the dehumidifier webhook gets triggered", "a reading
above 1,500 ppm calls for the fan webhook to be triggered", "any volume over 90% warrants the
cleanup webhook being triggered": the subject is the test, the rest the step it guards, often in
the passive ("the X webhook gets triggered" reads as "trigger the X webhook").
"""

import re

from nl_parser.verbs import lemma

_I = re.IGNORECASE

# The verbs that join a test to what it brings about; a word test runs before the pattern.
_BRINGS_ABOUT_WORDS = (
    "means",
    "mean",
    "calls for",
    "warrants",
    "requires",
    "should mean",
    "must mean",
    "needs",
    "need",
    "trigger",
    "triggers",
    "fire",
    "fires",
    "set off",
    "sets off",
    "kick off",
    "kicks off",
    "gets",
    "get",
)
_MESSAGE = r"(?:dm|text|sms|email|e-mail|message|page|alert|notification|ping|heads-up)"
# "gusts over 25 m/s mean hitting …": a plural test means too; the test must compare, so
# "post the mean price" is never read so.
_BRINGS_ABOUT = re.compile(
    r"^(?P<test>\W*\w.*?)\s+(?:(?:should|must|will)\s+mean|means?|calls\s+for|warrants|requires"
    # "anything warmer than -15°C needs flagging in #qa-team": what it needs done, as a gerund.
    r"|needs?(?=\s+[a-z]+ing\b)"
    # "anything due inside 24 hours gets a Slack DM to Marek": what it gets is the message sent.
    r"|gets?(?=\s+(?:an?\s+)?(?:[\w-]+\s+)?" + _MESSAGE + r"\b))"
    r"\s+(?:that\s+)?(?P<step>\w.*)$"
    # "any bay reporting a jammed brush should trigger the maintenance webhook": a test as the
    # subject of a verb of setting off is what sets the step off.
    r"|^(?P<cause>\W*\w.*?)\s+(?:(?:should|must|will|shall|is\s+to|ought\s+to)\s+)?"
    r"(?P<sets_off>(?:trigger|fire|set|kick)s?)(?P<off>\s+off)?\s+(?P<what>(?:the|an?|our)\s.*)$",
    _I,
)
_GOT = re.compile(r".*\bgets?\s+$", _I)
# "flagging", "posting", "escalating": the verb a gerund is a form of.
_GERUND = re.compile(r"^(?P<gerund>[a-z]+)ing\b(?P<rest>.*)$", _I)
# "the X webhook gets triggered", "… to be triggered", "… being triggered", "… should be called".
_DONE_TO = re.compile(
    r"^(?P<object>\S.*?)\s+(?:gets?|is|are|be|to\s+be|being|(?:should|must|will|shall)\s+be)\s+"
    r"(?P<done>[a-z]+ed)\b(?P<rest>.*)$",
    _I,
)

# "the duty manager gets a text through the SMS webhook", "the agronomist needs an email": the one
# told is the subject and the message the object, read as "send a text to the duty manager …".
_TOLD = re.compile(
    r"^(?P<who>\S.*?)\s+(?:gets?|needs?|receives?|(?:should|must|will|shall)\s+(?:get|receive))"
    r"\s+(?P<message>(?:an?|the)\s+(?:[\w-]+\s+)?(?:text|sms|email|e-mail|message|page|alert|"
    r"notification|call|ping|heads-up))\b(?P<rest>.*)$",
    _I,
)
_TOLD_WORDS = (" get", " need", " receive")


def test_and_consequence(text: str) -> tuple[str, str] | None:
    """Return the test and the step (as an imperative) of "<test> means <step>", or None."""
    lowered = text.lower()
    if not any(f" {word} " in lowered for word in _BRINGS_ABOUT_WORDS):
        return None
    found = _BRINGS_ABOUT.match(text)
    if found is None:
        return None
    if found["cause"] is not None:
        verb = found["sets_off"].lower().removesuffix("s")
        if (verb in ("set", "kick")) != bool(found["off"]):
            return None  # "sets the table", "triggers off …": no verb of setting off
        return found["cause"], f"trigger {found['what']}"  # a webhook set off is triggered
    step = found["step"]
    if _GOT.match(text[found.start("step") - 5 : found.start("step")]):
        step = f"send {step}"  # "gets a Slack DM to Marek": send it one
    gerund = _GERUND.match(step)
    if gerund:
        verb = _verb_of_gerund(gerund["gerund"].lower())
        step = f"{verb} it{gerund['rest']}" if verb else step
    done = _DONE_TO.match(step)
    verb = lemma(done["done"]) if done else None
    if done and verb:
        step = f"{verb} {done['object']}{done['rest']}"
    elif any(word in f" {step.lower()}" for word in _TOLD_WORDS):
        told = _TOLD.match(step)
        if told:
            step = f"send {told['message']} to {told['who']}{told['rest']}"
    return found["test"], step


def _verb_of_gerund(stem: str) -> str | None:
    """Return the known verb "<stem>ing" is a form of ("flagg" → "flag", "escalat" → "escalate")."""
    doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
    return lemma(stem) or lemma(doubled) or lemma(stem + "e")
