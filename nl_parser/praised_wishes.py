"""A wish said as "if …, that'd be amazing": "If it could also post the list in #front-desk
that'd be amazing.", "If you could text me too, I'd be grateful."

The "if" opens no test: what follows "it could" is asked for, as an order would ask it, and the
praise after it only says it is wanted. The wish said the other way round ("It'd be great if
…") is read in `parser.py`.
"""

import re

from nl_parser.lexicon import blank_spans

# "that'd be amazing", "it would be a huge help", "I'd be grateful", "we'd really appreciate it".
_PRAISE = (
    r"(?:(?:that|it|this)(?:['\u2019]d|\s+would|['\u2019]ll|\s+will)\s+be\s+"
    r"(?:(?:really|so|very|absolutely|super|just|truly|most|hugely)\s+)?"
    r"(?:amazing|great|brilliant|fantastic|perfect|wonderful|awesome|lovely|ideal|helpful|handy|"
    r"nice|useful|excellent|superb|ace|a\s+(?:(?:big|great|huge|massive|real)\s+)?help"
    r"|a\s+(?:life|time)[\s-]?saver|appreciated)"
    r"|(?:i|we)(?:['\u2019]d|\s+would)\s+(?:be\s+(?:(?:very|really|so|most)\s+)?"
    r"(?:grateful|thankful|happy|delighted|thrilled)|(?:really\s+)?(?:appreciate|love)\s+it))"
)
# "If it could also post …", "if you could text me too": asked of the workflow or of you.
_PRAISED_WISH = re.compile(
    r"(?:^|(?<=[.!?]))(?P<if>\s*if\s+(?:it|you|u|we|someone|somebody|the\s+[\w-]+)\s+"
    r"(?:could|can|would))\s(?:[^.!?]|[.!?](?=\S))*?(?P<praise>,?\s*" + _PRAISE + r")"
    r"(?=\s*(?:[.!?]|$))",
    re.IGNORECASE,
)


def blank_praised_wishes(text: str) -> str:
    """Blank "if it could" and the praise of each "if …, that'd be great" wish (same length)."""
    spans = []
    for wish in _PRAISED_WISH.finditer(text):
        spans += [wish.span("if"), wish.span("praise")]
    return blank_spans(text, spans) if spans else text
