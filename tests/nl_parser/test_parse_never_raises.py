"""The parser answers any text without raising: an exception would be a 500 at /parse."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nl_parser import parse
from nl_parser.result import InstructionError

# Words and marks the grammars key on, with letters outside a-z and stray punctuation, so that
# random mixes reach the deep rules (a fuzz run found "ü" opening a verbless test's segment).
_WORDS = """
every each day weekday weekend monday Fri 9am 10:30 noon midnight quarter to past half
hourly daily 1st 15th of the month March may between and or then if when unless only
should any all the ones over under above below 5 20% $1,000 2+ fails failed down is are be
was gets got held repaid email send post notify slack #ops ops@example.com webhook pager
trigger bother pull fetch GET https://x.example.com/api query Salesforce CRM summarize
summary recap report classify tag as urgent extract pull out wait hold until approves
later after that thereafter no actually sorry I mean make that instead rather not provided
requests that would be grateful if kindly arrange for ; : , . ? ! ( ) ' " -> \u00fc \u00e9
\u00df \U0001f600 \u2192 \u2014 \u2013 \u00b2 \u0663 25:99 99th
"""
_PIECES = st.sampled_from(_WORDS.split())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_any_text_parses(text):
    _answer(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=40).map(" ".join))
def test_any_mix_of_the_grammars_words_parses(text):
    _answer(text)


def test_a_segment_opening_with_a_letter_outside_a_to_z_is_read():
    text = "\r\u00fc\u001d\u008b\ud97f\udd7a\ud866\udd430\r\t \r\n\u000b\f\r"  # from the fuzz run
    assert parse(text, {}).actions == []


def test_a_digit_outside_ascii_is_read_as_its_value():
    text = "When a form comes in, email them, wait 3 \u00b2 days, then email them again."
    parse(text, {})  # "²" matched the grammars' digits but int() could not read it
    assert parse(
        "every \u0663 hours fetch https://x.example.com/api", {}
    ).schedule.cron_expression == ("0 */3 * * *")


def _answer(text: str) -> None:
    """Parse text; too short an instruction is the one error it may answer (a 400, not a 500)."""
    try:
        parse(text, {})
    except InstructionError:
        assert len(text.strip()) < 5


def test_a_text_ending_on_provided_is_read():
    # A fuzz run found "provided" as a clause's last word looking one word past the end.
    for text in ("provided", "email ops, provided", "Providing."):
        assert parse(text.ljust(5), {}).actions is not None
