"""The talk around the instruction, blanked: the request, greetings, headings, who asks, why."""

from nl_parser.about_the_asker import blank_about_us, blank_troubles
from nl_parser.asides import blank_asides, once_said_first
from nl_parser.deadlines import blank_occasion_ahead
from nl_parser.items_wanted import fetch_items_wanted
from nl_parser.lexicon import blank_all, blank_span
from nl_parser.message_headings import blank_message_heading
from nl_parser.needs_before_steps import blank_need_before_request, blank_need_heading
from nl_parser.once_in_passing import blank_once_in_passing
from nl_parser.one_off_markers import ONE_OFF
from nl_parser.request_headings import blank_heading, headed_once
from nl_parser.resolutions import blank_resolution_preamble
from nl_parser.sorts_needed import sorts_needed_as_asked
from nl_parser.stories_before_labels import blank_story_before_label
from nl_parser.story import blank_story
from nl_parser.watch_headings import blank_watch_heading
from nl_parser.wishes_and_asks import blank_asker, blank_wishes
from nl_parser.workflow_requests import (
    blank_asked_to_set_up,
    blank_courtesy,
    blank_later_request,
    blank_request_at,
)


def blank_talk_around(text: str) -> tuple[str, bool]:
    """Blank the request, greetings, headings, who asks and why, until the instruction leads.

    Tell too whether it was asked to run once ("one-off: …", after any request around it).
    """
    # Repeated because each rule reads the start of the text: "Hi! I run a small bakery. Can you
    # set up something that …" has its request at the start only once "I run …" is blank.
    runs_once = False
    for _ in range(3):
        before = text
        text = blank_request_at(blank_asides(blank_story_before_label(blank_story(text))), 0)
        text = blank_later_request(text)  # "X has an API at https://…. Could you set …"
        runs_once = runs_once or ONE_OFF.match(text) is not None or headed_once(text)
        once = once_said_first(text)  # "Need this done once, not on a loop. …"
        if once is not None:
            runs_once, text = True, blank_span(text, once)
        text, once_in_passing = blank_once_in_passing(text)  # "query X, just this once, for …"
        runs_once = runs_once or once_in_passing
        wished = blank_wishes(text)  # "… would … if", "… asked if we could …"
        text = blank_courtesy(blank_asked_to_set_up(wished))
        text = blank_asker(text)
        # The heading first: "Sugarhouse here, we tap about 40 acres …" then who asks.
        # "Incoming requests need triaging: …" asks the sort before its heading is read.
        text = sorts_needed_as_asked(blank_all(ONE_OFF, text))
        text = blank_about_us(blank_heading(text))
        text = blank_watch_heading(text)  # "Keep an eye on the ice at Glacier Arena: check …"
        text = blank_occasion_ahead(text)  # "Before Friday's board meeting: …"
        text = fetch_items_wanted(text)  # "I need a summary of X — pull them, summarise …"
        text = blank_resolution_preamble(text)  # "Following the meeting of 4 March, … resolves:"
        text = blank_need_heading(text) if ":" in text else text  # "We need a look at X: …"
        if "ant" in text[:80] or "eed" in text[:80]:
            text = blank_need_before_request(text)  # "The board wants the headlines. Could …"
        text = blank_message_heading(text) if ":" in text else text  # "Set up a reminder …:"
        text = blank_troubles(text)
        if text == before:
            break
    return text, runs_once
