"""Round 82: a holiday on a fixed date named as the run's day ("On Christmas Eve at noon");
"make it half past six" correcting an evening time, which keeps the evening; a message headed
with its cadence and for whom ("Quarterly nudge for Ledgerly clients: …"), which is the
delivery after it, not a step; and "I'd rather not assemble it by hand at midnight" in the story
before a request, a wish that gives the run no schedule."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, S, E, W = "http.request", "check_status", "slack.post_message", "email.send", "webhook.post"
SQ, SUMMARY = "salesforce.query", "summarize"

# "on / every / each <holiday>", "<holiday> at <time>": the holiday's fixed date.
HOLIDAYS = [
    (
        "On Christmas Eve at noon every year, post the holiday opening hours for Heathermoor Golf"
        " Club in #clubhouse.",
        ("0 12 24 12 *", [S]),
    ),
    (
        "Every Christmas Day at 8am, email the skeleton-rota reminder to"
        " oncall@brackenvets.example.",
        ("0 8 25 12 *", [E]),
    ),
    (
        "Each year on New Year's Eve at 6pm, post a closing reminder in #front-desk for Quill"
        " & Co.",
        ("0 18 31 12 *", [S]),
    ),
    (
        "On Boxing Day at 10:00 every year, fetch the sale stock from"
        " https://api.thimbleworks.example/stock and post it in #shopfloor.",
        ("0 10 26 12 *", [H, S]),
    ),
    (
        "New Year's Day at 9am every year: email the membership renewal notice to"
        " members@larchfieldrowing.example.",
        ("0 9 1 1 *", [E]),
    ),
    (
        "On Halloween at 4pm, post the trick-or-treat safety note in #parents.",
        ("0 16 31 10 *", [S]),
    ),
]

# "<time> — actually, make it <time spelled out>": the spelled time keeps the half of the day.
SPELLED_FIXES = [
    (
        "Every Sunday at 7pm \u2014 actually, make it half past six \u2014 email this week's"
        " rehearsal call sheet from https://calls.kestrelyouththeatre.example/api/week to"
        " cast@kestrelyouththeatre.example.",
        ("30 18 * * 0", [H, E]),
    ),
    (
        "Every weekday at 5pm, actually make it quarter to five, post the day's returns from"
        " https://api.lendwell.example/returns in #library-desk.",
        ("45 16 * * 1-5", [H, S]),
    ),
    (
        "Each Friday at 8pm \u2014 no, make it half seven \u2014 email the quiz answers to"
        " quizmasters@thefoxinn.example.",
        ("30 19 * * 5", [E]),
    ),
    (
        "At 4pm every Tuesday (actually, make it twenty past four) fetch the open tickets from"
        " https://desk.example/api/open and post them in #support.",
        ("20 16 * * 2", [H, S]),
    ),
    (
        "Every Monday at 9am - actually make it quarter past nine - post the standup reminder in"
        " #eng.",
        ("15 9 * * 1", [S]),
    ),
]

# Across noon the nearer half is meant: 11am corrected to "quarter past one" is 13:15.
SPELLED_FIXES.append(
    (
        "Every Thursday at 11am \u2014 actually, make it quarter past one \u2014 post the lunch"
        " rota in #staff.",
        ("15 13 * * 4", [S]),
    )
)

# "<cadence> <message> for <whom>: <schedule>, <delivery>": the heading is the delivery.
MESSAGE_HEADINGS = [
    (
        "Quarterly nudge for Ledgerly Bookkeeping clients: 10:30am on the 15th of Jan, Apr, Jul"
        " and Oct, email the VAT-deadline reminder to clients@ledgerlybooks.example; a week later,"
        " post a 'start chasing receipts' reminder in #bookkeepers.",
        ("30 10 15 1,4,7,10 *", [E, "wait", S]),
    ),
    (
        "Weekly reminder for the choir: every Monday at 7pm, email the hymn list to"
        " choir@stmarks.example.",
        ("0 19 * * 1", [E]),
    ),
    (
        "Monthly nudge for the allotment holders: on the 1st at 9am, email the rent reminder to"
        " plots@greenlane.example.",
        ("0 9 1 * *", [E]),
    ),
    (
        "Daily alert for the kitchen crew: at 6am, fetch the deliveries due from"
        " https://api.freshfold.example/due and post them in #kitchen.",
        ("0 6 * * *", [H, S]),
    ),
    (
        "Yearly notice to Brookside tenants: on 1 March at 9am, post the boiler-service reminder"
        " in #tenants.",
        ("0 9 1 3 *", [S]),
    ),
]

# "… — I'd rather not <do the work> at midnight. Please <request with no schedule>."
WISHES_IN_STORIES = [
    (
        "Our board meets tomorrow morning and the chair has asked, again, how the spring gala"
        " sponsorships are going \u2014 I'd rather not assemble it by hand at midnight. Please pull"
        " the gala sponsorship opportunities from Salesforce, write up a summary of where each"
        " stands, and send it to board@hartsfieldhospice.example. Thanks!",
        {"availableTools": [SQ, SUMMARY, E]},
        (None, [SQ, SUMMARY, E]),
    ),
    (
        "Our trustees meet tomorrow morning and they'll want the donation totals \u2014 I'd rather"
        " not dig through it all by hand at midnight. Please pull this month's donations from"
        " Salesforce, summarise them, and email the summary to trustees@oakvalehospice.example.",
        {"availableTools": [SQ, SUMMARY, E]},
        (None, [SQ, SUMMARY, E]),
    ),
    (
        "My director is presenting tonight and has asked how the grant applications are doing"
        " \u2014 we'd rather not piece it together by hand at the last minute. Pull the grant"
        " opportunities from Salesforce, write a summary, and send it to"
        " director@brightwellarts.example.",
        {"availableTools": [SQ, SUMMARY, E]},
        (None, [SQ, SUMMARY, E]),
    ),
    (
        "Our inspection is tomorrow afternoon and I'd really rather not be counting stock at"
        " midnight. Fetch the stock levels from https://api.hollybankpharmacy.example/stock,"
        " summarise them and email it to manager@hollybankpharmacy.example.",
        {},
        (None, [H, SUMMARY, E]),
    ),
    (
        "We have the quarterly review tomorrow morning, and I'd rather not build the numbers by"
        " hand tonight. Pull the open opportunities from Salesforce and email a summary to"
        " review@tidewaterkayaks.example.",
        {"availableTools": [SQ, SUMMARY, E]},
        (None, [SQ, SUMMARY, E]),
    ),
]

UNCHANGED = [
    # A holiday naming a kind of thing is no date.
    (
        "Every day at 9am, email the Christmas Eve menu to chefs@hollyinn.example.",
        ("0 9 * * *", [E]),
    ),
    ("Every Friday at 5pm, post our New Year's Eve party plan in #social.", ("0 17 * * 5", [S])),
    (
        "On 1 December each year at 8am, email the Christmas opening hours to"
        " staff@harefieldgardencentre.example.",
        ("0 8 1 12 *", [E]),
    ),
    # A correction in digits, as before.
    (
        "Every Sunday at 7pm \u2014 actually, make it 6:30 \u2014 email the call sheet to"
        " cast@example.org.",
        ("30 18 * * 0", [E]),
    ),
    # A heading with no cadence may be the items, and a set-up heading reads as before.
    (
        "Set up a weekly reminder for the volunteers: every Friday at 3pm post 'rota closes"
        " tonight' in #volunteers.",
        ("0 15 * * 5", [S]),
    ),
    # A wish that names a medium stays for the grammars; a schedule in the request is kept.
    (
        "Our board meets tomorrow morning and I'd rather not assemble the pack by hand at"
        " midnight. Every Monday at 8am, pull the open opportunities from Salesforce and email a"
        " summary to board@example.org.",
        ("0 8 * * 1", [SQ, SUMMARY, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOLIDAYS)
def test_a_fixed_holiday_is_its_date(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9


@pytest.mark.parametrize(("text", "expected"), SPELLED_FIXES)
def test_a_spelled_time_corrects_in_the_same_half_of_the_day(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.85
    assert not any("not understood" in d for d in doubts_of(text))


@pytest.mark.parametrize(("text", "expected"), MESSAGE_HEADINGS)
def test_a_message_headed_with_its_cadence_is_the_delivery(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9


@pytest.mark.parametrize(("text", "context", "expected"), WISHES_IN_STORIES)
def test_a_wish_in_the_story_gives_no_schedule(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.9


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
