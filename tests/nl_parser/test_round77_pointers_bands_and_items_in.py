"""Round 77: a pointer glyph between fields ("▸", "►", "➜", "⇒") parts them as "→" does; a
measured reading named bare with its source ("oxygen readings from https://…") is what is
fetched; a reading outside a band named in words ("anything outside the reference range?") is a
test; and an item "in" heading the steps ("Thornbury Vets — lab result in → …") is the event."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, C, W = "http.request", "email.send", "slack.post_message", "check_status", "webhook.post"
X, K = "extract", "classify"

# Fields parted by a pointer glyph, read as fields parted by "→".
POINTERS = [
    (
        "Tidewell Fish Farm ▸ every 15 min ▸ oxygen readings from"
        " https://pens.tidewellfish.example/api/oxygen ▸ any pen below 6 mg/L ▸ fire the aerator"
        " webhook ▸ post the pen number in #pen-crew",
        ("*/15 * * * *", [H, C, W, S]),
    ),
    (
        "every hour ➜ GET https://queues.example/api/depth ➜ any queue over 50 ➜ #ops",
        ("0 * * * *", [H, C, S]),
    ),
    ("new signup ► email them a welcome note ► post in #growth", (None, [E, S])),
    (
        "Harbour Bakery ▶ weekdays at 6am ▶ GET https://ovens.example/api/temps ▶ any oven above"
        " 260°C ▶ email baker@harbourbakery.example",
        ("0 6 * * 1-5", [H, C, E]),
    ),
    (
        "new support ticket ⇒ classify it as bug or question ⇒ bugs ⇒ #eng-triage",
        (None, [K, C, S]),
    ),
]


@pytest.mark.parametrize("text,expected", POINTERS)
def test_pointer_glyphs_part_fields_as_arrows_do(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7, doubts_of(text)


def test_a_pointer_reads_as_the_arrow_it_stands_for():
    arrowed = POINTERS[0][0].replace("▸", "→")
    assert read(arrowed) == read(POINTERS[0][0])
    assert confidence_of(arrowed) == confidence_of(POINTERS[0][0])


# What is measured, named bare by its reading with its source, and no verb: the fetch.
MEASURED_FROM_A_SOURCE = [
    (
        "Hourly → river levels at https://flood.example/api/gauges → any gauge above 3 m → email"
        " warden@flood.example",
        ("0 * * * *", [H, C, E]),
    ),
    (
        "every 10 min, wind speeds from https://wind.example/api/now; any mast over 40 knots →"
        " fire the shutdown webhook",
        ("*/10 * * * *", [H, C, W]),
    ),
    (
        "daily at 6am: soil moisture readings from https://farm.example/api/soil → any bed under"
        " 20% → post in #growers",
        ("0 6 * * *", [H, C, S]),
    ),
    (
        "Mondays 8am → footfall figures from https://doors.example/api/week → email them to"
        " manager@shop.example",
        ("0 8 * * 1", [H, E]),
    ),
]


@pytest.mark.parametrize("text,expected", MEASURED_FROM_A_SOURCE)
def test_a_reading_named_with_its_source_is_fetched(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9, doubts_of(text)


# A reading outside a band named in words, not numbers: a test, as "out of range" is.
NAMED_BANDS = [
    (
        "Thornbury Vets — lab result in → pull out patient, test name + any flagged values →"
        " anything outside the reference range? → #clinical-vets and"
        " reception@thornburyvets.example",
        (None, [X, C, S, E]),
    ),
    (
        "new blood panel → extract the patient and results → any value outside its normal range"
        " → email the vet at vet@clinic.example",
        (None, [X, C, E]),
    ),
    (
        "every day at 7am, GET https://pool.example/api/chlorine → anything outside the safe band"
        " → text the manager via the SMS webhook",
        ("0 7 * * *", [H, C, W]),
    ),
    (
        "Every hour fetch the boiler pressures from https://plant.example/api/boilers and email"
        " plant@example.com if any boiler is outside its operating range.",
        ("0 * * * *", [H, C, E]),
    ),
    (
        "When a calibration report arrives, extract the instrument and the drift, and post it in"
        " #metrology if the drift is outside the agreed tolerance.",
        (None, [X, C, S]),
    ),
]


@pytest.mark.parametrize("text,expected", NAMED_BANDS)
def test_a_reading_outside_a_named_band_is_tested(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7, doubts_of(text)


# An item "in" (come in), heading the steps, is the event, and leaves no word unread.
ITEMS_IN = [
    (
        "lab result in → pull out patient, test name + any flagged values → anything flagged? →"
        " #clinical-vets",
        (None, [X, C, S]),
    ),
    ("repair request in → classify it by urgency → urgent ones → #maintenance", (None, [K, C, S])),
    (
        "Copperleaf Dental — new-patient form in → extract name and phone → email it to"
        " reception@copperleaf.example",
        (None, [X, E]),
    ),
    ("timesheet in → post it in #payroll", (None, [S])),
]


@pytest.mark.parametrize("text,expected", ITEMS_IN)
def test_an_item_in_heads_the_steps_as_the_event(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9, doubts_of(text)


# Near cases that must not change.
NEAR = [
    # The construction without the condition: no test.
    (
        "Thornbury Vets — lab result in → pull out patient, test name + any flagged values →"
        " #clinical-vets and reception@thornburyvets.example",
        (None, [X, S, E]),
    ),
    # A band written with its numbers keeps them (no named band).
    (
        "Every morning at 9 fetch the gallery readings from https://rh.example/api/rooms and let"
        " conservation@museum.example know if any room is outside the 45\u201355% band.",
        ("0 9 * * *", [H, C, E]),
    ),
    # "outside the change window" is a window of time, not a band.
    (
        "When a firewall rule is changed outside the change window, email security@example.com.",
        (None, [C, E]),
    ),
    # A bare data-looking phrase with no measured reading stays unread as a fetch.
    (
        "every day at 9am → GET https://status.example/api/now → post it in #ops",
        ("0 9 * * *", [H, S]),
    ),
]


@pytest.mark.parametrize("text,expected", NEAR)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
