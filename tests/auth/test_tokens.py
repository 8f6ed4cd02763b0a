"""Every token failure is a 401 JSON envelope (CONTRACT §2)."""

import base64
import json
import time

import jwt as pyjwt
import pytest

from tests.factories import SECRET, auth, token

BASE = "/api/v2/workflows"


def _unsigned(payload: dict) -> str:
    def part(data):
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(payload)}."


def _claims(**changes):
    now = int(time.time())
    claims = {"sub": "user-a", "customer_id": "tenant-a", "iat": now, "exp": now + 600}
    claims.update(changes)
    return {k: v for k, v in claims.items() if v is not None}


BAD_AUTHORIZATION = {
    "missing": None,
    "empty bearer": "Bearer ",
    "garbage": "Bearer not.a.jwt",
    "wrong scheme": f"Basic {token()}",
    "wrong key": f"Bearer {token(secret='another-secret-key-of-enough-length-123')}",
    "expired": f"Bearer {token(lifetime=-10)}",
    "alg none": f"Bearer {_unsigned(_claims())}",
    "HS512": f"Bearer {pyjwt.encode(_claims(), SECRET, algorithm='HS512')}",
    "no exp": f"Bearer {token(exp=None)}",
    "no customer_id": f"Bearer {token(customer_id=None)}",
    "empty customer_id": f"Bearer {token(customer_id='')}",
    "numeric customer_id": f"Bearer {pyjwt.encode(_claims(customer_id=7), SECRET)}",
    "no sub": f"Bearer {token(user_id=None)}",
    "integer sub": f"Bearer {pyjwt.encode(_claims(sub=42), SECRET)}",
    "future nbf": f"Bearer {token(nbf=int(time.time()) + 600)}",
}


@pytest.mark.parametrize("case", list(BAD_AUTHORIZATION))
def test_bad_tokens_are_401_json(client, case):
    value = BAD_AUTHORIZATION[case]
    headers = {"Authorization": value} if value is not None else {}
    for response in (
        client.get(BASE, headers=headers),
        client.post(BASE, json={"name": "x"}, headers=headers),
        client.delete(f"{BASE}/00000000-0000-4000-8000-000000000000", headers=headers),
    ):
        assert response.status_code == 401, (case, response.get_data(as_text=True))
        assert response.json["success"] is False
        assert response.json["error"]["code"] in {
            "missing_token",
            "invalid_token",
            "token_expired",
        }
    assert client.get(BASE, headers=auth()).json["total"] == 0


def test_valid_token_is_accepted_and_past_nbf_is_fine(client):
    headers = auth(nbf=int(time.time()) - 5)
    assert client.get(BASE, headers=headers).status_code == 200


def test_audience_and_issuer_are_checked_when_configured(make_app):
    app = make_app(JWT_AUDIENCE="workflows", JWT_ISSUER="https://issuer.test")
    client = app.test_client()
    good = auth(aud="workflows", iss="https://issuer.test")
    assert client.get(BASE, headers=good).status_code == 200
    for bad in (
        auth(),
        auth(aud="other", iss="https://issuer.test"),
        auth(aud="workflows", iss="https://evil.test"),
    ):
        assert client.get(BASE, headers=bad).status_code == 401


def test_health_needs_no_token(client):
    assert client.get(f"{BASE}/health").status_code == 200


def test_create_token_cli_prints_a_working_token(app):
    result = app.test_cli_runner().invoke(
        args=[
            "create-token",
            "--customer-id",
            "tenant-cli",
            "--user-id",
            "u1",
            "--expires-in",
            "60",
        ]
    )
    assert result.exit_code == 0, result.output
    printed = result.output.strip()
    claims = pyjwt.decode(printed, SECRET, algorithms=["HS256"])
    assert claims["customer_id"] == "tenant-cli" and claims["sub"] == "u1"
    assert 0 < claims["exp"] - time.time() <= 61
    response = app.test_client().get(BASE, headers={"Authorization": f"Bearer {printed}"})
    assert response.status_code == 200
