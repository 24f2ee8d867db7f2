"""Moderation on the message path over real sockets: withheld, risk_alert, risky but rude
messages delivered, repeat offenders muted, intake screening, pending escalations."""

from __future__ import annotations

import asyncio
import contextlib

from sqlalchemy import select

from app.chat.models import Message, QueueEntry
from app.escalation.models import Escalation
from tests.chat.test_resume import chatting
from tests.conftest import make_settings
from tests.helpers import (
    eventually,
    make_school,
    make_staff,
    make_student,
    online_volunteer,
    start_server,
    ws_client,
)

INSULT = "ur such a stupid worthless idiot"
HIGH_RISK = "i have the pills in my hand, tonight im ending it"
RISKY_AND_RUDE = "im gonna kms fr i cant do this anymore you useless idiot"


async def test_an_insult_is_withheld_from_the_recipient_and_the_sender_told_why(server):
    school = await make_school(server)
    async with chatting(server, school) as (student, vws, vol, room):
        async with ws_client(server, student["token"]) as sws:
            await sws.expect("welcome")
            await sws.send({"type": "send", "room_id": room, "client_msg_id": "bad",
                            "text": INSULT})
            held = await sws.expect("withheld", client_msg_id="bad")
            assert held["room_id"] == room and "insults" in held["reason"]
            assert not sws.untaken("sent")
            # A retry gets the same answer; the next message takes seq 1: no gap.
            await sws.send({"type": "send", "room_id": room, "client_msg_id": "bad",
                            "text": INSULT})
            assert (await sws.expect("withheld", client_msg_id="bad"))["reason"] == \
                held["reason"]
            await sws.send({"type": "send", "room_id": room, "client_msg_id": "ok",
                            "text": "sorry. exams are stressing me out"})
            assert (await sws.expect("sent", client_msg_id="ok"))["seq"] == 1
            got = await vws.expect("message", room_id=room)
            assert got["seq"] == 1 and got["text"] != INSULT
            assert all(f.get("text") != INSULT for f in vws.frames)
        t = await server.http.get(f"/api/v1/rooms/{room}/transcript",
                                  headers={"Authorization": f"Bearer {vol['token']}"})
        assert [m["text"] for m in t.json()["messages"]] == ["sorry. exams are stressing me out"]
        async with server.services.sessions() as s:
            stored = (await s.scalars(select(Message).where(Message.withheld.is_(True)))).one()
        assert stored.seq is None and stored.verdict["action"] == "withhold"


async def test_risk_is_delivered_even_when_rude_and_alerts_the_volunteer(server):
    school = await make_school(server)
    async with chatting(server, school) as (student, vws, vol, room):
        async with ws_client(server, student["token"]) as sws:
            await sws.expect("welcome")
            await sws.send({"type": "send", "room_id": room, "client_msg_id": "r1",
                            "text": RISKY_AND_RUDE})
            assert (await sws.expect("sent", client_msg_id="r1"))["seq"] == 1
            msg = await vws.expect("message", room_id=room)
            assert msg["text"] == RISKY_AND_RUDE
            alert = await vws.expect("risk_alert", room_id=room)
            assert alert["seq"] == 1 and alert["level"] == "high"
            assert alert["category"] == "self_harm"
            assert "counselor is being paged" in alert["guidance"]
            # The student never sees the alert.
            assert not [f for f in await sws.quiet(0.2) if f.get("type") == "risk_alert"]
            # A second risky message attaches to the same pending escalation.
            await sws.send({"type": "send", "room_id": room, "client_msg_id": "r2",
                            "text": HIGH_RISK})
            await vws.expect("risk_alert", room_id=room, seq=2)

        async def both_attached() -> list[Escalation]:
            async with server.services.sessions() as s:
                found = (await s.scalars(select(Escalation))).all()
            return list(found) if found and found[0].message_seqs == [1, 2] else []

        escs = await eventually(both_attached)
        async with server.services.sessions() as s:
            escs = (await s.scalars(select(Escalation))).all()
            stored = await s.scalar(select(Message).where(Message.room_id == room,
                                                          Message.seq == 1))
        assert len(escs) == 1
        esc = escs[0]
        assert (esc.room_id, esc.level, esc.category, esc.source, esc.status) == \
            (room, "high", "self_harm", "auto", "open")
        assert esc.message_seqs == [1, 2]
        assert stored is not None and stored.verdict["risk"] == "high"


async def test_a_volunteers_screening_question_is_not_risk(server):
    school = await make_school(server)
    async with chatting(server, school) as (student, vws, vol, room):
        await vws.send({"type": "send", "room_id": room, "client_msg_id": "q",
                        "text": "are you thinking about killing yourself?"})
        assert (await vws.expect("sent", client_msg_id="q"))["seq"] == 1
        assert not [f for f in await vws.quiet(0.2) if f.get("type") == "risk_alert"]
        async with server.services.sessions() as s:
            assert (await s.scalars(select(Escalation))).all() == []


async def test_a_volunteers_belittling_without_a_rude_word_is_withheld(server):
    """Stage 1's learned score (app/moderation/ngrams.py) withholds what the lexicon has no
    words for; the student never sees it, the volunteer is told why."""
    belittling = "Nobody is going to take you seriously if you keep acting like a child."
    assert "tx_learned:ngrams" in server.services.chat.screening.inline(
        belittling, "volunteer").signals
    school = await make_school(server)
    async with chatting(server, school) as (student, vws, vol, room):
        async with ws_client(server, student["token"]) as sws:
            await sws.expect("welcome")
            await vws.send({"type": "send", "room_id": room, "client_msg_id": "b",
                            "text": belittling})
            held = await vws.expect("withheld", client_msg_id="b")
            assert held["room_id"] == room and "hurt" in held["reason"]
            await vws.send({"type": "send", "room_id": room, "client_msg_id": "k",
                            "text": "Sorry, that came out wrong. How are you feeling now?"})
            assert (await vws.expect("sent", client_msg_id="k"))["seq"] == 1
            got = await sws.expect("message", room_id=room)
            assert got["seq"] == 1 and got["text"].startswith("Sorry")
            assert all(f.get("text") != belittling for f in sws.frames)


async def test_repeat_offender_is_muted_but_risk_still_gets_through(server):
    school = await make_school(server)
    async with chatting(server, school) as (student, vws, vol, room):
        async with ws_client(server, student["token"]) as sws:
            await sws.expect("welcome")
            for i in range(3):
                await sws.send({"type": "send", "room_id": room, "client_msg_id": f"x{i}",
                                "text": INSULT})
                await sws.expect("withheld", client_msg_id=f"x{i}")
            await sws.send({"type": "send", "room_id": room, "client_msg_id": "polite",
                            "text": "ok whatever, how was your day"})
            muted = await sws.expect("withheld", client_msg_id="polite")
            assert "muted" in muted["reason"]
            await sws.send({"type": "send", "room_id": room, "client_msg_id": "help",
                            "text": HIGH_RISK})
            assert (await sws.expect("sent", client_msg_id="help"))["seq"] == 1
            assert (await vws.expect("message", room_id=room))["text"] == HIGH_RISK


@contextlib.asynccontextmanager
async def calm_one_waiting(server, school: str):  # type: ignore[no-untyped-def]
    """Two students' sockets; the first is already queued (position 1) with a calm intake."""
    calm = await make_student(server, school)
    urgent = await make_student(server, school)
    async with ws_client(server, calm["token"]) as cws, \
            ws_client(server, urgent["token"]) as uws:
        await cws.expect("welcome")
        await uws.expect("welcome")
        await cws.send({"type": "request_chat", "message": "just want to talk",
                        "client_msg_id": "c"})
        assert (await cws.expect("queued"))["position"] == 1
        yield cws, uws


async def test_a_risky_intake_moves_the_student_up_and_opens_an_escalation(server):
    school = await make_school(server)
    async with calm_one_waiting(server, school) as (cws, uws):
        await uws.send({"type": "request_chat", "message": HIGH_RISK, "client_msg_id": "u"})
        sent = await uws.expect("sent", client_msg_id="u")
        assert sent["room_id"] is None
        assert (await uws.expect("queued"))["position"] == 1
        assert (await cws.expect("queued", position=2))
        async with server.services.sessions() as s:
            esc = (await s.scalars(select(Escalation))).one()
            assert esc.room_id is None and esc.level == "high"
            assert esc.queue_entry_id is not None
        async with online_volunteer(server, school, max_chats=1) as (vol, vws):
            room = (await uws.expect("matched"))["room_id"]
            alert = await vws.expect("risk_alert", room_id=room)
            assert alert["seq"] == 1 and alert["level"] == "high"
            assert (await vws.expect("message", room_id=room))["text"] == HIGH_RISK
        async with server.services.sessions() as s:
            esc = (await s.scalars(select(Escalation))).one()
            assert esc.room_id == room


async def test_a_toxic_intake_is_withheld_but_the_student_still_waits(server):
    school = await make_school(server)
    student = await make_student(server, school)
    async with ws_client(server, student["token"]) as ws:
        await ws.expect("welcome")
        await ws.send({"type": "request_chat", "message": "kys loser", "client_msg_id": "t"})
        held = await ws.expect("withheld", client_msg_id="t")
        assert held["room_id"] is None and "hurt themselves" in held["reason"]
        assert (await ws.expect("queued"))["position"] == 1
        async with server.services.sessions() as s:
            entry = (await s.scalars(select(QueueEntry))).one()
        assert entry.intake_text is None and entry.status == "waiting"
        async with online_volunteer(server, school) as (vol, vws):
            room = (await ws.expect("matched"))["room_id"]
            await vws.expect("matched", room_id=room)
            assert not [f for f in await vws.quiet(0.3) if f.get("type") == "message"]


async def test_the_slower_stage_adds_an_alert_after_delivery(server):
    """Stage 1 cannot settle this one; the message is delivered at once, and the embedding
    cascade, run in the background, finds the risk and alerts the volunteer afterwards."""
    await _slower_stage_alerts(server)


async def test_without_the_moderation_process_the_cascade_runs_in_the_server(db_url):
    async with start_server(make_settings(db_url, moderation_process=False)) as server:
        assert server.services.chat.screening.cascade is None
        await _slower_stage_alerts(server)


@contextlib.asynccontextmanager
async def _first_message_with_a_counselor_on(server, text: str):  # type: ignore[no-untyped-def]
    """A chat with a counselor connected; the student's first message `text` is sent and
    acknowledged. Yields (counselor socket, volunteer socket, room id)."""
    school = await make_school(server)
    counselor = await make_staff(server, school, "counselor")
    async with ws_client(server, counselor["token"]) as cws, \
            chatting(server, school) as (student, vws, vol, room):
        await cws.expect("welcome")
        async with ws_client(server, student["token"]) as sws:
            await sws.expect("welcome")
            await sws.send({"type": "send", "room_id": room, "client_msg_id": "p",
                            "text": text})
            assert (await sws.expect("sent", client_msg_id="p"))["seq"] == 1
            yield cws, vws, room


async def _slower_stage_alerts(server) -> None:  # type: ignore[no-untyped-def]
    text = "i like the idea of going to sleep and not waking up"
    moderator = server.services.chat.screening.moderator
    first = moderator.assess(text, "student")
    assert not first.settled and not first.escalate  # the inline stage is unsure
    async with _first_message_with_a_counselor_on(server, text) as (cws, vws, room):
        assert (await vws.expect("message", room_id=room))["text"] == text
        alert = await vws.expect("risk_alert", timeout=30, room_id=room)
        assert alert["seq"] == 1 and alert["level"] in ("medium", "high")
        assert alert["guidance"]
        page = await cws.expect("escalation", timeout=10, event="opened")
        assert page["room_id"] == room
    async with server.services.sessions() as s:
        stored = await s.scalar(select(Message).where(Message.room_id == room,
                                                      Message.seq == 1))
    assert stored is not None and stored.verdict["stage"] == "cascade"


async def test_the_cascade_runs_in_its_own_process_and_outlives_its_death(server):
    """Stage 2 runs in a child process (off the server's GIL). If that child dies, the next
    batch starts a new one: a message only the cascade recognises still alerts."""
    import os
    import signal

    cascade = server.services.chat.screening.cascade
    assert cascade is not None, "the cascade should run in the moderation process"
    process = cascade.__self__  # ModerationProcess.assess, bound
    child = process.pid()
    assert child is not None and child != os.getpid()
    os.kill(child, signal.SIGKILL)

    text = "honestly i dont see why i should keep living"
    assert not server.services.chat.screening.moderator.assess(text, "student").escalate
    school = await make_school(server)
    async with chatting(server, school) as (student, vws, vol, room):
        async with ws_client(server, student["token"]) as sws:
            await sws.expect("welcome")
            await sws.send({"type": "send", "room_id": room, "client_msg_id": "k",
                            "text": text})
            await sws.expect("sent", client_msg_id="k")
            alert = await vws.expect("risk_alert", timeout=60, room_id=room)
            assert alert["level"] in ("medium", "high")
    assert process.pid() not in (None, child)


def model_finds_risk_in(server, texts: set[str],  # type: ignore[no-untyped-def]
                        gate: asyncio.Event | None = None) -> list[str]:
    """Stand in for the embedding model in the cascade: it finds high risk in `texts` (which
    the lexicon withholds or cannot settle) and agrees with stage 1 on anything else, after
    `gate` opens. Which sentences the trained model catches changes with every retrain; what
    the hub does with its verdict must not. Returns the texts screened so far."""
    moderator = server.services.chat.screening.moderator
    risky = moderator.assess(HIGH_RISK, "student")
    assert risky.escalate and risky.action.value == "deliver"

    screened: list[str] = []

    async def cascade(pairs: list[tuple[str, str]]) -> list:  # type: ignore[type-arg]
        if gate is not None:
            await gate.wait()
        screened.extend(text for text, _ in pairs)
        return [risky if text in texts else moderator.assess(text, role)
                for text, role in pairs]

    server.services.chat.screening.cascade = cascade
    return screened


async def test_a_withheld_message_the_cascade_finds_risk_in_is_released(server):
    """Stage 1 withholds it as an insult; the cascade finds risk the lexicon missed. Risk is
    never withheld: the message takes the room's next seq, reaches the volunteer and the
    sender's own devices, alerts and escalates; the held-back reason stays on record."""
    assert not server.services.chat.screening.moderator.assess(INSULT, "student").settled
    model_finds_risk_in(server, {INSULT})
    school = await make_school(server)
    counselor = await make_staff(server, school, "counselor")
    async with ws_client(server, counselor["token"]) as cws, \
            chatting(server, school) as (student, vws, vol, room):
        await cws.expect("welcome")
        async with ws_client(server, student["token"]) as sws, \
                ws_client(server, student["token"]) as sws2:
            await sws.expect("welcome")
            await sws2.expect("welcome")
            await sws.send({"type": "send", "room_id": room, "client_msg_id": "h",
                            "text": INSULT})
            await sws.expect("withheld", client_msg_id="h")
            got = await vws.expect("message", timeout=10, room_id=room)
            assert (got["seq"], got["text"], got["sender_role"]) == (1, INSULT, "student")
            assert "client_msg_id" not in got
            for ws in (sws, sws2):  # every device of the sender, with its client_msg_id
                own = await ws.expect("message", room_id=room, seq=1)
                assert own["client_msg_id"] == "h" and own["text"] == INSULT
            alert = await vws.expect("risk_alert", room_id=room, seq=1)
            assert alert["level"] == "high" and alert["guidance"]
            page = await cws.expect("escalation", timeout=10, event="opened")
            assert page["room_id"] == room
            await sws.send({"type": "send", "room_id": room, "client_msg_id": "n",
                            "text": "sorry"})
            assert (await sws.expect("sent", client_msg_id="n"))["seq"] == 2  # no gap
        async with server.services.sessions() as s:
            stored = await s.scalar(select(Message).where(Message.client_msg_id == "h"))
        assert stored is not None and not stored.withheld and stored.seq == 1
        assert stored.withheld_reason and stored.verdict["risk"] == "high"
        t = await server.http.get(f"/api/v1/rooms/{room}/transcript",
                                  headers={"Authorization": f"Bearer {vol['token']}"})
        assert [m["text"] for m in t.json()["messages"]] == [INSULT, "sorry"]


async def test_an_insult_the_cascade_agrees_with_stays_withheld(server):
    screened = model_finds_risk_in(server, set())
    school = await make_school(server)
    async with chatting(server, school) as (student, vws, vol, room):
        async with ws_client(server, student["token"]) as sws:
            await sws.expect("welcome")
            await sws.send({"type": "send", "room_id": room, "client_msg_id": "h",
                            "text": INSULT})
            await sws.expect("withheld", client_msg_id="h")

            await eventually(lambda: asyncio.sleep(0, INSULT in screened))
            assert not [f for f in await vws.quiet(0.5)
                        if f.get("type") in ("message", "risk_alert")]
        async with server.services.sessions() as s:
            stored = await s.scalar(select(Message).where(Message.client_msg_id == "h"))
        assert stored is not None and stored.withheld and stored.seq is None


async def test_a_withheld_intake_with_risk_is_released_while_the_student_waits(server):
    model_finds_risk_in(server, {INSULT})
    school = await make_school(server)
    async with calm_one_waiting(server, school) as (cws, uws):
        await uws.send({"type": "request_chat", "message": INSULT, "client_msg_id": "u"})
        await uws.expect("withheld", client_msg_id="u")
        # the cascade's verdict moves the urgent student up and opens the escalation
        assert (await uws.expect("queued", timeout=10, position=1))
        assert (await cws.expect("queued", timeout=10, position=2))

        async def escalated() -> list[Escalation]:
            async with server.services.sessions() as s:
                return list((await s.scalars(select(Escalation))).all())
        esc = (await eventually(escalated))[0]
        assert esc.room_id is None and esc.level == "high" and esc.queue_entry_id
        async with online_volunteer(server, school, max_chats=1) as (vol, vws):
            room = (await uws.expect("matched"))["room_id"]
            got = await vws.expect("message", room_id=room)
            assert (got["seq"], got["text"]) == (1, INSULT)
            assert (await vws.expect("risk_alert", room_id=room))["seq"] == 1


async def test_an_intake_released_after_matching_joins_the_room(server):
    """The volunteer matched before the cascade answered: the withheld intake, in which the
    cascade then finds risk, is posted to the room with its next seq."""
    gate = asyncio.Event()
    model_finds_risk_in(server, {INSULT}, gate)
    school = await make_school(server)
    student = await make_student(server, school)
    async with ws_client(server, student["token"]) as sws:
        await sws.expect("welcome")
        await sws.send({"type": "request_chat", "message": INSULT, "client_msg_id": "u"})
        await sws.expect("withheld", client_msg_id="u")
        async with online_volunteer(server, school, max_chats=1) as (vol, vws):
            room = (await sws.expect("matched"))["room_id"]
            await vws.expect("matched", room_id=room)
            assert not [f for f in await vws.quiet(0.3) if f.get("type") == "message"]
            gate.set()
            got = await vws.expect("message", timeout=10, room_id=room)
            assert (got["seq"], got["text"]) == (1, INSULT)
            assert (await sws.expect("message", room_id=room))["client_msg_id"] == "u"
            assert (await vws.expect("risk_alert", room_id=room))["level"] == "high"


async def test_the_cascade_screens_an_intake_stage_1_could_not_settle(server):
    """The real model, on an intake message the lexicon alone cannot settle."""
    text = "i like the idea of going to sleep and not waking up"
    first = server.services.chat.screening.moderator.assess(text, "student")
    assert not first.settled and not first.escalate
    school = await make_school(server)
    counselor = await make_staff(server, school, "counselor")
    student = await make_student(server, school)
    async with ws_client(server, counselor["token"]) as cws, \
            ws_client(server, student["token"]) as sws:
        await cws.expect("welcome")
        await sws.expect("welcome")
        await sws.send({"type": "request_chat", "message": text, "client_msg_id": "i"})
        await sws.expect("sent", client_msg_id="i")
        page = await cws.expect("escalation", timeout=30, event="opened")
        assert page["room_id"] is None and page["level"] in ("medium", "high")
        async with server.services.sessions() as s:
            entry = (await s.scalars(select(QueueEntry))).one()
        assert entry.priority >= 2 and entry.intake_verdict["stage"] == "cascade"


HELD = "this is goodbye forever everyone"  # rules.CONFIRM_RULES: held for the cascade


async def _held_goodbye_pages(server, *, inline: bool) -> None:  # type: ignore[no-untyped-def]
    async with _first_message_with_a_counselor_on(server, HELD) as (cws, vws, room):
        first = await vws.expect("risk_alert", room_id=room, seq=1)
        if inline:
            assert first["level"] == "high"
        else:
            # low at once, with guidance; the cascade confirms and the level follows
            assert first["level"] == "low" and first["guidance"]
            confirmed = await vws.expect("risk_alert", timeout=30, room_id=room, seq=1)
            assert confirmed["level"] == "high"
            assert "counselor is being paged" in confirmed["guidance"]
        page = await cws.expect("escalation", timeout=10, event="opened")
        assert page["room_id"] == room


async def test_a_held_goodbye_pages_once_the_cascade_confirms_it(server):
    await _held_goodbye_pages(server, inline=False)


async def test_with_the_confirm_step_off_a_goodbye_pages_at_once(db_url):
    async with start_server(make_settings(db_url, moderation_confirm=False)) as server:
        assert not server.services.chat.screening.moderator.confirm
        await _held_goodbye_pages(server, inline=True)
