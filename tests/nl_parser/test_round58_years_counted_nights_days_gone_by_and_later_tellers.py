"""Round 58: a span of years before an event ("two years after an eye test, email …"), a plural
part of the day that is a counted thing ("last month's room nights"), a day gone by or one day of
any ("from last Saturday's concert", "created since Friday", "that land on a Friday afternoon"),
a count that is all of a verb's items ("summarise the 60 feedback forms"), and a story whose
teller comes in after "and" ("…, and I only ever find out at month-end. Could we set it up so
that …")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

F, SUM, E, S = "http.request", "summarize", "email.send", "slack.post_message"
W, CHECK, REPORT, SF = "wait", "check_status", "generate_report", "salesforce.query"
FETCH_EMAIL = {"availableTools": ["http.request", "email.send"]}
FETCH_EMAIL_SLACK = {"availableTools": ["http.request", "email.send", "slack.post_message"]}


def assert_read_well(text, cron, actions, context=None):
    assert read(text, context) == (cron, actions)
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


# "<N> years after <event>, <step>": a span of years waits like one of days or months.
@pytest.mark.parametrize(
    "text",
    [
        "Two years after a patient's eye test at Clearview Opticians, email them a reminder to "
        "book their next one.",
        "A year after a customer buys a boiler, email them a reminder to book a service.",
        "3 years after a member signs up, send them a thank-you email.",
        "Email each tenant a renewal notice two years after their lease starts.",
        "Email the owner a reminder 2 years after each vaccination.",
    ],
)
def test_years_after_an_event_wait(text):
    assert_read_well(text, None, [W, E])


def test_a_year_after_an_event_waits_before_a_post():
    text = "One year after an employee joins, post a work anniversary message in #team."
    assert_read_well(text, None, [W, S])


# "<owner's> <noun> nights": the nights are what is counted, not when the run is.
@pytest.mark.parametrize(
    ("text", "cron", "actions", "context"),
    [
        (
            "On the 2nd of every month at 10:00, put together a report on last month's room "
            "nights at Glenmoray Lodge, email it to owners@example-glenmoraylodge.co.uk and post "
            "it in #management.",
            "0 10 2 * *",
            [F, REPORT, E, S],
            FETCH_EMAIL_SLACK,
        ),
        (
            "On the 1st of every month at 9:00, build a report on last month's bed nights at "
            "Harbour Hostel and email it to ops@example.com.",
            "0 9 1 * *",
            [F, REPORT, E],
            FETCH_EMAIL,
        ),
        (
            "At 10:00 on the 3rd of each month, summarise the month's patient nights from "
            "https://example.com/census and post it in #wards.",
            "0 10 3 * *",
            [F, SUM, S],
            None,
        ),
        (
            "Every Friday at 10, pull the hotel's room nights from https://example.com/api and "
            "post them in #revenue.",
            "0 10 * * 5",
            [F, S],
            None,
        ),
        (
            "Every Monday at 9am, fetch the quiz nights from https://example.com/events and post "
            "them in #pub.",
            "0 9 * * 1",
            [F, S],
            None,
        ),
    ],
)
def test_counted_nights_are_no_cadence(text, cron, actions, context):
    assert_read_well(text, cron, actions, context)


# Near cases: a day's nights and evenings, and nights alone, are still when the run is.
@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("Post the bar takings in #bar on Friday and Saturday nights at 11pm.", "0 23 * * 5,6"),
        ("Email me the door sales at 11 on Saturday nights.", "0 23 * * 6"),
        ("Email me the door sales every Friday evening at 6.", "0 18 * * 5"),
        ("Email the team tonight at 9 with the rota.", "0 21 * * *"),
        (
            "Ping the crew nightly at 10pm with the board from https://example.com/b in #crew.",
            "0 22 * * *",
        ),
    ],
)
def test_a_days_nights_stay_the_runs(text, cron):
    assert read(text)[0] == cron


# "from last Saturday's concert", "since last Monday": a day gone by names the items.
@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Just once: summarise the 60 feedback forms from last Saturday's Meadowlark Choir "
            "concert and email the summary to committee@example-meadowlarkchoir.org.uk.",
            None,
            [SUM, E],
        ),
        (
            "Just once: summarise the comments from last Friday's open day and email them to "
            "me@example.com.",
            None,
            [SUM, E],
        ),
        (
            "Summarise the tickets closed since last Monday and post the summary in #support.",
            None,
            [SUM, S],
        ),
        (
            "Pull the orders from last Tuesday from https://example.com/orders and email them to "
            "ops@example.com.",
            None,
            [F, E],
        ),
        (
            "Last Saturday's feedback forms: summarise them and email the summary to "
            "me@example.com.",
            None,
            [SUM, E],
        ),
        (
            "One-off: email the photos from last Sunday's match to club@example.com.",
            None,
            [E],
        ),
        (
            "Every Monday at 9, summarise the feedback from last Saturday's gig and email it to "
            "band@example.com.",
            "0 9 * * 1",
            [SUM, E],
        ),
    ],
)
def test_a_day_gone_by_is_the_items(text, cron, actions):
    assert_read_well(text, cron, actions)


# Near cases: the last Friday of a month is still a run's (which cron cannot say).
@pytest.mark.parametrize(
    "text",
    [
        "Post the reminder in #ops on the last Friday of every month at 4pm.",
        "On the last Friday at 4pm, post the reminder in #ops.",
        "Every last Friday of the month at 4pm, post the reminder in #ops.",
        "Last Friday of each month at 4pm, post the reminder in #ops.",
    ],
)
def test_the_last_friday_of_a_month_stays_the_runs(text):
    assert read(text) == ("0 16 * * 5", [S])


# "that land on a Friday afternoon", "created since Friday": one day of any, or the day the items
# date from, is no day of the run.
@pytest.mark.parametrize(
    ("text", "cron", "actions", "context"),
    [
        (
            "I run the sales side at Granary Loft Events. Big wedding enquiries that land on a "
            "Friday afternoon tend to sit untouched in Salesforce all weekend, and we've lost two "
            "this year because of it. So: every Monday at 08:00, pull the wedding opportunities "
            "created since Friday from Salesforce, and for any with a budget over £20,000, send "
            "Priya a direct message on Slack. Thanks a lot!",
            "0 8 * * 1",
            [SF, CHECK, S],
            None,
        ),
        (
            "Complaints that arrive on a Sunday evening sit unread until Tuesday, and we lose "
            "customers over it. Every Monday at 08:00, post the complaints from "
            "https://example.com/complaints in #service.",
            "0 8 * * 1",
            [F, S],
            None,
        ),
        (
            "Every Tuesday at 07:30, pull the support tickets opened since Friday from "
            "https://example.com/tickets and post them in #support.",
            "30 7 * * 2",
            [F, S],
            None,
        ),
        (
            "Every Wednesday at 4pm, email the team the leads created since Monday from "
            "Salesforce.",
            "0 16 * * 3",
            [SF, CHECK, E],
            None,
        ),
    ],
)
def test_one_day_of_any_and_a_day_dated_from_are_the_items(text, cron, actions, context):
    assert read(text, context) == (cron, actions)
    assert confidence_of(text, context) >= 0.7
    assert not any("schedule" in d or "named apart" in d for d in doubts_of(text, context))


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Orders that come in on a Saturday morning get missed. Every Monday at 9am, pull the "
            "orders from https://example.com/orders and email them to ops@example.com.",
            "0 9 * * 1",
            [F, E],
        ),
        (
            "Parcels booked on a Friday afternoon often miss the van. Every weekday at 3pm, email "
            "the dispatch list from https://example.com/dispatch to depot@example.com.",
            "0 15 * * 1-5",
            [F, E],
        ),
    ],
)
def test_one_day_of_any_in_a_story_is_no_run_day(text, cron, actions):
    assert read(text) == (cron, actions)
    assert confidence_of(text) >= 0.7


# "…, and I only ever find out at month-end. Could we set it up so that …": the teller comes in
# after "and", so the sentence is told; "could we set it up so that" asks, as "could you" does.
@pytest.mark.parametrize(
    ("text", "cron"),
    [
        (
            "Occupancy at Coldharbour Self Storage has been sliding ever since the new place "
            "opened by the ring road, and I only ever find out at month-end. Could we set it up "
            "so that every Thursday at noon, if occupancy has dropped below 80%, the marketing "
            "lead hears about it? Ta.",
            "0 12 * * 4",
        ),
        (
            "Stock levels at Fernhill Garden Centre have been falling all spring, and we only "
            "notice at month-end. Could we set it up so that every Monday at 9am, if stock has "
            "dropped below 200 units, the buyer hears about it?",
            "0 9 * * 1",
        ),
        (
            "Memberships at Eastgate Gym have been lapsing quietly, and I only find out at the "
            "end of the month. Can we set it up so that every Friday at 5pm, if renewals fall "
            "below 30, the manager gets an email?",
            "0 17 * * 5",
        ),
        (
            "Could we set it up so that every Thursday at noon, if occupancy has dropped below "
            "80%, the marketing lead hears about it?",
            "0 12 * * 4",
        ),
    ],
)
def test_a_later_teller_tells_and_we_ask(text, cron):
    assert read(text, FETCH_EMAIL) == (cron, [F, CHECK, E])
    assert confidence_of(text, FETCH_EMAIL) >= 0.7


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Could we make it so that every Sunday at 8pm the rota from https://example.com/rota "
            "is emailed to staff@example.com?",
            "0 20 * * 0",
            [F, E],
        ),
        (
            "Can I set it up so that every morning at 7 the weather from "
            "https://example.com/weather gets posted in #site?",
            "0 7 * * *",
            [F, S],
        ),
        (
            "Could you set it up so that every Thursday at noon the stock report from "
            "https://example.com/stock is emailed to ops@example.com?",
            "0 12 * * 4",
            [F, E],
        ),
    ],
)
def test_set_it_up_so_asked_by_anyone_is_no_step(text, cron, actions):
    assert_read_well(text, cron, actions)


# Near case: a sentence that opens on a verb asks, whoever comes in after "and".
def test_a_sentence_opened_by_a_verb_is_no_story():
    text = (
        "Pull the occupancy from https://example.com/occ, and I will review it. Every Thursday "
        "at noon email it to lead@example.com."
    )
    assert read(text) == ("0 12 * * 4", [F, E])


# "summarise the 60 feedback forms": a count that is all of the verb's items tests nothing; one
# before a rank ("the 10 newest") still picks the first few.
def test_a_count_of_all_the_items_is_no_test():
    text = "Summarise the 60 feedback forms and email the summary to me@example.com."
    assert_read_well(text, None, [SUM, E])


@pytest.mark.parametrize(
    "text",
    [
        "Summarise the 10 newest tickets and email the summary to me@example.com.",
        "Email the 5 top leads to me@example.com.",
    ],
)
def test_a_count_before_a_rank_keeps_its_doubt(text):
    assert any("may be a condition" in d for d in doubts_of(text))
