"""Templates: at least ten, matched by similarity, filled in from the text."""

from nl_parser import parse
from nl_parser.templates import TEMPLATES, best_template


def test_there_are_at_least_ten_templates_with_known_actions():
    from nl_parser.catalog import NODE_TYPE

    assert len(TEMPLATES) >= 10
    for template in TEMPLATES:
        assert all(action in NODE_TYPE for action in template.actions)


def test_similar_text_matches_the_right_template():
    assert best_template("remind customers about overdue unpaid invoices")[0].name == (
        "Invoice Reminder"
    )
    assert best_template("escalate critical incidents to the on-call manager")[0].name == (
        "Incident Escalation"
    )
    _, weak = best_template("translate the French brochure into German")
    assert weak < 0.3


def test_a_strong_match_that_agrees_answers_as_template_with_text_values():
    result = parse(
        "When a new user signs up, send a welcome email, wait 2 days, then send a follow-up "
        "email to growth@example.com"
    )
    assert (result.type, result.source) == ("template", "template")
    assert result.name == "Customer Onboarding"
    assert result.steps[1].config == {"seconds": 172800}
    assert result.steps[2].config == {"to": ["growth@example.com"]}


def test_a_weak_match_stays_generated_heuristic():
    result = parse("Fetch https://api.example.com/x, extract the prices and email a@x.io")
    assert (result.type, result.source) == ("generated", "heuristic")


def test_template_fills_in_when_the_grammar_reads_too_little():
    result = parse("overdue unpaid invoices reminder for customers")
    assert result.type == "template"
    assert result.actions == ["http.request", "check_status", "email.send"]
    assert result.confidence <= 0.5
    assert any("template" in w for w in result.warnings)
