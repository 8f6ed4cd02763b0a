"""The fetch a scheduled run makes before its first test ("hourly, alert #ops if it is down")."""

import re

from nl_parser import confidence
from nl_parser import destinations as dest
from nl_parser.conditions import CONDITION
from nl_parser.confidence import Doubt
from nl_parser.drafts import StepDraft

# Names of the CRM itself, not sales words that may be any API's data.
_CRM_NAMED = re.compile(r"\b(?:salesforce|sfdc|crm)\b", re.IGNORECASE)


def fetch_for_condition(steps: list[StepDraft], text: str) -> list[Doubt]:
    """Add the fetch a scheduled workflow's first condition needs to have anything to test."""
    if not steps or steps[0].action != CONDITION:
        return []
    # A scheduled run starts with no input: "every 5 minutes, alert #ops if it is down" must
    # fetch "it" first. Sales words in the condition point at Salesforce, anything else at HTTP.
    if dest.SALES_WORDS.search(steps[0].subject):
        fetch = StepDraft("salesforce.query", {}, 0.8, "query Salesforce", need="soft")
    elif dest.URL.search(steps[0].subject):
        # "check if the build at https://… is green": the test names what it reads.
        steps.insert(0, StepDraft("http.request", dest.url_config(steps[0].subject), 1.0, "call"))
        return []
    elif _CRM_NAMED.search(text) and not dest.URL.search(text):
        # "post in #partnerships any reseller accounts in Salesforce whose …": the test's items
        # are told apart from its words, but the text names the system they live in.
        fetch = StepDraft("salesforce.query", {}, 0.8, "query Salesforce", need="soft")
    else:
        fetch = StepDraft("http.request", dest.url_config(text), 0.8, "call the API")
    steps.insert(0, fetch)
    return [confidence.implied_fetch(fetch.action)]
