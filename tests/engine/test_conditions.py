import pytest

from service.engine.conditions import (
    MAX_MATCH_INPUT,
    MAX_PATTERN_LENGTH,
    OPERATORS,
    ConditionError,
    compile_pattern,
    evaluate_condition,
)

DATA = {
    "deployment": {"status": "success", "code": 200, "tags": ["prod", "eu"], "meta": {"k": 1}},
    "count": "42",
    "ok": True,
    "nothing": None,
    "text": "Deploy 1.2.3 finished",
}


def check(field, operator, value):
    return evaluate_condition(DATA, field, operator, value)


def test_operators_constant_lists_all():
    assert set(OPERATORS) == {
        "equals", "not_equals", "contains", "in", "gt", "gte", "lt", "lte", "exists", "matches"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("$.deployment.status", "success", True),
        ("$.deployment.status", "failed", False),
        ("$.deployment.code", "200", True),
        ("$.deployment.code", 200.0, True),
        ("$.count", 42, True),
        ("$.ok", "true", True),
        ("$.ok", 1, False),
        ("$.nothing", None, True),
        ("$.missing", None, True),
        ("$.deployment.tags", ["prod", "eu"], True),
    ],
)
def test_equals(field, value, expected):
    assert check(field, "equals", value) is expected
    assert check(field, "not_equals", value) is (not expected)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("$.deployment.status", "succ", True),
        ("$.deployment.status", "fail", False),
        ("$.deployment.tags", "eu", True),
        ("$.deployment.tags", "us", False),
        ("$.deployment.meta", "k", True),
        ("$.deployment.meta", "z", False),
        ("$.text", 1.2, True),
        ("$.missing", "x", False),
        ("$.deployment.code", "2", False),
    ],
)
def test_contains(field, value, expected):
    assert check(field, "contains", value) is expected


def test_in():
    assert check("$.deployment.status", "in", ["success", "skipped"]) is True
    assert check("$.deployment.status", "in", ["failed"]) is False
    assert check("$.deployment.code", "in", ["200", "201"]) is True
    assert check("$.deployment.status", "in", "success,skipped") is True
    assert check("$.missing", "in", ["x"]) is False
    with pytest.raises(ConditionError):
        check("$.deployment.status", "in", 5)


@pytest.mark.parametrize(
    ("field", "operator", "value", "expected"),
    [
        ("$.deployment.code", "gt", 199, True),
        ("$.deployment.code", "gt", 200, False),
        ("$.deployment.code", "gte", 200, True),
        ("$.deployment.code", "lt", "300", True),
        ("$.deployment.code", "lte", 199.5, False),
        ("$.count", "gt", "9", True),  # numeric strings compare as numbers, not text
        ("$.deployment.status", "gt", 1, False),
        ("$.missing", "lt", 1, False),
        ("$.ok", "gt", 0, False),
        ("$.deployment.tags", "gte", 0, False),
    ],
)
def test_numeric_comparisons(field, operator, value, expected):
    assert check(field, operator, value) is expected


def test_exists():
    assert check("$.deployment.status", "exists", True) is True
    assert check("$.deployment.nope", "exists", True) is False
    assert check("$.deployment.nope", "exists", False) is True
    assert check("$.nothing", "exists", True) is False
    assert check("$.count", "exists", None) is True
    assert check("$.count", "exists", "false") is False


def test_matches():
    assert check("$.text", "matches", r"\d+\.\d+\.\d+") is True
    assert check("$.deployment.status", "matches", "^succ") is True
    assert check("$.deployment.status", "matches", "^fail") is False
    assert check("$.deployment.code", "matches", "^2..$") is True
    assert check("$.missing", "matches", ".*") is False


def test_matches_refuses_bad_and_dangerous_patterns():
    with pytest.raises(ConditionError, match="invalid regular expression"):
        check("$.text", "matches", "(unclosed")
    with pytest.raises(ConditionError, match="longer than"):
        check("$.text", "matches", "a" * (MAX_PATTERN_LENGTH + 1))
    for pattern in [r"(a+)+$", r"(\w+\s?)*$", r"((ab)*)+", r"(?:x{1,3})+y"]:
        with pytest.raises(ConditionError, match="nests a repeat"):
            compile_pattern(pattern)
    for pattern in [r"(foo|bar)+", r"a+b*c", r"^\d{3}-\d{4}$"]:
        compile_pattern(pattern)
    with pytest.raises(ConditionError, match="text is longer"):
        evaluate_condition({"t": "a" * (MAX_MATCH_INPUT + 1)}, "$.t", "matches", "a")


def test_unknown_operator_and_bad_field():
    with pytest.raises(ConditionError, match="unknown operator"):
        check("$.text", "startswith", "D")
    with pytest.raises(ConditionError, match="invalid field path"):
        check("$.a b", "equals", 1)
    with pytest.raises(ConditionError):
        check(None, "equals", 1)


def test_root_path_reads_scalars():
    assert evaluate_condition("ready", "$", "equals", "ready") is True
    assert evaluate_condition([1, 2, 3], "$", "contains", 2) is True
