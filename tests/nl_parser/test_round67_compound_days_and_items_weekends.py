"""Round 67: a day hyphen-joined to a word ("the Sunday-rota reminder", "the Friday-night staff")
is one modifier naming a thing, and a weekend in a clause about the items, after its verb in the
present or future ("which walls are being reset over the weekend"), is when the items' act
happens; neither is the run's day when another day says when it runs."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W, C = "http.request", "email.send", "slack.post_message", "webhook.post", "check_status"
HTTP_SLACK = {"availableTools": [H, S]}

# "send the Sunday-rota reminder every Thursday": the hyphen makes the day part of the thing.
DAY_IN_A_COMPOUND = [
    (
        "Send the Sunday-rota reminder to staff@example-hollinsgardencentre.co.uk every Thursday"
        " at 3pm — actually no, quarter to three, before the delivery lorry turns up.",
        ("45 14 * * 4", [E]),
    ),
    (
        "Every Monday at 9am, email the Friday-night bar staff the new closing checklist at"
        " bar@example-redlionpub.co.uk.",
        ("0 9 * * 1", [E]),
    ),
    (
        "Post the Saturday-market stall list in #traders every Wednesday at 6pm.",
        ("0 18 * * 3", [S]),
    ),
    (
        "Each Tuesday at 10am, remind #choir about our Thursday-evening rehearsal.",
        ("0 10 * * 2", [S]),
    ),
    (
        "On Fridays at 4pm, text the Sunday-league referees through the SMS webhook.",
        ("0 16 * * 5", [W]),
    ),
    (
        "Email Monday-briefing notes to team@example-northgateclinic.org every Friday at 5pm.",
        ("0 17 * * 5", [E]),
    ),
]

# "let the instructors know which walls are being reset over the weekend": the weekend is the
# walls', the run is Friday's.
WEEKEND_OF_ITEMS_TO_COME = [
    (
        "Every Friday at 4:15pm, let the instructors at Cragside Climbing Centre know which walls"
        " are being reset over the weekend — the reset schedule lives at"
        " https://walls.example-cragsideclimbing.co.uk/api/resets.",
        ("15 16 * * 5", [H, S]),
    ),
    (
        "Each Thursday at 5pm, let the groundsmen know which pitches are being cut over the"
        " weekend, using the plan at https://grounds.example-oakfieldrfc.co.uk/api/cuts.",
        ("0 17 * * 4", [H, S]),
    ),
    (
        "Every Monday at 8am, let the chefs know which fridges will be defrosted at the weekend,"
        " using https://kitchen.example-bluedoorbistro.com/api/defrosts.",
        ("0 8 * * 1", [H, S]),
    ),
    (
        "On Fridays at noon, let the ward clerks know which beds are getting freed up during the"
        " weekend; the list lives at https://beds.example-stmarys.org/api/discharges.",
        ("0 12 * * 5", [H, S]),
    ),
    (
        "Tell the caretakers every Thursday at 4pm which halls are booked over the weekend, using"
        " https://halls.example-parishcouncil.org.uk/api/halls/booked.",
        ("0 16 * * 4", [H, S]),
    ),
    (
        "Let the lifeguards know which lanes are being roped off throughout the weekend, every"
        " Friday at 6pm, using https://pool.example-marshlido.org/api/lanes/roped-off.",
        ("0 18 * * 5", [H, S]),
    ),
]

# The same words where they are the run's, or where no other day says when the run is.
UNCHANGED = [
    ("Every Monday-Friday at 9am, post the standup link in #dev.", ("0 9 * * 1-5", [S])),
    (
        "Post the bookings in #desk every Tuesday and Thursday-evening at 6pm.",
        ("0 18 * * 2,4", [S]),
    ),
    ("Send the Sunday-rota reminder to staff@example.com at 3pm.", ("0 15 * * 0", [E])),
    (
        "Every Friday at 5pm and over the weekend at 9am, post the bookings in #desk.",
        ("0 9,17 * * 0,5,6", [S]),
    ),
    (
        "Check which pumps are running over the weekend every 2 hours and post them in #plant.",
        ("0 */2 * * 0,6", [S]),
    ),
    (
        "Every Monday at 9am and at the weekend, let the instructors know which walls are being"
        " reset, using https://walls.example-cragsideclimbing.co.uk/api/resets.",
        ("0 9 * * 0,1,6", [H, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DAY_IN_A_COMPOUND)
def test_a_day_in_a_hyphened_compound_names_a_thing(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert not [d for d in doubts_of(text) if "named apart" in d]


@pytest.mark.parametrize(("text", "expected"), WEEKEND_OF_ITEMS_TO_COME)
def test_a_weekend_of_items_to_come_is_not_the_run(text, expected):
    assert read(text, HTTP_SLACK) == expected
    assert confidence_of(text, HTTP_SLACK) >= 0.85
    assert doubts_of(text, HTTP_SLACK) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    context = HTTP_SLACK if "https://" in text else None
    assert read(text, context) == expected
