"""The built-in LLM provider: local, deterministic, and it really works on the data it gets.

Records (a list of objects, or an object holding one, e.g. `{"records": [...]}` from Salesforce or
`{"body": [...]}` from http.request) get counts, numeric sums/min/max/mean, group-bys on
low-cardinality text fields and the top items by the main numeric field. Plain text gets an
extractive summary (the sentences richest in frequent words). Classification is keyword overlap;
extraction is pattern matching. Same input, same output, every time.
"""

import json
import math
import re
from collections import Counter
from typing import Any

from service.engine.conditions import ConditionError, compile_pattern
from service.engine.nodes.base import ActionError
from service.engine.templates import PathError, read_path

_CONTAINER_KEYS = ("records", "items", "data", "rows", "results", "body", "output", "value")
_TEXT_KEYS = ("text", "body", "content", "message", "description", "summary", "report")
_METRIC_HINTS = ("amount", "total", "revenue", "sales", "price", "value", "cost", "quantity")
_LABEL_HINTS = ("name", "title", "product", "label", "subject", "customer", "account", "email")
_MAX_GROUPS = 20
_MAX_EXTRACT_INPUT = 200_000
_MAX_MATCHES = 1000
_STOPWORD_TEXT = """
    a about above after again all also am an and any are as at be because been before being
    but by can could did do does doing for from had has have having he her here hers him his how
    i if in into is it its itself just me more most my no nor not of off on once only or other
    our out over own same she should so some such than that the their them then there these they
    this those through to too under until up very was we were what when where which while who
    whom why will with would you your"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_NUMERIC_STRING = re.compile(r"-?\d+(?:\.\d+)?")
_WORD = re.compile(r"[a-z0-9][a-z0-9'\-]*")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_URL = re.compile(r"https?://[^\s<>\"'`]+")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\b\d{1,2}/\d{1,2}/\d{4}\b"
    rf"|\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}\b"
    rf"|\b\d{{1,2}} {_MONTH} \d{{4}}\b"
)
_NUMBER = re.compile(r"(?<![\w.])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.])-?\d+(?:\.\d+)?")
_SUFFIXES = (
    ("ies", "y"),
    ("sses", "ss"),
    ("shes", "sh"),
    ("ches", "ch"),
    ("xes", "x"),
    ("ing", ""),
    ("ed", ""),
    ("s", ""),
)
_KINDS = {"email": "emails", "url": "urls", "number": "numbers", "date": "dates"}


def _number(value: Any) -> float | int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value if math.isfinite(value) else None
    if isinstance(value, str) and _NUMERIC_STRING.fullmatch(value.strip()):
        text = value.strip()
        return int(text) if "." not in text else float(text)
    return None


def _is_identifier(field: str) -> bool:
    # Summing ids is meaningless, and an id is never a useful group.
    return field.lower() == "id" or field.lower().endswith("_id") or field.endswith("Id")


def find_records(data: Any, depth: int = 0) -> list[dict] | None:
    """Return the list of records in data (a list of objects, possibly inside an object)."""
    if isinstance(data, list):
        if data and all(isinstance(item, dict) for item in data):
            return data
        if data and all(_number(item) is not None for item in data):
            return [{"value": item} for item in data]
        return [] if not data else None
    if isinstance(data, dict) and depth < 3:
        # Well-known container keys first, then the rest in their own order.
        preferred = [k for k in _CONTAINER_KEYS if k in data]
        for key in preferred + [k for k in data if k not in _CONTAINER_KEYS]:
            if isinstance(data[key], list | dict):
                found = find_records(data[key], depth + 1)
                if found is not None:
                    return found
    return None


def find_text(data: Any, depth: int = 0) -> str | None:
    """Return the prose in data: a string, a text-like key of an object, or a list of strings."""
    if isinstance(data, str):
        return data
    if isinstance(data, list) and data and all(isinstance(item, str) for item in data):
        return "\n".join(data)
    if isinstance(data, dict) and depth < 3:
        for key in _TEXT_KEYS:
            found = find_text(data.get(key), depth + 1) if key in data else None
            if found:
                return found
    return None


def _round(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 4)


def _fmt(value: Any, decimals: bool | None = None) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if decimals is None:
        decimals = isinstance(value, float)
    return f"{value:,.2f}" if decimals else f"{value:,}"


def _records(count: int) -> str:
    return f"{count:,} record" + ("" if count == 1 else "s")


def _choose_metric(numeric: dict, config: dict) -> str | None:
    wanted = config.get("metric") or config.get("value_field")
    if wanted in numeric:
        return wanted
    for hint in _METRIC_HINTS:
        for field in numeric:
            if hint in field.lower():
                return field
    return max(numeric, key=lambda f: abs(numeric[f]["sum"])) if numeric else None


def _label_of(record: dict, text_fields: list[str], index: int) -> str:
    for hint in _LABEL_HINTS:
        for field in text_fields:
            if hint in field.lower() and isinstance(record.get(field), str):
                return record[field]
    for field, value in record.items():
        if _is_identifier(field) and value is not None:
            return str(value)
    return f"#{index + 1}"


def record_stats(records: list[dict], config: dict) -> dict:
    """Compute count, numeric totals, groups and top items over records."""
    fields = list(dict.fromkeys(key for record in records for key in record))
    numeric, text_fields = {}, []
    for field in fields:
        values = [r.get(field) for r in records if r.get(field) is not None]
        if not values or _is_identifier(field):
            continue
        numbers = [_number(v) for v in values]
        if all(n is not None for n in numbers):
            total = math.fsum(numbers)
            numeric[field] = {
                "count": len(numbers),
                "sum": _round(total),
                "min": min(numbers),
                "max": max(numbers),
                "mean": _round(total / len(numbers)),
            }
        elif all(isinstance(v, str) for v in values):
            text_fields.append(field)
    metric = _choose_metric(numeric, config)

    group_by = config.get("group_by")
    if isinstance(group_by, str):
        group_by = [group_by]
    if not group_by:
        group_by = [
            f
            for f in text_fields
            if 2 <= len({r.get(f) for r in records}) <= min(_MAX_GROUPS, len(records) - 1)
            and all(len(r.get(f) or "") <= 60 for r in records)
        ][:3]
    groups = {}
    for field in group_by:
        table: dict[str, dict] = {}
        for record in records:
            key = str(record.get(field)) if record.get(field) is not None else "(none)"
            entry = table.setdefault(key, {"count": 0, "sum": 0.0} if metric else {"count": 0})
            entry["count"] += 1
            if metric and _number(record.get(metric)) is not None:
                entry["sum"] = math.fsum((entry["sum"], _number(record[metric])))
        for entry in table.values():
            if metric:
                entry["sum"] = _round(entry["sum"])
        order = sorted(table.items(), key=lambda kv: (-kv[1].get("sum", kv[1]["count"]), kv[0]))
        groups[field] = dict(order)

    top = []
    if metric:
        top_n = max(1, min(int(config.get("top_n", 5)), 50))
        ranked = sorted(
            (i for i, r in enumerate(records) if _number(r.get(metric)) is not None),
            key=lambda i: -_number(records[i][metric]),
        )
        top = [
            {"label": _label_of(records[i], text_fields, i), "value": _number(records[i][metric])}
            for i in ranked[:top_n]
        ]
    return {
        "count": len(records),
        "metric": metric,
        "fields": numeric,
        "groups": groups,
        "top": top,
    }


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS and len(w) > 2]


def text_summary(text: str, max_sentences: int = 3) -> tuple[list[str], dict]:
    """Pick the sentences richest in the text's frequent words, kept in their original order."""
    sentences = [s.strip() for s in _SENTENCE_BREAK.split(text) if s.strip()]
    freq = Counter(_words(text))
    top_freq = max(freq.values(), default=1)

    def score(sentence: str) -> float:
        unique = set(_words(sentence))
        # Average weight times a log length bonus: rich sentences win, long lists of filler lose.
        weight = sum(freq[w] / top_freq for w in unique) / (len(unique) or 1)
        return weight * math.log1p(len(unique))

    ranked = sorted(range(len(sentences)), key=lambda i: (-score(sentences[i]), i))
    chosen = sorted(ranked[: max(1, max_sentences)])
    stats = {
        "sentences": len(sentences),
        "words": len(_WORD.findall(text.lower())),
        "top_terms": [{"term": w, "count": c} for w, c in freq.most_common(5)],
    }
    return [sentences[i] for i in chosen], stats


def _has_decimals(stats: dict, field: str | None) -> bool:
    # One field is shown with one number format: 2 decimals as soon as any of its figures has them.
    figures = stats["fields"].get(field, {})
    return any(isinstance(figures.get(k), float) for k in ("sum", "min", "max"))


def _report_lines(stats: dict) -> list[str]:
    lines = [f"Records: {_fmt(stats['count'])}"]
    if stats["fields"]:
        lines.append("Totals:")
        for field, s in stats["fields"].items():
            d = _has_decimals(stats, field) or isinstance(s["mean"], float)
            lines.append(
                f"  {field}: sum {_fmt(s['sum'], d)}, min {_fmt(s['min'], d)}, "
                f"max {_fmt(s['max'], d)}, mean {_fmt(s['mean'], d)}"
            )
    metric = stats["metric"]
    decimals = _has_decimals(stats, metric)
    for field, table in stats["groups"].items():
        lines.append(f"By {field}:")
        for key, entry in table.items():
            total = f", {metric} {_fmt(entry['sum'], decimals)}" if metric else ""
            lines.append(f"  {key}: {_records(entry['count'])}{total}")
    if stats["top"]:
        lines.append(f"Top {len(stats['top'])} by {metric}:")
        lines += [
            f"  {i}. {t['label']}: {_fmt(t['value'], decimals)}"
            for i, t in enumerate(stats["top"], 1)
        ]
    return lines


def _records_sentence(stats: dict) -> str:
    parts = [f"{_records(stats['count'])}."]
    metric = stats["metric"]
    d = _has_decimals(stats, metric)
    if metric:
        s = stats["fields"][metric]
        parts.append(
            f"{metric}: total {_fmt(s['sum'], d)}, mean {_fmt(s['mean'], True)} "
            f"(min {_fmt(s['min'], d)}, max {_fmt(s['max'], d)})."
        )
    for field, table in stats["groups"].items():
        key, entry = next(iter(table.items()))
        total = f", {metric} {_fmt(entry['sum'], d)}" if metric else ""
        parts.append(f"Largest {field}: {key} ({_records(entry['count'])}{total}).")
    if stats["top"]:
        top = stats["top"][0]
        parts.append(f"Top item: {top['label']} ({_fmt(top['value'], d)}).")
    return " ".join(parts)


def _prepare(data: Any) -> tuple[list[dict] | None, str | None]:
    records = find_records(data)
    if records is None and isinstance(data, dict) and find_text(data) is None:
        records = [data]
    text = None if records is not None else find_text(data)
    if records is None and text is None:
        text = "" if data is None else json.dumps(data, default=str)
    return records, text


def generate_report(data: Any, config: dict) -> dict:
    """Write a multi-line report with totals, groups and top items (or a text digest)."""
    title = str(config.get("title") or "Report")
    records, text = _prepare(data)
    if records is not None:
        stats = record_stats(records, config)
        body = _report_lines(stats)
    else:
        sentences, stats = text_summary(text, int(config.get("max_sentences", 3)))
        terms = ", ".join(f"{t['term']} ({t['count']})" for t in stats["top_terms"])
        body = [f"Sentences: {stats['sentences']}, words: {stats['words']}", "Summary:"]
        body += [f"  {s}" for s in sentences] + ([f"Key terms: {terms}"] if terms else [])
    return {"report": "\n".join([title, "=" * len(title), *body]), "stats": stats}


def summarize(data: Any, config: dict) -> dict:
    """Summarise records in one paragraph of figures, or text by its key sentences."""
    records, text = _prepare(data)
    if records is not None:
        stats = record_stats(records, config)
        return {"summary": _records_sentence(stats), "stats": stats}
    sentences, stats = text_summary(text, int(config.get("max_sentences", 3)))
    return {"summary": " ".join(sentences), "stats": stats}


def _stem(word: str) -> str:
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[: -len(suffix)] + replacement
            break
    # "charge" and "charged" must meet, so a final silent e goes too.
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _stems(text: str) -> list[str]:
    return [_stem(w) for w in _words(text)]


def _item_text(item: Any, field: str | None) -> str:
    if field:
        try:
            item = read_path(item, field)
        except PathError as exc:
            raise ActionError("invalid_config", f"field: {exc}", retryable=False) from None
    if isinstance(item, dict):
        return " ".join(str(v) for v in item.values() if isinstance(v, str | int | float))
    return item if isinstance(item, str) else json.dumps(item, default=str)


def classify(data: Any, config: dict) -> dict:
    """Label each item with the label whose keywords it shares most (ties: first label)."""
    labels = config.get("labels")
    if not isinstance(labels, list) or not labels or not all(isinstance(x, str) for x in labels):
        message = "classify needs labels: a list of strings"
        raise ActionError("invalid_config", message, retryable=False)
    keywords = config.get("keywords") or {}
    default = str(config.get("default", "other"))
    terms = {
        label: set(_stems(label + " " + " ".join(map(str, keywords.get(label, [])))))
        for label in labels
    }

    def label_for(item: Any) -> str:
        counts = Counter(_stems(_item_text(item, config.get("field"))))
        scores = [sum(counts[t] for t in terms[label]) for label in labels]
        best = max(scores)
        return labels[scores.index(best)] if best > 0 else default

    items = data if isinstance(data, list) else find_records(data)
    if items is None or isinstance(data, str):
        return {"label": label_for(data)}
    labelled = [
        {**item, "label": label_for(item)}
        if isinstance(item, dict)
        else {"value": item, "label": label_for(item)}
        for item in items
    ]
    counts = dict.fromkeys(labels, 0) | Counter(entry["label"] for entry in labelled)
    return {"items": labelled, "counts": counts}


def _all_text(data: Any) -> str:
    if isinstance(data, str):
        return data
    if isinstance(data, dict):
        return "\n".join(_all_text(v) for v in data.values())
    if isinstance(data, list | tuple):
        return "\n".join(_all_text(v) for v in data)
    return "" if data is None or isinstance(data, bool) else str(data)


def _unique(values: list) -> list:
    return list(dict.fromkeys(values))[:_MAX_MATCHES]


def _extract_kind(kind: str, text: str) -> list:
    if kind == "emails":
        return _unique(_EMAIL.findall(text))
    if kind == "urls":
        return _unique(u.rstrip(".,;:!?)]}'\"") for u in _URL.findall(text))
    if kind == "dates":
        return _unique(_DATE.findall(text))
    # Numbers inside emails, urls and dates are parts of those, not figures of their own.
    rest = _DATE.sub(" ", _URL.sub(" ", _EMAIL.sub(" ", text)))
    found = [n.replace(",", "") for n in _NUMBER.findall(rest)]
    return _unique(int(n) if "." not in n else float(n) for n in found)


def _find_key(data: Any, name: str, depth: int = 0) -> Any:
    norm = re.sub(r"[\s_\-]", "", name.lower())
    if isinstance(data, dict):
        for key, value in data.items():
            if re.sub(r"[\s_\-]", "", str(key).lower()) == norm:
                return value
    if depth < 5 and isinstance(data, dict | list):
        for value in data.values() if isinstance(data, dict) else data:
            found = _find_key(value, name, depth + 1)
            if found is not None:
                return found
    return None


def _extract_field(data: Any, text: str, name: str) -> Any:
    kind = _KINDS.get(name.lower(), name.lower())
    if kind in _KINDS.values():
        return _extract_kind(kind, text)
    if name.startswith("$"):
        try:
            return read_path(data, name)
        except PathError as exc:
            raise ActionError("invalid_config", f"fields: {exc}", retryable=False) from None
    found = _find_key(data, name)
    if found is None:
        # A "Name: value" line in prose, with spaces, underscores and hyphens interchangeable.
        label = r"[\s_\-]*".join(re.escape(part) for part in re.split(r"[\s_\-]+", name))
        match = re.search(rf"(?im)^\s*{label}\s*[:=]\s*(.+?)\s*$", text)
        found = match.group(1) if match else None
    return found


def extract(data: Any, config: dict) -> dict:
    """Pull emails, urls, numbers, dates, named fields or pattern matches out of data."""
    text = _all_text(data)[:_MAX_EXTRACT_INPUT]
    if config.get("pattern") is not None:
        try:
            pattern = compile_pattern(config["pattern"])
        except ConditionError as exc:
            raise ActionError("invalid_config", f"pattern: {exc}", retryable=False) from None
        matches = []
        for match in pattern.finditer(text):
            if pattern.groupindex:
                matches.append(match.groupdict())
            else:
                matches.append(match.group(1) if pattern.groups == 1 else match.group(0))
            if len(matches) >= _MAX_MATCHES:
                break
        return {"extracted": {"matches": matches}}
    fields = config.get("fields") or list(_KINDS.values())
    if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields):
        message = "extract needs fields: a list of names"
        raise ActionError("invalid_config", message, retryable=False)
    return {"extracted": {name: _extract_field(data, text, name) for name in fields}}


_TASKS = {
    "generate_report": generate_report,
    "summarize": summarize,
    "classify": classify,
    "extract": extract,
}


class LocalProvider:
    """The deterministic provider used when no LLM_BASE_URL is configured."""

    name = "local"

    def run_task(self, task: str, data: Any, config: dict, timeout_s: float) -> dict:
        """Run task on data; the work is bounded and local, so timeout_s needs no enforcing."""
        if task not in _TASKS:
            raise ActionError("unknown_task", f"unknown agent task {task!r}", retryable=False)
        return _TASKS[task](data, config or {})
