// Haven volunteer console: sign in, available/away, several chats in tabs (side by side
// on wide screens), end chat, and the same reconnect/outbox logic as the student page.
// Escalations (bottom of the file): risk alerts with guidance, escalate with a reason, the
// room's escalation state from `escalation` frames (paged -> acknowledged -> counselor
// joined), counselors joining, and whispers (private coaching the student never sees).

import { api } from '../lib/api.js';
import { ChatClient } from '../lib/chat-client.js';
import { $, announce, clock, h, newId, show } from '../lib/dom.js';
import { RoomView } from '../lib/room-view.js';
import { loadStaff, signIn, signOut } from '../lib/staff.js';

const KEY = 'haven.v';
const ROOMS_KEY = 'haven.v.rooms';
let staff = loadStaff();
let client = null;
let active = null;
let endTarget = null;
let lastEscalation = null; // the room of the last escalate frame (its error has ref "escalate")
const rooms = new Map(); // room_id -> room record
let nextDomId = 1;

// --- sign in / out -----------------------------------------------------------------------------

function showLogin(message) {
  show($('#login'), true);
  show($('#console'), false);
  show($('#logout'), false);
  show($('#conn'), false);
  const err = $('#login-error');
  err.textContent = message || '';
  show(err, !!message);
  $('#email').focus();
}

$('#login-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const btn = ev.submitter || $('#login-form button');
  btn.disabled = true;
  const r = await signIn($('#email').value.trim(), $('#password').value, ['volunteer']);
  btn.disabled = false;
  if (r.error) { showLogin(r.error); return; }
  staff = r.staff;
  $('#password').value = '';
  startConsole();
});

$('#logout').addEventListener('click', async () => {
  client?.stop();
  client = null;
  await signOut(staff);
  staff = null;
  for (const r of rooms.values()) { r.el.remove(); r.tab.remove(); }
  rooms.clear();
  showLogin('You have signed out.');
});

function sessionExpired() {
  client?.stop();
  client = null;
  signOut(null);
  staff = null;
  showLogin('Your session has ended. Please sign in again.');
}

// --- console -----------------------------------------------------------------------------------

function startConsole() {
  show($('#login'), false);
  show($('#console'), true);
  show($('#logout'), true);
  $('#me').textContent = staff.user.display_name;
  $('#console-title').focus();
  client = new ChatClient({
    token: staff.token, store: sessionStorage, key: KEY, onFrame, onState: setConn,
    onAuthFailed: sessionExpired,
  });
  for (const saved of savedRooms()) {
    const r = addRoom(saved);
    if (saved.closed) loadTranscript(r); // its history; an open room is resumed from seq 0
    else client.track(saved.id);
  }
  client.connect();
}

function savedRooms() {
  try { return JSON.parse(sessionStorage.getItem(ROOMS_KEY)) || []; } catch { return []; }
}

function saveRooms() {
  const list = [...rooms.values()].filter((r) => !r.dismissed)
    .map(({ id, peer, topic, mood, closed }) => ({ id, peer, topic, mood, closed }));
  sessionStorage.setItem(ROOMS_KEY, JSON.stringify(list));
}

function setConn(s) {
  const el = $('#conn');
  const text = { connecting: 'Connecting…', offline: 'Connection lost — reconnecting. Messages you send will go out when it is back.' }[s];
  el.dataset.state = s;
  el.textContent = text || '';
  show(el, !!text);
  $('#status').disabled = s !== 'online';
  for (const r of rooms.values()) r.view.setWaiting(s !== 'online');
}

function setStatus(status) {
  const b = $('#status');
  b.dataset.status = status;
  b.setAttribute('aria-pressed', String(status === 'available'));
  b.textContent = status === 'available' ? 'Available' : 'Away';
  b.title = status === 'available' ? 'You can be matched with students. Press to go away.' : 'You will not be matched. Press to become available.';
  b.disabled = client?.state !== 'online';
}

function setQueue(n) {
  const el = $('#queue-len');
  el.textContent = String(n);
  el.title = n === 1 ? 'One student is waiting' : `${n} students are waiting`;
}

$('#status').addEventListener('click', () => {
  const next = $('#status').dataset.status === 'available' ? 'away' : 'available';
  if (client.send({ type: 'set_status', status: next })) $('#status').disabled = true;
});

function onFrame(f) {
  const r = f.room_id ? rooms.get(f.room_id) : null;
  switch (f.type) {
    case 'welcome':
      setStatus(f.status || 'away');
      if (f.queue_length != null) setQueue(f.queue_length);
      for (const w of f.rooms || []) {
        const known = rooms.has(w.room_id) && client.rooms.has(w.room_id);
        const rec = addRoom({ id: w.room_id, peer: w.peer_handle, topic: w.topic });
        client.track(w.room_id);
        if (!known) loadTranscript(rec);
      }
      saveRooms();
      return;
    case 'status': setStatus(f.status); return;
    case 'queue': setQueue(f.waiting); return;
    case 'matched': {
      const busy = active && !rooms.get(active)?.closed;
      const rec = addRoom({ id: f.room_id, peer: f.peer_handle, topic: f.topic, mood: f.mood });
      client.track(f.room_id);
      saveRooms();
      rec.view.notice(`New chat with ${f.peer_handle}${f.topic ? ` about “${f.topic}”` : ''}${f.mood ? `, feeling ${f.mood}/5` : ''}.`);
      announce($('#alerter'), `New chat with ${f.peer_handle}`);
      if (!busy) activate(f.room_id);
      else rec.tab.classList.add('attention');
      return;
    }
    case 'message':
      if (!r) return;
      r.view.message(f, { live: true });
      if (!f.client_msg_id) { setTyping(r, null); if (active !== r.id) r.tab.classList.add('attention'); }
      return;
    case 'sent': if (r) r.view.sent(f.client_msg_id, f.seq); return;
    case 'withheld': if (r) r.view.failed(f.client_msg_id, f.reason); return;
    case 'typing': if (r) setTyping(r, f.handle); return;
    case 'room_closed': if (r) closeRoom(r, f); return;
    case 'risk_alert': if (r) onRiskAlert(r, f); return;
    case 'whisper': if (r) onWhisper(r, f); return;
    case 'participant': if (r) onParticipant(r, f); return;
    case 'escalation': onEscalationFrame(f); return;
    case 'error': onError(f); return;
    default:
  }
}

function onError(f) {
  if (f.code === 'resume_unavailable') { const r = rooms.get(f.ref); if (r) loadTranscript(r); return; }
  if (f.item) {
    const r = rooms.get(f.item.frame.room_id);
    if (r && f.item.frame.type === 'send') r.view.failed(f.item.id, f.message);
    if (r && f.item.frame.type === 'end_chat') r.view.notice(`Could not end the chat: ${f.message}`, { alert: true });
    return;
  }
  if (f.ref === 'escalate') { onEscalateError(lastEscalation, f); return; }
  if (f.code === 'not_found' && rooms.has(f.ref)) { // a resumed room that is not ours any more
    dismissRoom(rooms.get(f.ref));
    return;
  }
  const err = $('#console-error');
  err.textContent = f.message || 'Something went wrong.';
  show(err, true);
  setTimeout(() => show(err, false), 8000);
}

async function loadTranscript(r) {
  const res = await api(`/rooms/${encodeURIComponent(r.id)}/transcript`, { token: staff?.token });
  if (!res.ok) return;
  for (const m of res.data.messages) {
    if (m.seq != null) client.markSeen(r.id, m.seq);
    if (m.client_msg_id) client.ack(m.client_msg_id);
    if (m.whisper) r.view.whisper(m); else r.view.message({ ...m, room_id: r.id });
  }
}

// --- rooms ---------------------------------------------------------------------------------------

function addRoom({ id, peer, topic, mood, closed }) {
  if (rooms.has(id)) {
    const r = rooms.get(id);
    if (topic && !r.topic) r.topic = topic;
    return r;
  }
  const n = nextDomId++;
  const tab = h('button', {
    type: 'button', role: 'tab', id: `tab-${n}`, 'aria-controls': `room-${n}`, 'aria-selected': 'false',
    tabindex: '-1', onclick: () => activate(id),
  }, peer || 'Student');
  tab.addEventListener('keydown', tabKeys);
  const log = h('ol', { class: 'log', 'aria-label': `Messages with ${peer || 'the student'}` });
  const text = h('textarea', { id: `text-${n}`, rows: '1', maxlength: '2000', placeholder: 'Type a message', autocomplete: 'off' });
  const reason = h('textarea', { id: `reason-${n}`, rows: '2', maxlength: '2000' });
  const sub = h('small', {});
  const escState = h('span', { class: 'pill esc-state', hidden: true });
  const r = {
    id, peer, topic, mood, closed: false, dismissed: false, tab, text, reason, sub,
    typingTimer: null, lastTyping: 0, escalation: null, escState, escStatus: null,
  };
  const composer = h('form', { class: 'composer' },
    h('label', { for: `text-${n}`, class: 'sr-only' }, `Message to ${peer || 'the student'}`), text,
    h('button', { type: 'submit' }, 'Send'));
  composer.addEventListener('submit', (ev) => { ev.preventDefault(); sendText(r); });
  text.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) { ev.preventDefault(); sendText(r); }
  });
  text.addEventListener('input', () => {
    const now = Date.now();
    if (!r.closed && text.value && now - r.lastTyping > 3000 && client.send({ type: 'typing', room_id: id })) r.lastTyping = now;
  });
  const escForm = h('form', { class: 'escalate-form', hidden: true },
    h('div', { class: 'field' },
      h('label', { for: `reason-${n}` }, 'Why does this chat need a counselor?'), reason,
      h('p', { class: 'hint' }, 'The counselor on call is paged at once and can join this chat.')),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'danger' }, 'Page the counselor'),
      h('button', { type: 'button', class: 'quiet', onclick: () => toggleEscalate(r, false) }, 'Cancel')));
  escForm.addEventListener('submit', (ev) => { ev.preventDefault(); requestEscalation(r, reason.value.trim()); });
  r.escForm = escForm;
  r.escButton = h('button', { type: 'button', class: 'secondary', title: 'Escalate to a counselor', 'aria-label': 'Escalate to a counselor', onclick: () => toggleEscalate(r, true) }, 'Escalate');
  r.endButton = h('button', { type: 'button', class: 'danger', onclick: () => confirmEnd(r) }, 'End chat');
  r.alerts = h('div', { class: 'alerts' });
  r.typing = h('p', { class: 'typing' });
  r.closedBar = h('div', { class: 'actions closed-bar', hidden: true },
    h('span', { class: 'grow' }, 'This chat has ended.'),
    h('button', { type: 'button', class: 'secondary', onclick: () => dismissRoom(r) }, 'Close tab'));
  r.el = h('section', { class: 'room', id: `room-${n}`, role: 'tabpanel', 'aria-labelledby': `tab-${n}` },
    h('div', { class: 'chat-head' }, h('h2', {}, peer || 'Student', ' ', sub, escState),
      h('div', { class: 'actions' }, r.escButton, r.endButton)),
    r.alerts,
    h('div', { class: 'scroll' }, log),
    r.typing,
    escForm,
    composer,
    r.closedBar);
  r.composer = composer;
  r.view = new RoomView(log, {
    announcer: $('#announcer'),
    peerLabel: (m) => (m.sender_role === 'counselor' ? `${m.sender_handle || 'Counselor'} (counselor)` : m.sender_handle || peer || 'Student'),
  });
  rooms.set(id, r);
  $('#tabs').append(tab);
  $('#rooms').append(r.el);
  for (const item of client?.pending(id) || []) if (item.frame.type === 'send') r.view.pending(item.id, item.frame.text);
  r.view.setWaiting(client?.state !== 'online');
  updateSub(r);
  if (closed) markClosed(r, 'This chat has ended.');
  if (!active) activate(id);
  show($('#no-rooms'), false);
  return r;
}

function updateSub(r) {
  const bits = [];
  if (r.topic) bits.push(r.topic);
  if (r.mood) bits.push(`feeling ${r.mood}/5`);
  if (r.closed) bits.push('ended');
  r.sub.textContent = bits.join(' · ');
}

function activate(id) {
  active = id;
  for (const r of rooms.values()) {
    const on = r.id === id;
    r.el.classList.toggle('active', on);
    r.tab.setAttribute('aria-selected', String(on));
    r.tab.tabIndex = on ? 0 : -1;
    if (on) r.tab.classList.remove('attention');
  }
}

function tabKeys(ev) {
  if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(ev.key)) return;
  const tabs = [...$('#tabs').children];
  const i = tabs.indexOf(ev.currentTarget);
  const j = ev.key === 'Home' ? 0 : ev.key === 'End' ? tabs.length - 1
    : (i + (ev.key === 'ArrowRight' ? 1 : -1) + tabs.length) % tabs.length;
  tabs[j].focus();
  tabs[j].click();
  ev.preventDefault();
}

function sendText(r) {
  const text = r.text.value;
  if (!text.trim() || r.closed) return;
  const cid = newId();
  r.view.pending(cid, text);
  client.enqueue(cid, { type: 'send', room_id: r.id, client_msg_id: cid, text });
  r.text.value = '';
  r.lastTyping = 0;
  r.text.focus();
}

function setTyping(r, handle) {
  clearTimeout(r.typingTimer);
  r.typing.textContent = handle ? `${handle} is typing…` : '';
  if (handle) r.typingTimer = setTimeout(() => setTyping(r, null), 5000);
}

function confirmEnd(r) { endTarget = r; $('#confirm-end').showModal(); }
$('#confirm-end').addEventListener('close', () => {
  if ($('#confirm-end').returnValue === 'end' && endTarget && !endTarget.closed) {
    client.enqueue(`end:${endTarget.id}`, { type: 'end_chat', room_id: endTarget.id });
  }
  endTarget = null;
});

function closeRoom(r, f) {
  client.ack(`end:${r.id}`);
  client.untrack(r.id);
  for (const item of client.pending(r.id)) { client.ack(item.id); r.view.failed(item.id, 'the chat had ended'); }
  const why = {
    ended: f.by_role === 'volunteer' ? 'You ended the chat.'
      : f.by_role === 'counselor' ? 'The counselor ended the chat.' : `${r.peer || 'The student'} ended the chat.`,
    expired: 'The chat expired.',
    moderation: 'The chat was closed by moderation.',
  }[f.reason] || 'The chat has ended.';
  markClosed(r, why);
  announce($('#announcer'), `Chat with ${r.peer}: ${why}`);
  saveRooms();
}

function markClosed(r, why) {
  if (r.closed) return;
  r.closed = true;
  r.el.classList.add('closed');
  r.view.notice(why);
  setTyping(r, null);
  show(r.endButton, false);
  show(r.escButton, false);
  show(r.escForm, false);
  show(r.closedBar, true);
  updateSub(r);
}

function dismissRoom(r) {
  r.dismissed = true;
  client?.untrack(r.id);
  r.el.remove();
  r.tab.remove();
  rooms.delete(r.id);
  saveRooms();
  if (active === r.id) {
    active = null;
    const next = rooms.keys().next();
    if (!next.done) activate(next.value);
  }
  show($('#no-rooms'), rooms.size === 0);
}

// --- hooks: escalation features (risk alerts, escalate, whispers, counselors) ---------------------
// These frames come with the moderation and escalation work; the console renders them
// whenever they arrive.

/** risk_alert {room_id, seq, level, category, guidance}: shown prominently, not dismissed by itself.
 *  A later alert for the same message (the cascade confirming what the inline stage held as
 *  low, docs/protocol.md) replaces the earlier one: the latest level is the one that counts. */
function onRiskAlert(r, f) {
  if (f.seq != null) {
    for (const old of r.alerts.querySelectorAll('.risk-alert')) if (old.dataset.seq === String(f.seq)) old.remove();
  }
  const box = h('div', { class: 'risk-alert', role: 'alert', dataset: f.seq != null ? { seq: String(f.seq) } : null },
    h('h3', {}, `${f.level === 'high' ? 'High' : f.level === 'medium' ? 'Medium' : 'Possible'} risk: ${String(f.category || 'concern').replace(/_/g, ' ')}`),
    f.guidance ? h('p', {}, f.guidance) : null,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary escalate-btn', onclick: () => toggleEscalate(r, true) }, 'Escalate to a counselor'),
      h('button', { type: 'button', class: 'quiet', onclick: () => box.remove() }, 'Noted')));
  r.alerts.prepend(box);
  while (r.alerts.children.length > 2) r.alerts.lastElementChild.remove(); // the newest two
  if (f.seq != null) r.view.highlight(f.seq, f.level);
  if (active !== r.id) r.tab.classList.add('attention');
}

function toggleEscalate(r, on) {
  show(r.escForm, on && !r.closed);
  show(r.escButton, !on && !r.closed);
  if (on) r.reason.focus();
}

/** escalate {room_id, reason}: the server answers with an error until escalation lands. */
function requestEscalation(r, reason) {
  if (!reason) { r.reason.focus(); r.reason.setAttribute('aria-invalid', 'true'); return; }
  r.reason.removeAttribute('aria-invalid');
  lastEscalation = r;
  if (!client.send({ type: 'escalate', room_id: r.id, reason })) {
    r.view.notice('You are offline: the escalation was not sent. Try again when the connection is back.', { alert: true });
    return;
  }
  r.reason.value = '';
  toggleEscalate(r, false);
  if (!r.escStatus) setEscalation(r, 'requested', ESC_TEXT.requested);
  r.view.notice('You asked for a counselor. The counselor on call is being paged.');
}

function onEscalateError(r, f) {
  if (!r) return;
  if (!r.escStatus) setEscalation(r, null);
  const why = f.code === 'unsupported'
    ? 'Escalation is not available on this server yet. If the student may be in danger, follow your school’s emergency procedure and contact the counselor directly.'
    : `The escalation could not be sent: ${f.message}`;
  r.view.notice(why, { alert: true });
  announce($('#alerter'), why);
}

/** The room's escalation state, shown as a pill in its header (text, class, announcement). */
function setEscalation(r, state, text) {
  r.escalation = state;
  r.escState.className = `pill esc-state ${state || ''}`;
  r.escState.textContent = text || '';
  show(r.escState, !!state);
  r.el.toggleAttribute('data-escalated', !!state && state !== 'resolved');
  updateSub(r);
}

const ESC_TEXT = {
  requested: 'Paging a counselor…',
  paged: 'Counselor paged',
  exhausted: 'No counselor has acknowledged',
  acknowledged: 'Counselor acknowledged',
  joined: 'Counselor joined',
  resolved: 'Escalation resolved',
};

/**
 * escalation frames (the escalation object + event) for this volunteer's rooms:
 * open -> "counselor paged", acknowledged, joined -> "counselor joined", resolved.
 */
function onEscalationFrame(f) {
  const r = f.room_id ? rooms.get(f.room_id) : null;
  if (!r) return;
  const state = f.status === 'open' ? (f.exhausted ? 'exhausted' : 'paged') : f.status;
  if (!ESC_TEXT[state]) return;
  const before = r.escStatus;
  r.escStatus = state;
  setEscalation(r, state, ESC_TEXT[state]);
  if (before === state && f.event !== 'reescalated') return;
  const say = {
    paged: f.event === 'reescalated' ? 'Nobody answered in time: the next counselor on call is being paged.'
      : `A counselor has been paged (${f.level} risk${f.source === 'auto' ? ', detected automatically' : ''}).`,
    exhausted: 'No counselor has acknowledged this yet. If the student may be in danger, follow your school’s emergency procedure now.',
    acknowledged: 'A counselor acknowledged and is on the way.',
    joined: 'A counselor joined this chat.',
    resolved: 'The counselor resolved the escalation.',
  }[state];
  r.view.notice(say, { alert: state === 'exhausted' });
  announce($(state === 'exhausted' ? '#alerter' : '#announcer'), `Chat with ${r.peer || 'the student'}: ${say}`);
}

/** whisper {room_id, text, from_handle, sent_at}: coaching from the counselor, never shown to the student. */
function onWhisper(r, f) {
  r.view.whisper(f);
  announce($('#alerter'), `Private coaching from ${f.from_handle || 'the counselor'}, the student does not see it: ${f.text}`);
  if (active !== r.id) r.tab.classList.add('attention');
}

/** participant {room_id, event, role, handle}: e.g. a counselor joining. */
function onParticipant(r, f) {
  const who = `${f.handle}${f.role ? ` (${f.role})` : ''}`;
  const text = `${who} ${f.event === 'joined' ? 'joined' : 'left'} the chat`;
  r.view.notice(`${text} · ${clock()}`);
  announce($('#announcer'), `Chat with ${r.peer || 'the student'}: ${text}`);
  if (f.role === 'counselor' && f.event === 'joined' && r.escStatus !== 'joined') {
    r.escStatus = 'joined';
    setEscalation(r, 'joined', ESC_TEXT.joined);
  }
}

// --- start ---------------------------------------------------------------------------------------

if (staff?.token) startConsole(); else showLogin();
