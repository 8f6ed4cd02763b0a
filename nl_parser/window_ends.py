"""Move the end of a window of hours that a correction names alone ("… — actually, till 10pm").

The correction says when the runs stop and nothing about when they start, so the window keeps its
start and takes the new end. A time said alone after the window, with no other time between
("from 10am to 10pm — no, 11pm"), corrects the time nearest it, the window's end, the same way.
The window is written over its own words as "6-22h" (the hours it spans, marked as a 24-hour
clock's), and the fragment is blanked, so every offset stays.
"""

import re

from nl_parser.schedule import parse_schedule

_I = re.IGNORECASE
_TIME = r"(?:noon|midday|midnight|\d{1,2}(?::[0-5]\d)?(?:\s*[ap]\.?m\b)?)"
# "till 10pm", "until 8", "to 7pm": a correction that names only where a window ends.
WINDOW_END = re.compile(rf"^(?:till|until|til|'til|to|through|thru)\s+{_TIME}$", _I)
# "to 10pm", "and 6pm", "-7pm": the words a window's end was written in.
_END_WRITTEN = re.compile(
    rf"^(?:(?:and|till|until|til|'til|to|through|thru)\s+|[\u2013-]\s*){_TIME}$", _I
)
_TIME_WORDS = ("noon", "midday", "midnight")
# "11pm", "9:30pm", "midnight": a time said alone; a bare "6" may be a count, so it names none.
_TIME_ALONE = re.compile(
    r"^(?:noon|midday|midnight|\d{1,2}(?::[0-5]\d)?\s*[ap]\.?m|\d{1,2}:[0-5]\d)$", _I
)
# "from 6am to 9pm", "between 8am and 6pm", "9am-5pm": a window's start, then its end.
_WINDOW = re.compile(
    rf"(?:\b(?:between|from)\s+)?(?P<start>{_TIME})"
    rf"(?P<end>(?:\s+(?:and|to|until|till|til|through|thru)\s+|\s*[\u2013-]\s*){_TIME})",
    _I,
)
_HOURS = re.compile(r"(\d{1,2})-(\d{1,2})")


def moved_window_end(
    text: str, said_end: int, fragment: str, fragment_at: int
) -> tuple[str, str] | None:
    """Return `text` with the last window before `said_end` ending where the fragment says.

    Also return the words of the end dropped; None when no window of hours stands before it.
    """
    named_end = WINDOW_END.match(fragment)
    if not named_end and not _TIME_ALONE.match(fragment):
        return None
    before = text[:said_end]
    spans = parse_schedule(before).spans
    # Only a window the schedule read: "between 8 and 12 bar" is a range of values.
    windows = [
        m
        for m in _WINDOW.finditer(before)
        if any(s <= m.start() and m.end() <= e for s, e in spans)
    ]
    if not windows:
        return None
    window = windows[-1]
    if not named_end and _names_a_time(before[window.end() :]):
        return None  # "from 9am to 5pm, and at 8pm — no, 9pm": the time nearest is not the end
    said = fragment if named_end else f"to {fragment}"
    kept = f"{before[window.start() : window.start('end')]} {said}"
    moved = parse_schedule(f"every hour {kept}").schedule
    hours = _HOURS.fullmatch(moved.cron_expression.split()[1]) if moved else None
    written = f"{hours[1]}-{hours[2]}h" if hours else ""
    # A window that ends before it starts is none a day's hours can name; a longer window than
    # the words it replaces would move the offsets after it.
    if not hours or int(hours[1]) >= int(hours[2]) or len(written) > len(window.group()):
        return None
    start, stop = window.span()
    text = text[:start] + written.ljust(stop - start) + text[stop:]
    fragment_end = fragment_at + len(fragment)
    text = text[:fragment_at] + " " * len(fragment) + text[fragment_end:]
    return text, window.group("end").strip()


def _names_a_time(words: str) -> bool:
    """Tell whether `words` hold a time of their own (any digit, or noon or midnight)."""
    lowered = words.lower()
    return any(c.isdigit() for c in words) or any(w in lowered for w in _TIME_WORDS)


def window_end_kept(kept: str, cron: str, dropped: str = "") -> bool | None:
    """Tell whether `cron`'s hours end where the window end `kept` says; None if it names none.

    A time alone that replaced a window's end (`dropped`, "to 10pm") names one too.
    """
    if not WINDOW_END.match(kept) and not (_TIME_ALONE.match(kept) and _END_WRITTEN.match(dropped)):
        return None
    said = parse_schedule(kept).schedule
    if said is None:
        return None
    said_hour = said.cron_expression.split()[1]
    # "till midnight" ends a window at its 23 o'clock hour.
    return cron.split()[1].rpartition("-")[2] == ("23" if said_hour == "0" else said_hour)
