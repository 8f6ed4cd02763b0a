"""Round 47: a headline state asked as a question ("flight marked as cancelled in the booking
system? …"), the moment a test is made said after it ("if a book is marked as damaged when it's
returned"), items named with the place they are sent to ("for every message to the hotline"),
two actions each with a trailing "when" ("post … when over 20 are left, and email … when it's
20 or fewer"), and a day texted short before the kind of data it holds ("tmrw's tuning appts")."""

import pytest

from nl_parser import parse

H, W, S, E = "http.request", "webhook.post", "slack.post_message", "email.send"
C, CL, SUM, X = "check_status", "classify", "summarize", "extract"


def _check(text, cron, actions, context=None, *, sure=0.7):
    result = parse(text, context or {})
    assert (result.schedule.cron_expression if result.schedule else None) == cron
    assert result.actions == actions
    assert result.confidence >= sure
    return result


def _uncertain(result):
    return [w for w in result.warnings if w.startswith("uncertain")]


# "Balloon flight marked as weather-cancelled in the booking system? Text …": an item and the
# state recorded of it, "is" left out, asked before the steps, is their test however long.
@pytest.mark.parametrize(
    ("text", "actions", "state"),
    [
        (
            "Balloon flight marked as weather-cancelled in the booking system? Text the booked "
            "passengers via the SMS webhook and let #ground-crew know in Slack.",
            [C, W, S],
            "weather-cancelled",
        ),
        (
            "Shipment flagged as damaged by the carrier in our tracking portal? Email "
            "claims@example-boxline.com and post the tracking number in #warehouse.",
            [C, E, S],
            "damaged",
        ),
        (
            "Vendor invoice marked as disputed in the accounting system? Post it in #ap-team.",
            [C, S],
            "disputed",
        ),
        (
            "Patient appointment logged as a no-show in the clinic system? Text the patient "
            "through the SMS webhook.",
            [C, W],
            "no-show",
        ),
        (
            "Library book listed as lost in the catalogue? Email the borrower and tell "
            "#circulation.",
            [C, E, S],
            "lost",
        ),
        (
            "Order flagged as fraud in Stripe? Email risk@example-shop.com.",
            [C, E],
            "fraud",
        ),
    ],
)
def test_headline_state_asked_is_the_test(text, actions, state):
    result = _check(text, None, actions, sure=0.9)
    assert result.steps[0].config["value"] == state
    assert not _uncertain(result)


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # the same state with its "is", as a sentence opened by "if" or "when"
        (
            "When a balloon flight is marked as weather-cancelled in the booking system, text "
            "the booked passengers via the SMS webhook.",
            [C, W],
        ),
        # a question that asks something of us stays talk, not a test
        (
            "Post the flight list from https://x.example.com/api/flights in #ops. "
            "Is that possible?",
            [H, S],
        ),
    ],
)
def test_headline_near_cases_keep_their_reading(text, actions):
    _check(text, None, actions)


# "if a library book is marked as damaged when it's returned": the "when" after the test says
# when it is made (the event), so one test guards the step, leading or trailing.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "If a library book is marked as damaged when it's returned, post it in #circulation.",
            [C, S],
        ),
        (
            "Post it in #circulation if a library book is marked as damaged when it's returned.",
            [C, S],
        ),
        (
            "If a rental car is flagged as scratched when it's checked in, email "
            "damages@example-carhire.com.",
            [C, E],
        ),
        (
            "If an expense claim is over $500 when it's submitted, send it to the approvals "
            "webhook.",
            [C, W],
        ),
        (
            "If a parcel is heavier than 30 kg once it arrives at the depot, post it in "
            "#heavy-loads.",
            [C, S],
        ),
        (
            "If a sample is marked as contaminated when it comes back from the lab, email "
            "qa@example-biolab.org and post it in #lab-ops.",
            [C, E, S],
        ),
    ],
)
def test_moment_of_the_test_makes_no_second_test(text, actions):
    result = _check(text, None, actions, sure=0.9)
    assert not _uncertain(result)


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # the event first, then the test: unchanged
        (
            "When a library book is returned, if it's marked as damaged, post it in #circulation.",
            [C, S],
        ),
        # the test alone
        ("If a library book is marked as damaged, post it in #circulation.", [C, S]),
    ],
)
def test_moment_near_cases_keep_their_reading(text, actions):
    _check(text, None, actions, sure=0.9)


# "For every message to the food bank's volunteer hotline, …": items named with the place they
# are sent to arrive there; they are the trigger, not a subset of anything.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "For every message to the food bank's volunteer hotline, classify it as new "
            "volunteer, shift swap or complaint. Complaints get emailed to "
            "coordinator@example-northsidefoodbank.org; everything else goes to #volunteer-desk.",
            [CL, C, E, C, S],
        ),
        (
            "For each call to our after-hours line, summarize it and email the summary to "
            "oncall@example-plumbfix.com.",
            [SUM, E],
        ),
        (
            "For each email into the shared billing inbox, extract the invoice number and amount "
            "and send them to the ERP webhook.",
            [X, W],
        ),
        (
            "For every voicemail to the clinic's booking line, summarize it and post the summary "
            "in #front-desk.",
            [SUM, S],
        ),
        (
            "For every enquiry through our website's contact form, classify it as sales or "
            "support and send the sales ones to #sales.",
            [CL, C, S],
        ),
    ],
)
def test_items_sent_to_a_place_are_the_trigger(text, actions):
    result = _check(text, None, actions, sure=0.9)
    assert not _uncertain(result)


def test_items_from_a_kind_of_sender_still_pick_a_subset():
    # "a VIP customer" is a kind of receiver, not one place the items arrive at
    _check("For every order to a VIP customer, post it in #vip.", None, [C, S])


# "post in #cafe-floor when more than 20 are left, and email kitchen@… when it's 20 or
# fewer": each action carries its own trailing test, with "when" as with "if".
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Each weekday at 13:00, read the sandwich counter stock from "
            "https://stock.example-bluedoorcafe.com/api/counter: post in #cafe-floor when more "
            "than 20 are left, and email kitchen@example-bluedoorcafe.com when it's 20 or fewer.",
            [H, C, S, C, E],
        ),
        (
            "Each weekday at 13:00, read the stock from the API. Post in #cafe-floor when more "
            "than 20 are left, and email kitchen@example-bluedoorcafe.com when it's 20 or fewer.",
            [H, C, S, C, E],
        ),
        (
            "Each weekday at 13:00, pull the tank level from "
            "https://tanks.example-brewco.com/api/t3, then post in #brewhouse when it's above 80 "
            "and email ops@example-brewco.com when it's below 10.",
            [H, C, S, C, E],
        ),
        (
            "Each weekday at 13:00, fetch the queue length from "
            "https://q.example-callhub.com/api/len: post it in #floor whenever it is over 50, and "
            "email leads@example-callhub.com whenever it is 5 or less.",
            [H, C, S, C, E],
        ),
        (
            "Each weekday at 13:00, get the room count from "
            "https://hotel.example-innkeep.com/api/free and email sales@example-innkeep.com when "
            "more than 10 are free, or post in #front-desk when it's 10 or fewer.",
            [H, C, E, C, S],
        ),
    ],
)
def test_parallel_trailing_whens_guard_their_own_action(text, actions):
    result = _check(text, "0 13 * * 1-5", actions, sure=0.9)
    assert not _uncertain(result)


def test_colon_after_a_url_is_no_part_of_it():
    result = _check(
        "Each weekday at 13:00, read the stock from https://stock.example-bluedoorcafe.com/api/"
        "counter: post in #cafe-floor when more than 20 are left.",
        "0 13 * * 1-5",
        [H, C, S],
        sure=0.9,
    )
    assert result.steps[0].config["url"] == "https://stock.example-bluedoorcafe.com/api/counter"


def test_one_trailing_when_still_guards_its_action():
    _check(
        "Each weekday at 13:00, read the stock from the API: post in #cafe-floor when more than "
        "20 are left.",
        "0 13 * * 1-5",
        [H, C, S],
        sure=0.9,
    )


# "tmrw's piano tuning appts from …/api/tomorrow": a day texted short is the day, and the
# words between its "'s" and the noun name the kind of data it holds, even when the URL names
# the day too.
@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "yo can u post tmrw's piano tuning appts from "
            "https://diary.example-keystonepianos.com/api/tomorrow in #tuners every weekday at "
            "4:30pm",
            "30 16 * * 1-5",
            [H, S],
        ),
        (
            "every weekday at 5pm pull yday's boiler servicing jobs from "
            "https://jobs.example-heatright.com/api/yesterday and email them to "
            "office@example-heatright.com",
            "0 17 * * 1-5",
            [H, E],
        ),
        (
            "post tmrw's dog grooming bookings from "
            "https://book.example-pawspa.com/api/bookings/tomorrow in #groomers every day at 6pm",
            "0 18 * * *",
            [H, S],
        ),
        (
            "each day at 4pm fetch tonite's wine tasting reservations from "
            "https://res.example-cellar.com/api/tonight and post them in #floor",
            "0 16 * * *",
            [H, S],
        ),
        (
            "post tomorrow's window cleaning jobs from https://x.example-squeegee.com/api/jobs/"
            "tomorrow in #crew every weekday at 7am",
            "0 7 * * 1-5",
            [H, S],
        ),
    ],
)
def test_short_day_names_the_kind_of_data(text, cron, actions):
    context = {"availableTools": ["http.request", "slack.post_message", "email.send"]}
    result = _check(text, cron, actions, context, sure=0.9)
    assert not _uncertain(result)


def test_short_day_still_lets_a_state_pick():
    # "failed" picks some of tomorrow's jobs, as it does after "tomorrow's"
    _check(
        "post tmrw's failed jobs from https://x.example.com/api/jobs/tomorrow in #crew every "
        "weekday at 7am",
        "0 7 * * 1-5",
        [H, C, S],
    )
