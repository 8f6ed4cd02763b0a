"""Round 92: "half-hourly" and "quarter-hourly" as intervals; "run this once over <the items>"
naming what the steps run on (no fetch); and a bare noun asking for something ("group books a
pitch -> …") heading the steps as the event."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, S, E, W, H = "check_status", "slack.post_message", "email.send", "webhook.post", "http.request"
X, R, K, T = "extract", "generate_report", "classify", "wait_for_signal"

# "half-hourly", "quarter-hourly": the fraction before "hourly" steps the minutes.
FRACTIONS_OF_HOURLY = [
    (
        "Saltmarsh Marina: half-hourly from 06:00 to 20:00, read the pontoon depth gauges at"
        " https://gauges.saltmarshmarina.example/api/pontoons and text the harbourmaster through"
        " the SMS webhook if any berth shows less than 1.2 metres of water.",
        ("*/30 6-20 * * *", [H, C, W]),
    ),
    (
        "Quarter-hourly between 8am and 6pm, poll https://queue.tidewayferries.example/api/queue"
        " and post it to #ops.",
        ("*/15 8-18 * * *", [H, S]),
    ),
    (
        "Half hourly on weekdays, check https://tanks.copperkettle.example/api/tanks and text the"
        " brewer via the SMS webhook if any tank is warmer than 22C.",
        ("*/30 * * * 1-5", [H, C, W]),
    ),
    (
        "half-hourly, fetch the scores from https://league.example/api/scores and send them to"
        " the scores webhook",
        ("*/30 * * * *", [H, W]),
    ),
    (
        "Pull the queue length from https://desk.example/api/queue quarter hourly and post it"
        " in #support.",
        ("*/15 * * * *", [H, S]),
    ),
]

# "run this once over / through / across / against <the items>": what the steps run on.
RUNS_OVER_ITEMS = [
    (
        "Can you run this once over the 350 scanned delivery notes in the Harbourfield Haulage"
        " archive? For each note, lift out the consignee, weight and delivery date, then compile"
        " it all into a report and email it to ops@harbourfieldhaulage.example.",
        (None, [X, R, E]),
    ),
    (
        "Please run it once across the 200 signed waivers in the shared drive. Pull out the name"
        " and date from each, and email the list to desk@kestrelclimbing.example.",
        (None, [X, E]),
    ),
    (
        "Could you run this through the 90 scanned invoices in the export folder? Extract the"
        " supplier and total from each and post them in #accounts.",
        (None, [X, S]),
    ),
    (
        "Run this once over the 1,200 archived tickets from the old helpdesk, tag each as bug or"
        " question, and build a report.",
        (None, [K, R]),
    ),
    (
        "We'd like you to run this just once against the 75 signed leases in the office archive."
        " Pull out the tenant and rent from each, then email it to lettings@oakleyhomes.example.",
        (None, [X, E]),
    ),
]

# "<noun> books / reserves / orders / requests a …": a bare subject heading the steps.
BARE_REQUEST_HEADLINES = [
    (
        "Cedar Ridge Campsite: group books a pitch -> hold until the warden approves the group ->"
        " email them the gate code -> post the booking in #warden-hut",
        (None, [T, E, S]),
    ),
    (
        "Pinecrest Yoga: member books a class -> wait until the teacher confirms the spot ->"
        " email them the joining link -> post the booking in #front-desk",
        (None, [T, E, S]),
    ),
    (
        "Harbour Kayaks: group reserves a double kayak \u2192 email them the safety briefing"
        " \u2192 post it in #launch",
        (None, [E, S]),
    ),
    (
        "customer orders a birthday cake -> hold until the baker accepts the order -> email them"
        " the pickup time",
        (None, [T, E]),
    ),
    (
        "Stonebridge Vets: client requests an appointment \u2192 post it in #reception \u2192"
        " email them a confirmation",
        (None, [S, E]),
    ),
]

CASES = FRACTIONS_OF_HOURLY + RUNS_OVER_ITEMS + BARE_REQUEST_HEADLINES


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reads_the_construction(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_is_sure_of_it(text, expected):
    assert confidence_of(text) >= 0.7, doubts_of(text)


# Near cases that must not change.
NEAR = [
    # "hourly" alone, and "every half hour", as before.
    (
        "Hourly from 06:00 to 20:00, read the gauges at https://gauges.example/api/pontoons and"
        " post them in #harbour.",
        ("0 6-20 * * *", [H, S]),
    ),
    (
        "Every half hour, read the gauges at https://gauges.example/api/pontoons and post them"
        " in #harbour.",
        ("*/30 * * * *", [H, S]),
    ),
    # Items run over at an address are fetched from it.
    (
        "Run this once over the entries at https://forms.oakleyhomes.example/api/entries, extract"
        " the name and postcode from each and email them to lettings@oakleyhomes.example.",
        (None, [H, X, E]),
    ),
    # "Run this once:" is the one-off marker; its steps are read as before.
    (
        "Run this once: pull the orders from https://shop.oakleyhomes.example/api/orders and"
        " email them to lettings@oakleyhomes.example.",
        (None, [H, E]),
    ),
    # An imperative whose plural object is followed by a reduced relative is still a step.
    (
        "Summarise orders the shop took today and email the summary to owner@crumbandco.example.",
        (None, ["summarize", E]),
    ),
    # With an article, as before.
    (
        "Cedar Ridge Campsite: a group books a pitch -> hold until the warden approves the group"
        " -> email them the gate code -> post the booking in #warden-hut",
        (None, [T, E, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
