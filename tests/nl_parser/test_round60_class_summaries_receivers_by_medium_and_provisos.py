"""Round 60: a summary "of just the fraud letters" after a classification covers that class, "every
new X should get the form by email" is "email every new X the form", an exclusion restated as
"except X, skip those" is one test, and "…, provided they've never subscribed before" is a test
on the step it follows."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C, SUM, REP, CL = "check_status", "summarize", "generate_report", "classify"

# "tag each as fees, service, fraud or lending, write a summary of just the fraud letters": a
# thing made of one class of a classification before it covers that class alone.
MADE_OF_A_CLASS = [
    (
        "One-time job for Fairhaven Credit Union: we have about 2,400 member complaint letters"
        " from the last two years. Tag each one as fees, service, fraud or lending, write a"
        " summary of just the fraud letters, and email it to compliance@example-fairhavencu.org.",
        (None, [CL, C, SUM, E]),
    ),
    (
        "Classify each lead as hot, warm or cold, write a summary of the hot leads and email it to"
        " sales@example-brightkiln.com.",
        (None, [CL, C, SUM, E]),
    ),
    (
        "Sort the 900 reviews into praise, complaint or suggestion, then write a report on only"
        " the complaints and post it in #cx.",
        (None, [CL, C, REP, S]),
    ),
    (
        "Label every ticket as bug, billing or how-to and write up a digest covering just the"
        " billing tickets for #finance.",
        (None, [CL, C, SUM, S]),
    ),
    (
        "Go through the 600 survey answers, tag each as parking, noise or litter, summarise only"
        " the noise ones and send that to council@example-ashdown.gov.uk.",
        (None, [CL, C, SUM, E]),
    ),
]

# "Every new room application … should get the guarantor form by email": what each new item
# gets, with the medium it goes by, is a delivery to it written from its side.
GOT_BY_A_MEDIUM = [
    (
        "Every new member should get the welcome pack by email.",
        (None, [E]),
    ),
    (
        "Each new tenant at Harbour Flats should receive the move-in checklist by email.",
        (None, [E]),
    ),
    (
        "Every new volunteer should get the safety briefing in Slack.",
        (None, [S]),
    ),
    (
        "New room applications should get the guarantor form by email.",
        (None, [E]),
    ),
    (
        "All new starters should get the IT handbook via email.",
        (None, [E]),
    ),
]

# "— except returning residents, skip those": the exclusion said twice is one test, before the
# delivery it limits.
EXCLUDED_AND_SKIPPED = [
    (
        "Every new room application at Keystone Student Halls should get the guarantor form by"
        " email — except returning residents, skip those.",
        (None, [C, E]),
    ),
    (
        "Every new member should get the welcome pack by email, except returning members.",
        (None, [C, E]),
    ),
    (
        "When a new member joins, email them the welcome pack — except returning members, skip"
        " those.",
        (None, [C, E]),
    ),
    (
        "All new starters should get the IT handbook by email, except contractors - ignore them.",
        (None, [C, E]),
    ),
    (
        "When a guest books, email them the parking guide — except day visitors, skip those.",
        (None, [C, E]),
    ),
]

# "New subscriber … → email them the 15% welcome code, provided they've never subscribed
# before": a proviso after the step is a test on it, not an event or a schedule.
PROVIDED_AFTER = [
    (
        "New subscriber to the Fernhollow Kombucha monthly box → email them the 15% welcome"
        " code, provided they've never subscribed before.",
        (None, [C, E]),
    ),
    (
        "When someone subscribes, email them the welcome code, provided they've never subscribed"
        " before.",
        (None, [C, E]),
    ),
    (
        "When a new order comes in, post it in #packing provided it has been paid.",
        (None, [C, S]),
    ),
    (
        "When a driver signs up, send them the onboarding guide by email, provided that they"
        " haven't driven for us before.",
        (None, [C, E]),
    ),
    (
        "New booking → email the guest the door code, provided the deposit has been paid.",
        (None, [C, E]),
    ),
]

# The same steps with nothing picked stay as they were.
UNCHANGED = [
    (
        "Classify each lead as hot, warm or cold, write a summary of the leads and email it to"
        " sales@example-brightkiln.com.",
        (None, [CL, SUM, E]),
    ),
    (
        "Tag each comment as praise, complaint or suggestion, write a short summary of the themes"
        " and post it in #cx.",
        (None, [CL, SUM, S]),
    ),
    ("Each new signup should get a welcome email.", (None, [E])),
    ("When someone subscribes, email them the welcome code.", (None, [E])),
    (
        "Every Monday at 9am, pull the rota provided by https://rota.example-kiln.com/api and"
        " email it to crew@example-kiln.com.",
        ("0 9 * * 1", [H, E]),
    ),
    ("Email every new member the welcome pack, except returning members.", (None, [C, E])),
]


@pytest.mark.parametrize(("text", "expected"), MADE_OF_A_CLASS)
def test_a_thing_made_of_one_class_covers_that_class(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9


@pytest.mark.parametrize(("text", "expected"), GOT_BY_A_MEDIUM)
def test_a_thing_got_by_a_medium_is_sent_by_it(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), EXCLUDED_AND_SKIPPED)
def test_an_exclusion_restated_is_one_test(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), PROVIDED_AFTER)
def test_a_proviso_after_a_step_is_a_test(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
