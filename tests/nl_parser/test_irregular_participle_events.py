"""An event told with an irregular participle ("a loan is repaid", "a car is sold") is a bare
event, as one told with "-ed" is; a test written after it is still read."""

import pytest

from tests.nl_parser.reading import read

C, E, S = "check_status", "email.send", "slack.post_message"


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("Each time a loan is repaid, email the borrower a receipt.", [E]),
        ("Whenever a used car is sold, post the plate number in #lot-crew.", [S]),
        ("When a gift card is bought, email the buyer a thank-you note.", [E]),
        (
            "Each time a loan is repaid, email the borrower a receipt unless their account "
            "is not verified.",
            [C, E],
        ),
    ],
)
def test_an_irregular_participle_tells_an_event(text, actions):
    assert read(text) == (None, actions)
