"""Doubts where a parse may have lost or doubled a part the text still shows (round 20)."""

from nl_parser import parse
from nl_parser.drafts import StepDraft
from nl_parser.lost_parts import lost_parts


def _reasons(text, steps, written=None):
    return [d.reason for d in lost_parts(text, steps, written=written or text)]


def test_a_means_with_no_call_is_doubted():
    text = "switch its sign to FULL by calling https://p.example.com/api/signs/full and post it"
    steps = [StepDraft("check_status", {}, 0.8, ""), StepDraft("slack.post_message", {}, 1, "")]
    assert any("made no call step" in r for r in _reasons(text, steps))


def test_a_url_no_step_uses_is_doubted():
    text = "email the report from https://a.example.com/r to me"
    assert any("no step uses" in r for r in _reasons(text, [StepDraft("email.send", {}, 1, "")]))


def test_a_list_of_urls_is_one_steps():
    text = "ping https://a.example.com and https://b.example.com and email me if either is down"
    steps = [StepDraft("http.request", {"url": "https://a.example.com"}, 1, "")]
    assert _reasons(text, steps) == []


def test_two_calls_for_one_url_are_doubted_unless_a_source_is_named():
    steps = [StepDraft("http.request", {}, 0.8, ""), StepDraft("http.request", {"url": "u"}, 1, "")]
    assert _reasons(
        "pull the results from https://a.example.com/r",
        [steps[0], StepDraft("http.request", {"url": "https://a.example.com/r"}, 1, "")],
    )
    assert not _reasons(
        "export the orders from the shop API and upload them to https://u.example.com/up",
        [steps[0], StepDraft("http.request", {"url": "https://u.example.com/up"}, 1, "")],
    )


def test_a_corrected_place_kept_twice_is_doubted():
    posts = [StepDraft("slack.post_message", {"channel": c}, 1, "") for c in ("#a", "#b")]
    reasons = _reasons("post it to #b", posts, written="post it to #b. Sorry, #a, not #b.")
    assert any("two deliveries of one kind" in r for r in reasons)


def test_a_correction_of_something_else_is_no_doubt():
    posts = [StepDraft("email.send", {}, 1, ""), StepDraft("email.send", {}, 1, "")]
    assert (
        _reasons("email them, then wait 2 days and email them", posts, written="… actually wait")
        == []
    )


def test_days_named_apart_are_doubted():
    result = parse(
        # "the Saturday list" names the items (round 35); "a Saturday list" is still in doubt.
        "Every Friday at 3pm, email crew@example.com a Saturday list from https://r.example.com/b."
    )
    assert result.schedule.cron_expression == "0 15 * * 5,6"
    assert any("named apart" in w for w in result.warnings)
    assert result.confidence < 0.7


def test_days_of_one_list_are_no_doubt():
    result = parse("Every Monday, Wednesday and Friday at 9am, post the standup link in #team.")
    assert not any("named apart" in w for w in result.warnings)


def test_an_oh_wait_with_two_deliveries_of_one_kind_is_doubted():
    text = "Post the link in #eng-help. Oh wait, we should post it in #eng-questions."
    steps = [StepDraft("slack.post_message", {}, 1, ""), StepDraft("slack.post_message", {}, 1, "")]
    assert any("two deliveries" in r for r in _reasons(text, steps))


def test_a_correction_that_dropped_a_source_is_doubted_when_nothing_fetches():
    steps = [StepDraft("webhook.post", {}, 1, "")]
    dropped = ["email the lead list from salesforce to m@example.com"]
    doubts = lost_parts("… post the summary to the webhook", steps, written="", dropped=dropped)
    assert any("dropped 'from salesforce'" in d.reason for d in doubts)
    fetched = [StepDraft("salesforce.query", {}, 1, ""), *steps]
    assert lost_parts("…", fetched, written="", dropped=dropped) == []
