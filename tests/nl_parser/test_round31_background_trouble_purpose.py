"""Round 31: who we are and what keeps going wrong, a purpose after "so", a period's bookings."""

from tests.nl_parser.reading import cron_of, read


def test_someone_spends_their_evenings_is_background_not_a_fetch_or_schedule():
    cron, actions = read(
        "We manage a climbing gym and somebody spends every Monday morning counting chalk bags "
        "by hand. Fridays at 4pm, get the stock list from https://crag.example.com/api/stock "
        "and email it to desk@crag.example.com."
    )
    assert cron == "0 16 * * 5"
    assert actions == ["http.request", "email.send"]


def test_i_always_forget_until_is_background_and_its_day_no_schedule():
    cron, actions = read(
        "I run a café and I always forget oat milk until we're out on a Sunday morning. "
        "Every Tuesday at 10am, check the stock at https://cafe.example.com/api/stock and "
        "email me@cafe.example.com about anything under two cartons."
    )
    assert cron == "0 10 * * 2"
    assert actions == ["http.request", "check_status", "email.send"]


def test_the_late_shift_keeps_finding_with_a_time_is_background():
    assert (
        cron_of(
            "We operate two ferry terminals and the late shift keeps finding unpaid tickets "
            "at 11pm, far too late. Every day at 18:00, pull today's sailings from "
            "https://ferry.example.com/api/sailings and email ops@ferry.example.com."
        )
        == "0 18 * * *"
    )


def test_trouble_clause_that_goes_on_to_ask_keeps_its_schedule():
    # ", so every Monday …" after the trouble is the request itself, not background.
    assert (
        cron_of(
            "We run a bakery and the oven keeps tripping, so every Monday at 8am email "
            "orders@bakery.example.com."
        )
        == "0 8 * * 1"
    )


def test_a_bare_event_stays_untested():
    _, actions = read("When a new client signs up, email them the welcome pack.")
    assert actions == ["email.send"]


def test_a_doing_named_as_a_thing_is_no_step():
    _, actions = read(
        "Dental practice here, and chasing patients is half the job. If a patient misses one "
        "of their appointments, email reception@smile.example.com."
    )
    assert actions == ["check_status", "email.send"]


def test_purpose_after_so_picks_no_items():
    _, actions = read(
        "Every weekday at 7am, fetch the overnight alerts from https://noc.example.com/api/alerts "
        "and email them to noc@example.com so the day team has them in hand."
    )
    assert actions == ["http.request", "email.send"]


def test_a_subset_named_before_the_address_still_filters():
    _, actions = read(
        "Every weekday at 7am, fetch the alerts from https://noc.example.com/api/alerts and email "
        "the ones in critical state to noc@example.com."
    )
    assert actions == ["http.request", "check_status", "email.send"]


def test_a_periods_bookings_sent_with_no_source_are_fetched_first():
    cron, actions = read("Every Thursday at 6pm, send the housekeeping team next week's arrivals.")
    assert cron == "0 18 * * 4"
    assert actions == ["http.request", "email.send"]


def test_a_rota_at_hand_is_not_fetched():
    _, actions = read("Every Monday at 8am, post the day's cleaning rota in #crew.")
    assert actions == ["slack.post_message"]
