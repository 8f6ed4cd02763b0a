"""How the run goes, said before its steps: "In one go: tag each chat …", "All at once, …".

Saying the steps are done together, after the data is told ("Here's an export of 2,400 chats.
In one go: tag …, pull out …, post …"), asks for no step and no schedule; left in, its words
stay unread and the step after the colon is lost inside the label.
"""

import re

from nl_parser.lexicon import blank_spans

# A sentence (or the text) opening on the manner, then a colon, comma or dash before the steps.
_IN_ONE_GO = re.compile(
    r"(?:^|(?<=[.!?;\n]))\s*"
    r"(?P<manner>(?:in\s+(?:one|a\s+single)\s+(?:go|pass|batch|run|sweep|sitting|shot)"
    r"|all\s+(?:at\s+once|in\s+one\s+go|together))\s*(?::|,|\s[\u2013\u2014-]))(?=\s)",
    re.IGNORECASE,
)


def blank_in_one_go(text: str) -> str:
    """Blank "In one go:" (or "In a single pass,", "All at once —") opening a sentence."""
    lowered = text.lower()
    if "one " not in lowered and "single " not in lowered and "all " not in lowered:
        return text  # the cheap test first: most texts say nothing of the kind
    return blank_spans(text, [match.span("manner") for match in _IN_ONE_GO.finditer(text)])
