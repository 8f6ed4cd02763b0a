"""Round 28 (heldout61): "provided" tests, supplies running low, bare data verbs, and more."""

from tests.nl_parser.reading import read


def test_a_bare_provided_after_a_comma_opens_a_test():
    _, actions = read(
        "When a lab sample is logged, extract the batch and pH, and, provided the pH is 8 or "
        "higher, email the chemist at chem@lab.example.com."
    )
    assert actions == ["extract", "check_status", "email.send"]


def test_provided_as_a_participle_opens_no_test():
    _, actions = read(
        "Every Monday at 8am, email the figures provided by https://stats.example.com/api/weekly "
        "to boss@example.com."
    )
    assert "check_status" not in actions


def test_a_supply_running_low_is_a_state_not_an_event():
    _, actions = read(
        "Whenever a vending machine runs out of coffee beans, tell the supplier.",
        {"availableTools": ["webhook.post", "http.request"]},
    )
    assert actions == ["check_status", "webhook.post"]


def test_a_bare_event_stays_untested():
    _, actions = read("Whenever a food truck opens for lunch, tell the commissary.")
    assert "check_status" not in actions


def test_a_companion_after_with_says_nothing_of_which_events_count():
    _, actions = read(
        "When a kitten leaves with its adopter, email them the care sheet; a week later, send a "
        "follow-up email."
    )
    assert actions == ["email.send", "wait", "email.send"]


def test_a_data_verb_between_arrows_is_a_step_of_its_own():
    cron, actions = read(
        "Every day at 6am → GET https://shop.example.com/api/returns → classify → post to #returns"
    )
    assert cron == "0 6 * * *"
    assert actions == ["http.request", "classify", "slack.post_message"]


def test_an_hour_span_ends_before_a_semicolon():
    cron, actions = read(
        "Check https://dam.example.org/api/level every ten minutes from 06:00 until 18:30; should "
        "the level exceed 40 metres, email the warden at warden@dam.example.org."
    )
    assert cron == "*/10 6-18 * * *"
    assert actions == ["http.request", "check_status", "email.send"]


def test_a_word_on_the_sources_path_picks_no_subset():
    _, actions = read(
        "Every day at 9am, post the snow plowing routes from https://city.example.com/api/plowing/"
        "routes in #streets."
    )
    assert actions == ["http.request", "slack.post_message"]
