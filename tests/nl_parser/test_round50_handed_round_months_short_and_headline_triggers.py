"""Round 50: "circulate"/"distribute" deliver, "thru" is "through", what others send in is told,
lower-case months after "in", a value "at N <unit> or above", a webhook's own URL, and an item
with the state recorded of it heading an unscheduled text."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, W, E, S = "http.request", "check_status", "webhook.post", "email.send", "slack.post_message"
SUM, X, REP, WAIT = "summarize", "extract", "generate_report", "wait"
TOOLS = {"availableTools": [S, W]}

# "circulate it to the chapel team in #chapel-staff and to our florist at flowers@…": a verb of
# handing round delivers to every place after it, as "send" does.
HANDED_ROUND = [
    (
        "Please schedule the following for Hollins & Vale Funeral Directors: every weekday at"
        " 17:00, retrieve the next day's services from"
        " https://diary.example-hollinsvale.co.uk/api/services/tomorrow, produce a brief summary,"
        " and circulate it to the chapel team in #chapel-staff and to our florist at"
        " flowers@example-hollinsvale.co.uk.",
        ("0 17 * * 1-5", [H, SUM, S, E]),
    ),
    (
        "when the weekly rota is published, circulate it to #nurses and to matron at"
        " matron@example-ward.org",
        (None, [S, E]),
    ),
    (
        "every friday at 4pm, pull the menu from https://kitchen.example-bistro.com/api/menu and"
        " distribute it to the floor staff in #front-of-house",
        ("0 16 * * 5", [H, S]),
    ),
    (
        "daily at 7am get the roster from https://api.example-fire.org/roster, summarize it and"
        " circulate the summary to crew@example-fire.org",
        ("0 7 * * *", [H, SUM, E]),
    ),
    (
        "every monday at 9 fetch https://crm.example.com/api/pipeline, write a report and"
        " distribute it to sales@example.com and #sales",
        ("0 9 * * 1", [H, REP, E, S]),
    ),
    (
        "when a new policy document lands, circulate it to everyone at staff@example-school.org",
        (None, [E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HANDED_ROUND)
def test_handing_round_delivers_to_each_place(text: str, expected: tuple) -> None:
    assert read(text) == expected
    if not text.startswith("Please schedule"):  # the firm's name stays unread, as before
        assert confidence_of(text) >= 0.7


# "when a new puppy class signup comes thru can u text …": "thru" is "through", so the event
# ends there and the step after it starts, however long the subject.
THRU = [
    (
        "hey when a new puppy class signup comes thru can u text the trainer on the sms webhook"
        " and also email the owner the vacine checklist",
        (None, [W, E]),
    ),
    (
        "hey when a new adult beginner class booking comes thru can u ping the front desk on the"
        " desk webhook and also email the guest the directions",
        (None, [W, E]),
    ),
    (
        "when a new wholesale trade order form comes thru can you post it in #orders and also"
        " email sales@example.com",
        (None, [S, E]),
    ),
    (
        "when a new walk-in vet appointment request comes thru text the vet on the sms webhook",
        (None, [W]),
    ),
    ("when a new order comes thru, post it in #orders", (None, [S])),
    ("when a refund request comes thru, email billing@example.com", (None, [E])),
    (
        "Mon thru Fri at 8am, fetch https://api.example.com/queue and post it in #ops",
        ("0 8 * * 1-5", [H, S]),
    ),
    # Near cases: spelled out, or with no "thru", nothing changes.
    ("when a new review comes through, post it in #reviews", (None, [S])),
    ("when a signup comes in, text the coach on the sms webhook", (None, [W])),
]


@pytest.mark.parametrize(("text", "expected"), THRU)
def test_thru_reads_as_through(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


# "We're a small cidery and pubs send their trade orders in all week through our portal.":
# others sending things in to the teller is told, not asked.
SENT_IN_TO_US = [
    (
        "We're a small cidery and pubs send their trade orders in all week through our portal."
        " Every Wednesday at 10am, could you pull the outstanding pub orders from"
        " https://trade.example-orchardgatecider.co.uk/api/orders/open and post them in"
        " #dray-team \u2014 sorry, #deliveries, the dray team channel was archived. Cheers!",
        ("0 10 * * 3", [H, S]),
    ),
    (
        "We're a small bakery and cafes send their bread orders in all week through our portal."
        " Every day at 1am, pull the orders from https://orders.example-bakery.com/api/tomorrow"
        " and post them in #ovens.",
        ("0 1 * * *", [H, S]),
    ),
    (
        "I run a print shop and customers email their artwork over to us most days. Every"
        " weekday at 5pm, retrieve new jobs from https://print.example.com/api/jobs and post"
        " them in #studio.",
        ("0 17 * * 1-5", [H, S]),
    ),
    (
        "Our clinic is small and patients text their photos to us at all hours. Every evening"
        " at 8pm pull the photos from https://clinic.example.com/api/photos and email them to"
        " nurse@example-clinic.com.",
        ("0 20 * * *", [H, E]),
    ),
    (
        "We're a tutoring agency and parents submit their session requests in by Sunday night."
        " Every Monday at 7am, GET https://tutor.example.com/api/requests and post them in"
        " #tutors.",
        ("0 7 * * 1", [H, S]),
    ),
    # Near case: with no story, the same request.
    (
        "We're a small cidery. Every Wednesday at 10am, pull the orders from"
        " https://trade.example.com/api/orders/open and post them in #deliveries.",
        ("0 10 * * 3", [H, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENT_IN_TO_US)
def test_what_others_send_in_is_told(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


# "daily at 05:30 in sept + oct": lower-case abbreviations listed after "in" or "during" are
# the months the run is limited to.
MONTHS_SHORT = [
    (
        "vineyard harvest \u2192 daily at 05:30 in sept + oct \u2192 GET"
        " https://blocks.example-hollowhillwines.com/api/brix \u2192 extract block name & sugar"
        " reading \u2192 any block at 24 brix or above \u2192 slack #harvest-crew",
        ("30 5 * 9,10 *", [H, X, C, S]),
    ),
    (
        "daily at 6am during nov and dec fetch https://orders.example-xmas.com/api/open and post"
        " them in #warehouse",
        ("0 6 * 11,12 *", [H, S]),
    ),
    (
        "every monday at 8 in jan, feb and mar, pull https://tax.example.com/api/returns and"
        " email them to accountant@example.com",
        ("0 8 * 1-3 1", [H, E]),
    ),
    (
        "hourly in jun + jul + aug GET https://pool.example.com/api/ph and post to #pool",
        ("0 * * 6-8 *", [H, S]),
    ),
    (
        "daily at 05:30 in sept, GET https://blocks.example.com/api/brix and post to #harvest",
        ("30 5 * 9 *", [H, S]),
    ),
    # Near case: spelled out, as before.
    (
        "daily at 05:30 in September and October, GET https://blocks.example.com/api/brix and"
        " post to #harvest",
        ("30 5 * 9,10 *", [H, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MONTHS_SHORT)
def test_short_months_after_in_limit_the_run(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


# "any block at 24 brix or above": a value given with its unit, then "or above", is a test's
# value, not a time of day.
AT_OR_ABOVE_WITH_UNIT = [
    (
        "every hour GET https://tanks.example.com/api/levels; any tank at 90% or more \u2192 page"
        " the ops webhook",
        ("0 * * * *", [H, C, W]),
    ),
    (
        "every 15 minutes GET https://cellar.example.com/api/temps; any cask at 14\u00b0C or above"
        " \u2192 post to #cellar",
        ("*/15 * * * *", [H, C, S]),
    ),
    (
        "every morning at 7 fetch https://air.example.com/api/co2 and alert #facilities about"
        " any room at 1500 ppm or higher",
        ("0 7 * * *", [H, C, S]),
    ),
    (
        "every day at 9 pull the scores from https://api.example.com/scores and email"
        " coach@example.com any player at 20 points or more",
        ("0 9 * * *", [H, C, E]),
    ),
    (
        "daily at 05:30 GET https://blocks.example.com/api/brix; any block at 24 brix or above"
        " \u2192 slack #harvest-crew",
        ("30 5 * * *", [H, C, S]),
    ),
    # Near case: no unit, as before.
    (
        "every day at 9 fetch https://api.example.com/orders and post in #ops; any order at 500"
        " or more \u2192 email sales@example.com",
        ("0 9 * * *", [H, S, C, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), AT_OR_ABOVE_WITH_UNIT)
def test_value_with_its_unit_or_above_is_tested(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


# "re-trigger it via the rerun webhook at https://…": the URL after the webhook is its address;
# one post to it, no call beside.
WEBHOOK_AT_ITS_URL = [
    (
        "If the catalogue sync for our online bookshop fails, wait 15 minutes, re-trigger it via"
        " the rerun webhook at https://sync.example-pagesandpints.com/hooks/rerun, and tell"
        " #web-team.",
        (None, [C, WAIT, W, S]),
    ),
    (
        "when the payment run fails, wait 10 minutes, trigger it again via the payments webhook"
        " at https://pay.example.com/hooks/kick, and tell #finance",
        (None, [C, WAIT, W, S]),
    ),
    (
        "when the nightly import fails, re-run it via the import webhook at"
        " https://etl.example.com/hooks/retry and email data@example.com",
        (None, [C, W, E]),
    ),
    (
        "if the backup fails, trigger it through the backup webhook:"
        " https://ops.example.com/hooks/backup",
        (None, [C, W]),
    ),
    (
        "every night at 1am run the reindex using the search webhook at"
        " https://search.example.com/hooks/reindex",
        ("0 1 * * *", [W]),
    ),
    # Near cases: a URL called, and a webhook named apart from it, stay two steps.
    (
        "every day at 6am fetch https://api.example.com/x via the relay webhook",
        ("0 6 * * *", [H, W]),
    ),
    (
        "if the sync fails, fetch https://sync.example.com/api/status and post it in #ops",
        (None, [C, H, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WEBHOOK_AT_ITS_URL)
def test_a_webhook_at_its_url_is_posted_to_once(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not doubts_of(text)


# "new PR marked as hotfix on the game repo => #build-team in slack + sms the release manager":
# an item and the state recorded of it, heading an unscheduled text, say which events count;
# "sms" is a verb, and a channel may name its medium ("#build-team in slack").
HEADLINE_TRIGGERS = [
    (
        "new PR marked as hotfix on the game repo => #build-team in slack + sms the release"
        " manager (sms webhook)",
        (None, [C, S, W]),
    ),
    ("new PR marked as hotfix => post to #build-team in slack", (None, [C, S])),
    ("new order flagged as wholesale in Shopify \u2192 email trade@example.com", (None, [C, E])),
    (
        "new ticket labelled as billing on Zendesk -> #billing-team + email finance@example.com",
        (None, [C, S, E]),
    ),
    ("support email tagged as refund \u2192 post it in #refunds", (None, [C, S])),
    # Near cases: with no state, no test; "sms" as a verb in a plain sentence.
    (
        "new PR => #build-team in slack + sms the release manager via the sms webhook",
        (None, [S, W]),
    ),
    (
        "when an order ships, sms the customer via the sms webhook and post in #dispatch",
        (None, [W, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_TRIGGERS)
def test_item_with_its_recorded_state_heads_the_trigger(text: str, expected: tuple) -> None:
    assert read(text) == expected
    if C in expected[1]:
        assert confidence_of(text) >= 0.7


def test_headline_trigger_under_restricted_tools() -> None:
    text = (
        "new PR marked as hotfix on the game repo => #build-team in slack + sms the release"
        " manager (sms webhook)"
    )
    assert read(text, TOOLS) == (None, [C, S, W])
