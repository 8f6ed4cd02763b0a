"""The salesforce.query action: a SOQL query on the REST API, following result pages."""

import time
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit

from service.engine import safe_http
from service.engine.nodes.base import ActionContext, ActionError
from service.engine.nodes.integration.http_actions import call_timeout

DEFAULT_MAX_PAGES = 10
_PAGE_LIMIT = 100


def salesforce_query(ctx: ActionContext) -> dict[str, Any]:
    """Run the SOQL `query`; return total_size and the records, without their `attributes`."""
    settings = ctx.settings
    if not (settings.salesforce_instance_url and settings.salesforce_access_token):
        raise ActionError(
            "integration_not_configured",
            "salesforce.query needs SALESFORCE_INSTANCE_URL and SALESFORCE_ACCESS_TOKEN",
            retryable=False,
        )
    soql = ctx.config.get("query")
    if not isinstance(soql, str) or not soql.strip():
        raise _invalid("query must be a SOQL string")
    max_pages = ctx.config.get("max_pages", DEFAULT_MAX_PAGES)
    if isinstance(max_pages, bool) or not isinstance(max_pages, int):
        raise _invalid("max_pages must be an integer")
    if not 1 <= max_pages <= _PAGE_LIMIT:
        raise _invalid(f"max_pages must be between 1 and {_PAGE_LIMIT}")
    base = settings.salesforce_instance_url.rstrip("/")
    url = f"{base}/services/data/{settings.salesforce_api_version}/query?" + urlencode(
        {"q": soql.strip()}
    )
    # The timeout covers the whole query, every page included.
    deadline = time.monotonic() + call_timeout(ctx)
    records: list[Any] = []
    total_size, done = 0, False
    for _ in range(max_pages):
        page = _get_page(ctx, url, deadline)
        total_size = page.get("totalSize", total_size)
        records.extend(_without_attributes(record) for record in page.get("records") or [])
        next_path = page.get("nextRecordsUrl")
        if page.get("done", True) or not next_path:
            done = True
            break
        url = _next_page_url(base, next_path)
    return {"total_size": total_size, "records": records, "done": done}


def _get_page(ctx: ActionContext, url: str, deadline: float) -> dict[str, Any]:
    left = deadline - time.monotonic()
    if left <= 0:
        raise ActionError("timeout", "the Salesforce query did not finish within the timeout")
    response = safe_http.request(
        "GET",
        url,
        settings=ctx.settings,
        timeout_s=left,
        headers={
            "Authorization": f"Bearer {ctx.settings.salesforce_access_token}",
            "Accept": "application/json",
        },
        raise_for_status=False,
    )
    if response.status >= 400:
        raise ActionError(
            "salesforce_error",
            f"Salesforce answered {response.status}: {_error_text(response)}",
            retryable=response.status >= 500 or response.status in (408, 429),
        )
    try:
        page = response.json()
    except ValueError as exc:
        raise ActionError(
            "salesforce_error", "Salesforce answered with something other than JSON"
        ) from exc
    if not isinstance(page, dict):
        raise ActionError("salesforce_error", "Salesforce answered with an unexpected shape")
    return page


def _error_text(response: safe_http.HttpResponse) -> str:
    # Salesforce errors are a list of {"errorCode", "message"}.
    try:
        errors = response.json()
    except ValueError:
        return " ".join(response.text()[:300].split()) or "no details"
    if isinstance(errors, dict):
        errors = [errors]
    if isinstance(errors, list):
        parts = [
            f"{e.get('errorCode', 'ERROR')}: {e.get('message', '')}".strip()
            for e in errors
            if isinstance(e, dict)
        ]
        if parts:
            return "; ".join(parts)
    return "no details"


def _next_page_url(base: str, next_path: Any) -> str:
    # nextRecordsUrl is a path on the instance; never let a response send the token elsewhere.
    url = urljoin(base + "/", next_path) if isinstance(next_path, str) else ""
    if urlsplit(url)[:2] != urlsplit(base)[:2]:
        raise ActionError(
            "salesforce_error", "nextRecordsUrl points away from the instance", retryable=False
        )
    return url


def _without_attributes(value: Any) -> Any:
    # Related records and sub-query results carry `attributes` too.
    if isinstance(value, dict):
        return {k: _without_attributes(v) for k, v in value.items() if k != "attributes"}
    if isinstance(value, list):
        return [_without_attributes(item) for item in value]
    return value


def _invalid(message: str) -> ActionError:
    return ActionError("invalid_config", message, retryable=False)
