"""Round 87: a passive's "-ed" typed "-d" ("a removal job is bookd") is the participle, so the
trigger stays an event; after a wait, "once they have" / "as soon as she has" / "once they've
done so" is the wait's end, no test; fields listed and taken "off it" (the item a trigger
brought) are extracted, the last field no verb; and data "we've got" at an address is the
source a later bare "pull them" reads, one call."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, CS, E, S, W = "http.request", "check_status", "email.send", "slack.post_message", "webhook.post"
X, SIGNAL = "extract", "wait_for_signal"
WSE = {"availableTools": [W, S, E]}
HXW = {"availableTools": [H, X, W]}


def _doubts_but_typos(text: str, context: dict | None = None) -> list[str]:
    return [d for d in doubts_of(text, context) if "likely typo" not in d]


# "<when> a <thing> is <participle typed -d> …, <steps>": the event, not a test of it.
CLIPPED_PARTICIPLE = [
    (
        "Whenever a removal job is bookd with Carryall Movers, get the packing guide over to the"
        " customer by email, then give #crew-leads a heads-up in Slack.",
        {},
        (None, [E, S]),
    ),
    (
        "As soon as a deposit is receivd for a wedding, email the couple a thank-you and post in"
        " #bookings.",
        {},
        (None, [E, S]),
    ),
    (
        "Whenever a table is reservd through OpenTable, ping #front-of-house in Slack.",
        {},
        (None, [S]),
    ),
    (
        "Whenever a timesheet is submittd by a contractor, email it to payroll@example.com.",
        {},
        (None, [E]),
    ),
    (
        "Once a claim is processd by the insurer, email the customer and post in #claims.",
        {},
        (None, [E, S]),
    ),
    (
        "When a PO gets placd with Acme Supplies, post in #purchasing.",
        {},
        (None, [S]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), CLIPPED_PARTICIPLE)
def test_a_participle_typed_with_d_is_the_event(text, context, expected):
    assert read(text, context) == expected
    assert not _doubts_but_typos(text, context), doubts_of(text, context)
    assert confidence_of(text, context) >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "If the pond is cold, email the keeper at keeper@example.com.",
        "If the account is behind, email the client.",
        "If the sample is Rashid's, email the lab at lab@example.com.",
    ],
)
def test_words_ending_in_d_stay_as_written(text):
    assert read(text) == (None, [CS, E])
    assert not any("likely typo" in d for d in doubts_of(text))


# "wait for <someone> to <do it>; once <they> <have / do / 've done so>, <steps>".
ELLIPSIS_AFTER_A_WAIT = [
    (
        "As soon as a catering quote goes out from Sorrel & Sage Events, wait for the client to"
        " sign it; once they have, fire the kitchen-scheduling webhook and post in #events-team.",
        WSE,
        (None, [SIGNAL, W, S]),
    ),
    (
        "When a lease is sent out, wait for the tenant to sign it; as soon as they have, email the"
        " keys team and post in #lettings.",
        {},
        (None, [SIGNAL, E, S]),
    ),
    (
        "After a refund is requested, wait for a manager to approve it. Once she has, fire the"
        " refund webhook.",
        {},
        (None, [SIGNAL, W]),
    ),
    (
        "When a booking comes in, hold until the guide confirms; once he does, email the guest.",
        {},
        (None, [SIGNAL, E]),
    ),
    (
        "When a proof goes out, wait for the author to approve it; once they've done so, post in"
        " #print.",
        {},
        (None, [SIGNAL, S]),
    ),
    (
        "When a quote is sent, wait for the client to sign it; after they have, trigger the"
        " onboarding webhook and post in #sales.",
        {},
        (None, [SIGNAL, W, S]),
    ),
]


# "<arrival>, <take> F1, F2 and F3 off it and <deliver> them": the fields are read out of it.
FIELDS_OFF_IT = [
    (
        "Each time a delivery docket lands in Redgate Timber's inbox, pull the species, cubic"
        " metres and haulier off it and fire them at the stock-system webhook; if the species is"
        " oak, also ping #joinery.",
        {},
        (None, [X, W, CS, S]),
    ),
    (
        "When a weighbridge ticket lands in the inbox, grab the truck registration, tonnage and"
        " site off it and post them in #yard.",
        {},
        (None, [X, S]),
    ),
    (
        "Whenever a vendor invoice arrives, take the supplier, due date and total off it and send"
        " them to the accounts webhook.",
        {},
        (None, [X, W]),
    ),
    (
        "Each time a parcel label is uploaded, pull the sender, postcode and weight off it, then"
        " email them to depot@example.com.",
        {},
        (None, [X, E]),
    ),
    (
        "When a receipt comes in, lift the merchant, amount and date off it and post them to the"
        " expenses webhook.",
        {},
        (None, [X, W]),
    ),
]


# "We've got <data> at <URL>. <Pull> them, <steps>": the one call the telling names.
DATA_GOT_AT_A_SOURCE = [
    (
        "We've got 600 passenger waivers from last season scanned at"
        " https://docs.skylarkballoons.example/api/waivers. Pull them, extract passenger name,"
        " weight and flight date from each, and POST the results to"
        " https://records.skylarkballoons.example/api/import.",
        HXW,
        (None, [H, X, W]),
    ),
    (
        "I've got 1,200 scanned receipts at https://files.example.com/api/receipts. Fetch them,"
        " pull the merchant, date and total from each, and post the results to"
        " https://books.example.com/api/import.",
        {},
        (None, [H, X, W]),
    ),
    (
        "We have got 300 old enquiry forms at https://forms.example.org/api/old. Download them,"
        " extract the name, email and enquiry from each, and email the results to"
        " sales@example.org.",
        {},
        (None, [H, X, E]),
    ),
    (
        "We've got about 80 supplier contracts at https://docs.example.com/api/contracts. Grab"
        " them, summarise each, and post them in #legal.",
        {},
        (None, [H, "summarize", S]),
    ),
    (
        "Our archivist has got 2,000 letters transcribed at https://archive.example.org/api/letters."
        " Pull them, extract the sender and date from each, and POST the results to"
        " https://catalogue.example.org/api/import.",
        {},
        (None, [H, X, W]),
    ),
]


@pytest.mark.parametrize(
    ("text", "context", "expected"), ELLIPSIS_AFTER_A_WAIT + FIELDS_OFF_IT + DATA_GOT_AT_A_SOURCE
)
def test_elided_waits_fields_off_it_and_data_got_read_right(text, context, expected):
    assert read(text, context) == expected
    assert not doubts_of(text, context), doubts_of(text, context)
    assert confidence_of(text, context) >= 0.9


# Near cases that keep their reading.
def test_when_they_have_after_a_wait_still_reads_the_wait_alone():
    text = (
        "When a quote is sent, wait for the client to sign it; when they have, fire the webhook"
        " and post in #events."
    )
    assert read(text, WSE) == (None, [SIGNAL, W, S])


def test_fields_taken_from_it_still_extract():
    text = (
        "When a delivery docket lands, pull the species, volume and haulier from it and fire them"
        " at the stock webhook."
    )
    assert read(text) == (None, [X, W])


def test_one_thing_pulled_with_no_fields_listed_still_fetches():
    assert read("When a ticket comes in, pull the attachment and post it in #support.") == (
        None,
        [H, S],
    )


def test_data_got_at_a_source_with_no_second_fetch_reads_once():
    text = (
        "We've got 600 waivers at https://docs.example.com/api/waivers. Extract the name from"
        " each and POST the results to https://records.example.com/api/import."
    )
    assert read(text) == (None, [H, X, W])
