"""Round 59: "sat n sun" joins days as "and" does, "need X dropped into #Y" is a delivery with no
one named before the need, "one time thing, not recurring" said last is no step, "set up a weekly
reminder in #Y" posts it, "can the allocations go out to the drivers" goes by the one medium
listed, "a digest for the sales channel" is posted there, and fields lifted "for every fermenter"
are extracted."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
SF = "salesforce.query"
SLACK_ONLY = {"availableTools": [S]}
EMAIL_ONLY = {"availableTools": [E]}

# "every sat n sun", "tues n fri", "… n send them to …": a lone "n" between words is "and".
N_FOR_AND = [
    (
        "every sat n sun at 8.30am grab the tee sheet from"
        " https://tee.example-gorsehillgolf.co.uk/api/today and stick it in #starters-hut pls",
        {},
        ("30 8 * * 0,6", [H, S]),
    ),
    (
        "every mon n thu at 7am pull the orders from https://shop.example-kiln.com/api/orders and"
        " post them in #kiln",
        {},
        ("0 7 * * 1,4", [H, S]),
    ),
    ("tues n thurs at 18:00 email the rota to crew@example-rowing.org", {}, ("0 18 * * 2,4", [E])),
    (
        "pull the backorders from https://api.example-chainring.com/backorders every wed n sat at"
        " 9am n send them to #warehouse",
        {},
        ("0 9 * * 3,6", [H, S]),
    ),
    (
        "grab the sign-ups from https://club.example-judo.com/api/signups n email them to"
        " coach@example-judo.com every fri at 5pm",
        {},
        ("0 17 * * 5", [H, E]),
    ),
]

# "need today's no-shows from … dropped into #instructors": typed short, the need has no one
# before it; "one time thing, not recurring" said last only tells the run happens once.
NEEDED_DONE = [
    (
        "quick one - need today's no-shows from"
        " https://bookings.example-corestrengthpilates.com/api/noshows/today dropped into"
        " #instructors. one time thing, not recurring",
        (None, [H, S]),
    ),
    (
        "need yesterday's returns from https://shop.example-tidepool.com/api/returns posted in"
        " #warehouse",
        (None, [H, S]),
    ),
    (
        "want the open tickets from https://help.example-loomwork.com/api/open sent to"
        " support@example-loomwork.com. one-off, not recurring",
        (None, [H, E]),
    ),
    (
        "every monday at 8 - need last week's timesheets from"
        " https://hr.example-birchway.com/api/timesheets emailed to payroll@example-birchway.com",
        ("0 8 * * 1", [H, E]),
    ),
    (
        "need the stock levels from https://inv.example-hopyard.com/api/stock dropped into"
        " #brewhouse, just a one-off.",
        (None, [H, S]),
    ),
]

# "Set up a weekly reminder in #rehearsals to bring …": a message set up is sent.
SET_UP_A_MESSAGE = [
    (
        "Set up a weekly reminder in #rehearsals for Saltmarsh Youth Orchestra to bring music"
        " stands — Thursdays at 6, no wait, half past five in the evening.",
        ("30 17 * * 4", [S]),
    ),
    (
        "set up a daily reminder in #kitchen at 7am to check the fridge temperatures",
        ("0 7 * * *", [S]),
    ),
    (
        "Set up a monthly reminder email to team@example-quill.com on the 1st at 9am to submit"
        " expenses",
        ("0 9 1 * *", [E]),
    ),
    (
        "set up a quick message to #ops every Monday at 8am saying stand-up has moved to 9:30",
        ("0 8 * * 1", [S]),
    ),
    (
        "Set up a reminder for the volunteers in #stewards every Saturday at 7:30am to collect"
        " their hi-vis vests",
        ("30 7 * * 6", [S]),
    ),
]

# "can the van allocations go out to the drivers": a thing said to go to people, with no
# medium named and nothing else delivering, goes by the one medium listed.
GONE_TO_PEOPLE = [
    (
        "hey can the van allocations go out to the swiftline couriers drivers every tues n fri at"
        " 11.45am? thamks",
        SLACK_ONLY,
        ("45 11 * * 2,5", [S]),
    ),
    (
        "every friday at 5pm the timesheets need to go out to the site managers",
        EMAIL_ONLY,
        ("0 17 * * 5", [E]),
    ),
    (
        "could the shift swaps go to our bar staff every sunday at 6pm?",
        SLACK_ONLY,
        ("0 18 * * 0", [S]),
    ),
    (
        "every morning at 7 the gate codes should go out to the race marshals",
        EMAIL_ONLY,
        ("0 7 * * *", [E]),
    ),
    (
        "the new menu should go over to the kitchen team every monday at 10am",
        SLACK_ONLY,
        ("0 10 * * 1", [S]),
    ),
]

# "put together a short digest for the sales channel": a channel the made thing is for is where
# it is posted.
MADE_FOR_A_CHANNEL = [
    (
        "Fridays at 3pm, pull this week's lost deals for Mercer Signage out of the CRM, sort them"
        " by loss reason (price, timing, competitor), and put together a short digest for the"
        " sales channel.",
        {"availableTools": [SF, S]},
        ("0 15 * * 5", [SF, "classify", "summarize", S]),
    ),
    (
        "Every Monday at 9am pull the open deals from salesforce and write a summary for the"
        " leadership channel.",
        {},
        ("0 9 * * 1", [SF, "summarize", S]),
    ),
    (
        "daily at 6pm get the day's orders from https://shop.example-sprig.com/api/orders and"
        " make a short report for our ops channel",
        {"availableTools": [H, S]},
        ("0 18 * * *", [H, "generate_report", S]),
    ),
    (
        "Every Friday at 4pm fetch the week's tickets from https://help.example-dune.com/api/week,"
        " summarise them for the support channel.",
        {},
        ("0 16 * * 5", [H, "summarize", S]),
    ),
    (
        "On the 1st at 8am query salesforce for last month's renewals and prepare a recap for the"
        " account managers channel",
        {"availableTools": [SF, E, S]},
        ("0 8 1 * *", [SF, "summarize", S]),
    ),
]

# "lift tank id, gravity and temperature for every fermenter": fields listed, then named for or
# from each item, are read out of it by any verb of lifting; "Mon + Thu" is one list of days.
LIFTED_FOR_EACH = [
    (
        "Brackenfold Brewery → Mon + Thu, 07:00 → GET"
        " https://cellar.example-brackenfoldbrewery.co.uk/api/fermenters → lift tank id, gravity"
        " and temperature for every fermenter → build a cellar report → email"
        " headbrewer@example-brackenfoldbrewery.co.uk",
        ("0 7 * * 1,4", [H, "extract", "generate_report", E]),
    ),
    (
        "Every Monday at 6am fetch https://api.example-seedbank.com/lots, pluck the lot number,"
        " weight and grade from each lot, and email them to stores@example-seedbank.com",
        ("0 6 * * 1", [H, "extract", E]),
    ),
    (
        "every day at 9 get https://fleet.example-vanline.com/api/vans then copy the reg and"
        " mileage for each van into #fleet",
        ("0 9 * * *", [H, "extract", S]),
    ),
    (
        "Tue + Fri at 17:30: call https://api.example-kennels.com/dogs, scoop out the name, breed"
        " and feeding notes on every dog, then post them to #kennel-staff",
        ("30 17 * * 2,5", [H, "extract", S]),
    ),
]

UNCHANGED = [
    # "the top n rows": a lone "n" after "top" is a number.
    (
        "pull the top n rows from https://a.example.com/x every day at 9am and post them in #ops",
        {},
        ("0 9 * * *", [H, S]),
    ),
    # A need with nothing done to it fetches only.
    ("need the stock levels from https://inv.example-hopyard.com/api/stock", {}, (None, [H])),
    # A last sentence with a step in it is read as before.
    (
        "pull the stock levels from https://inv.example-hopyard.com/api/stock and post them in"
        " #brewhouse. Not recurring, but email a copy to ops@example-hopyard.com.",
        {},
        (None, [H, S, E]),
    ),
    # "set up the fields" sets up no message.
    ("set up the fields on each order and post them to #ops", {}, (None, ["set", S])),
    # With no medium listed, people a thing goes to name none; nor is a warehouse people.
    ("the rota should go to the night nurses every sunday at 6pm", {}, ("0 18 * * 0", [])),
    ("every day at 9 the backups go to the warehouse", SLACK_ONLY, ("0 9 * * *", [])),
    # A delivery told later is the one the thing goes by.
    (
        "Could the day's lesson list go out to our instructors at 8:15 every weekday morning?"
        " It's at https://book.example-crestlineskischool.com/api/lessons/today — please email it"
        " to instructors@example-crestlineskischool.com.",
        {},
        ("15 8 * * 1-5", [H, E]),
    ),
    # A sales channel is no place to post; nor is a channel Slack is not listed for.
    (
        "Every Monday pull the open deals from salesforce and write a summary for the retail"
        " channel.",
        {},
        ("0 9 * * 1", [SF, "summarize"]),
    ),
    (
        "Every Monday pull the open deals from salesforce and write a summary for the sales"
        " channel.",
        {"availableTools": [SF, E]},
        ("0 9 * * 1", [SF, "summarize"]),
    ),
    # "lift the freeze on every account" lists no fields.
    ("lift the freeze on every account in salesforce", {}, (None, [])),
]


@pytest.mark.parametrize(("text", "context", "expected"), N_FOR_AND)
def test_a_lone_n_between_words_is_and(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.9
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "expected"), NEEDED_DONE)
def test_a_need_with_no_one_before_it_is_done(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), SET_UP_A_MESSAGE)
def test_a_message_set_up_is_sent(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert not [d for d in doubts_of(text) if "correction" not in d]


@pytest.mark.parametrize(("text", "context", "expected"), GONE_TO_PEOPLE)
def test_a_thing_gone_to_people_goes_by_the_one_medium(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.8
    assert not [d for d in doubts_of(text, context) if "thamks" not in d]


@pytest.mark.parametrize(("text", "context", "expected"), MADE_FOR_A_CHANNEL)
def test_a_thing_made_for_a_channel_is_posted_there(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.9
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "expected"), LIFTED_FOR_EACH)
def test_fields_lifted_for_each_item_are_extracted(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "context", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, context, expected):
    assert read(text, context) == expected
