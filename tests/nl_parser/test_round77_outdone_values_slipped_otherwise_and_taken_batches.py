"""Round 77: a verb of outdoing compares with the value after it ("if it beats £500",
"surpasses 1,000", "outstrips 300"); a slip in "otherwise" ("otherwse", "othrwise") still opens
the other branch; and a counted batch taken at a source ("take the 2,000 survey responses at
https://…") is fetched, its count's thousands comma no end to what is taken."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, C, W = "http.request", "email.send", "slack.post_message", "check_status", "webhook.post"
K, M = "classify", "summarize"


def _assert_right(text: str, expected: tuple) -> None:
    assert read(text) == expected
    # A mended typo keeps its own doubt ("read 'otherwse' as 'otherwise'"); nothing else may.
    assert not [d for d in doubts_of(text) if "likely typo" not in d], doubts_of(text)
    assert confidence_of(text) >= 0.7


# "<it> beats | surpasses | outstrips | outdoes <value>": the value is passed, as "exceeds" says.
OUTDONE_VALUES = [
    (
        "Each day at 18:00, fetch the day's donations total from"
        " https://give.riverbendfoodbank.example/api/today; if it beats £500, post a thank-you in"
        " #volunteers, otherwse email the fundraising lead at"
        " fundraising@riverbendfoodbank.example.",
        ("0 18 * * *", [H, C, S, C, E]),
    ),
    (
        "Every Monday at 9am, pull last week's sign-ups from https://crm.example/api/signups;"
        " if they surpass 1,000, post a cheer in #growth.",
        ("0 9 * * 1", [H, C, S]),
    ),
    (
        "Every hour, fetch the queue length from https://ops.example/api/queue and email"
        " oncall@ops.example when it outstrips 300.",
        ("0 * * * *", [H, C, E]),
    ),
    (
        "At 5pm each weekday, get the shop's takings from https://till.example/api/today; if the"
        " total outdoes £2,000, post it in #wins, otherwise email the manager at"
        " boss@till.example.",
        ("0 17 * * 1-5", [H, C, S, C, E]),
    ),
    (
        "Daily at 7:30, fetch the rainfall reading from https://weather.example/api/rain and"
        " trigger the flood webhook if it beats 40 mm.",
        ("30 7 * * *", [H, C, W]),
    ),
]


@pytest.mark.parametrize("text,expected", OUTDONE_VALUES)
def test_a_verb_of_outdoing_compares_with_its_value(text, expected):
    _assert_right(text, expected)


# A slip in "otherwise" (a letter left out, doubled, swapped or a neighbouring key) still turns
# the test around for the step after it.
SLIPPED_OTHERWISE = [
    (
        "Every day at 9am fetch the sales total from https://shop.example/api/sales; if it is"
        " above 100 post in #sales, otherwse email boss@shop.example.",
        ("0 9 * * *", [H, C, S, C, E]),
    ),
    (
        "When a form is submitted, if it is urgent post it in #triage; othrwise email it to"
        " desk@clinic.example.",
        (None, [C, S, C, E]),
    ),
    (
        "Each Friday at 16:00, get the open bugs from https://bugs.example/api/open; if there"
        " are more than 20, email qa@bugs.example, otherwsie post a note in #dev.",
        ("0 16 * * 5", [H, C, E, C, S]),
    ),
    (
        "Every morning at 6, fetch the tank level from https://tank.example/api/level; if it's"
        " below 20% trigger the refill webhook, otherwize post the level in #plant.",
        ("0 6 * * *", [H, C, W, C, S]),
    ),
    (
        "If the build fails, page the on-call via the pager webhook; Otherwse post a green tick"
        " in #builds.",
        (None, [C, W, C, S]),
    ),
]


@pytest.mark.parametrize("text,expected", SLIPPED_OTHERWISE)
def test_a_slip_in_otherwise_still_opens_the_other_branch(text, expected):
    _assert_right(text, expected)


# "take the 2,000 <items> at <source>": a counted batch taken at a source is fetched there.
TAKEN_AT_A_SOURCE = [
    (
        "One-time task: take the 2,000 parks survey responses at"
        " https://survey.westbrookcouncil.example/api/parks, categorise each one by park,"
        " summarise the results and email the summary to parks@westbrookcouncil.example.",
        (None, [H, K, M, E]),
    ),
    (
        "Take the 1,500 support tickets from https://help.example/api/tickets, classify each by"
        " urgency and post a summary in #support.",
        (None, [H, K, M, S]),
    ),
    (
        "Just once: take the 12,000 product reviews at https://reviews.example/api/all and"
        " summarise them for product@reviews.example by email.",
        (None, [H, M, E]),
    ),
    (
        "Once only, take all 3,200 feedback forms at https://forms.example/api/feedback, sort"
        " them by department and email the sorted list to hr@forms.example.",
        (None, [H, K, E]),
    ),
    (
        "Please take the 4,000 chat transcripts from https://chat.example/api/transcripts,"
        " tag each by topic, then post a summary in #cx.",
        (None, [H, K, M, S]),
    ),
]


@pytest.mark.parametrize("text,expected", TAKEN_AT_A_SOURCE)
def test_a_counted_batch_taken_at_a_source_is_fetched(text, expected):
    _assert_right(text, expected)


# Near cases that must not change.
NEAR_CASES = [
    # The construction without the condition: no test.
    (
        "Each day at 18:00, fetch the day's donations total from"
        " https://give.riverbendfoodbank.example/api/today and post it in #volunteers.",
        ("0 18 * * *", [H, S]),
    ),
    # "otherwise" spelt right still opens the other branch.
    (
        "Every day at 9am fetch the sales total from https://shop.example/api/sales; if it"
        " exceeds 100 post in #sales, otherwise email boss@shop.example.",
        ("0 9 * * *", [H, C, S, C, E]),
    ),
    # A counted batch at hand (no source) is not fetched.
    (
        "Take these 2,000 survey responses, categorise each one by park and email a summary to"
        " parks@council.example.",
        (None, [K, M, E]),
    ),
    (
        "Take the 60 scanned agreements, extract the parties and dates, and email them to"
        " legal@firm.example.",
        (None, ["extract", E]),
    ),
]


@pytest.mark.parametrize("text,expected", NEAR_CASES)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
