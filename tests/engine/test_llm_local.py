import pytest

from service.engine.llm import LocalProvider, OpenAICompatibleProvider, get_provider
from service.engine.nodes.base import ActionError
from service.engine.settings import EngineSettings

SALES = [
    {"Id": "006A", "product": "Widget", "region": "North", "amount": 120.5, "units": 3},
    {"Id": "006B", "product": "Gadget", "region": "South", "amount": 80, "units": 2},
    {"Id": "006C", "product": "Gizmo", "region": "North", "amount": 300, "units": 5},
    {"Id": "006D", "product": "Doohickey", "region": "East", "amount": 45.25, "units": 1},
    {"Id": "006E", "product": "Sprocket", "region": "South", "amount": 150, "units": 4},
    {"Id": "006F", "product": "Cog", "region": "North", "amount": None, "units": 2},
]

TEXT = (
    "The deployment pipeline failed twice this week. "
    "The database migration timed out on the staging cluster. "
    "Lunch was good. "
    "The migration of the database was retried and the staging cluster recovered. "
    "Everyone should review the deployment pipeline logs."
)


def run(task, data, config=None):
    return LocalProvider().run_task(task, data, config or {}, 5.0)


def test_get_provider_picks_by_settings():
    assert get_provider(EngineSettings()).name == "local"
    remote = get_provider(EngineSettings(llm_base_url="http://127.0.0.1:9/v1"))
    assert isinstance(remote, OpenAICompatibleProvider)


def test_report_computes_real_figures_from_salesforce_shaped_input():
    result = run("generate_report", {"totalSize": 6, "records": SALES}, {"title": "Weekly Sales"})
    stats = result["stats"]
    assert stats["count"] == 6
    assert stats["metric"] == "amount"
    assert stats["fields"]["amount"] == {
        "count": 5,
        "sum": 695.75,
        "min": 45.25,
        "max": 300,
        "mean": 139.15,
    }
    assert stats["fields"]["units"]["sum"] == 17
    assert "Id" not in stats["fields"]  # identifiers are not summed
    assert stats["groups"]["region"] == {
        "North": {"count": 3, "sum": 420.5},
        "South": {"count": 2, "sum": 230},
        "East": {"count": 1, "sum": 45.25},
    }
    assert stats["top"][0] == {"label": "Gizmo", "value": 300}
    assert [t["label"] for t in stats["top"]] == [
        "Gizmo", "Sprocket", "Widget", "Gadget", "Doohickey"
    ]  # fmt: skip
    report = result["report"]
    assert report.startswith("Weekly Sales\n============\n")
    assert "Records: 6" in report
    assert "amount: sum 695.75, min 45.25, max 300.00, mean 139.15" in report
    assert "North: 3 records, amount 420.50" in report
    assert "East: 1 record, amount 45.25" in report
    assert "1. Gizmo: 300.00" in report


def test_report_finds_records_in_http_body_and_honours_options():
    data = {"status": 200, "headers": {"x": "y"}, "body": SALES}
    stats = run("generate_report", data, {"metric": "units", "top_n": 2, "group_by": "product"})[
        "stats"
    ]
    assert stats["metric"] == "units"
    assert stats["top"] == [{"label": "Gizmo", "value": 5}, {"label": "Sprocket", "value": 4}]
    assert stats["groups"]["product"]["Widget"] == {"count": 1, "sum": 3}


def test_summarize_records_states_the_figures():
    result = run("summarize", SALES)
    assert result["summary"] == (
        "6 records. amount: total 695.75, mean 139.15 (min 45.25, max 300.00). "
        "Largest region: North (3 records, amount 420.50). Top item: Gizmo (300.00)."
    )
    assert result["stats"]["count"] == 6


def test_summarize_text_picks_the_key_sentences_in_order():
    result = run("summarize", {"text": TEXT}, {"max_sentences": 2})
    assert result["summary"] == (
        "The database migration timed out on the staging cluster. "
        "The migration of the database was retried and the staging cluster recovered."
    )
    assert "Lunch" not in result["summary"]
    assert result["stats"]["sentences"] == 5
    terms = {t["term"]: t["count"] for t in result["stats"]["top_terms"]}
    assert terms["database"] == 2


def test_report_of_text_and_of_a_list_of_numbers():
    report = run("generate_report", TEXT)["report"]
    assert report.startswith("Report\n======\nSentences: 5")
    assert "The database migration timed out on the staging cluster." in report
    numbers = run("summarize", [3, 4, 5])["stats"]["fields"]["value"]
    assert numbers["sum"] == 12 and numbers["mean"] == 4


def test_classify_items_by_keyword_overlap():
    tickets = [
        {"id": 1, "text": "Please refund my last invoice"},
        {"id": 2, "text": "The app crashes when I log in"},
        {"id": 3, "text": "Thanks for the lovely service"},
        {"id": 4, "text": "Billing error: charged twice for one invoice"},
    ]
    config = {
        "labels": ["billing", "bug"],
        "keywords": {"billing": ["refund", "invoice", "charge"], "bug": ["crash", "error"]},
    }
    result = run("classify", {"records": tickets}, config)
    assert [item["label"] for item in result["items"]] == ["billing", "bug", "other", "billing"]
    assert result["items"][0]["id"] == 1
    assert result["counts"] == {"billing": 2, "bug": 1, "other": 1}


def test_classify_single_text_field_and_default():
    labels = {"labels": ["urgent", "routine"], "default": "routine"}
    assert run("classify", "URGENT: server down", labels) == {"label": "urgent"}
    assert run("classify", "weekly sync notes", labels) == {"label": "routine"}
    by_field = run(
        "classify", [{"a": "bug", "b": "billing"}], {"labels": ["bug", "billing"], "field": "$.b"}
    )
    assert by_field["items"][0]["label"] == "billing"
    with pytest.raises(ActionError) as info:
        run("classify", "x", {"labels": []})
    assert info.value.code == "invalid_config" and not info.value.retryable


def test_extract_kinds_from_text():
    text = (
        "Contact ana@example.com or see https://example.com/a?b=1. Order ID: 778, "
        "total 1,234.50 due 2026-03-19 or March 4, 2026."
    )
    extracted = run("extract", text)["extracted"]
    assert extracted == {
        "emails": ["ana@example.com"],
        "urls": ["https://example.com/a?b=1"],
        "numbers": [778, 1234.5],
        "dates": ["2026-03-19", "March 4, 2026"],
    }


def test_extract_named_fields_from_dicts_and_text():
    data = {"customer": {"Order_ID": 42, "email": "bo@example.org"}, "note": "Ship to: Berlin"}
    config = {"fields": ["order id", "ship to", "$.customer.email", "emails", "absent"]}
    assert run("extract", data, config)["extracted"] == {
        "order id": 42,
        "ship to": "Berlin",
        "$.customer.email": "bo@example.org",
        "emails": ["bo@example.org"],
        "absent": None,
    }


def test_extract_pattern_and_guard():
    result = run("extract", "INV-001 and INV-042", {"pattern": r"INV-(\d+)"})
    assert result == {"extracted": {"matches": ["001", "042"]}}
    named = run("extract", "a=1 b=2", {"pattern": r"(?P<k>\w)=(?P<v>\d)"})
    assert named["extracted"]["matches"] == [{"k": "a", "v": "1"}, {"k": "b", "v": "2"}]
    with pytest.raises(ActionError) as info:
        run("extract", "aaa", {"pattern": "(a+)+"})
    assert info.value.code == "invalid_config"


def test_unknown_task_and_determinism():
    with pytest.raises(ActionError) as info:
        run("translate", "x")
    assert info.value.code == "unknown_task"
    assert run("generate_report", SALES) == run("generate_report", list(SALES))
