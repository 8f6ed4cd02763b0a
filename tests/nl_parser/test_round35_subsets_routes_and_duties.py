"""Round 35: state flips, bound-first tests, picked receivers, subsets, routes and duties."""

from tests.nl_parser.reading import read


def test_a_status_that_flips_to_a_value_is_tested():
    _, actions = read(
        "Whenever a parcel's status flips to lost, post the tracking number in #claims."
    )
    assert actions == ["check_status", "slack.post_message"]


def test_a_bare_event_stays_untested():
    _, actions = read("Whenever a parcel is scanned, post the tracking number in #claims.")
    assert actions == ["slack.post_message"]


def test_a_bound_first_comparison_before_an_arrow_guards_the_step():
    cron, actions = read(
        "6am daily pull the wind speed from https://wind.example.com/api/today; "
        "40 mph or higher -> tell #harbour the ferries stay in"
    )
    assert cron == "0 6 * * *"
    assert actions == ["http.request", "check_status", "slack.post_message"]


def test_receivers_picked_by_a_relative_clause_are_tested():
    _, actions = read(
        "Every Monday at 10am, email a nudge to any tenant who hasn't paid this month's rent."
    )
    # On a schedule the test needs data, so the parser fetches it first (and says so).
    assert actions == ["http.request", "check_status", "email.send"]


def test_one_named_receiver_picks_nothing():
    _, actions = read("Every Monday at 10am, email a nudge to the landlord.")
    assert actions == ["email.send"]


def test_for_anything_opens_a_subset():
    _, actions = read(
        "Every Friday at 4pm, fetch the seed inventory from https://farm.example.com/api/seeds "
        "and, for anything we hold under 5 packets of, email the reorder list to "
        "buyer@farm.example.com."
    )
    assert actions == ["http.request", "check_status", "email.send"]


def test_a_class_routed_by_arrow_to_a_lone_place_is_a_filtered_delivery():
    _, actions = read(
        "hourly fetch support chats from https://chat.example.com/api/new, sort each into "
        "refund request, shipping question or other; refund requests → #billing"
    )
    assert actions == ["http.request", "classify", "check_status", "slack.post_message"]


def test_otherwise_turns_around_the_subset_a_delivery_picked():
    _, actions = read(
        "When a warranty claim arrives, classify it as repair, replacement or refund; send "
        "refund claims to the finance webhook, otherwise post it in #service-desk."
    )
    assert actions == [
        "classify",
        "check_status",
        "webhook.post",
        "check_status",
        "slack.post_message",
    ]


def test_a_modal_passive_duty_reads_as_its_imperative():
    _, actions = read(
        "Each incoming supplier invoice should be classified as goods, services or freight."
    )
    assert actions == ["classify"]
