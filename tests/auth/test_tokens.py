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


def test_a_token_verified_before_is_still_refused_once_it_expires(client):
    header = {"Authorization": f"Bearer {token(lifetime=2)}"}
    assert client.get(BASE, headers=header).status_code == 200
    assert client.get(BASE, headers=header).status_code == 200  # from the verified cache

    time.sleep(2.1)
    response = client.get(BASE, headers=header)

    assert response.status_code == 401
    assert response.json["error"]["code"] == "token_expired"


def test_a_token_not_yet_valid_is_refused_even_after_a_valid_twin(client):
    now = int(time.time())
    later = pyjwt.encode(_claims(nbf=now + 600), SECRET, algorithm="HS256")
    assert client.get(BASE, headers=auth()).status_code == 200

    response = client.get(BASE, headers={"Authorization": f"Bearer {later}"})

    assert response.status_code == 401


def test_a_cached_token_with_one_changed_character_is_verified_again_and_refused(client):
    good = token()
    assert client.get(BASE, headers={"Authorization": f"Bearer {good}"}).status_code == 200
    forged = good[:-2] + ("A" if good[-2] != "A" else "B") + good[-1]

    response = client.get(BASE, headers={"Authorization": f"Bearer {forged}"})

    assert response.status_code == 401


def test_the_tenant_comes_from_the_cached_token_of_each_request(client):
    mine = client.post(BASE, json={"name": "mine", "definition": _definition()}, headers=auth())
    assert mine.status_code == 201
    for _ in range(2):  # verified once, then from the cache: the tenant must still be B's
        listed = client.get(BASE, headers=auth("tenant-b", "user-b")).json
        assert listed["total"] == 0
    assert client.get(BASE, headers=auth()).json["total"] == 1


def _definition():
    return {
        "nodes": [{"id": "a", "type": "transform", "action": "set", "config": {"values": {}}}],
        "inputs": {},
        "outputs": {},
    }
