"""A heading that picks items by what they do ("Any checkout that leaves a tab unpaid: …")."""

import re

# "Any Quayside Hotel checkout that leaves a minibar balance unpaid: email …", "Any order that is
# flagged as fraud: post …": opening the text (or a sentence), the items a relative clause picks,
# before the colon of their steps, are the event and its test, as "when" would open them.
_ANY_ITEM_THAT = re.compile(
    r"(?:^|(?<=[.!?]\s))\s*(?P<any>any\s+)(?P<item>(?:[\w'&-]+\s+){0,4}?[\w'&-]+)"
    r"(?P<that>\s+(?:that|which|who))\s+(?=[^:.;\n]{3,}:)",
    re.IGNORECASE,
)


def open_any_item_headings(text: str) -> str:
    """Rewrite "Any <item> that <does>:" as "when <item> <does>:", keeping the length."""
    if ":" not in text or "ny " not in text:  # the cheap test first
        return text

    def opened(match: re.Match[str]) -> str:
        said = f"when {match['item']}"
        return match.group()[: match.start("any") - match.start()] + said.ljust(
            match.end("that") - match.start("any")
        )

    return _ANY_ITEM_THAT.sub(opened, text)
