"""Round 26: days taken out of a set, sources stated late, second-person and passive deliveries."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import cron_of, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "but <day>" right after a set of days takes the day out of it
        ("every weekday but Monday at 7am email a@b.example.com the rota", "0 7 * * 2-5"),
        ("every day but Sunday at 6:30 post the menu in #kitchen", "30 6 * * 1-6"),
        ("each night but Saturday at 11pm post the backup log in #ops", "0 23 * * 0-5"),
        ("every weekday but Tue and Thu at noon post in #standup", "0 12 * * 1,3,5"),
        # "but not" still works, and a "but" that does not follow a set of days removes nothing
        ("every day but not on Sunday, post the menu in #kitchen", "0 9 * * 1-6"),
        ("every weekday at 9, but Monday at 10, post in #standup", "0 9,10 * * 1-5"),
    ],
)
def test_days_taken_out_of_a_set(text, expected):
    assert cron_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same hour written twice with no am/pm names both halves of the day
        ("twice a day at 7 and 7, post a reminder to feed the cat in #home", "0 7,19 * * *"),
        ("at 6:30 and 6:30 every day email a@b.example.com the pill reminder", "30 6,18 * * *"),
        # an hour after "and" in a list of bare hours is a time
        ("every day at 9 and 5 post the door count in #front", "0 9,17 * * *"),
        # explicit halves are left alone, and a count after "and" is no hour
        ("every day at 8am and 8am post in #x", "0 8 * * *"),
        ("every day at 9 and 10 items later post in #x", "0 9 * * *"),
    ],
)
def test_hours_listed_after_at(text, expected):
    assert cron_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun handing something back lets the run go on: a wait for a signal
        (
            "when a tenant signs up, email them the lease, wait till she returns it, then "
            "post in #leases",
            ["email.send", "wait_for_signal", "slack.post_message"],
        ),
        (
            "when an order comes in, email the buyer, wait until they mail the card back, "
            "then post in #orders",
            ["email.send", "wait_for_signal", "slack.post_message"],
        ),
        # what a pronoun is busy with is no hand-back
        (
            "every day at 9 email a@b.example.com the report, wait until they are done with "
            "lunch, then post in #x",
            ["email.send", "wait", "slack.post_message"],
        ),
    ],
)
def test_waits_for_a_hand_back(text, expected):
    assert read(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what keeps happening to us, before ", so", is the reason for the request, no step
        (
            "we keep losing track of the loaner laptops, so every Friday at 4pm post a "
            "reminder in #it-desk",
            ["slack.post_message"],
        ),
        (
            "I always forget to renew the permits so on the 1st of each month at 9 pull "
            "the list from https://permits.example.com/api/due and email it to me@x.example.com",
            ["http.request", "email.send"],
        ),
    ],
)
def test_a_reason_before_so_is_no_step(text, expected):
    _, actions = read(text)
    assert actions == expected
    assert parse(text).confidence >= 0.85


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "you'll <verb>" tells the assistant what to do: the verb is the step
        (
            "every hour you'll read https://tanks.example.com/api/levels, and you'll post in "
            "#brewery whenever a tank is low",
            ["http.request", "check_status", "slack.post_message"],
        ),
        (
            "You will wait 10 minutes after each backup finishes, then email a@b.example.com",
            ["wait", "email.send"],
        ),
        # "you'll" before a verb that is no step stays as it was
        (
            "every day at 9 pull https://a.example.com/x and post it in #x; you'll need a token",
            ["http.request", "slack.post_message"],
        ),
    ],
)
def test_second_person_future_is_the_step(text, expected):
    assert read(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # data named with its source, then a dash and what to do with it
        (
            "Our open tickets at https://t.example.com/api/open — every Monday at 9 email them "
            "to a@b.example.com",
            ["http.request", "email.send"],
        ),
        (
            "the day's returns from https://shop.example.com/api/returns - post them in #ops "
            "every day at 6pm",
            ["http.request", "slack.post_message"],
        ),
    ],
)
def test_data_from_a_url_then_a_dash(text, expected):
    assert read(text)[1] == expected
    assert parse(text).confidence >= 0.85


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source stated in brackets, or after the delivery about "it", is fetched first
        (
            "every Monday at 9 condense the tickets (they're at https://t.example.com/api/t) "
            "and post the summary in #support",
            ["http.request", "summarize", "slack.post_message"],
        ),
        (
            "every Monday at 9 email the roster to a@b.example.com. It is at "
            "https://r.example.com/api/roster.",
            ["http.request", "email.send"],
        ),
        # a bracket that names no source adds no fetch
        (
            "every Monday at 9 summarize the week (it's short) and email it to a@b.example.com",
            ["summarize", "email.send"],
        ),
    ],
)
def test_sources_stated_in_brackets_or_after(text, expected):
    assert read(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # asking whether it can be done, and an address in brackets after "to me"
        (
            "Is there any way to have the stock levels from https://s.example.com/api/stock "
            "sent to me (ann@x.example.com) every morning at 8?",
            ["http.request", "email.send"],
        ),
        (
            "every day at 8 pull the stock from https://s.example.com/api/stock and send it to "
            "me (ann@x.example.com)",
            ["http.request", "email.send"],
        ),
    ],
)
def test_asked_whether_and_addresses_in_brackets(text, expected):
    assert read(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comparative of heat or size is a comparison that picks the items a message is about
        (
            "every hour poll https://r.example.com/api/freezers and email d@c.example.com "
            "about any freezer colder than -30 degrees",
            ["http.request", "check_status", "email.send"],
        ),
        (
            "every hour poll https://r.example.com/api/parcels and post in #dock about any parcel "
            "heavier than 20 kg",
            ["http.request", "check_status", "slack.post_message"],
        ),
    ],
)
def test_comparatives_pick_items(text, expected):
    assert read(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with no comma, a step done "by calling …" ends the test before it, whatever its verb
        (
            "every hour check https://p.example.com/api/tank and if the level is high drain "
            "the tank by calling https://p.example.com/api/drain, otherwise email a@b.example.com",
            ["http.request", "check_status", "http.request", "check_status", "email.send"],
        ),
        (
            "when a payment fails retry it by calling https://p.example.com/api/retry",
            ["check_status", "http.request"],
        ),
    ],
)
def test_a_step_done_by_a_call_after_an_if(text, expected):
    assert read(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a class named with "the" right after a classification is the one delivered
        (
            "every day pull the tickets from https://t.example.com/api/t, classify them by "
            "type and post the bugs in #eng",
            ["http.request", "classify", "check_status", "slack.post_message"],
        ),
        # a title of four words on its own line, then a bulleted request
        (
            "Weekly vendor invoice digest:\n- every Friday at 3pm\n- pull invoices from "
            "https://ap.example.com/api/invoices\n- email them to ap@x.example.com",
            ["http.request", "email.send"],
        ),
        # what a classification produces, named by what it is, is the whole of it
        (
            "every day pull the tickets from https://t.example.com/api/t, classify them by "
            "team and send the results to a@b.example.com",
            ["http.request", "classify", "email.send"],
        ),
    ],
)
def test_classes_after_a_classification_and_titles(text, expected):
    assert read(text)[1] == expected


def test_the_groups_named_by_their_criterion_are_all_of_them():
    text = (
        "every Monday pull the orders from https://o.example.com/api/orders, group them by "
        "region and send the regions to a@b.example.com"
    )
    assert read(text)[1] == ["http.request", "classify", "email.send"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day before a noun names a thing, not when the run is
        ("when a parent orders meals for Friday lunch, email the kitchen at k@s.example.com", None),
        (
            "When a player drops out for Saturday training, post it in #coaches — sorry, "
            "email the coach at c@club.example.com instead",
            None,
        ),
        # a day before a time or alone may still be the run's
        ("Post the rota for Saturday at 9am in #staff", "0 9 * * 6"),
    ],
)
def test_a_day_before_a_noun_names_a_thing(text, expected):
    assert cron_of(text) == expected


def test_core_is_a_word_not_a_typo_of_score():
    result = parse("every day at 9 email the core team at core@x.example.com the uptime report")
    assert not any("typo" in warning for warning in result.warnings)
