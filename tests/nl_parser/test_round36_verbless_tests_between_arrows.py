"""Round 36: verbless tests between arrows, messages joined by a plus, loads and headed items."""

from tests.nl_parser.reading import read


def test_a_state_with_no_verb_between_a_fetch_and_a_step_is_its_test():
    cron, actions = read(
        "every 10 minutes GET https://mill.example.com/api/conveyor; conveyor jammed → "
        "post in #floor"
    )
    assert cron == "*/10 * * * *"
    assert actions == ["http.request", "check_status", "slack.post_message"]


def test_a_gerund_naming_the_reading_is_no_step():
    _, actions = read(
        "every 5 min poll https://queue.example.com/api/lines; waiting time above 20 min → "
        "email lead@clinic.example.com"
    )
    assert actions == ["http.request", "check_status", "email.send"]


def test_a_measured_test_with_nothing_before_it_gets_its_fetch():
    cron, actions = read(
        "tuesdays 7am → members nobody has called in 60+ days → email coach@gym.example.com"
    )
    assert cron == "0 7 * * 2"
    assert actions == ["http.request", "check_status", "email.send"]


def test_classified_ones_before_an_arrow_pick_what_the_step_gets():
    _, actions = read(
        "every hour fetch tickets from https://desk.example.com/api/new; sort into billing / "
        "tech / other; tech ones → email it@desk.example.com"
    )
    assert actions == ["http.request", "classify", "check_status", "email.send"]


def test_a_noun_with_no_state_between_arrows_stays_untested():
    _, actions = read(
        "every morning at 8 fetch https://wx.example.com/api/today; forecast → "
        "email crew@boats.example.com"
    )
    assert actions == ["http.request", "email.send"]


def test_a_message_named_with_its_place_after_a_plus_is_a_delivery():
    _, actions = read(
        "every 5 minutes poll https://plant.example.com/api/boilers → any boiler over 90 C → "
        "ops webhook + a note in #plant"
    )
    assert actions == ["http.request", "check_status", "webhook.post", "slack.post_message"]


def test_the_load_a_departure_carries_says_no_test():
    _, actions = read(
        "whenever a courier sets off with a parcel → text the recipient via SMS webhook"
    )
    assert actions == ["webhook.post"]


def test_a_departure_with_a_described_load_stays_tested():
    _, actions = read(
        "whenever a courier sets off with a damaged parcel → text the recipient via SMS webhook"
    )
    assert actions == ["check_status", "webhook.post"]


def test_the_verb_after_items_a_colon_heads_starts_a_step():
    _, actions = read(
        "soup kitchen → each volunteer signup: extract the name and shift; "
        "email it to rota@soup.example.org"
    )
    assert actions == ["extract", "email.send"]
