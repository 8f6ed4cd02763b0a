"""Constructions found by heldout47-50: a fetch with no URL takes Salesforce when it is the only
source availableTools lists, and "from the CRM" names the source over a web-sounding modifier."""

from nl_parser import parse

Q, S, E, H = "salesforce.query", "slack.post_message", "email.send", "http.request"


def test_a_fetch_with_no_url_takes_the_only_source_listed():
    context = {"availableTools": [Q, S]}
    result = parse("Every hour, pull the open cases and post them in #support.", context)
    assert result.actions == [Q, S]
    assert not any("availableTools" in w for w in result.warnings)


def test_a_written_url_is_never_read_from_salesforce():
    context = {"availableTools": [Q, S]}
    result = parse("Every hour, pull https://x.example.com/api/cases and post them in #s.", context)
    assert result.actions == [S]


def test_from_the_crm_names_the_source():
    result = parse("Every day at 8, pull the website leads from the CRM and email them to a@b.co.")
    assert result.actions == [Q, E]
