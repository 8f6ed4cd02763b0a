"""Round 68: a text that writes one URL and names no other source makes one call, however many
of its words were read as fetching ("450 notes sitting at https://…. Please download them")."""

import pytest

from nl_parser.drafts import StepDraft
from nl_parser.lost_parts import one_call_per_url
from tests.nl_parser.reading import doubts_of, read

H, E, S, W, C = "http.request", "email.send", "slack.post_message", "webhook.post", "check_status"
X, SUM = "extract", "summarize"

# The one call keeps the URL and runs where the first call did. (A clause-level rule may come to
# read some of these right before the merge is needed; the merge itself is tested below.)
DOUBLED_CALLS = [
    (
        "One-off task: Millbrook Dairy has about 450 scanned delivery notes from last quarter"
        " sitting at https://docs.example-millbrookdairy.co.uk/api/notes. Please download them,"
        " extract the supplier, litres and delivery date from each note, build a report from"
        " that and email it to accounts@example-millbrookdairy.co.uk.",
        (None, [H, X, "generate_report", E]),
    ),
    (
        "One-off task: Fernhill Bakery has about 300 scanned invoices from last year sitting at"
        " https://docs.example-fernhill.co.uk/api/invoices. Please download them, extract the"
        " supplier and total from each, and email the results to accounts@example-fernhill.co.uk.",
        (None, [H, X, E]),
    ),
    (
        "Harbour Yacht Club keeps an export of 1,200 old race results at"
        " https://club.example-harbouryc.org/api/results that nobody has tidied. Could you pull"
        " them, summarise the winners by year and send it to commodore@example-harbouryc.org?"
        " Just once.",
        (None, [H, SUM, E]),
    ),
    (
        "https://api.example-glassworks.co.uk/kilns/temps → every 15 min → if any kiln > 900°C →"
        " kiln-alarm webhook + #studio",
        ("*/15 * * * *", [H, C, W, S]),
    ),
    (
        "https://status.example-parkrun.org/api/queue → hourly → if more than 40 waiting →"
        " #volunteers",
        ("0 * * * *", [H, C, S]),
    ),
]

# One call, or a second source named in words beside the URL: nothing to merge.
UNCHANGED = [
    (
        "Every morning at 7, grab the orders from https://shop.example.com/api/orders and post"
        " them in #packing.",
        ("0 7 * * *", [H, S]),
    ),
    (
        "Every day at 6pm, fetch https://a.example.com/api/x and https://b.example.com/api/y and"
        " email both to ops@example.com.",
        ("0 18 * * *", [H, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOUBLED_CALLS)
def test_one_written_url_makes_one_call(text, expected):
    assert read(text) == expected


def _step(action: str, url: str = "") -> StepDraft:
    return StepDraft(action, {"url": url} if url else {}, 0.8, action)


def test_the_merged_call_keeps_the_url_where_the_first_call_ran():
    url = "https://docs.example.com/api/notes"
    steps = [_step(H), _step(C), _step(H, url), _step(SUM), _step(E)]
    merged = one_call_per_url(f"notes at {url}; if any are new summarise them", steps)
    assert [s.action for s in merged] == [H, C, SUM, E]
    assert merged[0].config == {"url": url}


def test_no_merge_when_another_source_is_named():
    url = "https://shop.example.com/api/sales"
    steps = [_step(H, url), _step(H), _step(E)]
    assert one_call_per_url(f"pull {url} and the refunds from the Stripe API", steps) is steps


def test_the_merge_is_told_in_the_warnings():
    # "fetch the latest numbers" names no source: the numbers are the one URL's.
    text = (
        "Every day at 9, check https://x.example.com/api/status, then fetch the latest numbers"
        " and email them to a@example.com."
    )
    assert read(text) == ("0 9 * * *", [H, E])
    assert any("they were read as one" in d for d in doubts_of(text))
