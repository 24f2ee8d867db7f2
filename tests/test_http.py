"""HTTP routes and their error objects (PROTOCOL.md, HTTP)."""

from __future__ import annotations

from sqlalchemy import select

from app.accounts.models import AuthToken, StudentSession
from tests.conftest import make_settings
from tests.helpers import make_school, make_staff, make_student, start_server


async def test_health_and_readiness(server):
    assert (await server.http.get("/healthz")).json() == {"status": "ok"}
    r = await server.http.get("/readyz")
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "database": "ok", "broker": "ok"}


async def test_school_info_and_unknown_school(server):
    await make_school(server)
    info = (await server.http.get("/api/v1/schools/east")).json()
    assert info["slug"] == "east" and info["name"] == "East High"
    assert info["crisis_resources"] == [{"name": "Crisis line", "contact": "Call 988",
                                         "hours": "24/7", "url": "https://988lifeline.org"}]
    assert info["volunteers_available"] is False
    r = await server.http.get("/api/v1/schools/nowhere")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


async def test_student_sessions_hold_nothing_personal(server):
    await make_school(server)
    r = await server.http.post("/api/v1/students/sessions", json={"school": "east"},
                               headers={"X-Forwarded-For": "203.0.113.9"})
    assert r.status_code == 201
    body = r.json()
    assert set(body) == {"token", "handle", "school"} and body["school"] == "east"
    assert len(body["handle"].split()) == 2
    async with server.services.sessions() as s:
        row = (await s.scalars(select(StudentSession))).one()
    assert row.token_hash != body["token"] and body["token"] not in row.token_hash
    stored = " ".join(str(getattr(row, c.key)) for c in StudentSession.__table__.columns)
    assert "203.0.113.9" not in stored and "127.0.0.1" not in stored
    me = await server.http.get("/api/v1/me", headers={"Authorization": f"Bearer {body['token']}"})
    assert me.json() == {"kind": "student", "handle": body["handle"], "school": "east"}


async def test_malformed_and_invalid_bodies(server):
    await make_school(server)
    r = await server.http.post("/api/v1/students/sessions", content=b"{not json",
                               headers={"Content-Type": "application/json"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "malformed"
    r = await server.http.post("/api/v1/students/sessions", json={"schoool": "east"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid"
    r = await server.http.post("/api/v1/students/sessions", json={"school": "nowhere"})
    assert r.status_code == 404
    async with server.services.sessions() as s:
        assert (await s.scalars(select(StudentSession))).all() == []


async def test_login_me_logout(server):
    school = await make_school(server)
    vol = await make_staff(server, school, name="Sam")
    r = await server.http.post("/api/v1/auth/login",
                               json={"email": vol["email"].upper(), "password": vol["password"]})
    assert r.status_code == 200
    body = r.json()
    assert body["user"] == {"id": vol["id"], "role": "volunteer", "display_name": "Sam",
                            "school": "east"}
    auth = {"Authorization": f"Bearer {body['token']}"}
    me = await server.http.get("/api/v1/me", headers=auth)
    assert me.json() == {"kind": "staff", "user": body["user"]}
    async with server.services.sessions() as s:
        hashes = set((await s.scalars(select(AuthToken.token_hash))).all())
    assert body["token"] not in hashes
    assert (await server.http.post("/api/v1/auth/logout", headers=auth)).status_code == 204
    r = await server.http.get("/api/v1/me", headers=auth)
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
    assert (await server.http.get("/api/v1/me")).status_code == 401


async def test_wrong_email_and_wrong_password_look_the_same(server):
    school = await make_school(server)
    vol = await make_staff(server, school)
    a = await server.http.post("/api/v1/auth/login",
                               json={"email": vol["email"], "password": "wrong-password"})
    b = await server.http.post("/api/v1/auth/login",
                               json={"email": "nobody@east.test", "password": "wrong-password"})
    assert a.status_code == b.status_code == 401
    assert a.json() == b.json()


async def test_login_attempts_are_rate_limited(db_url):
    async with start_server(make_settings(db_url, login_rate_limit="3/minute")) as server:
        school = await make_school(server)
        vol = await make_staff(server, school)  # one successful login used
        codes = []
        for _ in range(3):
            r = await server.http.post("/api/v1/auth/login",
                                       json={"email": vol["email"], "password": "guess-guess"})
            codes.append(r.status_code)
        assert codes == [401, 401, 429]
        r = await server.http.post("/api/v1/auth/login",
                                   json={"email": vol["email"], "password": vol["password"]})
        assert r.status_code == 429 and r.json()["error"]["code"] == "rate_limited"


async def test_expired_token_is_refused(db_url):
    async with start_server(make_settings(db_url)) as server:
        school = await make_school(server)
        vol = await make_staff(server, school)
        async with server.services.sessions.begin() as s:
            tok = (await s.scalars(select(AuthToken))).one()
            tok.expires_at = tok.created_at
        r = await server.http.get("/api/v1/me", headers={"Authorization": f"Bearer {vol['token']}"})
        assert r.status_code == 401


async def test_unknown_route_uses_the_error_object(server):
    r = await server.http.get("/api/v1/nothing-here")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


async def test_student_cannot_logout(server):
    await make_school(server)
    student = await make_student(server, "east")
    r = await server.http.post("/api/v1/auth/logout",
                               headers={"Authorization": f"Bearer {student['token']}"})
    assert r.status_code == 403


async def test_readiness_reports_a_broker_that_is_down(db_url):
    # Nothing listens on port 1: the broker is unreachable, the database is fine.
    async with start_server(make_settings(db_url, broker_url="redis://127.0.0.1:1/0")) as server:
        r = await server.http.get("/readyz")
        assert r.status_code == 503
        assert r.json() == {"status": "unavailable", "database": "ok", "broker": "error"}
        assert (await server.http.get("/healthz")).status_code == 200


async def test_readiness_reports_a_database_that_is_down(tmp_path):
    url = "postgresql+asyncpg://postgres@127.0.0.1:1/nothing"
    async with start_server(make_settings(url)) as server:
        r = await server.http.get("/readyz")
        assert r.status_code == 503
        assert r.json() == {"status": "unavailable", "database": "error", "broker": "ok"}
        # A request that needs the database fails with the error object, not a crash.
        r = await server.http.post("/api/v1/students/sessions", json={"school": "east"})
        assert r.status_code == 503 and r.json()["error"]["code"] == "unavailable"
