// Haven student page: intake -> queue -> chat -> feedback, with crisis help and
// "Leave quickly" on every screen. Keeps the anonymous token and an outbox in localStorage
// (never in URLs); message text stays in memory only and is rebuilt from the server
// (resume from seq 0, or the transcript) after a reload.

import { api } from './lib/api.js';
import { ChatClient } from './lib/chat-client.js';
import { $, $$, announce, h, newId, show } from './lib/dom.js';
import { RoomView } from './lib/room-view.js';

const KEY = 'haven.s';
const SCREENS = ['loading', 'intake', 'queue', 'chat', 'feedback', 'thanks', 'nope'];
const store = (() => {
  try { localStorage.setItem('haven.t', '1'); localStorage.removeItem('haven.t'); return localStorage; } catch {
    const m = new Map(); // storage blocked: keep state for this page only
    return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => m.set(k, String(v)), removeItem: (k) => m.delete(k) };
  }
})();

const slug = schoolSlug();
let state = load();
let client = null;
let view = null;
let current = null;
let typingTimer = null;
let lastTypingSent = 0;
let ending = false;

// --- leave quickly: first, so it works even if the rest fails ----------------------------

function leaveQuickly(ev) {
  if (ev) ev.preventDefault();
  try { client?.stop(); } catch { /* nothing to stop */ }
  try {
    for (const k of Object.keys(localStorage)) if (k.startsWith('haven.')) localStorage.removeItem(k);
  } catch { /* storage blocked */ }
  try { sessionStorage.clear(); } catch { /* storage blocked */ }
  document.title = 'Weather';
  document.body.replaceChildren();
  location.replace('/neutral.html');
}
$$('.leave').forEach((a) => a.addEventListener('click', leaveQuickly));

// --- state ---------------------------------------------------------------------------------

function schoolSlug() {
  const m = location.pathname.match(/^\/s\/([A-Za-z0-9_-]{1,64})\/?$/);
  if (m) return m[1].toLowerCase();
  const q = new URLSearchParams(location.search).get('school');
  if (q && /^[A-Za-z0-9_-]{1,64}$/.test(q)) return q.toLowerCase();
  return 'demo';
}

function load() {
  let s;
  try { s = JSON.parse(store.getItem(KEY)) || {}; } catch { s = {}; }
  if (s.school && s.school !== slug) { // another school's session: start afresh
    store.removeItem(`${KEY}.outbox`);
    s = {};
  }
  return s;
}

function save() { try { store.setItem(KEY, JSON.stringify(state)); } catch { /* full */ } }

// --- screens -------------------------------------------------------------------------------

function screen(name) {
  if (current === name) return;
  current = name;
  for (const s of SCREENS) show($(`#${s}`), s === name);
  $('main').scrollTop = 0;
  window.scrollTo(0, 0);
  const heading = $(`#${name} [tabindex="-1"]`);
  if (heading && document.activeElement !== $('#text')) heading.focus({ preventScroll: true });
}

function setConn(s) {
  const el = $('#conn');
  const text = {
    connecting: 'Connecting…',
    offline: "You're offline. We'll reconnect and send your messages automatically.",
  }[s];
  el.dataset.state = s;
  el.textContent = text || '';
  show(el, !!text && !!state.token && current !== 'intake');
  view?.setWaiting(s !== 'online');
}

// --- school and crisis resources -----------------------------------------------------------

function contactNode(contact) {
  const sms = contact.match(/\btext\s+(\w+)\s+to\s+(\d[\d\s-]*\d)/i);
  if (sms) return h('a', { href: `sms:${sms[2].replace(/\D/g, '')}?body=${encodeURIComponent(sms[1])}` }, contact);
  const tel = contact.match(/\b(call|text)\b\D*(\d[\d\s-]*\d|\d)/i);
  if (tel) {
    const scheme = /\bcall\b/i.test(contact) ? 'tel' : 'sms';
    return h('a', { href: `${scheme}:${tel[2].replace(/\D/g, '')}` }, contact);
  }
  return document.createTextNode(contact);
}

function renderSchool(school) {
  $('#school-name').textContent = school.name;
  const list = school.crisis_resources || [];
  if (list.length) {
    const first = list[0];
    $('#crisis-line').replaceChildren('In danger right now? ', h('strong', {}, first.name), ': ',
      contactNode(first.contact));
    $('#resources').replaceChildren(...list.map((r) => h('li', {},
      h('strong', {}, r.name),
      h('span', { class: 'contact' }, contactNode(r.contact)),
      r.hours ? h('span', { class: 'hint' }, ` · ${r.hours}`) : null,
      r.url ? h('div', {}, h('a', { href: r.url, rel: 'noopener noreferrer', target: '_blank' }, 'Website')) : null)));
  }
  const avail = $('#availability');
  avail.textContent = school.volunteers_available
    ? 'Volunteers are online now.'
    : "No volunteers are online right now. You can still join the line — we'll connect you as soon as one is free.";
  show(avail, true);
}

async function loadSchool() {
  const r = await api(`/schools/${encodeURIComponent(slug)}`);
  if (r.ok) { renderSchool(r.data); return true; }
  if (r.status === 404) { screen('nope'); return false; }
  setTimeout(loadSchool, 5000); // offline or server trouble: the fallback line stays shown
  return true;
}

$('#crisis-more').addEventListener('click', () => $('#help').showModal());

// --- connection ----------------------------------------------------------------------------

function startClient() {
  if (client) return;
  client = new ChatClient({
    token: state.token, store, key: KEY, onFrame, onState: setConn, onAuthFailed: sessionLost,
  });
  if (state.room) client.track(state.room.id);
  client.connect();
}

function sessionLost() {
  // The token no longer works (e.g. the server's data was reset): start over.
  client?.stop();
  client = null;
  store.removeItem(`${KEY}.outbox`);
  state = {};
  save();
  screen('intake');
  showError('#intake-error', 'Your earlier chat could not be found. You can start a new one.');
}

function onFrame(f) {
  switch (f.type) {
    case 'welcome': return onWelcome(f);
    case 'queued':
      if (state.requestId) client.ack(state.requestId);
      if (!state.room || state.room.closed) { state.waiting = true; save(); showQueue(f); }
      return;
    case 'request_cancelled':
      state.waiting = false; state.request = null; save();
      if (state.requestId) client.ack(state.requestId);
      client.ack('cancel_request');
      return screen('intake');
    case 'matched': return onMatched(f);
    case 'sent':
      if (f.room_id == null) { // the intake message is stored; it opens the chat when matched
        $('#q-intake').textContent = 'Your message is saved — your volunteer will read it first.';
        show($('#q-intake'), true);
      } else if (isMine(f.room_id)) view.sent(f.client_msg_id, f.seq);
      return;
    case 'message':
      if (!isMine(f.room_id)) return;
      view.message(f, { live: true });
      if (!f.client_msg_id) setTyping(null);
      return;
    case 'typing':
      if (isMine(f.room_id)) setTyping(f.handle);
      return;
    case 'withheld':
      if (f.room_id == null) {
        $('#q-intake').textContent = `Your first message was not passed on: ${f.reason}`;
        show($('#q-intake'), true);
      } else if (isMine(f.room_id)) view.failed(f.client_msg_id, f.reason);
      return;
    case 'participant':
      if (isMine(f.room_id)) {
        const who = f.role === 'counselor' ? `A counselor (${f.handle})` : f.handle;
        const text = `${who} ${f.event === 'joined' ? 'joined' : 'left'} the chat`;
        view.notice(f.role === 'counselor' && f.event === 'joined'
          ? `${text}. School counselors are trained adults who are here to help; your volunteer is still here too.`
          : `${text}.`);
        announce($('#announcer'), `${text}.`);
      }
      return;
    case 'room_closed': return onClosed(f);
    case 'error': return onError(f);
    default:
  }
}

function isMine(roomId) { return !!state.room && state.room.id === roomId && !!view; }

function onWelcome(w) {
  const room = (w.rooms || [])[0];
  if (room) {
    const known = state.room && state.room.id === room.room_id;
    if (state.requestId) client.ack(state.requestId);
    state.room = { id: room.room_id, peer: room.peer_handle };
    state.waiting = false;
    save();
    client.track(room.room_id);
    openChat();
    if (!known) loadTranscript(room.room_id); // not named in resume: fetch its history
  } else if (state.room && !state.room.closed) {
    openChat(); // named in resume: its replay and room_closed follow
  } else if (w.queue) {
    if (state.requestId) client.ack(state.requestId);
    state.waiting = true; save();
    showQueue(w.queue);
  } else if (state.requestId && client.outbox.some((i) => i.id === state.requestId)) {
    showQueue(null); // the request is about to be (re)sent
  } else if (state.feedback) {
    screen('feedback');
  } else {
    state.waiting = false; save();
    screen('intake');
  }
}

function onMatched(f) {
  if (state.requestId) client.ack(state.requestId);
  state.room = { id: f.room_id, peer: f.peer_handle };
  state.waiting = false;
  state.feedback = null;
  save();
  client.track(f.room_id);
  view = null;
  openChat();
  $('#ask-counselor').disabled = false;
  view.notice(`You're chatting with ${f.peer_handle}, a trained student volunteer.`);
  announce($('#announcer'), `${f.peer_handle} has joined. You can start chatting.`);
}

function onClosed(f) {
  if (!state.room || state.room.id !== f.room_id) return;
  client.ack('end_chat');
  client.untrack(f.room_id);
  for (const item of client.pending(f.room_id)) {
    client.ack(item.id);
    view?.failed(item.id, 'the chat had ended');
  }
  state.room.closed = true;
  state.feedback = f.room_id;
  save();
  const why = {
    ended: f.by_role === 'student' ? 'You ended the chat.'
      : f.by_role === 'counselor' ? 'The counselor ended the chat.' : 'Your volunteer ended the chat.',
    expired: 'The chat ended because your volunteer lost their connection.',
    moderation: 'The chat was ended by our safety system.',
  }[f.reason] || 'The chat has ended.';
  if (view) {
    view.notice(why);
    announce($('#announcer'), why);
  }
  show($('#composer'), false);
  show($('#end'), false);
  show($('#ask-counselor'), false);
  setTyping(null);
  $('#ended-why').textContent = why;
  show($('#ended'), true);
  if (ending || current !== 'chat') { ending = false; screen('feedback'); }
}

function onError(f) {
  if (f.code === 'resume_unavailable') { loadTranscript(f.ref); return; }
  if (f.item) { // a frame of the outbox failed for good
    const t = f.item.frame.type;
    if (t === 'send') view?.failed(f.item.id, f.message);
    else if (t === 'request_chat') {
      if (f.code === 'already_queued') showQueue(null);
      else if (f.code === 'already_in_room') client.check();
      else { state.waiting = false; save(); screen('intake'); showError('#intake-error', f.message); }
    } else if (t === 'cancel_request' && f.code === 'not_queued') screen('intake');
    return;
  }
  if (f.code === 'not_found' && state.room && f.ref === state.room.id) {
    client.untrack(state.room.id);
    state.room = null; save();
    screen('intake');
  }
}

async function loadTranscript(roomId) {
  const r = await api(`/rooms/${encodeURIComponent(roomId)}/transcript`, { token: state.token });
  if (!r.ok || !isMine(roomId)) return;
  for (const m of r.data.messages) {
    if (m.seq != null) client.markSeen(roomId, m.seq);
    if (m.client_msg_id) client.ack(m.client_msg_id);
    view.message({ ...m, room_id: roomId });
  }
}

// --- intake and queue ---------------------------------------------------------------------

function showError(sel, text) { const el = $(sel); el.textContent = text; show(el, !!text); }

$('#intake-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  showError('#intake-error', '');
  const btn = $('#start');
  btn.disabled = true;
  try {
    if (!state.token) {
      const r = await api('/students/sessions', { method: 'POST', body: { school: slug } });
      if (!r.ok) { showError('#intake-error', r.error.message); return; }
      state = { token: r.data.token, handle: r.data.handle, school: r.data.school };
      save();
    }
    const frame = { type: 'request_chat' };
    const topic = $('#topic').value;
    const mood = $('input[name=mood]:checked')?.value;
    const text = $('#first').value;
    if (topic) frame.topic = topic;
    if (mood) frame.mood = Number(mood);
    if (text.trim()) { frame.message = text; frame.client_msg_id = newId(); }
    state.requestId = frame.client_msg_id || 'request_chat';
    state.room = null; state.feedback = null; state.waiting = true;
    save();
    $('#intake-form').reset();
    show($('#q-intake'), false);
    showQueue(null);
    startClient();
    client.enqueue(state.requestId, frame);
  } finally {
    btn.disabled = false;
  }
});

function showQueue(q) {
  screen('queue');
  if (!q) return;
  $('#q-pos').textContent = q.position === 1 ? "You're next" : `Number ${q.position}`;
  const s = q.estimated_wait_s;
  $('#q-wait').textContent = s == null
    ? "We'll connect you as soon as a volunteer is free."
    : s === 0 ? 'A volunteer should be with you in a moment.'
      : s < 60 ? 'Estimated wait: less than a minute.'
        : `Estimated wait: about ${Math.ceil(s / 60)} minutes.`;
}

$('#cancel').addEventListener('click', () => {
  if (state.requestId) client?.ack(state.requestId);
  state.waiting = false; save();
  if (client) client.enqueue('cancel_request', { type: 'cancel_request' });
  screen('intake');
});

// --- chat ----------------------------------------------------------------------------------

function openChat() {
  if (!view) {
    $('#log').replaceChildren();
    view = new RoomView($('#log'), { announcer: $('#announcer'), peerLabel });
    for (const item of client?.pending(state.room.id) || []) {
      if (item.frame.type === 'send') view.pending(item.id, item.frame.text);
    }
    view.setWaiting(client?.state !== 'online');
  }
  $('#chat-sub').textContent = state.room.peer ? `with ${state.room.peer}` : '';
  const closed = !!state.room.closed;
  show($('#composer'), !closed);
  show($('#end'), !closed);
  show($('#ask-counselor'), !closed);
  show($('#ended'), closed);
  screen('chat');
}

/** Who a message is from: a counselor's messages say so. */
function peerLabel(m) {
  const name = m.sender_handle || state.room?.peer || 'Them';
  return m.sender_role === 'counselor' ? `${name} (counselor)` : name;
}

function setTyping(handle) {
  clearTimeout(typingTimer);
  $('#typing').textContent = handle ? `${handle} is typing…` : '';
  if (handle) typingTimer = setTimeout(() => setTyping(null), 5000);
}

const textBox = $('#text');
function grow() { textBox.style.height = 'auto'; textBox.style.height = `${Math.min(textBox.scrollHeight + 4, 140)}px`; }

textBox.addEventListener('input', () => {
  grow();
  const now = Date.now();
  if (state.room && !state.room.closed && textBox.value && now - lastTypingSent > 3000) {
    if (client?.send({ type: 'typing', room_id: state.room.id })) lastTypingSent = now;
  }
});
textBox.addEventListener('keydown', (ev) => {
  if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) { ev.preventDefault(); $('#composer').requestSubmit(); }
});

$('#composer').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const text = textBox.value;
  if (!text.trim() || !state.room || state.room.closed) return;
  const cid = newId();
  view.pending(cid, text);
  client.enqueue(cid, { type: 'send', room_id: state.room.id, client_msg_id: cid, text });
  textBox.value = '';
  grow();
  lastTypingSent = 0;
  textBox.focus();
});

// Asking for a counselor opens an escalation like a volunteer's (PROTOCOL.md: escalate).
$('#ask-counselor').addEventListener('click', () => {
  if (!state.room || state.room.closed) return;
  const frame = { type: 'escalate', room_id: state.room.id,
                  reason: 'The student asked to talk to a counselor.' };
  if (client.send(frame)) {
    view.notice("We've asked a school counselor to join this chat. Your volunteer stays with you.");
    announce($('#announcer'), 'A counselor has been asked to join.');
    $('#ask-counselor').disabled = true;
  } else {
    view.notice("You're offline right now; ask again when you're back online.");
  }
});

$('#end').addEventListener('click', () => $('#confirm-end').showModal());
$('#confirm-end').addEventListener('close', () => {
  if ($('#confirm-end').returnValue !== 'end' || !state.room) return;
  ending = true;
  client.enqueue('end_chat', { type: 'end_chat', room_id: state.room.id });
});
$('#to-feedback').addEventListener('click', () => screen('feedback'));

// --- feedback --------------------------------------------------------------------------------

function finish() {
  state.room = null; state.feedback = null; state.waiting = false; state.requestId = null;
  save();
  view = null;
  $('#log').replaceChildren();
  $('#fb-form').reset();
  screen('thanks');
}

$('#fb-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const rating = $('input[name=rating]:checked')?.value;
  const moodAfter = $('input[name=mood_after]:checked')?.value;
  if (!rating || !moodAfter) { showError('#fb-error', 'Please answer both questions, or choose Skip.'); return; }
  showError('#fb-error', '');
  const body = { rating: Number(rating), mood_after: Number(moodAfter) };
  const comment = $('#fb-comment').value.trim();
  if (comment) body.comment = comment;
  const r = await api(`/rooms/${encodeURIComponent(state.feedback)}/feedback`, { method: 'POST', body, token: state.token });
  if (r.ok || r.status === 409 && r.error.code === 'feedback_exists') finish();
  else showError('#fb-error', r.error.message);
});
$('#fb-skip').addEventListener('click', finish);
$('#again').addEventListener('click', () => screen('intake'));

// --- start -------------------------------------------------------------------------------------

function boot() {
  loadSchool().then((found) => { if (!found) client?.stop(); });
  if (!state.token) { screen('intake'); return; }
  startClient();
  if (state.room && !state.room.closed) openChat();
  else if (state.feedback) screen('feedback');
  else if (state.waiting) showQueue(null);
  else screen('intake');
}
boot();
$$('dialog').forEach((d) => d.addEventListener('click', (ev) => { if (ev.target === d) d.close(); }));
