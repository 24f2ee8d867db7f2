// Haven counselor dashboard: the school's unresolved escalations, live (GET
// /api/v1/escalations on load, then `escalation` frames keyed by id), with level, age and a
// countdown; an unmistakable page (banner, WebAudio beeps, an assertive announcement) when a
// page names this counselor; acknowledge; join a room and chat in it; whisper to the
// volunteer; read the transcript; resolve with a note. Message text only ever as text.

import { api } from '../lib/api.js';
import { ChatClient } from '../lib/chat-client.js';
import { $, announce, h, newId, show } from '../lib/dom.js';
import { RoomView } from '../lib/room-view.js';
import { loadStaff, signIn, signOut } from '../lib/staff.js';

const TITLE = 'Haven — counselor dashboard';
const RING_EVERY_MS = 15000;

let staff = loadStaff();
let client = null;
let ticker = null;
let listMissing = false;
let loadedOnce = false;
let current = null; // the room shown in the room column
const items = new Map(); // escalation id -> escalation object
const cards = new Map(); // escalation id -> card record
const touched = new Map(); // escalation id -> when a frame last changed it (ms)
const rooms = new Map(); // room_id -> room record
const alerted = new Set(); // "id:round:step" already rung for
let joinWanted = null; // room_id of a join waiting for its participant frame

const isCounselor = () => staff?.user?.role === 'counselor';
const words = (s) => String(s || '').replace(/_/g, ' ');

// --- sign in / out ---------------------------------------------------------------------------

function showLogin(message) {
  show($('#login'), true);
  show($('#dash'), false);
  show($('#logout'), false);
  show($('#conn'), false);
  $('#login-error').textContent = message || '';
  show($('#login-error'), !!message);
  $('#email').focus();
}

$('#login-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  unlockAudio(); // a user gesture: the page's sound may start from now on
  const r = await signIn($('#email').value.trim(), $('#password').value, ['counselor', 'admin']);
  if (r.error) { showLogin(r.error); return; }
  staff = r.staff;
  $('#password').value = '';
  start();
});

$('#logout').addEventListener('click', async () => {
  stop();
  await signOut(staff);
  staff = null;
  showLogin('You have signed out.');
});

function sessionEnded() {
  stop();
  signOut(null);
  staff = null;
  showLogin('Your session has ended. Please sign in again.');
}

function stop() {
  client?.stop();
  client = null;
  clearInterval(ticker);
  items.clear();
  cards.clear();
  touched.clear();
  rooms.clear();
  current = null;
  stopRinging(true);
  $('#escalations').replaceChildren();
  $('#log-slot').replaceChildren();
  closeRoomPanel();
}

function start() {
  show($('#login'), false);
  show($('#dash'), true);
  show($('#logout'), true);
  $('#me').textContent = staff.user.display_name;
  $('#dash-title').focus();
  client = new ChatClient({
    token: staff.token, store: sessionStorage, key: 'haven.c',
    onFrame, onState: setConn, onAuthFailed: sessionEnded,
  });
  client.connect();
  load();
  ticker = setInterval(tick, 1000);
}

function setConn(s) {
  const text = { connecting: 'Connecting…', offline: 'Connection lost — reconnecting. New pages may not ring until it is back.' }[s];
  $('#conn').dataset.state = s;
  $('#conn').textContent = text || '';
  show($('#conn'), !!text);
  for (const r of rooms.values()) r.view.setWaiting(s !== 'online');
}

$('#refresh').addEventListener('click', load);

/** The list from REST, merged with what frames said meanwhile (a frame is newer). */
async function load() {
  const asked = Date.now();
  const r = await api('/escalations', { token: staff.token });
  if (!staff) return;
  if (r.status === 401) { sessionEnded(); return; }
  listMissing = r.status === 404;
  if (!r.ok && !listMissing) { showError(r.error.message); return; }
  showError('');
  loadedOnce = true;
  const fresh = new Map((listMissing ? [] : r.data).map((e) => [e.id, e]));
  for (const id of [...items.keys()]) {
    if (!fresh.has(id) && !((touched.get(id) || 0) >= asked)) drop(id);
  }
  for (const e of fresh.values()) {
    if ((touched.get(e.id) || 0) >= asked) continue;
    upsert(e, 'listed');
  }
  renderEmpty();
}

function showError(text) { $('#dash-error').textContent = text; show($('#dash-error'), !!text); }

// --- frames ------------------------------------------------------------------------------------

function onFrame(f) {
  const r = f.room_id ? rooms.get(f.room_id) : null;
  switch (f.type) {
    case 'welcome':
      for (const w of f.rooms || []) { // rooms this counselor has joined
        const rec = ensureRoom(w.room_id);
        rec.peer = rec.peer || w.peer_handle;
        const resumed = client.rooms.has(w.room_id);
        setJoined(rec);
        if (!resumed || !rec.loaded) loadTranscript(rec);
      }
      return;
    case 'escalation': {
      const { type, event, ...esc } = f;
      touched.set(esc.id, Date.now());
      if (esc.status === 'resolved') {
        drop(esc.id);
        if (event === 'resolved') announce($('#announcer'), `An escalation was resolved${esc.room_id && rooms.get(esc.room_id)?.joined ? ' for a chat you are in' : ''}.`);
      } else {
        upsert(esc, event);
        if (event === 'opened' && !pagedMe(esc)) {
          announce($('#announcer'), `New escalation: ${esc.level} risk, ${esc.category === 'manual' ? 'a counselor was asked for' : words(esc.category)}.`);
        }
      }
      renderEmpty();
      refreshRoomPanel();
      return;
    }
    case 'participant':
      if (f.self && f.event === 'joined') {
        const rec = ensureRoom(f.room_id);
        const wasJoined = rec.joined;
        setJoined(rec);
        if (!wasJoined) {
          rec.view.notice('You joined this chat. The student and the volunteer have been told.');
          loadTranscript(rec);
        }
        const esc = [...items.values()].find((e) => e.room_id === f.room_id);
        if (esc && cards.has(esc.id)) cardMessage(cards.get(esc.id), '');
        if (joinWanted === f.room_id) { joinWanted = null; openRoom(f.room_id); $('#text').focus(); }
      } else if (r) {
        r.view.notice(`${f.handle}${f.role ? ` (${f.role})` : ''} ${f.event === 'joined' ? 'joined' : 'left'} the chat.`);
      }
      return;
    case 'message':
      if (!r) return;
      r.view.message(f, { live: current === r.id });
      if (!f.client_msg_id) setTyping(r, null);
      return;
    case 'sent':
      if (!r) return;
      if (f.seq == null && r.view.whisperSent(f.client_msg_id)) return;
      r.view.sent(f.client_msg_id, f.seq);
      return;
    case 'withheld': if (r) r.view.failed(f.client_msg_id, f.reason); return;
    case 'whisper': if (r) r.view.whisper(f, { own: true }); return; // from my other devices
    case 'typing': if (r) setTyping(r, f.handle); return;
    case 'risk_alert': if (r) riskAlert(r, f); return;
    case 'room_closed': if (r) roomClosed(r, f); return;
    case 'error': onError(f); return;
    default:
  }
}

function onError(f) {
  if (f.code === 'resume_unavailable') { const r = rooms.get(f.ref); if (r) loadTranscript(r); return; }
  if (f.item) {
    const frame = f.item.frame;
    const r = rooms.get(frame.room_id);
    if (r && frame.type === 'whisper') r.view.whisperFailed(f.item.id, f.message);
    else if (r && frame.type === 'send') r.view.failed(f.item.id, f.message);
    return;
  }
  if (f.ref === 'join') {
    const roomId = joinWanted;
    joinWanted = null;
    const why = f.code === 'room_closed' ? 'This chat has already ended; you can still read its transcript.'
      : `Could not join the chat: ${f.message}`;
    const esc = roomId && [...items.values()].find((e) => e.room_id === roomId);
    if (esc && cards.has(esc.id)) cardMessage(cards.get(esc.id), why);
    else showError(why);
    announce($('#alerter'), why);
    return;
  }
  if (f.code === 'not_found' && rooms.has(f.ref)) { // a resumed room we are no longer in
    const r = rooms.get(f.ref);
    r.joined = false;
    client.untrack(r.id);
    refreshRoomPanel();
    return;
  }
  showError(f.message || 'Something went wrong.');
  setTimeout(() => showError(''), 8000);
}

// --- the live list -----------------------------------------------------------------------------

const SOURCE = { auto: 'Detected automatically', volunteer: 'Raised by the volunteer', student: 'The student asked for a counselor' };

function ago(iso) {
  const s = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 1000));
  return s < 60 ? `${s} s ago` : s < 3600 ? `${Math.floor(s / 60)} min ago` : `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min ago`;
}

function countdown(e) {
  if (e.status !== 'open' || e.exhausted || !e.deadline) return '';
  const s = Math.round((new Date(e.deadline).getTime() - Date.now()) / 1000);
  if (s <= 0) return 'Deadline passed — paging the next person';
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')} left to acknowledge`;
}

function pagedMe(e) { return (e.paged_user_ids || []).includes(staff?.user?.id); }

function statusText(e) {
  const me = e.acknowledged_by && e.acknowledged_by === staff.user.id;
  const who = me ? 'you' : e.acknowledged_by_name || 'another counselor';
  if (e.status === 'open') return e.exhausted ? 'Nobody acknowledged' : 'Waiting for acknowledgement';
  if (e.status === 'acknowledged') return `Acknowledged by ${who}`;
  if (e.status === 'joined') return rooms.get(e.room_id)?.joined ? 'You are in this chat' : `A counselor joined (acknowledged by ${who})`;
  return words(e.status);
}

function upsert(e, event) {
  items.set(e.id, e);
  const c = cards.get(e.id) || makeCard(e);
  updateCard(c, e);
  order();
  if (e.room_id) { const r = rooms.get(e.room_id); if (r) r.escId = e.id; }
  checkPage(e, event);
}

function drop(id) {
  const e = items.get(id);
  items.delete(id);
  const c = cards.get(id);
  if (c) { c.li.remove(); cards.delete(id); }
  if (e) checkPage({ ...e, status: 'resolved' }, 'resolved');
}

function makeCard(e) {
  const c = { id: e.id };
  const n = e.id.replace(/[^A-Za-z0-9_-]/g, '');
  c.level = h('span', { class: 'pill' });
  c.category = h('strong', {});
  c.status = h('span', { class: 'esc-status' });
  c.exhausted = h('p', { class: 'exhausted', hidden: true },
    'Nobody acknowledged this page: every round went unanswered. Someone must act now.');
  c.paged = h('p', { class: 'paged-me', hidden: true }, 'You are being paged for this.');
  c.source = h('p', { class: 'hint' });
  c.reason = h('p', { class: 'reason' });
  c.times = h('p', { class: 'times' });
  c.where = h('p', { class: 'hint' });
  c.msg = h('p', { class: 'card-msg', role: 'status' });
  c.ack = h('button', { type: 'button', onclick: () => ack(c.id) }, 'Acknowledge');
  c.join = h('button', { type: 'button', class: 'secondary', onclick: () => join(c.id) }, 'Join chat');
  c.open = h('button', { type: 'button', class: 'secondary', onclick: () => openRoom(items.get(c.id)?.room_id) }, 'Open chat');
  c.read = h('button', { type: 'button', class: 'secondary', onclick: () => readTranscript(c.id) }, 'Read transcript');
  c.resolveBtn = h('button', { type: 'button', class: 'quiet', 'aria-expanded': 'false', onclick: () => toggleResolve(c, true) }, 'Resolve…');
  c.note = h('textarea', { id: `note-${n}`, rows: '3', maxlength: '4000', required: true, 'aria-describedby': `note-err-${n}` });
  c.noteErr = h('p', { id: `note-err-${n}`, class: 'error', hidden: true });
  c.form = h('form', { class: 'resolve-form', hidden: true, novalidate: true },
    h('div', { class: 'field' },
      h('label', { for: `note-${n}` }, 'Resolution note (required)'),
      c.note,
      h('p', { class: 'hint' }, 'What was done and what follows. Kept with the escalation for the school’s records.')),
    c.noteErr,
    h('div', { class: 'actions' },
      h('button', { type: 'submit' }, 'Resolve escalation'),
      h('button', { type: 'button', class: 'quiet', onclick: () => toggleResolve(c, false) }, 'Cancel')));
  c.form.addEventListener('submit', (ev) => { ev.preventDefault(); resolve(c); });
  c.actions = h('div', { class: 'actions' }, c.ack, c.join, c.open, c.read, c.resolveBtn);
  c.li = h('li', { class: 'esc', dataset: { id: e.id } },
    h('p', { class: 'esc-top' }, c.level, ' ', c.category, ' ', c.status),
    c.exhausted, c.paged, c.reason, c.source, c.times, c.where, c.msg, c.actions, c.form);
  cards.set(e.id, c);
  $('#escalations').append(c.li);
  return c;
}

function updateCard(c, e) {
  const loud = e.status === 'open' && !!e.exhausted;
  c.li.className = `esc ${e.level}${loud ? ' exhausted-card' : ''}${e.status === 'open' && pagedMe(e) && !e.exhausted ? ' paging' : ''}`;
  c.li.dataset.status = e.status;
  c.level.className = `pill ${e.level}`;
  c.level.textContent = `${e.level} risk`;
  c.category.textContent = e.category === 'manual' ? 'Asked for a counselor' : words(e.category);
  c.status.textContent = statusText(e);
  show(c.exhausted, loud);
  show(c.paged, e.status === 'open' && !e.exhausted && pagedMe(e));
  c.source.textContent = `${SOURCE[e.source] || words(e.source)} · step ${e.step ?? '–'}, round ${e.round ?? '–'}`;
  c.reason.textContent = e.reason ? `Reason: ${e.reason}` : '';
  show(c.reason, !!e.reason);
  c.where.textContent = e.room_id ? '' : 'The student is still waiting in the queue; the chat opens when a volunteer takes it.';
  show(c.where, !e.room_id);
  const counselor = isCounselor();
  const joined = !!(e.room_id && rooms.get(e.room_id)?.joined);
  show(c.ack, counselor && e.status === 'open');
  show(c.join, counselor && !!e.room_id && !joined);
  show(c.open, counselor && joined);
  show(c.read, counselor && !!e.room_id && !joined);
  show(c.resolveBtn, counselor && c.form.hidden);
  updateTimes(c, e);
}

function updateTimes(c, e) {
  const cd = countdown(e);
  c.times.textContent = `Opened ${ago(e.created_at)}${cd ? ` · ${cd}` : ''}`;
  c.times.classList.toggle('urgent', !!cd && new Date(e.deadline).getTime() - Date.now() < 30000);
}

function cardMessage(c, text) {
  c.msg.textContent = text;
  clearTimeout(c.msgTimer);
  if (text) c.msgTimer = setTimeout(() => { c.msg.textContent = ''; }, 15000);
}

/** Most urgent first: nobody acknowledged, paging me, open, high, oldest. */
function rank(e) {
  if (e.status === 'open' && e.exhausted) return 0;
  if (e.status === 'open' && pagedMe(e)) return 1;
  if (e.status === 'open') return 2;
  return 3;
}

function order() {
  const list = [...items.values()].sort((a, b) => rank(a) - rank(b)
    || (a.level === 'high' ? 0 : 1) - (b.level === 'high' ? 0 : 1)
    || String(a.created_at).localeCompare(String(b.created_at)));
  const ul = $('#escalations');
  const want = list.map((e) => cards.get(e.id).li);
  if (want.every((li, i) => ul.children[i] === li)) return;
  const focused = document.activeElement;
  want.forEach((li) => ul.append(li));
  if (focused && ul.contains(focused) && document.activeElement !== focused) focused.focus();
}

function renderEmpty() {
  const empty = $('#empty');
  empty.textContent = listMissing
    ? 'The escalation list is not available on this server yet.'
    : 'No open escalations. All quiet.';
  show(empty, items.size === 0 && (loadedOnce || listMissing));
}

function tick() {
  for (const [id, c] of cards) updateTimes(c, items.get(id));
  updateBanner();
}

// --- actions -----------------------------------------------------------------------------------

async function ack(id) {
  const c = cards.get(id);
  if (c) c.ack.disabled = true;
  const r = await api(`/escalations/${encodeURIComponent(id)}/ack`, { method: 'POST', token: staff.token });
  if (c) c.ack.disabled = false;
  if (r.ok) {
    touched.set(id, Date.now());
    upsert(r.data, 'acknowledged');
    announce($('#announcer'), 'Acknowledged. The volunteer can see that you have it.');
    if (c && c.join.hidden === false) c.join.focus();
    return;
  }
  if (r.status === 401) { sessionEnded(); return; }
  const text = r.status === 409
    ? `${items.get(id)?.acknowledged_by_name || 'Another counselor'} already acknowledged this page — thank you, nothing more is needed from you unless you want to join.`
    : r.status === 404 ? 'This escalation no longer exists for you.' : r.error.message;
  if (c) cardMessage(c, text); else showError(text);
  announce($('#alerter'), text);
  if (r.status === 409) load();
}

function join(id) {
  const e = items.get(id);
  if (!e?.room_id) return;
  if (!client.send({ type: 'join', room_id: e.room_id })) {
    cardMessage(cards.get(id), 'You are offline: try again when the connection is back.');
    return;
  }
  joinWanted = e.room_id;
  const rec = ensureRoom(e.room_id);
  rec.escId = id;
  cardMessage(cards.get(id), 'Joining…');
}

async function readTranscript(id) {
  const e = items.get(id);
  if (!e?.room_id) return;
  const rec = ensureRoom(e.room_id);
  rec.escId = id;
  openRoom(e.room_id);
  await loadTranscript(rec);
}

function toggleResolve(c, on) {
  show(c.form, on);
  c.resolveBtn.setAttribute('aria-expanded', String(on));
  show(c.resolveBtn, !on && isCounselor());
  if (on) c.note.focus(); else c.resolveBtn.focus();
}

async function resolve(c) {
  const note = c.note.value.trim();
  if (!note) {
    c.note.setAttribute('aria-invalid', 'true');
    c.noteErr.textContent = 'Write a short note about what was done before resolving.';
    show(c.noteErr, true);
    c.note.focus();
    return;
  }
  c.note.removeAttribute('aria-invalid');
  show(c.noteErr, false);
  const r = await api(`/escalations/${encodeURIComponent(c.id)}/resolve`, { method: 'POST', body: { note }, token: staff.token });
  if (r.ok || (r.status === 409 && r.error.code === 'already_resolved')) {
    touched.set(c.id, Date.now());
    drop(c.id);
    renderEmpty();
    refreshRoomPanel();
    announce($('#announcer'), r.ok ? 'Escalation resolved.' : 'This escalation was already resolved.');
    $('#dash-title').focus();
    return;
  }
  if (r.status === 401) { sessionEnded(); return; }
  c.noteErr.textContent = r.error.message;
  show(c.noteErr, true);
}

// --- rooms -------------------------------------------------------------------------------------

function peerLabel(m) {
  const role = { student: 'student', volunteer: 'volunteer', counselor: 'counselor' }[m.sender_role];
  return `${m.sender_handle || 'Someone'}${role ? ` (${role})` : ''}`;
}

function ensureRoom(id) {
  if (rooms.has(id)) return rooms.get(id);
  const log = h('ol', { class: 'log', 'aria-label': 'Messages in this chat' });
  const rec = {
    id, log, joined: false, closed: false, loaded: false, peer: null, escId: null, typingTimer: null,
    alerts: h('div', {}),
    view: new RoomView(log, {
      announcer: $('#announcer'), peerLabel,
      whisperLabel: (w, own) => (own
        ? `Your whisper to the volunteer · the student never sees this`
        : `Whisper from ${w.from_handle || w.sender_handle || 'a counselor'} to the volunteer · the student never sees this`),
    }),
  };
  rec.view.setWaiting(client?.state !== 'online');
  rooms.set(id, rec);
  return rec;
}

function setJoined(rec) {
  rec.joined = true;
  client.track(rec.id);
  const e = [...items.values()].find((x) => x.room_id === rec.id);
  if (e) { rec.escId = e.id; updateCard(cards.get(e.id), e); }
  refreshRoomPanel();
}

async function loadTranscript(rec) {
  const res = await api(`/rooms/${encodeURIComponent(rec.id)}/transcript`, { token: staff?.token });
  if (!res.ok) {
    const why = res.status === 404 ? 'This transcript is not available (the chat may have been deleted).'
      : res.status === 403 ? 'You are not allowed to read this transcript.' : res.error.message;
    if (!rec.loaded) rec.view.notice(why, { alert: true });
    return;
  }
  rec.loaded = true;
  for (const m of res.data.messages) {
    if (rec.joined && m.seq != null) client.markSeen(rec.id, m.seq);
    if (m.client_msg_id && !m.whisper) client.ack(m.client_msg_id);
    const student = m.sender_role === 'student' && m.sender_handle;
    if (student && !rec.peer) rec.peer = student;
    rec.view.message({ ...m, room_id: rec.id });
  }
  if (current === rec.id) refreshRoomPanel();
}

function openRoom(id) {
  if (!id) return;
  const rec = ensureRoom(id);
  current = id;
  $('#log-slot').replaceChildren(rec.log);
  $('#room-alerts').replaceChildren(rec.alerts);
  $('#room-typing').textContent = '';
  show($('#room-col'), true);
  $('#dash').classList.add('room-open');
  refreshRoomPanel();
  const s = $('#room-col .scroll');
  s.scrollTop = s.scrollHeight;
  $('#room-title').focus();
}

function closeRoomPanel() {
  current = null;
  show($('#room-col'), false);
  $('#dash').classList.remove('room-open');
}

$('#back').addEventListener('click', () => {
  const id = current && rooms.get(current)?.escId;
  closeRoomPanel();
  const c = id && cards.get(id);
  (c ? c.actions.querySelector('button:not([hidden])') : null)?.focus() || $('#dash-title').focus();
});

function refreshRoomPanel() {
  if (!current) return;
  const rec = rooms.get(current);
  const e = rec.escId ? items.get(rec.escId) : [...items.values()].find((x) => x.room_id === rec.id);
  const bits = [];
  if (rec.peer) bits.push(`with ${rec.peer}`);
  bits.push(rec.joined ? 'you are in this chat' : 'reading the transcript');
  if (e) bits.push(e.status === 'joined' && rec.joined ? `${e.level} risk` : `${e.level} risk · ${statusText(e).toLowerCase()}`);
  else bits.push('escalation resolved');
  if (rec.closed) bits.push('chat ended');
  $('#room-sub').textContent = bits.join(' · ');
  const canJoin = isCounselor() && !rec.joined && !rec.closed;
  show($('#join-room'), canJoin);
  show($('#reload-transcript'), !rec.joined);
  const live = rec.joined && !rec.closed;
  show($('#end-room'), live);
  show($('#composer'), live);
  show($('#whisper-form'), live);
  const state = $('#room-state');
  state.textContent = rec.closed ? 'This chat has ended.'
    : rec.joined ? '' : 'You are reading this chat. Join it to write to the student or whisper to the volunteer.';
  show(state, !!state.textContent);
}

$('#join-room').addEventListener('click', () => {
  const rec = rooms.get(current);
  if (!rec) return;
  if (!client.send({ type: 'join', room_id: rec.id })) { rec.view.notice('You are offline: try again when the connection is back.', { alert: true }); return; }
  joinWanted = rec.id;
});

// A counselor in the room may close it (PROTOCOL.md: end_chat); the escalation stays open
// until it is resolved with a note.
// Two taps, so a slip of the thumb on a phone does not end someone's chat.
let endArmed = null;
$('#end-room').addEventListener('click', () => {
  const rec = rooms.get(current);
  const btn = $('#end-room');
  if (!rec || rec.closed) return;
  if (endArmed !== rec.id) {
    endArmed = rec.id;
    btn.textContent = 'Tap again to end';
    setTimeout(() => { endArmed = null; btn.textContent = 'End chat'; }, 4000);
    return;
  }
  endArmed = null;
  btn.textContent = 'End chat';
  if (!client.send({ type: 'end_chat', room_id: rec.id })) {
    rec.view.notice('You are offline: try again when the connection is back.', { alert: true });
  }
});

$('#reload-transcript').addEventListener('click', () => { const rec = rooms.get(current); if (rec) loadTranscript(rec); });

function submitOnEnter(area, form) {
  area.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) { ev.preventDefault(); form.requestSubmit(); }
  });
}
submitOnEnter($('#text'), $('#composer'));
submitOnEnter($('#whisper-text'), $('#whisper-form'));

let lastTyping = 0;
$('#text').addEventListener('input', () => {
  const rec = rooms.get(current);
  const now = Date.now();
  if (rec?.joined && !rec.closed && $('#text').value && now - lastTyping > 3000 && client.send({ type: 'typing', room_id: rec.id })) lastTyping = now;
});

$('#composer').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const rec = rooms.get(current);
  const text = $('#text').value;
  if (!rec?.joined || rec.closed || !text.trim()) return;
  const cid = newId();
  rec.view.pending(cid, text);
  client.enqueue(cid, { type: 'send', room_id: rec.id, client_msg_id: cid, text });
  $('#text').value = '';
  lastTyping = 0;
  $('#text').focus();
});

$('#whisper-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const rec = rooms.get(current);
  const text = $('#whisper-text').value;
  if (!rec?.joined || rec.closed || !text.trim()) return;
  const cid = newId();
  rec.view.pendingWhisper(cid, text);
  client.enqueue(cid, { type: 'whisper', room_id: rec.id, client_msg_id: cid, text });
  $('#whisper-text').value = '';
  $('#whisper-text').focus();
});

function setTyping(rec, handle) {
  clearTimeout(rec.typingTimer);
  if (current === rec.id) $('#room-typing').textContent = handle ? `${handle} is typing…` : '';
  if (handle) rec.typingTimer = setTimeout(() => setTyping(rec, null), 5000);
}

function riskAlert(rec, f) {
  const box = h('div', { class: 'risk-alert', role: 'alert' },
    h('h3', {}, `${f.level === 'high' ? 'High' : f.level === 'medium' ? 'Medium' : 'Possible'} risk: ${words(f.category || 'concern')}`),
    f.guidance ? h('p', {}, f.guidance) : null,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'quiet', onclick: () => box.remove() }, 'Noted')));
  rec.alerts.prepend(box);
  while (rec.alerts.children.length > 2) rec.alerts.lastElementChild.remove();
  if (f.seq != null) rec.view.highlight(f.seq, f.level);
}

function roomClosed(rec, f) {
  rec.closed = true;
  client.untrack(rec.id);
  for (const item of client.pending(rec.id)) {
    client.ack(item.id);
    if (!rec.view.whisperFailed(item.id, 'the chat had ended')) rec.view.failed(item.id, 'the chat had ended');
  }
  const by = { student: 'The student', volunteer: 'The volunteer', counselor: 'A counselor' }[f.by_role];
  rec.view.notice(f.reason === 'expired' ? 'The chat expired.' : f.reason === 'moderation' ? 'The chat was closed by moderation.'
    : `${by || 'Someone'} ended the chat. The escalation stays open until you resolve it.`);
  setTyping(rec, null);
  refreshRoomPanel();
}

// --- the page: banner, sound, title, screen-reader announcement ----------------------------------

let audio = null;
let ringTimer = null;
let silenced = false;

/** Create (or resume) the AudioContext inside a user gesture so that later beeps may play. */
function unlockAudio() {
  try {
    audio = audio || new AudioContext();
    if (audio.state === 'suspended') audio.resume().catch(() => {});
  } catch { audio = null; }
  updateSoundHint();
}
addEventListener('pointerdown', unlockAudio, { capture: true });
addEventListener('keydown', unlockAudio, { capture: true });

function updateSoundHint() {
  const blocked = !audio || audio.state !== 'running';
  $('#page-alert').dataset.sound = blocked ? 'blocked' : 'on';
  show($('#page-alert-sound'), blocked);
}

/** A short two-tone pattern, three times: made here, nothing downloaded. */
function beep() {
  try {
    audio = audio || new AudioContext();
    if (audio.state === 'suspended') audio.resume().catch(() => {});
    const t0 = audio.currentTime + 0.02;
    for (let i = 0; i < 6; i += 1) {
      const o = audio.createOscillator();
      const g = audio.createGain();
      const t = t0 + i * 0.2 + Math.floor(i / 2) * 0.15;
      o.type = 'square';
      o.frequency.value = i % 2 ? 660 : 988;
      g.gain.setValueAtTime(0.0001, t);
      g.gain.exponentialRampToValueAtTime(0.2, t + 0.01);
      g.gain.exponentialRampToValueAtTime(0.0001, t + 0.17);
      o.connect(g).connect(audio.destination);
      o.start(t);
      o.stop(t + 0.18);
    }
    $('#page-alert').dataset.beeps = String(Number($('#page-alert').dataset.beeps || 0) + 1);
  } catch { /* no audio: the banner and the announcement still show */ }
  updateSoundHint();
}

$('#test-sound').addEventListener('click', () => { unlockAudio(); beep(); });

/** The escalations that page this counselor (or admin, the chain's last step) right now. */
function ringing() {
  return [...items.values()].filter((e) => e.status === 'open' && !e.exhausted && pagedMe(e));
}

function checkPage(e, event) {
  if (event === 'resolved') { updateBanner(); return; }
  const key = `${e.id}:${e.round}:${e.step}`;
  if (e.status === 'open' && !e.exhausted && pagedMe(e) && !alerted.has(key)) {
    alerted.add(key);
    silenced = false;
    const text = `Page: ${e.level} risk, ${e.category === 'manual' ? 'a counselor was asked for' : words(e.category)}. ${SOURCE[e.source] || ''}. ${isCounselor()
      ? 'Acknowledge it on the dashboard.' : 'No counselor has acknowledged it yet: reach the counselors now.'}`;
    announce($('#alerter'), text);
    beep();
    clearInterval(ringTimer);
    ringTimer = setInterval(() => { if (!silenced && ringing().length) beep(); }, RING_EVERY_MS);
  }
  updateBanner();
}

function updateBanner() {
  const list = ringing();
  const banner = $('#page-alert');
  if (!list.length) { stopRinging(false); return; }
  const e = list[0];
  const cd = countdown(e);
  $('#page-alert-text').textContent = `You are being paged: ${e.level.toUpperCase()} risk — ${e.category === 'manual' ? 'a counselor was asked for' : words(e.category)}${list.length > 1 ? ` (and ${list.length - 1} more)` : ''}.${cd ? ` ${cd}.` : ''}`;
  banner.dataset.id = e.id;
  show(banner, true);
  document.title = document.title.startsWith('(!)') ? TITLE : `(!) PAGE — ${TITLE}`;
}

function stopRinging(all) {
  clearInterval(ringTimer);
  ringTimer = null;
  show($('#page-alert'), false);
  document.title = TITLE;
  if (all) alerted.clear();
}

$('#page-show').addEventListener('click', () => {
  const c = cards.get($('#page-alert').dataset.id);
  closeRoomPanel();
  if (!c) return;
  c.li.scrollIntoView({ block: 'center' });
  (c.ack.hidden ? c.actions.querySelector('button:not([hidden])') : c.ack)?.focus();
});
$('#page-silence').addEventListener('click', () => { silenced = true; $('#page-silence').blur(); });

if (staff?.token) start(); else showLogin();
