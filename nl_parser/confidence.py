"""Score how sure the parser is, in [0, 1].

Two things are measured: how much of the text was understood (content words consumed by the
schedule grammar or by a clause that mapped to steps, over all content words) and how strongly
each understood part matched (explicit verb and medium = 1.0, implied or defaulted parts less).
Each content word left over costs extra, since a missed word is how a step goes missing.
Warnings (missing tools, inexpressible schedules) and fallbacks subtract from the score. A parse
with no steps scores low whatever else it read.
"""

from nl_parser.lexicon import content_tokens


def coverage(text: str, spans: list[tuple[int, int]]) -> tuple[float, int]:
    """Return the share of content words inside the understood spans and how many are left over."""
    tokens = content_tokens(text)
    if not tokens:
        return 0.0, 0
    understood = sum(1 for t in tokens if any(s <= t.start() and t.end() <= e for s, e in spans))
    return understood / len(tokens), len(tokens) - understood


def score(
    *,
    covered: float,
    leftover: int,
    strengths: list[float],
    warnings: int,
    fallbacks: int,
    has_steps: bool,
) -> float:
    """Combine coverage, match strengths and penalties into a confidence in [0, 1]."""
    if not has_steps or not strengths:
        return round(min(0.25, 0.25 * covered), 3)
    mean = sum(strengths) / len(strengths)
    weakest = min(strengths)
    value = 0.15 + 0.4 * covered + 0.45 * (0.6 * mean + 0.4 * weakest)
    # Each word left unread may hide a step, so leftovers cost more than their share of the text.
    value -= 0.06 * min(leftover, 5) + 0.1 * warnings + 0.05 * fallbacks
    return round(max(0.05, min(0.98, value)), 3)
