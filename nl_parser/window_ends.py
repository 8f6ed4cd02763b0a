"""Move the end of a window of hours that a correction names alone ("… — actually, till 10pm").

The correction says when the runs stop and nothing about when they start, so the window keeps its
start and takes the new end. The window is written over its own words as "6-22h" (the hours it
spans, marked as a 24-hour clock's), and the fragment is blanked, so every offset stays.
"""

import re

from nl_parser.schedule import parse_schedule

_I = re.IGNORECASE
_TIME = r"(?:noon|midday|midnight|\d{1,2}(?::[0-5]\d)?(?:\s*[ap]\.?m\b)?)"
# "till 10pm", "until 8", "to 7pm": a correction that names only where a window ends.
WINDOW_END = re.compile(rf"^(?:till|until|til|'til|to|through|thru)\s+{_TIME}$", _I)
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
    if not WINDOW_END.match(fragment):
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
    kept = f"{before[window.start() : window.start('end')]} {fragment}"
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


def window_end_kept(kept: str, cron: str) -> bool | None:
    """Tell whether `cron`'s hours end where the window end `kept` says; None if it names none."""
    if not WINDOW_END.match(kept):
        return None
    said = parse_schedule(kept).schedule
    if said is None:
        return None
    said_hour = said.cron_expression.split()[1]
    # "till midnight" ends a window at its 23 o'clock hour.
    return cron.split()[1].rpartition("-")[2] == ("23" if said_hour == "0" else said_hour)
