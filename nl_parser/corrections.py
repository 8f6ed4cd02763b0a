"""Apply self-corrections: "at 23:59, no, at 23:00", "email it to a@x.com, sorry, post it to #ops".

A marker ("no,", "actually", "I mean", "sorry", "Edit:", "make that", "or rather", "scratch that",
"scrap that", "let's say", "on second thought", "hang on", "change that", a delivery thrown out by
name ("scratch the email,"), or "(no, …)" in brackets) is followed by the corrected fragment, up to
the next comma, closing bracket or sentence end. What the fragment replaces depends on what it is: a
schedule fragment blanks the earlier schedule words of the same kind (clock time, weekday, date,
interval); a fragment that opens with a verb blanks the clause before the marker (a comma or "and"
inside schedule words starts none), though a condition after it stays; a medium named alone ("make
that the pager webhook") does the same and gets "send to" written before it, and one named with its
place ("make that an email to b@x.com") gets "send"; a channel, address or URL blanks the last one
of its kind before the marker. A reason closing a dashed correction ("— scratch that, 03:15,
compaction overruns —") is blanked. So is a reason between two markers ("— no wait, the 2nd's a bank
holiday, make it the 3rd"); a day of the month alone keeps the month it corrects ("on 2 January"
becomes "3 January"). A place or medium denied beside the one kept ("email them to a@x.com, not the
webhook") is blanked, as is a bare hour denied beside a time ("1pm, not 2"). Blanking keeps every
offset, so the grammars run on the corrected text unchanged.
"Change of plan: use X instead of Y" is a marker and fragment too: it names medium X alone.
"That address is dead now, use b@x.com" is one too (`swapped_places.py`): "use" and a place alone.
"""

import re
from dataclasses import dataclass

from nl_parser.calendar_words import MONTH
from nl_parser.clock import (
    HOUR_WORD,
    OWN_PERIOD,
    PAST_TO,
    SPELLED_HOUR,
    SPELLED_TIME,
    placed_by,
    read_clock,
)
from nl_parser.lexicon import blank_spans, names_any, word_set
from nl_parser.renamed_places import renamed_place, told_change_markers
from nl_parser.schedule import parse_schedule
from nl_parser.swapped_places import swapped_place_markers
from nl_parser.verbs import main_verb
from nl_parser.window_ends import moved_window_end, window_end_kept

_I = re.IGNORECASE
_MARKER = re.compile(
    # "at 18:30 Berlin time (no, 19:00), fetch …": a bracket may open the correction too.
    r"(?:[,;]|\.\.\.|\u2026|[.?!](?=\s)|\s[-\u2013\u2014]|\s\()\s*"
    # "— hmm no, 3:15pm", "; um, sorry, …": a hesitation may come before the take-back.
    # ". Actually, change of plan: email it …": "actually" stacked before another take-back.
    r"(?:(?:hmm+|um+|uh+|erm|er|ah+|oh|actually)\b[\s,.]*)?"
    # "— no scratch that, use the webhook": "no" stacked before another take-back.
    r"(?:no\b[\s,]*(?=scra(?:tch|p)\s+that|sorry|correction)|nope\b[\s,]*(?=scra(?:tch|p)\s+that))?"
    r"(?:no(?:\s+wait)?|nope|sorry|correction|"
    # ". Edit: 1pm, not 2.": a written "Edit:" label takes back as "Correction:" does; one that
    # adds ("Edit: also email …") takes nothing back.
    r"edit(?=\s*:(?!\s*(?:also|and|plus|p\.?s)\b))|"
    # "wait no, sundays": "wait" followed by "no" takes back, it asks for no wait step
    r"scra(?:tch|p)\s+that|oh\s+wait|wait(?=[\s,]+no(?:pe)?\b)|oops|whoops|"
    # "in #drivers — wait, #driver-coordinators", "at 4pm — wait, 5pm": "wait" and straight
    # after it a place or a time, what a correction names, takes back; "wait, then …" waits.
    r"wait(?=\s*[,:\u2014-]\s*(?:#[\w-]|[\w.+-]+@[\w-]+\.|https?://|"
    r"\d{1,2}(?::[0-5]\d)?\s*[ap]\.?m\b|\d{1,2}:[0-5]\d\b|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|"
    # "— wait, put it in #lunch-duty instead": a step that undoes one ("instead") takes back.
    r"(?:[^.;!?\n]|\.(?=\S)){0,80}?\binstead\b))|"
    # "— hang on, tuesdays", ". Change that: post it in #ops": spoken take-backs
    r"hang\s+on|change\s+that|"
    # "… if gusts go over 45 km/h. Change of plan: use the radio webhook instead of email."
    r"change\s+of\s+plans?)"
    # "— no, hang on, send it to …": a pause stacked after the take-back belongs to it too.
    r"(?:[\s,]+(?:no|sorry|wait|hang\s+on|hold\s+on))*\s*[,:\u2014-]"
    # "— actually no, send them …": "no" after "actually" belongs to the marker, not the fragment
    # "— wait, make that Tuesdays", "; hold on: actually 8am": a pause before the take-back is
    # part of the marker, it asks for no wait step.
    r"|(?:(?:[,;]|[.?!](?=\s)|\s[-\u2013\u2014]|\s\()\s*(?:wait|hold\s+on|hang\s+on)\s*[,:\u2014-]?\s*"
    r"|(?:[,;]|\s[-\u2013\u2014])?\s*)"
    # "— wait, better make it 4:30pm", "maybe make that 3pm": a hedge before the take-back is
    # part of the marker.
    r"(?:\b(?:(?:we|you|i)'d|better|best|maybe|perhaps|probably)\s+){0,3}"
    r"\b(?:actually(?:,?\s+no(?:pe)?(?=\s*,))?|i\s+meant?|"
    r"make\s+that|or\s+rather|"
    r"on\s+second\s+thoughts?|"
    # "On reflection, email them …", "thinking about it, post …": a second look takes back too.
    r"on\s+reflection|(?:come\s+to\s+)?think(?:ing)?\s+(?:about|of)\s+it|having\s+thought\s+about\s+it|"
    r"let'?s\s+(?:just\s+)?(?:say|go\s+with|make\s+it|do)|"
    # "make it the 3rd": a day of the month named with "the" is a schedule fragment too.
    r"make\s+it(?=\s+(?:at\s|on\s|every\s|each\s|\d|noon|midnight|the\s+\d{1,2}(?:st|nd|rd|th)\b|"
    # "7pm — actually, make it half past six": a time spelled out is a schedule fragment too.
    r"(?:a\s+)?(?:half|quarter|five|ten|twenty(?:-five)?)\s+(?:past|to|after|till|before)\s|"
    r"half\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)\w*)))"
    r"\b\s*[,:]?"
    # "at 9:45 — hmm, we open at 10:30 now, so quarter past ten instead": "so … instead" takes
    # back what came before it, as "actually" does; the reason before "so" goes with it.
    r"|(?:[,;]|\s[-\u2013\u2014])\s*(?:(?:hmm+|um+|well|ok(?:ay)?)\b,?\s*)?"
    r"(?:[^,;.!?\u2014]{1,60}?,\s*)?so\s+(?=[^,;.!?]{1,40}?\binstead\b)"
    # "… every Monday at 10am — no, 10:30, and send it to gm@… instead": a step said again with
    # its pronoun, ending "instead", takes back the step before it, with or without a marker.
    # The comma stays, to end the fragment of a correction before it.
    r"|(?:(?<=[,;])|(?<=\s[-\u2013\u2014]))\s*(?:and\s+)?"
    r"(?=[a-z]+\s+(?:it|them|this|that|these|those)\s(?:[^,;!?\n.]|\.(?=\S)){0,80}?"
    r"\binstead\b(?!\s+of\b))"
    # "Actually, scratch the email, put it in #hiring": the delivery thrown out is named, then the
    # step that replaces it; after a break, as a take-back always stands.
    r"|(?:(?<=[,;.!?:]\s)|(?<=\s[-\u2013\u2014]\s))(?:scratch|scrap|forget(?:\s+about)?|drop|ditch|skip|"
    r"lose|cancel|never\s+mind|nix)\s+(?:the|that)\s+(?:[\w-]+\s+)?"
    r"(?:e-?mail|slack|webhook|text|sms|message|post|ping|dm)(?:\s+(?:message|post|part|bit|step))?"
    r"\s*(?:[,:]|\s[-\u2013\u2014])",
    _I,
)
# "send it at 10am instead", "post them on Fridays": a step's verb and pronoun, then schedule words.
_RESTATED = re.compile(
    r"^[a-z]+\s+(?:it|them|this|that|these|those)\s+(?P<when>(?:at|on|every|each)\b.*?)"
    r"(?:\s+instead)?\W*$",
    _I,
)
_FRAGMENT_END = re.compile(r"[,;.!?]\s|\s[-\u2013\u2014]\s|\)|[,;.!?]?$")
# "at 9 - actually make it 10": a bare hour corrects the clock time it follows.
_BARE_HOUR = re.compile(r"^\d{1,2}$")
_NO_MERIDIEM = re.compile(r"^(?:1[0-2]|0?[1-9])(?::[0-5]\d)?$")
_MERIDIEM = re.compile(r"\b\d{1,2}(?::\d\d)?\s*([ap])\.?m\b", _I)
_TWENTY_FOUR = re.compile(r"\b([01]?\d|2[0-3]):[0-5]\d\b")
_HOUR_AFTER_AT = re.compile(r"\bat\s+(\d{1,2}(?::\d\d)?\s*(?:am|pm)?)(?![\w:])", _I)
# "any machine showing an error → email fixit@…": an arrow ends the test and opens the step.
_CLAUSE_START = re.compile(r"[,;:]\s+|\b(?:and|then)\s+|(?<=\s)(?:-+>|=+>|\u2192)\s+", _I)
_SENTENCE_END = re.compile(r"[.!?]\s+|\n+")
# A word of every take-back _MARKER reads ("no", "scratch that", "i meant", "let's say", "so …
# instead", "ditch the email"): a text without one has no marker.
_TAKE_BACK_WORDS = word_set(
    """
    no nope sorry correction edit scratch scrap wait oops whoops hang change actually mean meant
    make rather second reflection think thinking thought let lets instead forget drop ditch skip
    lose cancel never nix
    """
)
# "Sorry, wrong channel —", "Oops, that was the wrong address:": the slip named as wrong says
# what the correction after it replaces; it is no step and no fragment of its own.
_SLIP_NAMED = r"(?:that(?:'s|\s+was|\s+is)\s+)?(?:the\s+)?wrong\s+(?:[\w-]+\s+)?[\w-]+"
_ONLY_MARKERS = re.compile(
    r"[\s,;:\u2014-]*(?:(?:no|nope|sorry|wait|actually|oh|oops|whoops|ok(?:ay)?|correction|and|also"
    r"|hmm+|um+|erm|well"
    rf"|on\s+second\s+thoughts?|on\s+reflection|{_SLIP_NAMED})"
    r"[\s,;:\u2014-]*)*",
    _I,
)
_KINDS = {
    "time": re.compile(
        r"\d\s*(?:am|pm|a\.m|p\.m)|\d:\d\d|\b(?:noon|midnight)\b|\bat\s+\d|"
        # "at ten to six in the evening — make that 17:15": a spelled-out time is a time too.
        + SPELLED_TIME.pattern
        # "Monday mornings at seven — actually, half past seven": so is an hour spelled after "at".
        + "|"
        + SPELLED_HOUR.pattern
        # "— do it at half three instead": the British "half past", its "past" left out.
        + r"|\bhalf\s+(?:"
        + HOUR_WORD
        + r")\b",
        _I,
    ),
    "weekday": re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)\w*|\bweek(?:day|end)s?\b", _I),
    "date": re.compile(
        r"\b\d+(?:st|nd|rd|th)\b|\bday\s+of\b|\bmonth\b|\bfirst\b|\blast\b|"
        # "on 2 January", "on March 14": a day's number beside a month's name is a date too.
        rf"\b\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}}\b",
        _I,
    ),
    "interval": re.compile(r"\b(?:minutes?|mins?|hours?|hourly|hrs?)\b", _I),
}
_CADENCE = re.compile(r"(?:on\s+|at\s+)?(?:every|each|daily|weekly|monthly|hourly)\b", _I)
_DESTINATIONS = (
    re.compile(r"(?<![\w&])#[\w-]+"),
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    re.compile(r"https?://\S+"),
)
_PLACE_PATTERN = "|".join(pattern.pattern for pattern in _DESTINATIONS)


@dataclass(frozen=True)
class Correction:
    """A self-correction applied: the words dropped and the words that replace them."""

    dropped: str
    kept: str


def apply_corrections(text: str) -> tuple[str, list[Correction]]:
    """Return `text` with corrected words blanked, and the corrections made."""
    corrections: list[Correction] = []
    text = _fronted_actually(text)
    text, denied_schedules = _without_denied_schedules(text)
    # The marker's scan of every position is costly; most texts hold none of its words.
    markers = list(_MARKER.finditer(text)) if names_any(_TAKE_BACK_WORDS, text) else []
    if markers and "yes" in text.lower():
        markers = [m for m in markers if not _answers_no(text, m)]
    swapped = swapped_place_markers(text)  # "that address is dead now, use b@x.com"
    swapped += told_change_markers(text)  # "that channel has been renamed — it's #x now"
    if swapped:
        markers = sorted([*markers, *swapped], key=lambda marker: marker.start())
    markers = _with_second_fixes(text, markers)
    markers = _with_fixes_after_reason(text, markers)
    for index, marker in reversed(list(enumerate(markers))):
        following = markers[index + 1] if index + 1 < len(markers) else None
        if following and not text[marker.end() : following.start()].strip(" ,;"):
            continue  # "no, make that 3pm": one correction with two markers, read at the second
        # "Sorry, not the webhook — post them in #coaches": the thing denied first goes with the
        # marker; the words after it are the correction.
        denied = (
            _DENIED_FIRST.match(text, marker.end())
            if "not" in text[marker.end() : marker.end() + 6]
            else None
        )
        opened = denied.end() if denied else marker.end()
        fragment_end = _FRAGMENT_END.search(text, opened)
        end = fragment_end.start() if fragment_end else len(text)
        if isinstance(following, _SecondFix):
            end = min(end, following.start())  # "make that #docents and 7:30pm": two fixes
        fragment = text[opened:end].strip()
        if not fragment:
            continue
        text, fragment = _without_use_instead(text, marker.end(), fragment)
        if "#" in fragment or "@" in fragment or "http" in fragment:  # the cheap test first
            text, fragment = renamed_place(text, marker.end(), fragment)
        if "." in fragment:  # the cheap test first
            text, fragment = _dotted_as_clock(text, marker, fragment)
        if _SPELLED_FIX_WORDS.search(fragment):  # the cheap test first
            text, fragment = _spelled_in_digits(text, marker, fragment)
        text = _without_reason(text, marker, end)
        text = _without_trailing_reason(text, end)
        restated = _RESTATED.match(fragment)
        if restated and main_verb(fragment) and parse_schedule(restated.group("when")).spans:
            # "Actually, send it at 10am instead": the verb and its pronoun repeat the step; only
            # the schedule words correct anything, so they are the fragment and the rest goes.
            start = text.index(fragment, marker.end())
            told, said = start + restated.start("when"), start + restated.end("when")
            stop = start + len(fragment)
            text = blank_spans(text, [(start, told), (said, stop)])
            fragment = restated.group("when")
        joined = [
            m.span() for m in markers[:index] if not text[m.end() : marker.start()].strip(" ,;")
        ]
        if (
            index
            and not joined
            and _reason_between(text[markers[index - 1].end() : marker.start()])
        ):
            # "— no wait, the 2nd's a bank holiday, make it the 3rd": the reason between two
            # markers goes with the first; the second marker's fragment is the correction.
            joined = [(markers[index - 1].start(), marker.start())]
        # "#laser-users — no, make that …": what is corrected ends before the first marker.
        said_end = joined[0][0] if joined else marker.start()
        moved = moved_window_end(text, said_end, fragment, text.index(fragment, marker.end()))
        if moved:
            # "from 6am to 9pm — actually, till 10pm" or "— no, 10pm": only the window's end moves.
            text, words = moved
            denial = [denied.span()] if denied else []
            for start, stop in [*joined, marker.span(), *denial, _lead(text, marker.start())]:
                text = text[:start] + " " * (stop - start) + text[stop:]
            corrections.append(Correction(words, fragment))
            continue
        unit = _unit_of_interval(text[:said_end], fragment)
        dropped = _replaced_spans(text, said_end, f"{fragment} {unit}" if unit else fragment)
        if not dropped:
            continue
        words = " ".join(w for s, e in dropped if (w := text[s:e].strip(" ,(")))
        if text[end : end + 1] == ")" and any(text[s:e] == "(" for s, e in dropped):
            dropped.append((end, end + 1))  # the bracket closing the take-back goes with it
        denial = [denied.span()] if denied else []
        for start, stop in [*dropped, *joined, marker.span(), *denial, _lead(text, marker.start())]:
            text = text[:start] + " " * (stop - start) + text[stop:]
        kept, at = fragment, text.index(fragment, marker.end())
        in_half = _in_half_of(words, fragment) if _NO_MERIDIEM.match(fragment) else None
        if in_half and text[at - len(in_half) + len(fragment) : at] == " " * (
            len(in_half) - len(fragment)
        ):
            # The new time is written over the blanked marker before it so the offsets after
            # it stay.
            kept, at = in_half, at - len(in_half) + len(fragment)
            text = text[:at] + kept + text[at + len(kept) :]
        if unit:
            # "every 15 minutes (actually, make it every 5)": the unit is written over the
            # blanked marker before the count, so the offsets after it stay.
            kept, at = f"{fragment} {unit}", at - len(unit) - 1
            if text[at : at + len(unit) + 1].strip():
                kept, at = fragment, at + len(unit) + 1
            else:
                text = text[:at] + kept + text[at + len(kept) :]
        if _BARE_HOUR.match(fragment):
            text = _moved_at(text, dropped[0][0], at)
        day, month = _DAY_ALONE.match(fragment), _MONTH.search(words)
        if day and month:
            # "on 2 January — make it the 3rd": the day moves and the month stays; "3 January"
            # is written where the fragment ends, over the blanked marker, so no offset moves.
            dated = f"{day.group('day')} {month.group()}"
            start, stop = at + len(fragment) - len(dated), at + len(fragment)
            if start >= at or text[start:at].isspace():
                written = min(start, at)
                text = text[:written] + dated.rjust(stop - written) + text[stop:]
                kept, at = dated, start
        if re.fullmatch(_PLACE, fragment):
            text = _joined(text, text.index(fragment, marker.end()))
        if _MEDIUM_AND_PLACE.match(fragment):
            # "post it in #front-desk — sorry, make that an email to bookings@…": "send" is
            # written over the blanked marker, so "send an email to bookings@…" is the step.
            text = _verb_for_medium(text, marker.start(), at, verb=_SEND)
        if names_medium_only(fragment):
            text = _verb_for_medium(text, marker.start(), at)
            # "… if gusts go over 45 km/h. Change of plan: use the webhook": the medium
            # corrected in the sentence before reads as that sentence's delivery.
            text = _joined(text, text.index(_SEND_TO.strip(), marker.start()), joiner=",")
            if marker.group().startswith("."):
                text = text[: marker.start()] + "," + text[marker.start() + 1 :]
        corrections.append(Correction(words, kept))
    text, denials = _apply_denials(text)
    text, slips = _without_schedule_slips(text, denied_schedules)
    return text, [*corrections[::-1], *denials, *slips]


@dataclass(frozen=True)
class _SecondFix:
    """The "and" between two things one marker corrects, read as a marker of its own."""

    at: int
    stop: int
    words: str

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.stop

    def span(self) -> tuple[int, int]:
        return self.at, self.stop

    def group(self) -> str:
        return self.words


# "make that #docents, and 7:30pm", "make that 6:30am and #moorings": what joins two fixes.
_ALSO = re.compile(r"\s*,?\s*(?:and|plus|&)\s+", _I)


# "… whether the owner booked grooming. Yes: post it in #groomers. No: email …": after a "Yes:"
# label, "No:" labels the other answer; it takes nothing back.
_NO_LABEL = re.compile(r"\W*no\s*:", _I)
_YES_LABEL = re.compile(r"\byes\s*:", _I)


def _answers_no(text: str, marker: re.Match[str]) -> bool:
    """Tell whether a take-back marker is a "No:" label answering after a "Yes:" one."""
    return bool(_NO_LABEL.fullmatch(marker.group())) and bool(
        _YES_LABEL.search(text, 0, marker.start())
    )


def _with_second_fixes(text: str, markers: list) -> list:
    """Add a marker at each "and" joining a corrected place to corrected schedule words."""
    lowered = text.lower()
    if not markers or not any(joiner in lowered for joiner in (" and ", "&", " plus ")):
        return markers  # the usual case, without the scan after each marker
    found = []
    for index, marker in enumerate(markers):
        found.append(marker)
        sentence_end = _SENTENCE_END.search(text, marker.end())
        stop = sentence_end.start() if sentence_end else len(text)
        if index + 1 < len(markers):
            stop = min(stop, markers[index + 1].start())
        also = _ALSO.search(text, marker.end(), stop)
        if also is None:
            continue
        second_end = _FRAGMENT_END.search(text, also.end())
        first = text[marker.end() : also.start()].strip()
        second = text[also.end() : second_end.start() if second_end else len(text)].strip()
        # A place and schedule words are two fixes; "make that Tuesday and Thursday" is one.
        if {_fix_kind(first), _fix_kind(second)} == {"place", "schedule"}:
            found.append(_SecondFix(also.start(), also.end(), also.group()))
    return found


# "— no wait, the new listings aren't in till lunchtime, so 1:30pm —": after a take-back, the
# reason for it, then ", so" and the fix alone.
_REASON_THEN_SO = re.compile(r"(?P<reason>[^,;.!?\u2014]{1,60}?)(?P<so>,\s*so\s+)", _I)


def _with_fixes_after_reason(text: str, markers: list) -> list:
    """Add a marker at the ", so" that brings a take-back's fix after the reason for it."""
    if not markers or ", so " not in text:  # the cheap test first
        return markers
    found = []
    for marker in markers:
        found.append(marker)
        told = _REASON_THEN_SO.match(text, marker.end())
        if told is None or not _reason_between(told["reason"]):
            continue
        fix_end = _FRAGMENT_END.search(text, told.end())
        fix = text[told.end() : fix_end.start() if fix_end else len(text)].strip()
        # "…, so we should post it later": only a time or a place alone is the fix.
        if fix and _fix_kind(fix):
            found.append(_SecondFix(told.start("so"), told.end("so"), told["so"]))
    return found


def _fix_kind(words: str) -> str:
    """Return "place" or "schedule" for words that are one of them alone, else ""."""
    if any(pattern.fullmatch(words) for pattern in _DESTINATIONS):
        return "place"
    spans = parse_schedule(words).spans if words else []
    return "schedule" if spans and not _uncovered(words, spans) else ""


# "make it the 3rd": a day of the month alone, which keeps the month said before it.
_DAY_ALONE = re.compile(r"^(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)$", _I)
_MONTH = re.compile(MONTH, _I)
# "every 15 minutes (actually, make it every 5)": a count with no unit keeps the interval's.
_COUNT_ALONE = re.compile(r"^(?:every|each)\s+\d{1,3}$", _I)
_INTERVAL_UNIT = re.compile(r"\b(?:every|each)\s+\d{1,3}\s*(minutes?|mins?|hours?|hrs?)\b", _I)


# "the 2nd's a bank holiday", "we're shut then": a clause with a subject of its own gives a reason.
_REASON_OPENER = re.compile(
    r"(?:the|that|that's|it|it's|its|there's|we|we're|they|they're|our|their|because|since|as"
    r"|i|i'm|everyone|nobody)\b"
    # "Hang on, orders don't close till 3 — do it at half three": a bare subject and its
    # negated verb tell how things are, never a step.
    r"|[a-z][\w-]*\s+(?:don't|doesn't|won't|can't|aren't|isn't|never)\b",
    _I,
)


_SLIP = re.compile(_SLIP_NAMED, _I)


def _reason_between(words: str) -> bool:
    """Tell whether `words`, said between two correction markers, only give a reason."""
    words = words.strip(" ,;")
    if "wrong" in words and _SLIP.fullmatch(words):
        return True  # "Sorry, wrong channel — I meant #x": the slip named, the reason to fix it
    return (
        0 < len(words) <= 60
        and _REASON_OPENER.match(words) is not None
        and not any(pattern.search(words) for pattern in _DESTINATIONS)
        and main_verb(words) is None
    )


def _unit_of_interval(said: str, fragment: str) -> str:
    """Return the unit of the last interval in `said` when `fragment` is a count alone, else ""."""
    units = _INTERVAL_UNIT.findall(said)
    return units[-1] if units and _COUNT_ALONE.match(fragment) else ""


# "every Saturday at 6pm. Hmm, Fridays actually, since …": "actually" may follow the schedule
# words it corrects; they swap places (same length, so every offset stays) to read as usual.
_ACTUALLY_AFTER = re.compile(
    r"(?:^|(?<=[.!?,;]\s)|(?<=\s[-\u2013\u2014]\s))"
    r"(?:(?:hmm+|um+|erm|oh|well|ok(?:ay)?)[,.]?\s+)?"
    r"(?P<said>[^,.;:!?\n]{2,40}?)\s+actually\b(?=\s*(?:[,.;!?]|$))",
    _I,
)


def _fronted_actually(text: str) -> str:
    """Move a trailing "actually" before the schedule words it follows ("Fridays actually")."""
    if "actually" not in text.lower():
        return text  # the usual case, without the pattern's scan of every position
    for match in _ACTUALLY_AFTER.finditer(text):
        said = match.group("said")
        spans = parse_schedule(said).spans
        if not spans or re.sub(r"\s", "", "".join(said[s:e] for s, e in spans)) != re.sub(
            r"\s", "", said
        ):
            continue  # "the feed is late actually": only schedule words are moved
        start, end = match.start("said"), match.end()
        text = text[:start] + "actually " + said + text[end:]
    return text


_PLACE = r"(?:(?<![\w&])#[\w-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
# "Sorry, not the webhook — …", "actually not by email: …", "no, not #general, …": a place or
# medium denied straight after a take-back, and the break before what replaces it.
# "hang on, not there, #x", "no, not that one — #x", "sorry, not that address: b@x.com": the
# place may be denied by pointing back at it.
_DENIED_FIRST = re.compile(
    r"\s*not\s+(?:(?:to|in|on|at|via|through|by|over)\s+)?(?:(?:the|our|an?|my)\s+)?"
    rf"(?:there\b|th(?:at|is)\s+one\b|(?:[\w'-]+\s+){{0,3}}?(?:{_PLACE}"
    r"|(?:web-?hook|slack|e-?mail|inbox|channel|address|url|link|endpoint)\b))"
    r"\s*(?:[,:;.!?]|[-\u2013\u2014])\s+(?=[\w#])",
    _I,
)
# "Sorry, #platform, not #eng", "post it to #ops, not #general": the place denied is no step's.
_DENIED = re.compile(
    rf"(?P<kept>{_PLACE})\s*,?\s*(?:and\s+|but\s+)?not\s+(?:to\s+|in\s+|on\s+|at\s+)?"
    rf"(?P<denied>{_PLACE})",
    _I,
)


# "email them to a@x.com, not the webhook", "post it in Slack, not by email": a medium denied
# beside the place or medium kept says where it does not go; it is no step, and no test.
_MEDIUM_WORD = r"(?:web-?hook|slack|e-?mail|inbox|channel)"
# "email them to a@x.com rather than posting (them)": the medium denied may be the verb alone.
_DELIVERING = (
    r"(?:post|messag|text|send|pag|ping|slack|e-?mail)ing(?:\s+(?:it|them|this|that|these|those))?"
)
# "post it in #ops rather than emailing": "rather than" denies as "not" does, and the medium
# may be named by its verb.
_DENIED_MEDIUM = re.compile(
    rf"(?P<kept>{_PLACE}|\b{_MEDIUM_WORD}\b)\s*,?\s*(?:and\s+|but\s+)?(?:not|rather\s+than)\s+"
    r"(?:(?:to|in|on|at|via|through|by|over)\s+)?(?:(?:the|our|an?)\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{_MEDIUM_WORD}(?:ing)?|{_DELIVERING})\b(?=\s*(?:[.,;!?]|$))",
    _I,
)


# "half four", "quarter past nine", "ten to six": a fragment that may be a time spelled out.
_SPELLED_FIX_WORDS = re.compile(r"^(?:at\s+)?(?:a\s+)?(?:half|quarter|[a-z-]+\s+(?:past|to)\b)", _I)


def _spelled_in_digits(text: str, marker: re.Match[str], fragment: str) -> tuple[str, str]:
    """Write a spelled-out time correcting a time of a known half of the day in digits.

    "every Monday at 4am — scratch that, half four": the time said again keeps the half of the
    day of the one it corrects (04:30, where "half four" alone is read in the afternoon), as
    "4:30" does; the digits are written over the fragment, so no offset moves.
    """
    told = "at " + re.sub(r"^at\s+", "", fragment, flags=_I)
    match = PAST_TO.match(told)
    time = read_clock(PAST_TO, match) if match else None
    own = OWN_PERIOD.fullmatch(told, match.end()) if match else None
    if time is None or (match.end() < len(told) and own is None):
        return text, fragment  # not a time alone
    digits = f"{time.hour % 12 or 12}:{time.minute:02d}"
    if own:
        # "no, half four in the morning": the period it names places it, as in "4:30am".
        placed = placed_by(time, own.group(1))
        written = f"{placed.hour % 12 or 12}:{placed.minute:02d}{'ap'[placed.hour >= 12]}m"
    elif time.explicit_half:
        return text, fragment  # its own am/pm, noon or midnight: read as it stands
    else:
        said = list(_TIME_WITH_HALF.finditer(text, max(0, marker.start() - 160), marker.start()))
        if not said:
            return text, fragment  # nothing fixes the half: "half four" is read as it stands
        written = _in_half_of(said[-1].group(), digits) or digits
    at = text.index(fragment, marker.end())
    text = text[:at] + written.rjust(len(fragment)) + text[at + len(fragment) :]
    return text, written


# "make it 7.30", "sorry, 18.45": an hour and its minutes joined by a dot, said alone.
_DOTTED_ALONE = re.compile(r"^(?:at\s+)?(?:[01]?\d|2[0-3])(?P<dot>\.)[0-5]\d$", _I)


def _dotted_as_clock(text: str, marker: re.Match[str], fragment: str) -> tuple[str, str]:
    """Write a dotted time correcting a clock time with a colon ("7.30" as "7:30")."""
    # After a clock time, "7.30" moves it; after an amount ("below 7.2 — make that 7.30") it is
    # a value, and a dotted time is read only beside schedule words, which a fragment is not.
    dotted = _DOTTED_ALONE.match(fragment)
    before = text[: marker.start()]
    if dotted is None or not _KINDS["time"].search(before):
        return text, fragment
    amount = _amount_said(before)
    if amount and not re.search(r"\bat\s+$", before[: amount[0]], _I):
        return text, fragment  # "at 7" is the time's hour, not an amount
    dot = text.index(fragment, marker.end()) + dotted.start("dot")
    text = text[:dot] + ":" + text[dot + 1 :]
    return text, f"{fragment[: dotted.start('dot')]}:{fragment[dotted.end('dot') :]}"


# A time whose half of the day is written: "4am", "6:30 p.m.", "18:00".
_TIME_WITH_HALF = re.compile(rf"{_MERIDIEM.pattern}|{_TWENTY_FOUR.pattern}", _I)


def _in_half_of(words: str, fragment: str) -> str | None:
    """Return the 12-hour `fragment` in the half of the day of the time it corrects, or None."""
    meridiem = _MERIDIEM.search(words)
    if meridiem:
        # "at 3pm. actually make it 3:30": the new time keeps the half of the day it fixes,
        # unless noon lies between and the other half is nearer ("at 11am — actually make it
        # half past one" is 13:30, not 01:30).
        half = meridiem[1].lower()
        corrected = int(re.match(r"\d+", meridiem.group()).group()) % 12 + (
            12 if half == "p" else 0
        )
        morning = int(fragment.partition(":")[0]) % 12
        apart = [min(abs(h - corrected), 24 - abs(h - corrected)) for h in (morning, morning + 12)]
        if apart[0] != apart[1]:
            half = "a" if apart[0] < apart[1] else "p"
        return f"{fragment}{half}m"
    said = _TWENTY_FOUR.search(words)
    if said is None:
        return None
    # "at 15:00. actually make it 3:30": the hour meant is the one nearer the hour corrected
    # (15:30, not 03:30); "at 07:00 — actually 8" stays in the morning.
    hour, _, minute = fragment.partition(":")
    morning, corrected = int(hour) % 12, int(said[1])
    if abs(morning + 12 - corrected) >= abs(morning - corrected):
        return None
    return f"{morning + 12}:{minute or '00'}"


def _apply_denials(text: str) -> tuple[str, list[Correction]]:
    """Blank each "X, not Y" denial; a Y named before X is the place corrected to X."""
    if not _DENYING.search(text):
        return text, []  # the usual case: both patterns need "not" or "rather than"
    for match in _DENIED_MEDIUM.finditer(text):
        start, end = match.end("kept"), match.end()
        text = text[:start] + " " * (end - start) + text[end:]
    corrections = []
    for match in _DENIED.finditer(text):
        start, end = match.end("kept"), match.end()
        text = text[:start] + " " * (end - start) + text[end:]
        denied = match.group("denied")
        earlier = [m for m in re.finditer(re.escape(denied), text[: match.start()], _I)]
        if earlier:
            # "Post … to #eng at 9am. #platform, not #eng.": the earlier #eng was the slip.
            first, last = earlier[-1].span()
            text = _joined(text[:first] + " " * (last - first) + text[last:], match.start())
            corrections.append(Correction(denied, match.group("kept")))
    return text, corrections


def _joined(text: str, place_start: int, joiner: str = " ") -> str:
    """Join a place standing alone in its sentence ("… to ⎵. Make that #ops.") to the one before."""
    # The corrected clause then reads the place where the slip stood, as a comma would have.
    stop = re.search(r"[.!]\s*$", text[:place_start])
    if stop is None:
        return text
    return text[: stop.start()] + joiner + text[stop.start() + 1 :]


def _lead(text: str, marker_start: int) -> tuple[int, int]:
    """Return the span of the marker words opening the marker's sentence ("Wait, make that …")."""
    ends = list(_SENTENCE_END.finditer(text, 0, marker_start))
    start = ends[-1].end() if ends else 0
    if start and _ONLY_MARKERS.fullmatch(text[start:marker_start]):
        return start, marker_start  # "Wait," there is no step: it announces the correction
    return marker_start, marker_start


def _moved_at(text: str, hour_start: int, fragment_start: int) -> str:
    """Move "at" from the dropped hour to the bare one when words stand between them."""
    # "every monday at 10 send the report …, actually make that 11": "at ⎵ … 11" no longer
    # reads as one time, so "at" goes to the blanked marker just before "11".
    at = re.search(r"\bat\s+$", text[:hour_start], _I)
    if at is None or not text[hour_start:fragment_start].strip() or fragment_start < 3:
        return text
    if text[fragment_start - 3 : fragment_start].strip():
        return text
    text = text[: at.start()] + "  " + text[at.start() + 2 :]
    return text[: fragment_start - 3] + "at " + text[fragment_start:]


# "if any table is stale", "whenever a replica lags": a condition after the step's words.
_CONDITION_OPENER = re.compile(r"\s(?:if|unless|whenever|when)\s", _I)
# "make that the pager webhook", "no, the ops channel": a medium named with no verb or place.
_MEDIUM_ONLY = re.compile(
    rf"^(?!not\b)(?:(?:the|our|an?|my)\s+)?(?:[\w'-]+\s+){{0,3}}?{_MEDIUM_WORD}\b(?!\s*[#@])", _I
)
# The words a blanked marker can carry so a medium named alone reads as a delivery step.
_SEND_TO = "send to "
# "make that an email to bookings@…", "sorry, a Slack message in #dispatch": a message's medium
# and its place, with no verb, name the delivery that replaces the one before.
_MEDIUM_AND_PLACE = re.compile(
    r"^(?:an?|the)\s+(?:[\w'-]+\s+){0,2}?(?:e-?mail|message|post|note|text|sms|dm|ping|alert|"
    rf"notification)\s+(?:to|in|into|on|at)\s+(?:{_PLACE_PATTERN})(?:\s+instead)?$",
    _I,
)
_SEND = "send "


# "Change of plan: use the radio-alert webhook instead of email": "use" and the medium it
# replaces frame the medium kept, which is then named alone.
_USE_INSTEAD = re.compile(
    r"^(?P<use>(?:just\s+)?(?:use|switch\s+to)\s+)(?P<medium>.+?)"
    r"(?P<instead>\s+instead(?:\s+of\s+(?:(?:the|our|an?)\s+)?(?:[\w-]+\s+){0,2}?"
    rf"{_MEDIUM_WORD})?)?$",
    _I,
)


def _without_use_instead(text: str, after: int, fragment: str) -> tuple[str, str]:
    """Blank "use" and "instead of Y" around a medium named as the correction; return both."""
    framed = _USE_INSTEAD.match(fragment)
    if framed is None or not names_medium_only(framed.group("medium")):
        return text, fragment
    start = text.index(fragment, after)
    for group in ("use", "instead"):
        if framed.group(group):
            s, e = start + framed.start(group), start + framed.end(group)
            text = text[:s] + " " * (e - s) + text[e:]
    return text, framed.group("medium")


def names_medium_only(fragment: str) -> bool:
    """Tell whether `fragment` names only a delivery medium ("the disputes webhook")."""
    has_place = any(pattern.search(fragment) for pattern in _DESTINATIONS)
    return bool(_MEDIUM_ONLY.match(fragment)) and not has_place and not main_verb(fragment)


def names_medium_and_place(fragment: str) -> bool:
    """Tell whether `fragment` names only a message's medium and place ("an email to b@x.com")."""
    return bool(_MEDIUM_AND_PLACE.match(fragment))


def _verb_for_medium(
    text: str, marker_start: int, fragment_start: int, verb: str = _SEND_TO
) -> str:
    """Write `verb` ("send to") over the blanked marker before a medium named alone."""
    # "post in #laser-users — no, make that the pager webhook": the delivery clause went with
    # its verb, so the medium gets one where the marker stood ("⎵ send to the pager webhook").
    start = fragment_start - len(verb)
    if start < marker_start or text[start:fragment_start].strip():
        return text
    return text[:start] + verb + text[fragment_start:]


# "— scratch that, 03:15, compaction overruns — by calling …": the reason given for a
# correction opened by a dash runs to the dash that closes it, and is no step.
_DASH_OPENED = re.compile(r"^\s[-\u2013\u2014]")
_CLOSING_DASH = re.compile(r",\s+(?P<reason>[^,;.!?#@/\u2013\u2014]{1,60}?)\s[-\u2013\u2014]\s")


# "we run late games now": a verb straight after its own subject tells what someone does; "you"
# is left out, since "you email it to …" still asks for the step.
_SUBJECT = word_set("we they he she it")


def _asks_a_step(reason: str) -> bool:
    """Tell whether the words after a correction hold a verb that asks for a step."""
    verb = main_verb(reason)
    if verb is None:
        return False
    subject, _, rest = reason.partition(" ")
    told = rest[: verb[1] - len(subject) - 1]
    return not (subject.lower() in _SUBJECT and told.isalpha())


def _without_reason(text: str, marker: re.Match[str], fragment_end: int) -> str:
    """Blank the reason between a dash-opened correction's fragment and its closing dash."""
    if not _DASH_OPENED.match(marker.group()):
        return text
    reason = _CLOSING_DASH.match(text, fragment_end)
    if reason is None or _asks_a_step(reason.group("reason")):
        return text
    start, end = reason.span()
    return text[:start] + " " * (end - start - 1) + text[end - 1 :]


# "— actually, make that Saturdays at 6pm, the riggers head off early on Sundays.": a clause
# with a subject of its own ending the sentence after the correction gives its reason; the day
# it names is no schedule.
# "make that the 15th — the committee meets on the 20th.": a dash may set the reason off too.
_TRAILING_REASON = re.compile(
    r"(?:,|\s[-\u2013\u2014])\s+(?P<reason>(?:(?:because|since|as|the|our|their|they|he|she|it|its|it's|everyone|nobody"
    # "— I mean the 20th, once invoicing has closed": a clause of when or why, no step.
    r"|once|when|after|now\s+that|so\s+that|given\s+that"
    # "— hang on, tuesdays, we're shut on mondays", "make that Saturdays, drivers hand their
    # sheets in late": a pronoun, or a plural noun and the word after it, opens the reason too.
    r"|we|we're|we've|i|i'm|you|you're|they're)\b"
    # "make that Thursdays — Tuesdays are our busiest clinic day": the day taken back, said
    # to be something, is the subject of the reason, not a day of the run.
    r"|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|week-?ends?|mornings?|afternoons?|evenings?"
    r"|nights?)(?:'s|\s+(?:is|are|was|were))\b"
    # "— unless they've said no to texts": "unless" opens the step's test, no plural noun.
    r"|(?!(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*|week\w*|month\w*|hours|minutes|days|nights"
    r"|mornings|afternoons|evenings|unless)\b)[a-z]{3,}s\s+[a-z]+\b)"
    r"[^,;.!?#@/\u2013\u2014]{1,80}?)(?=[.!?]?\s*$|[.!?]\s)",
    _I,
)


def _without_trailing_reason(text: str, fragment_end: int) -> str:
    """Blank the reason a correction's sentence ends with after the corrected words."""
    reason = _TRAILING_REASON.match(text, fragment_end)
    if reason is None or _asks_a_step(reason.group("reason")):
        return text
    start, end = reason.span()
    return text[:start] + " " * (end - start) + text[end:]


def _starts_within(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Tell whether a match of `pattern` starts inside text[start:end]."""
    # "at six in the morning": the words that make "at six" a time may lie past its span.
    found = pattern.search(text, start)
    return found is not None and found.start() < end


def _replaced_spans(text: str, marker_start: int, fragment: str) -> list[tuple[int, int]]:
    ends = list(_SENTENCE_END.finditer(text, 0, marker_start))
    sentence_start = ends[-1].end() if ends else 0
    if ends and _ONLY_MARKERS.fullmatch(text[sentence_start:marker_start]):
        # "… every Tuesday. Actually, make it Wednesdays.": a correction that opens its own
        # sentence corrects the sentence before it.
        sentence_start = ends[-2].end() if len(ends) > 1 else 0
    before = text[sentence_start:marker_start]
    if _BARE_HOUR.match(fragment):
        # Only the hour goes: "at" stays to read the new one ("Every Monday at ⎵ 10").
        hours = list(_HOUR_AFTER_AT.finditer(before))
        if hours:
            return [(sentence_start + hours[-1].start(1), sentence_start + hours[-1].end(1))]
    if _AMOUNT_ALONE.match(fragment):
        # "once more than 40 — no, make that 45 —": with no clock time, a bare number is an amount.
        said = _amount_said(before)
        if said is None:
            return []
        spans = [(sentence_start + said[0], sentence_start + said[1])]
        bracket = before.rstrip().endswith("(")
        if bracket:  # "over €500 (actually, make that €750)": the brackets held the take-back
            at = sentence_start + len(before.rstrip()) - 1
            spans.append((at, at + 1))
        return spans
    if _BARE_HOUR.match(fragment):
        return []
    kinds = {kind for kind, pattern in _KINDS.items() if pattern.search(fragment)}
    # A cadence with a time, date or interval restates the schedule; "make that every Thursday"
    # names the day alone and keeps the time before it.
    whole = bool(kinds - {"weekday"}) and bool(_CADENCE.match(fragment))
    if whole:
        # "no, every day at 10pm" restates the whole schedule: every schedule word before it
        # goes ("Each quarter... no, … business day? Let's say every month on the 28th").
        sentence_start, before = 0, text[:marker_start]
    if kinds and parse_schedule(fragment).spans:
        spans = parse_schedule(before).spans
        return [
            (sentence_start + s, sentence_start + e)
            for s, e in spans
            if whole or any(_starts_within(_KINDS[k], before, s, e) for k in kinds)
        ]
    if main_verb(fragment) or names_medium_only(fragment) or _MEDIUM_AND_PLACE.match(fragment):
        # "every mon, wed and fri at 8:30am send …": a comma or "and" inside the schedule words
        # joins days, and starts no clause.
        said = parse_schedule(before).spans
        starts = [
            m.end()
            for m in _CLAUSE_START.finditer(before.rstrip(" ,;"))
            if not any(s <= m.start() < e for s, e in said) and not _joins_a_noun(before, m)
        ]
        # "… at 10am — no, 10:30, and send it …": a clause of schedule words and a marker, an
        # earlier correction's, is no step; the step is the clause before it.
        while starts and _ONLY_MARKERS.fullmatch(blank_spans(before, said)[starts[-1] :]):
            starts.pop()
        start = starts[-1] if starts else 0
        if not before[start:].strip():
            return []
        # The schedule words stay: "… every Friday at 5pm. Actually, post it to #ops."
        spans, cursor = [], start
        # So does the condition the step was under: "email a@x.com if any table is stale — no,
        # slack it to #oncall" corrects where it goes, not when.
        # (From the space before the clause: "…; if it's interstate, send it … instead".)
        condition = _CONDITION_OPENER.search(before, max(start - 1, 0))
        stop = condition.start() if condition else len(before)
        said = [(s, e) for s, e in said if e <= stop]
        for s, e in [*said, (stop, stop)]:
            if e <= cursor:
                continue
            piece = before[cursor : max(s, cursor)]
            if piece.strip(" ,;.") and not _ONLY_MARKERS.fullmatch(piece):
                spans.append((sentence_start + cursor, sentence_start + max(s, cursor)))
            cursor = e
        return spans
    for pattern in _DESTINATIONS:
        if pattern.search(fragment):
            previous = list(pattern.finditer(before))
            if previous:
                start = previous[-1].start() - _restated_preposition(before, previous[-1], fragment)
                return [(sentence_start + start, sentence_start + previous[-1].end())]
    restated = _PLACE_RESTATED.match(fragment)
    if restated:
        # "… to the ride-log webhook — no wait, to https://… instead": the place, with the
        # word it goes by, restates where the step goes; what that word led before goes.
        said = re.search(rf"\b{restated.group('by')}\s+{_WHERE_SAID}$", before, _I)
        if said:
            return [(sentence_start + said.start(), sentence_start + said.end())]
    return []


# "in #wins — no, in #wholesale-wins", "to a@x — sorry, to b@x": the place told again with its
# preposition; the word that led the slip goes with it, or "post it in in #…" reads as a test.
_PLACE_PREPOSITION = re.compile(r"^(in|into|to|on|at|via)\s+", _I)
_PREPOSITION_BEFORE = re.compile(r"\b(in|into|to|on|at|via)\s+$", _I)


def _restated_preposition(before: str, place: re.Match[str], fragment: str) -> int:
    """Return how far before `place` its preposition starts when the fragment restates one."""
    if not _PLACE_PREPOSITION.match(fragment):
        return 0
    led = _PREPOSITION_BEFORE.search(before, max(place.start() - 8, 0), place.start())
    return place.start() - led.start() if led else 0


# "the band name and start time —", "the rota and shift notes in #floor —": a few words with no
# verb and no test after "and" end a list of what the step sends; the step they belong to
# started before the "and".
_NOUN_AFTER_AND = re.compile(r"and\s+(?:[\w#@.'-]+\s+){0,7}[\w#@.'-]+[\s,(]*$", _I)
_NOT_A_NOUN = word_set("if unless when whenever once then also")


def _joins_a_noun(before: str, joiner: re.Match[str]) -> bool:
    """Tell whether an "and" before a correction joins a noun to a list, opening no clause."""
    said = before[joiner.start() :]
    if not said.lower().startswith("and") or not _NOUN_AFTER_AND.match(said):
        return False
    words = said.split()[1:]
    return main_verb(" ".join(words)) is None and not _NOT_A_NOUN & {w.lower() for w in words}


# "$300k", "90%", "£1,500", "45": an amount said alone, as a correction of the one before names it.
_AMOUNT = r"(?:[$\u20ac\u00a3\u00a5]\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn|%|percent)\b|%)?"
_AMOUNT_ALONE = re.compile(rf"^{_AMOUNT}$", _I)
# The amount just before a marker ("worth more than $250k —", "above 80% of capacity —"): a
# few words at most between it and the marker, none that ends a clause; no digit of an
# address, a time or a date.
_AMOUNT_BEFORE_MARKER = re.compile(
    rf"(?<![\w/.@:#-])(?P<amount>{_AMOUNT})(?![\w/@:-]|\.\d)(?:\s+[a-z][\w'-]*){{0,3}}[\s,(]*$", _I
)


def _amount_said(before: str) -> tuple[int, int] | None:
    """Return the span of the amount `before` ends with (a few words after it at most)."""
    if not any(c.isdigit() for c in before[-40:]):
        return None  # the usual case: no number near the marker
    said = _AMOUNT_BEFORE_MARKER.search(before[-60:])
    if said is None or _KINDS["time"].search(said.group()):
        return None
    offset = len(before) - len(before[-60:])
    return offset + said.start("amount"), offset + said.end("amount")


# "to https://… instead", "in #tills": a place and the word it goes by, as a correction names it.
_PLACE_RESTATED = re.compile(
    rf"^(?P<by>to|in|into|on)\s+(?:{_PLACE_PATTERN})(?:\s+instead)?$",
    _I,
)
# "the ride-log webhook", "the finance team": where a step went, a short noun phrase up to the
# marker.
_WHERE_SAID = r"(?:[\w'&-]+\s+){0,4}?[\w'&-]+[\s,]*"


# "Sorry, Saturday, not Sunday", "make that 9am rather than 8am", "— no, not Tuesdays but
# Wednesdays": schedule words denied beside the ones kept name no run. Either may come first;
# what the pattern takes is checked to be schedule words of one kind before anything is blanked.
# ("9:30" keeps its colon: a colon before a digit is no clause's end.)
_SCHEDULE_SIDE = r"[^\W_](?:[^,.;:!?()\[\]\n\u2013\u2014]|:(?=\d)){0,40}?"
_SIDE_END = r"\b(?=\s*(?:[.,;!?)\]]|:(?!\d)|\s[-\u2013\u2014]|$))"
_KEPT_THEN_DENIED = re.compile(
    rf"\b(?P<kept>{_SCHEDULE_SIDE})(?P<denial>\s*,?\s*(?:(?:but|and)\s+)?"
    rf"(?:not|rather\s+than|instead\s+of)\s+(?:(?:on|at)\s+)?(?P<denied>{_SCHEDULE_SIDE})){_SIDE_END}",
    _I,
)
_DENIED_THEN_KEPT = re.compile(
    rf"(?P<denial>\bnot\s+(?:(?:on|at)\s+)?(?P<denied>{_SCHEDULE_SIDE})\b"
    r"\s*(?:,|:(?!\d)|\s[-\u2013\u2014])?\s*(?:but\s+)?(?:rather\s+)?)"
    rf"\b(?P<kept>{_SCHEDULE_SIDE}){_SIDE_END}",
    _I,
)


_DENYING = re.compile(r"(?=[inr])\b(?:not|rather\s+than|instead\s+of)\b", _I)


@dataclass(frozen=True)
class _DeniedSchedule:
    """Schedule words denied ("not Sunday"), the words kept beside them, and where those start."""

    denied: str
    kept: str
    kept_start: int
    fields: tuple[int, ...]


def _without_denied_schedules(text: str) -> tuple[str, list[_DeniedSchedule]]:
    """Blank each denial of schedule words beside the ones kept; return what each denied."""
    found: list[_DeniedSchedule] = []
    if not _DENYING.search(text):
        return text, found  # the usual case, without the patterns' scan of every position
    for pattern, kept_at_end in ((_KEPT_THEN_DENIED, True), (_DENIED_THEN_KEPT, False)):
        for match in pattern.finditer(text):
            kept = _kept_words(match.group("kept"), kept_at_end)
            denied = _in_kept_half(kept, match.group("denied"))
            fields = _denied_fields(kept, denied)
            if not fields:
                continue
            start, end = match.span("denial")
            text = text[:start] + " " * (end - start) + text[end:]
            kept_start = match.start("kept") + match.group("kept").index(kept)
            found.append(_DeniedSchedule(denied, kept, kept_start, fields))
    return text, found


def _kept_words(side: str, kept_at_end: bool) -> str:
    """Return the schedule words of `side` that stand next to the denial, or ""."""
    # "make that 9am, not 8am": "9am" is kept; "Sorry, not Tuesday — Wednesday": "Wednesday".
    spans = parse_schedule(side).spans
    if not spans:
        return ""
    s, e = spans[-1] if kept_at_end else spans[0]
    if (kept_at_end and side[e:].strip()) or (not kept_at_end and side[:s].strip()):
        return ""
    return side[s:e]


def _in_kept_half(kept: str, denied: str) -> str:
    """Write a bare hour denied ("1pm, not 2") as a time of the kept time's half ("2pm")."""
    if not _BARE_HOUR.match(denied) or not kept:
        return denied
    # "11:30, not 10": the hour alone is denied, so the minutes are the kept time's.
    minutes = re.search(r":([0-5]\d)", kept)
    minute = minutes.group(1) if minutes else "00"
    meridiem = _MERIDIEM.search(kept)
    if meridiem and _NO_MERIDIEM.match(denied):
        return f"{denied}:{minute}{meridiem.group(1).lower()}m"
    if _TWENTY_FOUR.search(kept) and int(denied) <= 23:
        return f"{int(denied):02d}:{minute}"
    return denied


def _denied_fields(kept: str, denied: str) -> tuple[int, ...]:
    """Return the cron fields `denied` sets when it is schedule words that `kept` replaces."""
    said = parse_schedule(denied)
    own = parse_schedule(kept).schedule if kept else None
    if said.schedule is None or own is None or _uncovered(denied, said.spans):
        return ()  # "Fridays, not public holidays": not schedule words
    kinds = {kind for kind, pattern in _KINDS.items() if pattern.search(denied)}
    if not kinds or kinds - {kind for kind, pattern in _KINDS.items() if pattern.search(kept)}:
        return ()  # "Fridays, not at 9am": a different kind is no replacement
    kept_cron, denied_cron = own.cron_expression.split(), said.schedule.cron_expression.split()
    fields = tuple(sorted({f for kind in kinds for f in _FIELDS[kind] if denied_cron[f] != "*"}))
    # "every day but not Friday", "weekends, not Sundays": a denial inside what is kept is an
    # exception to the schedule, not a correction of it.
    if not fields or all(_values(denied_cron[f]) <= _values(kept_cron[f]) for f in fields):
        return ()
    return fields


def _uncovered(words: str, spans: list[tuple[int, int]]) -> bool:
    """Tell whether `words` hold more than the schedule words at `spans`."""
    left = list(words)
    for s, e in spans:
        left[s:e] = " " * (e - s)
    return bool("".join(left).strip())


def _values(field: str) -> set[int]:
    """Return the values a cron field names ("1-5,0" is {0, 1, 2, 3, 4, 5}); "*" names all."""
    if field == "*" or "/" in field:
        return set(range(60))
    values: set[int] = set()
    for part in field.split(","):
        low, _, high = part.partition("-")
        if not low.isdigit() or (high and not high.isdigit()):
            return set(range(60))
        values.update(range(int(low), int(high or low) + 1))
    return values


def _without_schedule_slips(
    text: str, denials: list[_DeniedSchedule]
) -> tuple[str, list[Correction]]:
    """Blank schedule words said before a denial that name what it denies; return the fixes."""
    # "Every Sunday at 20:00, email … . Saturday, not Sunday.": with no marker before it, the
    # denial alone says the earlier "every Sunday" was the slip.
    corrections = []
    for denial in denials:
        denied = parse_schedule(denial.denied).schedule
        if denied is None:
            continue
        before = text[: denial.kept_start]
        for s, e in parse_schedule(before).spans:
            said = parse_schedule(before[s:e]).schedule
            if said is None:
                continue
            said_cron, denied_cron = said.cron_expression.split(), denied.cron_expression.split()
            if all(said_cron[f] == denied_cron[f] for f in denial.fields) and any(
                pattern.search(before[s:e])
                for kind, pattern in _KINDS.items()
                if set(_FIELDS[kind]) <= set(denial.fields)
            ):
                text = text[:s] + " " * (e - s) + text[e:]
                corrections.append(Correction(before[s:e], denial.kept))
    return text, corrections


# The cron fields each kind of schedule fragment sets: minute and hour, day of week, date.
_FIELDS = {"time": (0, 1), "interval": (0, 1), "weekday": (4,), "date": (2, 3), "every day": (4,)}
_EVERY_DAY = re.compile(r"\b(?:every\s*day|each\s+day|daily)\b", _I)


def unkept_corrections(corrections: list[Correction], cron: str) -> list[tuple[str, str]]:
    """Return each schedule correction whose own fields the final `cron` does not carry."""
    unkept = []
    final = cron.split()
    for fix in corrections:
        said = parse_schedule(fix.kept).schedule
        if said is None:
            continue
        kinds = {kind for kind, pattern in _KINDS.items() if pattern.search(fix.kept)}
        if _EVERY_DAY.search(fix.kept):
            kinds.add("every day")
        fields = {f for kind in kinds for f in _FIELDS[kind]}
        own = said.cron_expression.split()
        ended = window_end_kept(fix.kept, cron, fix.dropped)
        if ended is not None:
            if not ended:  # "till 10pm" moved a window's end: the hours must end there
                unkept.append((fix.kept, said.cron_expression))
            continue
        if _NO_MERIDIEM.match(fix.kept) and _in_other_half(own, final):
            continue  # "every evening at 9 — make that 8:45": the evening puts it at 20:45
        if any(own[f] != final[f] for f in fields):
            unkept.append((fix.kept, said.cron_expression))
    return unkept


def _in_other_half(own: list[str], final: list[str]) -> bool:
    """Tell whether a time without am/pm is the final cron's time twelve hours on."""
    if own[0] != final[0] or not own[1].isdigit() or not final[1].isdigit():
        return False
    return int(own[1]) + 12 == int(final[1])


# Words that announce a correction, wherever they stand: if none was applied, one was missed.
_ANNOUNCED = re.compile(
    # "make that into a report" makes a thing, and takes nothing back.
    r"\b(?:no\s+wait|wait\s+no|scra(?:tch|p)\s+that|or\s+rather|make\s+(?:that|it)(?!\s+into\b)|"
    r"i\s+meant?|correction|on\s+second\s+thought|on\s+reflection|instead\s+of)\b",
    _I,
)


# "No need to make it fancy.", "Don't make it too long.": a making denied says how the result
# may look; a correction is never denied, so "make it" after a denial takes nothing back.
_DENIED_BEFORE = re.compile(
    r"(?:\bno\s+need\s+to|\bneedn['\u2019]?t|\bdon['\u2019]?t|\bdo\s+not|\bdoesn['\u2019]?t\s+need\s+to"
    r"|\bnot)\s+$",
    _I,
)


def unapplied_markers(text: str, corrections: list) -> list[str]:
    """Return the correction markers in `text` when no correction was read from them."""
    if corrections:
        return []
    return [
        m.group()
        for m in _ANNOUNCED.finditer(text)
        if not (m.group()[:1] in "mM" and _DENIED_BEFORE.search(text, 0, m.start()))
    ]
