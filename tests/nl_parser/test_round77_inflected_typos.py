"""Round 77: a slip in a verb's stem is mended when the verb is inflected too ("sumarised",
"emialed", "sumarizes"): the stem is mended and the ending kept."""

import pytest

from nl_parser.typos import mend_typos
from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, SUM = "http.request", "email.send", "slack.post_message", "summarize"

INFLECTED_SLIPS = [
    (
        "CIRCULAR — Stanbury & District Chess League. Every Sunday at 20:00 the week's match"
        " results shall be retrieved from https://results.stanburychess.example/api/week,"
        " sumarised, and circulated by e-mail to captains@stanburychess.example.",
        ("0 20 * * 0", [H, SUM, E]),
        "sumarised",
    ),
    (
        "Every Friday at 17:00 the timesheets get pulled from https://hr.example/api/ts,"
        " sumarized and emailed to hr@example.com.",
        ("0 17 * * 5", [H, SUM, E]),
        "sumarized",
    ),
    (
        "At 8am daily, sales figures should be downloaded from https://crm.example/api/sales,"
        " analysed, and the results emialed to boss@example.com.",
        ("0 8 * * *", [H, SUM, E]),
        "emialed",
    ),
    (
        "Every Thursday at 18:00 the reviews will be colected from https://reviews.example/api,"
        " summerised, and sent by email to team@example.com.",
        ("0 18 * * 4", [H, SUM, E]),
        "summerised",
    ),
    (
        "Each night at 23:00 pull the orders from https://shop.example/api/orders, sumarise them"
        " and post to #sales.",
        ("0 23 * * *", [H, SUM, S]),
        "sumarise",
    ),
]


@pytest.mark.parametrize(("text", "expected", "slip"), INFLECTED_SLIPS)
def test_inflected_slip_is_read_as_its_verb(text, expected, slip):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    # The only doubt is the typo itself, said honestly.
    assert [d for d in doubts_of(text) if slip in d]


@pytest.mark.parametrize(
    ("written", "read_as"),
    [("sumarised", "summarised"), ("emialed", "emailed"), ("clasifying", "classifying")],
)
def test_stem_is_mended_and_ending_kept(written, read_as):
    assert mend_typos(written)[0] == read_as


# Near cases: a verb spelt right has no doubt; ordinary inflected words stay as written.
def test_verb_spelt_right_has_no_typo_doubt():
    text = (
        "Every Tuesday at 10:00 the new signups are fetched from https://app.example/api/signups,"
        " summarised and emailed to growth@example.com."
    )
    assert read(text) == ("0 10 * * 2", [H, SUM, E])
    assert not doubts_of(text)


@pytest.mark.parametrize("word", ["started", "scored", "listed", "shared", "printed", "dated"])
def test_ordinary_inflected_words_stay(word):
    assert mend_typos(f"the {word} rows")[0] == f"the {word} rows"
