// Haven counselor dashboard (first cut): sign in, the school's unresolved escalations from
// GET /api/v1/escalations with level, age and a countdown, acknowledge, and a sound and
// banner when an `escalation` frame pages this counselor. Join/whisper/transcript/resolve
// come with the escalation work.

import { api } from '../lib/api.js';
import { ChatClient } from '../lib/chat-client.js';
import { $, h, show } from '../lib/dom.js';
import { loadStaff, signIn, signOut } from '../lib/staff.js';

let staff = loadStaff();
let client = null;
let ticker = null;
let listMissing = false;
const items = new Map(); // escalation id -> escalation

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

function stop() {
  client?.stop();
  client = null;
  clearInterval(ticker);
  items.clear();
  $('#escalations').replaceChildren();
}

function start() {
  show($('#login'), false);
  show($('#dash'), true);
  show($('#logout'), true);
  $('#me').textContent = staff.user.display_name;
  $('#dash-title').focus();
  load();
  client = new ChatClient({
    token: staff.token, store: sessionStorage, key: 'haven.c',
    onFrame, onState: setConn,
    onAuthFailed: () => { stop(); signOut(null); staff = null; showLogin('Your session has ended. Please sign in again.'); },
  });
  client.connect();
  ticker = setInterval(render, 1000);
}

function setConn(s) {
  const text = { connecting: 'Connecting…', offline: 'Connection lost — reconnecting. New pages may not ring until it is back.' }[s];
  $('#conn').dataset.state = s;
  $('#conn').textContent = text || '';
  show($('#conn'), !!text);
}

$('#refresh').addEventListener('click', load);

async function load() {
  const r = await api('/escalations', { token: staff.token });
  listMissing = r.status === 404;
  if (listMissing) { items.clear(); render(); return; }
  if (r.status === 401) { stop(); signOut(null); staff = null; showLogin('Your session has ended. Please sign in again.'); return; }
  if (!r.ok) { showError(r.error.message); return; }
  showError('');
  items.clear();
  for (const e of r.data) items.set(e.id, e);
  render();
}

function showError(text) { $('#dash-error').textContent = text; show($('#dash-error'), !!text); }

// --- the live list ------------------------------------------------------------------------

function onFrame(f) {
  if (f.type !== 'escalation') return;
  const { event, type, ...esc } = f;
  if (esc.status === 'resolved') items.delete(esc.id); else items.set(esc.id, esc);
  render();
  const mine = (esc.paged_user_ids || []).includes(staff.user.id);
  if (mine && (event === 'opened' || event === 'reescalated')) page(esc);
}

function ago(iso) {
  const s = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 1000));
  return s < 60 ? `${s}s ago` : s < 3600 ? `${Math.floor(s / 60)} min ago` : `${Math.floor(s / 3600)} h ago`;
}

function countdown(iso) {
  if (!iso) return '';
  const s = Math.round((new Date(iso).getTime() - Date.now()) / 1000);
  if (s <= 0) return 'deadline passed';
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')} left to acknowledge`;
}

function render() {
  const list = [...items.values()].sort((a, b) =>
    (a.level === 'high' ? 0 : 1) - (b.level === 'high' ? 0 : 1) || String(a.created_at).localeCompare(String(b.created_at)));
  const ul = $('#escalations');
  const focused = document.activeElement?.dataset?.ack;
  ul.replaceChildren(...list.map((e) => h('li', { class: `esc ${e.level}` },
    h('p', {}, h('span', { class: `pill ${e.level}` }, e.level), ' ',
      h('strong', {}, String(e.category || '').replace(/_/g, ' ')), ` · ${e.status}`, ` · ${e.source || ''}`),
    e.reason ? h('p', {}, e.reason) : null,
    h('p', { class: 'hint' }, `Opened ${ago(e.created_at)}`,
      e.status === 'open' ? ` · ${countdown(e.deadline)}` : '',
      e.room_id ? '' : ' · student still waiting in the queue'),
    e.status === 'open'
      ? h('div', { class: 'actions' }, h('button', { type: 'button', dataset: { ack: e.id }, onclick: () => ack(e) }, 'Acknowledge'))
      : null)));
  if (focused) ul.querySelector(`[data-ack="${CSS.escape(focused)}"]`)?.focus();
  const empty = $('#empty');
  empty.textContent = listMissing
    ? 'The escalation list is not available on this server yet. Escalations will appear here once it is.'
    : 'No open escalations. All quiet.';
  show(empty, items.size === 0);
}

async function ack(e) {
  const r = await api(`/escalations/${encodeURIComponent(e.id)}/ack`, { method: 'POST', token: staff.token });
  if (r.ok) { items.set(r.data.id, r.data); render(); return; }
  showError(r.status === 409 ? 'Someone else has already acknowledged this escalation.'
    : r.status === 404 ? 'Acknowledging is not available on this server yet.' : r.error.message);
}

// --- the page alert: a banner, the title and a sound -----------------------------------------

let audio = null;
function beep() {
  try {
    audio = audio || new AudioContext();
    const t = audio.currentTime;
    for (let i = 0; i < 3; i += 1) {
      const o = audio.createOscillator();
      const g = audio.createGain();
      o.frequency.value = 880;
      g.gain.setValueAtTime(0.25, t + i * 0.4);
      g.gain.exponentialRampToValueAtTime(0.001, t + i * 0.4 + 0.3);
      o.connect(g).connect(audio.destination);
      o.start(t + i * 0.4);
      o.stop(t + i * 0.4 + 0.3);
    }
  } catch { /* no audio: the banner still shows */ }
}

function page(esc) {
  const banner = $('#page-alert');
  banner.textContent = `You are being paged: ${esc.level} risk (${String(esc.category || '').replace(/_/g, ' ')}). Acknowledge below.`;
  show(banner, true);
  document.title = '(!) Page — Haven';
  beep();
  setTimeout(() => { show(banner, false); document.title = 'Haven — counselor dashboard'; }, 60000);
}

if (staff?.token) start(); else showLogin();
