"""availableTools: integration steps stay within the list, with fallbacks and warnings."""

from nl_parser import parse

SALES = "Every Monday at 9am, pull the latest sales numbers, build a report and email it to a@x.io"


def test_listed_tools_are_used():
    result = parse(SALES, {"availableTools": ["salesforce.query", "email.send"]})
    assert result.actions == ["salesforce.query", "generate_report", "email.send"]
    assert result.warnings == []


def test_sales_data_falls_back_to_http_request_without_a_warning():
    result = parse(SALES, {"availableTools": ["http.request", "email.send"]})
    assert result.actions == ["http.request", "generate_report", "email.send"]
    assert result.warnings == []


def test_a_named_system_falls_back_with_a_warning_and_lower_confidence():
    text = "Query Salesforce for open deals and email them to a@x.io"
    full = parse(text)
    limited = parse(text, {"availableTools": ["http.request", "email.send"]})
    assert limited.actions == ["http.request", "email.send"]
    assert any("salesforce.query" in w for w in limited.warnings)
    assert limited.confidence < full.confidence


def test_a_need_without_any_fitting_tool_is_dropped_with_a_warning():
    text = "Fetch https://api.example.com/x and email it to a@x.io"
    result = parse(text, {"availableTools": ["slack.post_message"]})
    assert result.actions == []
    assert len(result.warnings) >= 2
    assert result.confidence < parse(text).confidence


def test_agent_condition_and_delay_actions_are_never_restricted():
    text = "When the build fails, wait 5 minutes, summarize the log and post it to #ci"
    result = parse(text, {"availableTools": ["slack.post_message"]})
    assert result.actions == ["check_status", "wait", "summarize", "slack.post_message"]


def test_slack_falls_back_to_a_webhook():
    result = parse("Post the summary to #ops", {"availableTools": ["webhook.post"]})
    assert result.actions[-1] == "webhook.post"


def test_empty_or_missing_tool_list_allows_everything():
    for context in (None, {}, {"availableTools": []}):
        assert parse("Query Salesforce for leads", context).actions == ["salesforce.query"]
