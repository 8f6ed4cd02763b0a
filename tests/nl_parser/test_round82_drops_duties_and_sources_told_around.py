"""Round 82: items left out told after their delivery ("…, but ignore the test orders") or
after their fetch ("…, excluding test orders, and email them …") are tested before the
delivery; "set something up that …" is the request; "it should also go to #ops" is a second
delivery; an item with its relative clause that "goes to" a place is delivered there; a source
put first alone ("From https://…, email …") is fetched; "still down?" is a test."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, SQ, C, S, E, W = (
    "http.request",
    "salesforce.query",
    "check_status",
    "slack.post_message",
    "email.send",
    "webhook.post",
)
SUMMARY = "summarize"

# "<fetch> and <deliver> them, but ignore <items>": the drop picks what goes, before it goes.
DROPPED_AFTER_DELIVERY = [
    (
        "Every morning at 8, pull the new orders from https://shop.example.com/api/orders and"
        " post them in #dispatch, but ignore the test orders",
        ("0 8 * * *", [H, C, S]),
    ),
    (
        "Every weekday at 7am, fetch the overnight tickets from https://desk.example.org/api/tickets"
        " and email them to support@desk.example.org. Skip the spam tickets.",
        ("0 7 * * 1-5", [H, C, E]),
    ),
    (
        "At 6pm every Friday, grab this week's bookings from https://book.example.net/api/week,"
        " summarise them and post the summary in #front-desk, but leave out the cancelled bookings",
        ("0 18 * * 5", [H, C, SUMMARY, S]),
    ),
    (
        "Every Monday at 9, query Salesforce for new leads and post them in #sales, ignore the"
        " partner leads",
        ("0 9 * * 1", [SQ, C, S]),
    ),
    (
        "Every day at 10, pull the deliveries from https://vans.example.com/api/today and post"
        " them in #drivers, but drop the returns",
        ("0 10 * * *", [H, C, S]),
    ),
    (
        "When a new order comes in, post it to #orders, but ignore the test orders",
        (None, [C, S]),
    ),
]

# "<fetch> from <source>, excluding <items>, and <deliver> them": dropped from what was fetched.
LEFT_OUT_AFTER_FETCH = [
    (
        "Every morning at 8, fetch the orders from https://shop.example.com/api/orders, excluding"
        " test orders, and email them to ops@shop.example",
        ("0 8 * * *", [H, C, E]),
    ),
    (
        "Every Friday at 5pm, pull the week's returns from https://returns.example.com/api/week,"
        " ignoring the damaged ones, and post them in #warehouse",
        ("0 17 * * 5", [H, C, S]),
    ),
    (
        "At 07:30 each weekday, grab the new signups from https://app.example.io/api/signups,"
        " leaving out internal accounts, then email them to growth@app.example.io",
        ("30 7 * * 1-5", [H, C, E]),
    ),
    (
        "Every night at 11, fetch the bookings from https://hotel.example/api/bookings, skipping"
        " cancelled bookings, and send them to the front-desk webhook",
        ("0 23 * * *", [H, C, W]),
    ),
    (
        "Every Monday at 9, query Salesforce for open deals, excluding the partner deals, and"
        " post them in #sales",
        ("0 9 * * 1", [SQ, C, S]),
    ),
]

# "set something up that <when> <does>": the thing asked for, then what it does.
SET_SOMETHING_UP = [
    (
        "set something up that every Monday at 7:50am queries Salesforce for stalled deals and"
        " posts them in #sales",
        ("50 7 * * 1", [SQ, S]),
    ),
    (
        "can you set something up that every Friday at 5pm pulls the open tickets from"
        " https://desk.example.com/api/open and emails them to lead@desk.example.com",
        ("0 17 * * 5", [H, E]),
    ),
    (
        "could you set a job up that every day at 6 fetches https://meter.example.org/api/readings"
        " and posts them in #plant",
        ("0 6 * * *", [H, S]),
    ),
    (
        "please set something up to post the rota in #staff every Thursday at 4pm",
        ("0 16 * * 4", [S]),
    ),
    (
        "Set one up that queries Salesforce for renewals every weekday at 8:15 and emails them to"
        " cs@firm.example",
        ("15 8 * * 1-5", [SQ, E]),
    ),
]

# "<deliver> …; it should also go to <place>": one more delivery of the same thing.
ALSO_GOES = [
    (
        "Every Monday at 9am, summarise the tickets from https://x.example/api/tickets and email"
        " the summary to a@x.example; it should also go to #ops",
        ("0 9 * * 1", [H, SUMMARY, E, S]),
    ),
    (
        "Every Monday at 9am, summarise the tickets from https://x.example/api/tickets and email"
        " the summary to a@x.example. It should also go to #ops.",
        ("0 9 * * 1", [H, SUMMARY, E, S]),
    ),
    (
        "At 17:00 on weekdays, compile a report of the day's sales from"
        " https://till.example.com/api/today and post it in #managers; it must also go to"
        " owner@till.example.com",
        ("0 17 * * 1-5", ["http.request", "generate_report", S, E]),
    ),
    (
        "When a refund is issued, email the details to finance@shop.example; they should also go"
        " to the audit webhook",
        (None, [E, W]),
    ),
    (
        "Every Friday at 3pm, pull the timesheets from https://hr.example.org/api/timesheets and"
        " email them to payroll@hr.example.org. A copy should also go out to #hr.",
        ("0 15 * * 5", [H, E, S]),
    ),
]

# "<item> <relative clause or participle> goes to <place>": each arriving item is delivered.
ITEM_GOES_TO = [
    ("Any application that gets submitted through the careers page goes to #hiring", [S]),
    ("Every order placed on the website goes to #orders", [S]),
    (
        "Each invoice that gets uploaded to the supplier portal goes straight to"
        " ap@ledgerline.example",
        [E],
    ),
    ("Every booking that is made through the online form should go to #front-desk", [S]),
    ("Any complaint that gets logged on the help portal goes to the escalation webhook", [W]),
    (
        "Any support ticket that comes in through the contact form should go to"
        " helpdesk@firm.example",
        [E],
    ),
]

# "From <source>, <deliver> …": the source put first is fetched.
SOURCE_PUT_FIRST = [
    (
        "From https://feeds.x.example/api/new, email the list to a@x.example every Friday at 4pm",
        ("0 16 * * 5", [H, E]),
    ),
    (
        "Using https://weather.example.org/api/forecast, email the forecast to crew@dock.example"
        " each morning at 5",
        ("0 5 * * *", [H, E]),
    ),
    (
        "Out of https://stock.example.net/api/low, post the items in #buyers every weekday at 10",
        ("0 10 * * 1-5", [H, S]),
    ),
    (
        "From https://menu.example.com/api/specials, post the specials in #kitchen every day at"
        " 11am",
        ("0 11 * * *", [H, S]),
    ),
    (
        "From Salesforce, email this week's renewals to cs@firm.example every Friday at noon",
        ("0 12 * * 5", [SQ, E]),
    ),
]

# "From <source>, <fetch> … and <deliver> …": the fetch after the source reads it, once.
SOURCE_PUT_BEFORE_ITS_FETCH = [
    (
        "From Salesforce, pull the renewals due this month and email them to cs@firm.example"
        " every Friday at noon",
        ("0 12 * * 5", [SQ, E]),
    ),
    (
        "From https://shop.example.com/api/orders, pull the new orders and post them in"
        " #dispatch every day at 8",
        ("0 8 * * *", [H, S]),
    ),
    (
        "Just this once: out of Salesforce, pull every Halden Acoustics opportunity that"
        " closed-won in 2023 and email them to marketing@example-haldenacoustics.com.",
        (None, [SQ, E]),
    ),
    # two sources named are both read
    (
        "From https://shop.example.com/api/orders, query Salesforce for the matching accounts"
        " and post them in #dispatch every day at 8",
        ("0 8 * * *", [H, SQ, S]),
    ),
]

# "<check> → still <state>? → <deliver>": the state asked again is the test.
STILL_IN_A_STATE = [
    (
        "every 10 min check https://status.x.example/api → still down? → #oncall",
        ("*/10 * * * *", [H, C, S]),
    ),
    (
        "every 15 min ping https://pos.example.com/health → still offline? → page via the pager"
        " webhook",
        ("*/15 * * * *", [H, C, W]),
    ),
    (
        "every 5 min hit https://gateway.example.net/status → still unreachable? → email"
        " noc@example.net",
        ("*/5 * * * *", [H, C, E]),
    ),
    (
        "hourly: check https://api.example.org/ping → still unavailable? → #infra",
        ("0 * * * *", [H, C, S]),
    ),
    (
        "every 10 min check https://status.x.example/api; if it is still down, post in #oncall",
        ("*/10 * * * *", [H, C, S]),
    ),
]

# Already right before this round: "find out whether <URL> is <state>; if so, …".
ALREADY_RIGHT = [
    (
        "Every day at 9, find out whether https://status.x.example/api is down; if so, page"
        " on-call via the pager webhook",
        ("0 9 * * *", [H, C, W]),
    ),
    (
        "Every hour, see whether https://cams.example.net/api is unreachable; if so, trigger the"
        " alarm webhook",
        ("0 * * * *", [H, C, W]),
    ),
]

# Near cases that keep their reading.
UNCHANGED = [
    # no drop: the fetch and the delivery alone
    (
        "Every morning at 8, fetch the orders from https://shop.example.com/api/orders and email"
        " them to ops@shop.example",
        ("0 8 * * *", [H, E]),
    ),
    # the exclusion on the delivery already picked which items go
    (
        "Every morning at 8, fetch the orders from https://shop.example.com/api/orders and email"
        " them to ops@shop.example, excluding test orders",
        ("0 8 * * *", [H, C, E]),
    ),
    # a drop told first is where it was said
    (
        "Every morning at 8, pull the new orders from https://shop.example.com/api/orders, ignore"
        " the test orders and post them in #dispatch",
        ("0 8 * * *", [H, C, S]),
    ),
    # skipping the message itself is no drop of items
    (
        "Every night at 2am, pull tomorrow's orders from https://orders.example.com/api/next-day"
        " and email them to bakers@crumb.example.com, but skip the email on nights when no orders"
        " have come in.",
        ("0 2 * * *", [H, C, E]),
    ),
    # "set up something that" was read already
    (
        "set up something that every Monday at 7:50am queries Salesforce for stalled deals and"
        " posts them in #sales",
        ("50 7 * * 1", [SQ, S]),
    ),
    # "should go to … too" was read already
    (
        "Every Monday at 9am, summarise the tickets from https://x.example/api/tickets and email"
        " the summary to a@x.example; it should go to #ops too",
        ("0 9 * * 1", [H, SUMMARY, E, S]),
    ),
    # an event with no step of delivery is no delivery
    (
        "When an application gets submitted through the careers page, post it to #hiring",
        (None, [S]),
    ),
    (
        "every 10 min check https://status.x.example/api → down? → #oncall",
        ("*/10 * * * *", [H, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DROPPED_AFTER_DELIVERY)
def test_drop_told_after_the_delivery(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), LEFT_OUT_AFTER_FETCH)
def test_items_left_out_after_the_fetch(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), SET_SOMETHING_UP)
def test_set_something_up_is_the_request(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), ALSO_GOES)
def test_should_also_go_is_one_more_delivery(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "actions"), ITEM_GOES_TO)
def test_item_with_its_relative_clause_goes_to_a_place(text, actions):
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), SOURCE_PUT_FIRST)
def test_source_put_first_is_fetched(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), SOURCE_PUT_BEFORE_ITS_FETCH)
def test_source_put_before_its_fetch_is_read_once(text, expected):
    assert read(text) == expected
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), STILL_IN_A_STATE)
def test_still_in_a_state_is_a_test(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), ALREADY_RIGHT)
def test_already_right(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
