"""The OpenAPI document describes every route and its errors; the docs UI works offline."""

BASE = "/api/v2/workflows"


def test_spec_lists_every_route_with_error_responses(client):
    spec = client.get(f"{BASE}/openapi.json").json
    paths = spec["paths"]
    assert {
        f"{BASE}/health",
        BASE,
        f"{BASE}/{{workflow_id}}",
        f"{BASE}/{{workflow_id}}/schema",
    } <= set(paths)
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    for path, operations in paths.items():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            statuses = set(operation["responses"])
            assert "422" not in statuses, (path, method)
            if path != f"{BASE}/health":
                assert {"401", "429"} <= statuses, (path, method, statuses)
    create = paths[BASE]["post"]["responses"]
    assert {"201", "400", "409", "413"} <= set(create)
    error_schema = spec["components"]["schemas"]["Error"]
    assert set(error_schema["properties"]) == {"success", "error"}


def test_docs_ui_is_served_with_local_assets(client):
    page = client.get(f"{BASE}/docs")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "cdn" not in html.lower()
    assert f"{BASE}/docs/assets/swagger-ui-bundle.js" in html
    asset = client.get(f"{BASE}/docs/assets/swagger-ui-bundle.js")
    assert asset.status_code == 200
    assert len(asset.get_data()) > 100_000
