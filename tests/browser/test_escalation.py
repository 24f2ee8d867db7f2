"""Escalations through the three pages in real headless Chromium at a phone viewport: a
student's risk message shows the volunteer's risk alert and pages the on-call counselor's
dashboard (banner, sound, assertive announcement, countdown); the counselor acknowledges,
joins, writes to the student, whispers to the volunteer (never to the student), reads the
transcript and resolves with a note. Also: a second counselor's late acknowledgement is
answered politely, and a page nobody can take is shown loudly."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.async_api import expect

from tests.browser.conftest import SCHOOL, Tab, screenshot
from tests.browser.test_pages import say, sign_in, stored, student_asks, volunteer_available
from tests.helpers import RunningServer, make_staff

pytestmark = pytest.mark.browser
expect.set_options(timeout=10_000)

RISK = "i have the pills in my hand, tonight im ending it"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def counselor_signed_in(open_tab: Any, staff: dict[str, str]) -> Tab:
    tab = await open_tab("/counselor/")
    await sign_in(tab, staff)
    await expect(tab.page.locator("#dash")).to_be_visible()
    await expect(tab.page.locator("#me")).to_have_text(staff["handle"])
    return tab


async def test_a_risk_message_pages_the_counselor_who_acks_joins_whispers_and_resolves(
        web: RunningServer, open_tab: Any) -> None:
    vol = await make_staff(web, SCHOOL, "volunteer", name="Robin")
    rivera = await make_staff(web, SCHOOL, "counselor", name="Ms Rivera")  # on call: step 1
    counselor = await counselor_signed_in(open_tab, rivera)
    c = counselor.page
    await expect(c.locator("#empty")).to_have_text("No open escalations. All quiet.")

    volunteer = await open_tab("/volunteer/")
    v = volunteer.page
    await volunteer_available(volunteer, vol)
    student = await open_tab(f"/?school={SCHOOL}")
    s = student.page
    await student_asks(student)
    await expect(s.locator("#chat")).to_be_visible()
    await say(s, "#composer", RISK)

    # the volunteer: a risk alert with guidance, the message marked, the room's state
    room = v.locator(".room.active")
    alert = room.locator(".risk-alert")
    await expect(alert).to_be_visible()
    await expect(alert).to_have_attribute("role", "alert")
    await expect(alert.locator("h3")).to_contain_text("High risk")
    assert (await alert.locator("p").first.text_content() or "").strip(), "guidance is shown"
    await expect(room.locator(".msg.risk")).to_have_count(1)
    await expect(room.locator(".esc-state")).to_have_text("Counselor paged")

    # the counselor's dashboard rings: banner, a WebAudio beep, an assertive announcement
    banner = c.locator("#page-alert")
    await expect(banner).to_be_visible()
    await expect(c.locator("#page-alert-text")).to_contain_text("You are being paged: HIGH risk")
    await expect(c.locator("#alerter")).to_contain_text("Page: high risk")
    await expect(c.locator("#alerter")).to_have_attribute("aria-live", "assertive")
    assert int(await banner.get_attribute("data-beeps") or "0") >= 1, "the page beeped"
    await expect(c).to_have_title(re.compile(r"Haven"))
    cards = c.locator(".esc")
    await expect(cards).to_have_count(1)
    card = cards.first
    await expect(card.locator(".pill")).to_have_text("high risk")
    await expect(card).to_contain_text("self harm")
    await expect(card).to_contain_text("Detected automatically")
    await expect(card.locator(".paged-me")).to_be_visible()
    await expect(card.locator(".times")).to_contain_text(
        re.compile(r"Opened \d+ s ago · [12]:\d\d left to acknowledge"))
    await screenshot(counselor, "counselor.png")

    # acknowledge: the ringing stops; the volunteer sees it
    await card.get_by_role("button", name="Acknowledge").click()
    await expect(card.locator(".esc-status")).to_have_text("Acknowledged by you")
    await expect(banner).to_be_hidden()
    await expect(room.locator(".esc-state")).to_have_text("Counselor acknowledged")

    # join: the room opens with its history; the student and the volunteer are told
    await card.get_by_role("button", name="Join chat").click()
    await expect(c.locator("#room-col")).to_be_visible()
    c_log = c.locator("#log-slot .log")
    await expect(c_log.locator(".msg .text")).to_have_text([RISK])
    await expect(c_log.locator(".msg.role-student .who")).to_contain_text("(student)")
    await expect(s.locator("#log")).to_contain_text("A counselor (Ms Rivera) joined the chat")
    await expect(room.locator(".log")).to_contain_text("Ms Rivera (counselor) joined the chat")
    await expect(room.locator(".esc-state")).to_have_text("Counselor joined")

    # the counselor writes to the student: marked as a counselor's message on both pages
    hello = "Hi, I'm Ms Rivera, the school counselor. I'm here with you now."
    await say(c, "#composer", hello)
    from_counselor = s.locator("#log .msg.role-counselor")
    await expect(from_counselor.locator(".text")).to_have_text(hello)
    await expect(from_counselor.locator(".who")).to_have_text("Ms Rivera (counselor)")
    await expect(room.locator(".msg.role-counselor .who")).to_have_text("Ms Rivera (counselor)")
    await expect(c_log.locator(".msg.own")).to_have_attribute("data-state", "sent")
    await say(v, ".room.active .composer", "Thank you for coming")
    await expect(c_log.locator(".msg.role-volunteer .who")).to_have_text("Robin (volunteer)")

    # a whisper reaches the volunteer, marked as private coaching
    whisper = "Coach: ask where the pills are right now, and stay with them."
    await say(c, "#whisper-form", whisper)
    await expect(c_log.locator(".msg.whisper")).to_have_attribute("data-state", "sent")
    v_whisper = room.locator(".msg.whisper")
    await expect(v_whisper.locator(".text")).to_have_text(whisper)
    await expect(v_whisper).to_contain_text("Private coaching from Ms Rivera")
    await expect(v_whisper).to_contain_text("the student never sees this")
    await screenshot(volunteer, "volunteer-escalation.png")

    # ...and never the student: not on the page (a later message has arrived), not in
    # the student's transcript
    await say(v, ".room.active .composer", "I'm still here too")
    await expect(s.locator("#log .msg.peer .text").last).to_have_text("I'm still here too")
    await expect(s.locator("body")).not_to_contain_text(whisper)
    await expect(s.locator("#log .msg.whisper")).to_have_count(0)
    me = await stored(s)
    room_id = me["room"]["id"]
    mine = await web.http.get(f"/api/v1/rooms/{room_id}/transcript", headers=bearer(me["token"]))
    assert mine.status_code == 200, mine.text
    assert whisper not in mine.text
    assert not [m for m in mine.json()["messages"] if m.get("whisper") or m["seq"] is None]

    # the counselor's transcript has it: after a reload the joined room comes back from
    # GET transcript with the whisper shown apart from the chat
    await c.reload()
    await card.get_by_role("button", name="Open chat").click()
    await expect(c_log.locator(".msg:not(.whisper) .text")).to_have_text(
        [RISK, hello, "Thank you for coming", "I'm still here too"])
    await expect(c_log.locator(".msg.whisper .text")).to_have_text([whisper])
    await expect(c_log.locator(".msg.whisper")).to_contain_text("Your whisper to the volunteer")
    await expect(c.locator("#whisper-form label")).to_contain_text("the student never sees this")
    await screenshot(counselor, "counselor-chat.png")

    # the counselor ends the chat (two taps); its escalation stays until it is resolved
    await c.click("#end-room")
    await expect(c.locator("#end-room")).to_have_text("Tap again to end")
    await c.click("#end-room")
    await expect(s.locator("body")).to_contain_text("The counselor ended the chat")
    await expect(c.locator("#room-state")).to_have_text("This chat has ended.")
    await expect(cards).to_have_count(1)

    # resolve: a note is required; then the list empties
    await c.click("#back")
    await card.get_by_role("button", name="Resolve…").click()
    await card.get_by_role("button", name="Resolve escalation").click()
    await expect(card.locator(".error")).to_contain_text("Write a short note")
    await card.get_by_label("Resolution note (required)").fill(
        "Talked with the student; parents called; safety plan made for tonight.")
    await card.get_by_role("button", name="Resolve escalation").click()
    await expect(cards).to_have_count(0)
    await expect(c.locator("#empty")).to_be_visible()
    await expect(room.locator(".esc-state")).to_have_text("Escalation resolved")
    listed = await web.http.get("/api/v1/escalations", headers=bearer(rivera["token"]))
    assert listed.json() == [], listed.text


async def test_a_late_acknowledgement_is_answered_politely(
        web: RunningServer, open_tab: Any) -> None:
    rivera = await make_staff(web, SCHOOL, "counselor", name="Ms Rivera")  # step 1
    okafor = await make_staff(web, SCHOOL, "counselor", name="Mr Okafor")  # step 2
    counselor = await counselor_signed_in(open_tab, okafor)
    c = counselor.page
    student = await open_tab(f"/?school={SCHOOL}")  # no volunteer: the student waits
    await student_asks(student, RISK)
    card = c.locator(".esc")
    await expect(card).to_contain_text("still waiting in the queue")
    await expect(card.locator(".paged-me")).to_be_hidden()  # step 1 is Ms Rivera
    await expect(c.locator("#page-alert")).to_be_hidden()
    esc_id = await card.get_attribute("data-id")

    async def ms_rivera_first(route: Any) -> None:
        r = await web.http.post(f"/api/v1/escalations/{esc_id}/ack",
                                headers=bearer(rivera["token"]))
        assert r.status_code == 200, r.text
        await route.continue_()

    await c.route("**/ack", ms_rivera_first)
    await card.get_by_role("button", name="Acknowledge").click()
    await expect(card.locator(".card-msg")).to_contain_text("already acknowledged this page")
    await expect(card.locator(".esc-status")).to_have_text("Acknowledged by Ms Rivera")
    await expect(card.get_by_role("button", name="Acknowledge")).to_be_hidden()


async def test_a_page_nobody_can_take_is_shown_loudly(web: RunningServer, open_tab: Any) -> None:
    # a counselor who is not on call: the chain is empty, so the escalation is exhausted at once
    off = await make_staff(web, SCHOOL, "counselor", name="Ms Off-Duty", on_shift=False)
    counselor = await counselor_signed_in(open_tab, off)
    c = counselor.page
    student = await open_tab(f"/?school={SCHOOL}")
    await student_asks(student, RISK)
    card = c.locator(".esc")
    await expect(card.locator(".exhausted")).to_contain_text("Nobody acknowledged")
    await expect(card).to_have_class(re.compile(r"\bexhausted-card\b"))
    await expect(card.locator(".esc-status")).to_have_text("Nobody acknowledged")
    await expect(card.locator(".times")).not_to_contain_text("left to acknowledge")


async def test_a_student_can_ask_for_a_counselor(web: RunningServer, open_tab: Any) -> None:
    vol = await make_staff(web, SCHOOL, "volunteer", name="Robin")
    rivera = await make_staff(web, SCHOOL, "counselor", name="Ms Rivera")
    counselor = await counselor_signed_in(open_tab, rivera)
    volunteer = await open_tab("/volunteer/")
    await volunteer_available(volunteer, vol)
    student = await open_tab(f"/?school={SCHOOL}")
    s = student.page
    await student_asks(student)
    await expect(s.locator("#chat")).to_be_visible()
    await s.get_by_role("button", name="Ask for a counselor").click()
    await expect(s.locator("#log")).to_contain_text("asked a school counselor to join")
    await expect(s.get_by_role("button", name="Ask for a counselor")).to_be_disabled()
    card = counselor.page.locator(".esc").first
    await expect(card).to_be_visible()
    await expect(card.locator(".paged-me")).to_be_visible()
    listed = (await web.http.get("/api/v1/escalations",
                                 headers=bearer(rivera["token"]))).json()
    assert [(e["source"], e["category"], e["level"]) for e in listed] == [
        ("student", "manual", "high")]
    await expect(volunteer.page.locator(".room.active .esc-state")).to_have_text(
        "Counselor paged")
