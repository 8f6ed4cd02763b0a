"""Read "shout out X in #channel" (praise posted where the team sees it) as "post X in …",
and "shout about it in #channel" (news raised there) as "post about it in …"."""

import re

# "shout them out in #team-kitchen", "get shouted out in #big-wins", "shout out the top sellers
# in #shop-floor": items shouted out in a Slack channel are posted there; what is told first
# ("shout them out") keeps its place, and "out" is blanked (the same length, so the spans of
# the text stay where they were).
_SHOUTED_OUT = re.compile(
    r"\bshout(?P<form>s|ed|ing)?(?P<told>\s+(?:it|them|this|that|these|those))?\s+out\b"
    r"(?=[^.;!?]*?\b(?:in|on|to|across)\s+(?:#[\w-]+|slack\b))",
    re.IGNORECASE,
)
# "shout about it in #traffic-desk and email …": news raised loudly in a channel is posted
# there too; only the verb changes ("about" keeps what is told).
_SHOUTED_ABOUT = re.compile(
    r"\bshout(?P<form>s|ed|ing)?(?=\s+about\b[^.;!?]*?\b(?:in|on|to|across)\s+(?:#[\w-]+|slack\b))",
    re.IGNORECASE,
)
_POSTED = {None: "post", "s": "posts", "ed": "posted", "ing": "posting"}


def shout_outs_as_post(text: str) -> str:
    """Return text with each "shout X out" into a Slack channel written as "post X"."""
    if "shout" not in text and "Shout" not in text:
        return text  # the cheap test first: almost no text shouts anything out
    text = _SHOUTED_OUT.sub(_as_post, text)
    return _SHOUTED_ABOUT.sub(lambda m: _verb_for(m).ljust(len(m.group())), text)


def _verb_for(match: re.Match[str]) -> str:
    """Return "post" in the shouting verb's form and case ("Shouted" → "Posted")."""
    verb = _POSTED[match["form"] and match["form"].lower()]
    return verb.capitalize() if match.group()[0].isupper() else verb


def _as_post(match: re.Match[str]) -> str:
    verb = _verb_for(match)  # "Shout out the winners in #wins" opens its sentence
    told = match["told"] or ""
    start = match.start()
    verb_end = (match.start("told") if match["told"] else match.end()) - start
    if told:
        # "shout them out": "post" in the verb's room, the object kept, "out" blanked.
        return verb.ljust(verb_end) + told + " " * (match.end() - match.end("told"))
    return verb.ljust(match.end() - start)
