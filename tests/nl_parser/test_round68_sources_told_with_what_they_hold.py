"""Round 68: a source told as what someone has there, however long the telling ("Millbrook Dairy
has about 450 scanned delivery notes from last quarter sitting at https://…", "… has an export of
2,300 old customer reviews at https://… that nobody has ever looked at") is the one a later
"download them" fetches: one fetch, not a second one and a step guessed from the owner's name."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S = "http.request", "email.send", "slack.post_message"
X, C, M, R = "extract", "classify", "summarize", "generate_report"

# "<owner> has/keeps/publishes <a count or determiner, then what it is> at <URL> [that …]", then
# a fetch pointing back at it.
TOLD_WITH_WHAT_THEY_HOLD = [
    (
        "One-off task: Millbrook Dairy has about 450 scanned delivery notes from last quarter"
        " sitting at https://docs.example-millbrookdairy.co.uk/api/notes. Please download them,"
        " extract the supplier, litres and delivery date from each note, build a report from"
        " that and email it to accounts@example-millbrookdairy.co.uk.",
        (None, [H, X, R, E]),
    ),
    (
        "Tumbleweed Outdoor Gear has an export of 2,300 old customer reviews at"
        " https://reviews.example-tumbleweedgear.com/api/export that nobody has ever looked at"
        " properly. Could you pull them, categorise each one by product line (tents, packs,"
        " footwear, clothing), write a summary for each line, and send it to"
        " product@example-tumbleweedgear.com? Just a one-time thing.",
        (None, [H, C, M, E]),
    ),
    (
        "The parish council keeps roughly 1,200 planning comments from the spring consultation at"
        " https://consult.example-ashby.gov.uk/api/comments. Could you fetch them, summarise them"
        " and email the summary to clerk@example-ashby.gov.uk?",
        (None, [H, M, E]),
    ),
    (
        "Our warehouse has several thousand pallet scans from the old system stored at"
        " https://wms.example-northdock.com/api/scans that nobody ever reconciled. Grab them,"
        " summarise them by aisle and post it in #warehouse.",
        (None, [H, M, S]),
    ),
    (
        "Kestrel Books has 800 or so unread customer emails at"
        " https://mail.example-kestrelbooks.com/api/inbox. Retrieve them, extract the order number"
        " from each, and email a report to ops@example-kestrelbooks.com.",
        (None, [H, X, R, E]),
    ),
    (
        "Pinewood Clinic publishes the week's appointment notes for every ward at"
        " https://notes.example-pinewood.health/api/week. Every Monday at 8am, pull them,"
        " summarise them and email it to admin@example-pinewood.health.",
        ("0 8 * * 1", [H, M, E]),
    ),
    (
        "Brightside Lettings has a backlog of 95 tenant repair requests sitting in"
        " https://repairs.example-brightside.co.uk/api/requests which no one has triaged yet."
        " Download them, sort them by urgency and send a report to"
        " maintenance@example-brightside.co.uk.",
        (None, [H, C, R, E]),
    ),
    (
        "Our shop has 300 pending orders at https://shop.example.com/api/orders which we never"
        " checked. Summarise them and email it to a@example.com.",
        (None, [H, M, E]),
    ),
]

# Near cases: the source named by the fetch itself, the short telling that was already read, a
# second URL that is a second fetch, a fetch with no telling before it, and a duty told after
# the source (its steps are asked, not said of the data).
UNCHANGED = [
    (
        "Our shop has 300 pending orders at https://shop.example.com/api/orders that should be"
        " summarised every Friday at 5pm and emailed to a@example.com.",
        ("0 17 * * 5", [H, M, E]),
    ),
    (
        "Millbrook Dairy has about 450 scanned delivery notes. Please download them from"
        " https://docs.example.com/api/notes, extract the supplier from each note and email it"
        " to a@example.com.",
        (None, [H, X, E]),
    ),
    (
        "Our cheese cave has a humidity sensor at https://x.example.com/api. Pull it, summarise"
        " it and email it to a@example.com.",
        (None, [H, M, E]),
    ),
    (
        "Millbrook Dairy has about 450 scanned delivery notes at https://docs.example.com/notes."
        " Also download the invoices from https://docs.example.com/invoices and email them to"
        " a@example.com.",
        (None, [H, H, E]),
    ),
    (
        "Please download the 450 scanned delivery notes from https://docs.example.com/api/notes"
        " and email a report to a@example.com.",
        (None, [H, R, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_WITH_WHAT_THEY_HOLD)
def test_a_source_told_with_what_it_holds_is_the_one_fetched(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
