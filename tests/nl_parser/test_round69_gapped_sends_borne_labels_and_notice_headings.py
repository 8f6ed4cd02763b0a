"""Round 69: "…, summarised, and the summary circulated by email to …" (any participle of sending,
its "be" left to the duty before) is the delivery; an item "returned bearing an abnormal flag"
is tested for the label it bears; "Notice to all staff of …", "Policy note, X:" and "With
immediate effect" head the request and make no step."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, W, C = "email.send", "slack.post_message", "webhook.post", "check_status"
H, SUM = "http.request", "summarize"

# The "be" of the duty before is said once; a participle of sending, the medium perhaps before
# the place, sends the thing named.
GAPPED_SENDS = [
    (
        "Notice to all staff of Brackenfold Parish Council. With immediate effect, each Monday at"
        " 08:00 the past week's planning applications are to be retrieved from"
        " https://planning.example-brackenfoldpc.gov.uk/api/applications, summarised, and the"
        " summary circulated by email to councillors@example-brackenfoldpc.gov.uk.",
        ("0 8 * * 1", [H, SUM, E]),
    ),
    (
        "Every Friday at 17:00 the week's timesheets are to be pulled from"
        " https://hr.example-oakmere.com/api/timesheets, totalled, and the totals distributed to"
        " payroll@example-oakmere.com.",
        ("0 17 * * 5", [H, SUM, E]),
    ),
    (
        "Daily at 6pm the greenhouse readings are to be fetched from"
        " https://sensors.example-fernhill.org/api/latest, analysed, and the findings relayed via"
        " Slack to #greenhouse.",
        ("0 18 * * *", [H, SUM, S]),
    ),
    (
        "At 07:30 on weekdays the overnight orders are to be downloaded from"
        " https://shop.example-tidewell.com/api/orders, summarised, and the summary circulated to"
        " #dispatch.",
        ("30 7 * * 1-5", [H, SUM, S]),
    ),
    (
        "On the 1st of every month the open invoices are to be retrieved from"
        " https://billing.example-corvane.io/api/invoices, reviewed, and the review dispatched by"
        " email to finance@example-corvane.io.",
        ("0 9 1 * *", [H, SUM, E]),
    ),
]

# A label the item bears (carries, shows, comes with) as it arrives is the state it is tested for.
BORNE_LABELS = [
    (
        "Policy note, Ridgeback Veterinary Group: where a laboratory result is returned bearing an"
        " abnormal flag, the attending veterinary surgeon is to be notified by email at"
        " vets@example-ridgebackvets.co.uk.",
        (None, [C, E]),
    ),
    ("If a lab result bears an abnormal flag, email vets@example-ridgeback.co.uk.", (None, [C, E])),
    (
        "When a parcel comes in carrying a fragile label, post it in #warehouse.",
        (None, [C, S]),
    ),
    (
        "Whenever a support ticket arrives with an urgent tag, page the on-call webhook.",
        (None, [C, W]),
    ),
    (
        "Where an expense claim is submitted showing a duplicate marker, the finance team is to be"
        " emailed at finance@example-hallow.co.uk.",
        (None, [C, E]),
    ),
    (
        "If a delivery note is scanned bearing a damaged stamp, email claims@example-ruston.com.",
        (None, [C, E]),
    ),
]

# Without the participle of sending, the label, or the heading, the reading stays as it was.
UNCHANGED = [
    (
        "Every Monday at 8am the sales figures are to be fetched from https://x.example.com/api,"
        " summarised, and the summary emailed to boss@example.com.",
        ("0 8 * * 1", [H, SUM, E]),
    ),
    (
        "Every Monday at 8am the sales figures are to be fetched from https://x.example.com/api,"
        " summarised, and the summary saved to the drive.",
        ("0 8 * * 1", [H, SUM]),
    ),
    (
        "Where a laboratory result is returned, the attending vet is to be notified by email at"
        " vets@example-ridgebackvets.co.uk.",
        (None, [E]),
    ),
    ("When an issue gets the security label, email sec@example.com.", (None, [C, E])),
    ("If a lab result has an abnormal flag, email vets@example.com.", (None, [C, E])),
    ("Notice: if the pump stops, email ops@example.com.", (None, [E])),
]


@pytest.mark.parametrize(("text", "expected"), GAPPED_SENDS)
def test_a_gapped_participle_of_sending_delivers(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not doubts_of(text)


@pytest.mark.parametrize(("text", "expected"), BORNE_LABELS)
def test_a_label_borne_on_arrival_is_tested(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected


def test_the_headings_make_no_doubt():
    text = (
        "Memo to all members of the Larkspur Sailing Club. With immediate effect, every Sunday"
        " at 18:00 the week's bookings are to be fetched from https://x.example-larkspur.org/api"
        " and emailed to captain@example-larkspur.org."
    )
    assert read(text) == ("0 18 * * 0", [H, E])
    assert not doubts_of(text)
    text = (
        "Practice note, Hollins Dental: when a referral is marked urgent, email desk@example.com."
    )
    assert read(text) == (None, [C, E])
    assert not doubts_of(text)
