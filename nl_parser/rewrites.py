"""Rewrites that keep an instruction's meaning, and a check that its parse keeps its answer.

A labelled case the parser answers right should stay right when it is asked the way people
also ask: wrapped in a request ("Can you set up a workflow for this: …") or a closing ("Is that
possible?"), typed on a phone (curly quotes, "&", "pls", emoji), or with other spellings of the
same schedule ("9 AM", "Mon", "mins"). Each rewrite here changes no label, so a case whose
answer changes under one shows a rule that matched the surface instead of the construction.

    python -m nl_parser.rewrites FILE.jsonl …   # flips per rewrite; exit 1 if any
"""

import argparse
import json
import re
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from nl_parser.entry import parse


def _lower_first(text: str) -> str:
    return text if text[:2].isupper() else text[:1].lower() + text[1:]


def _ended(text: str) -> str:
    text = text.rstrip()
    return text if text.endswith((".", "!", "?")) else text + "."


_MERIDIEM = re.compile(r"\b(\d{1,2}(?::\d\d)?)\s*([ap])m\b")
_DAYS = {"Monday": "Mon", "Tuesday": "Tue", "Wednesday": "Wed", "Thursday": "Thu"}
_DAYS |= {"Friday": "Fri", "Saturday": "Sat", "Sunday": "Sun"}
_DAY = re.compile(r"\b(" + "|".join(_DAYS) + r")\b")


def _on_24_hours(match: re.Match[str]) -> str:
    hour, _, minute = match[1].partition(":")
    return f"{int(hour) % 12 + (12 if match[2] == 'p' else 0):02d}:{minute or '00'}"


_SMALL = {"2": "two", "3": "three", "5": "five", "10": "ten", "15": "fifteen", "30": "thirty"}
_EVERY_N = re.compile(r"\bevery (2|3|5|10|15|30) (minutes|hours|days)\b")

REWRITES: dict[str, Callable[[str], str]] = {
    "asked for this": lambda s: "Can you set up a workflow for this: " + s,
    "the following": lambda s: "Please set up the following: " + s,
    "automate this?": lambda s: "Could you automate this for me? " + s,
    "request label": lambda s: "New workflow request: " + s,
    "what I need": lambda s: "Here's what I need: " + _lower_first(s),
    "greeting": lambda s: "Hey team, " + _lower_first(s),
    "pls": lambda s: "pls " + _lower_first(s),
    "thanks": lambda s: _ended(s) + " Thanks!",
    "anything unclear": lambda s: _ended(s) + " Let me know if anything is unclear.",
    "possible?": lambda s: _ended(s) + " Is that possible?",
    "emoji": lambda s: s.rstrip() + " \U0001f64f",
    "who asks": lambda s: "Hi! I run a small bakery. " + s,
    "context": lambda s: "Context: our ops team is tiny. " + s,
    "why": lambda s: _ended(s) + " We keep forgetting to do this by hand.",
    "the #x channel": lambda s: re.sub(r"\b(to|in|into) (#[\w-]+)", r"\1 the \2 channel", s),
    "ampersand": lambda s: s.replace(" and ", " & "),
    "curly quotes": lambda s: s.replace("'", "\u2019"),
    "double spaces": lambda s: s.replace(" ", "  "),
    "9 AM": lambda s: _MERIDIEM.sub(lambda m: f"{m[1]} {m[2].upper()}M", s),
    "9 a.m.": lambda s: _MERIDIEM.sub(lambda m: f"{m[1]} {m[2]}.m.", s),
    "Mon": lambda s: _DAY.sub(lambda m: _DAYS[m[1]], s),
    "mins": lambda s: re.sub(r"\b(\d+) minutes\b", r"\1 mins", s),
    "every five": lambda s: _EVERY_N.sub(lambda m: f"every {_SMALL[m[1]]} {m[2]}", s),
    "daily": lambda s: re.sub(r"\b[Ee]very day\b", "daily", s),
    "Monday to Friday": lambda s: re.sub(r"\bevery weekday\b", "Monday to Friday", s),
    "24-hour clock": lambda s: _MERIDIEM.sub(_on_24_hours, s),
    "lower case": str.lower,
}


def _answer(text: str, context: dict) -> tuple:
    return _answer_in(text, json.dumps(context, sort_keys=True))


@lru_cache(maxsize=4096)
def _answer_in(text: str, context: str) -> tuple:
    # Cached: every rewrite asks again for the answer to the case as written.
    result = parse(text, json.loads(context))
    return (result.schedule.cron_expression if result.schedule else None), tuple(result.actions)


def flips(cases: list[dict], name: str) -> list[tuple[str, tuple, tuple]]:
    """Return (rewritten text, expected, got) for each right case the rewrite `name` makes wrong."""
    rewrite = REWRITES[name]
    found = []
    for case in cases:
        context = case.get("context") or {}
        expected = (case["expect"].get("cron"), tuple(case["expect"]["actions"]))
        rewritten = rewrite(case["instruction"])
        if rewritten == case["instruction"] or _answer(case["instruction"], context) != expected:
            continue
        got = _answer(rewritten, context)
        if got != expected:
            found.append((rewritten, expected, got))
    return found


def main(argv: list[str] | None = None) -> int:
    """Print each rewrite's flips over the labelled files; exit 1 when there is any."""
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("paths", type=Path, nargs="+")
    paths = arguments.parse_args(argv).paths
    cases = [
        json.loads(line)
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    total = 0
    for name in REWRITES:
        found = flips(cases, name)
        total += len(found)
        print(f"{name:18} {len(found)} flips")
        for text, expected, got in found[:5]:
            print(f"    {text[:150]}\n      expected {expected}\n      got      {got}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
