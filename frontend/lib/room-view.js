// One chat room's message list: bubbles kept in seq order, own messages pending until
// `sent`, duplicates ignored, peer messages announced to screen readers.
// Message text only ever goes into the page through textContent (dom.js h()).

import { announce, clock, h } from './dom.js';

const STATE_TEXT = {
  sending: 'Sending…',
  waiting: 'Waiting for connection — will send when you are back online',
  sent: 'Sent',
};

export class RoomView {
  /**
   * log: an <ol>; announcer: an aria-live region; peerLabel(m): how to name the sender;
   * whisperLabel(w, own): the line that marks a whisper (the student's page never gets any).
   */
  constructor(log, { announcer, peerLabel, whisperLabel } = {}) {
    this.log = log;
    this.announcer = announcer;
    this.peerLabel = peerLabel || ((m) => m.sender_handle || 'Them');
    this.whisperLabel = whisperLabel || ((w) =>
      `Private coaching from ${w.from_handle || w.sender_handle || 'the counselor'} (counselor) · the student never sees this`);
    this.bySeq = new Map();
    this.byCid = new Map();
    this.whispers = new Map(); // client_msg_id or "sent_at|text" -> element
    this.maxSeq = 0;
    this.waiting = false;
  }

  _nearBottom() {
    const s = this.log.closest('.scroll') || this.log;
    return s.scrollHeight - s.scrollTop - s.clientHeight < 80;
  }

  _scroll(force) {
    const s = this.log.closest('.scroll') || this.log;
    if (force) s.scrollTop = s.scrollHeight;
  }

  /** Insert keeping order by data-key (seq; pending = Infinity; notices between). */
  _insert(el, key) {
    const stick = this._nearBottom();
    el.dataset.key = String(key);
    let before = null;
    for (let c = this.log.lastElementChild; c; c = c.previousElementSibling) {
      if (Number(c.dataset.key) > key) before = c; else break;
    }
    this.log.insertBefore(el, before);
    this._scroll(stick || el.classList.contains('own'));
  }

  _bubble(m, own, state) {
    const who = own ? 'You' : this.peerLabel(m);
    const meta = h('p', { class: 'meta' },
      h('span', { class: 'who' }, who), ' · ',
      h('time', { datetime: m.sent_at || '' }, clock(m.sent_at)));
    if (own) meta.append(' · ', h('span', { class: 'state' }, STATE_TEXT[state] || ''));
    const li = h('li', { class: `msg ${own ? 'own' : 'peer'} role-${m.sender_role || 'x'}` },
      h('p', { class: 'text' }, m.text), meta);
    if (own) li.dataset.state = state;
    return li;
  }

  _setState(el, state, text) {
    el.dataset.state = state;
    const s = el.querySelector('.state');
    if (s) s.textContent = text || STATE_TEXT[state] || '';
  }

  _setSeq(el, seq) {
    if (seq == null) return;
    el.dataset.seq = String(seq);
    this.bySeq.set(seq, el);
    this.maxSeq = Math.max(this.maxSeq, seq);
    el.remove();
    this._insert(el, seq);
  }

  /** A delivered message (live, replayed or from the transcript). */
  message(m, { live = false } = {}) {
    if (m.whisper) return this.whisper(m);
    if (m.seq != null && this.bySeq.has(m.seq)) return this.bySeq.get(m.seq);
    const mine = m.client_msg_id ? this.byCid.get(m.client_msg_id) : null;
    if (mine) {
      this._setState(mine, 'sent');
      this._setSeq(mine, m.seq);
      return mine;
    }
    const own = !!m.client_msg_id;
    const el = this._bubble(m, own, 'sent');
    if (own) this.byCid.set(m.client_msg_id, el);
    if (m.seq != null) {
      el.dataset.seq = String(m.seq);
      this.bySeq.set(m.seq, el);
      this.maxSeq = Math.max(this.maxSeq, m.seq);
    }
    this._insert(el, m.seq ?? Infinity);
    if (live && !own) announce(this.announcer, `${this.peerLabel(m)} says: ${m.text}`);
    return el;
  }

  /** An own message not yet acknowledged. */
  pending(clientMsgId, text) {
    if (this.byCid.has(clientMsgId)) return this.byCid.get(clientMsgId);
    const el = this._bubble({ text, sent_at: new Date().toISOString() }, true,
      this.waiting ? 'waiting' : 'sending');
    el.dataset.cid = clientMsgId;
    this.byCid.set(clientMsgId, el);
    this._insert(el, Infinity);
    return el;
  }

  sent(clientMsgId, seq) {
    const el = this.byCid.get(clientMsgId);
    if (!el) return;
    if (seq != null && this.bySeq.has(seq) && this.bySeq.get(seq) !== el) { el.remove(); return; }
    this._setState(el, 'sent');
    this._setSeq(el, seq);
  }

  failed(clientMsgId, why) {
    const el = this.byCid.get(clientMsgId);
    if (el) this._setState(el, 'failed', `Not sent: ${why}`);
  }

  /** Pending bubbles say whether they wait for the network or are on their way. */
  setWaiting(waiting) {
    this.waiting = waiting;
    for (const el of this.log.querySelectorAll('.msg.own[data-state="sending"], .msg.own[data-state="waiting"], .msg.whisper[data-state="sending"], .msg.whisper[data-state="waiting"]')) {
      this._setState(el, waiting ? 'waiting' : 'sending');
    }
  }

  /**
   * A whisper (live frame, transcript item with whisper: true, or own==pending): kept out of
   * the seq order, shown distinctly; repeats (live frame, then the transcript) are dropped.
   */
  whisper(w, { own = false, state } = {}) {
    const key = w.client_msg_id || `${w.sent_at}|${w.text}`;
    const known = this.whispers.get(key) || this.whispers.get(`${w.sent_at}|${w.text}`);
    if (known) {
      if (!state && known.dataset.state) this._setWhisperState(known, 'sent');
      return known;
    }
    const mine = own || !!w.client_msg_id;
    const meta = h('p', { class: 'meta' }, h('span', { class: 'who' }, this.whisperLabel(w, mine)),
      ' · ', h('time', { datetime: w.sent_at || '' }, clock(w.sent_at)));
    if (state) meta.append(' · ', h('span', { class: 'state' }, STATE_TEXT[state] || ''));
    const el = h('li', { class: `msg whisper${mine ? ' own-whisper' : ''}` },
      h('p', { class: 'whisper-tag' }, 'Whisper'), h('p', { class: 'text' }, w.text), meta);
    if (state) el.dataset.state = state;
    this.whispers.set(key, el);
    if (w.sent_at) this.whispers.set(`${w.sent_at}|${w.text}`, el);
    this._insert(el, this.maxSeq + 0.5);
    return el;
  }

  /** An own whisper not yet acknowledged (`sent` with seq null). */
  pendingWhisper(clientMsgId, text) {
    return this.whisper({ client_msg_id: clientMsgId, text, sent_at: new Date().toISOString() },
      { own: true, state: this.waiting ? 'waiting' : 'sending' });
  }

  whisperSent(clientMsgId) {
    const el = this.whispers.get(clientMsgId);
    if (el) this._setWhisperState(el, 'sent');
    return !!el;
  }

  whisperFailed(clientMsgId, why) {
    const el = this.whispers.get(clientMsgId);
    if (el) this._setWhisperState(el, 'failed', `Not sent: ${why}`);
    return !!el;
  }

  _setWhisperState(el, state, text) {
    el.dataset.state = state;
    const s = el.querySelector('.state');
    if (s) s.textContent = text || STATE_TEXT[state] || '';
  }

  notice(text, { alert = false } = {}) {
    const el = h('li', { class: `notice${alert ? ' alert' : ''}` }, text);
    this._insert(el, this.maxSeq + 0.5);
    return el;
  }

  highlight(seq, level) {
    const el = this.bySeq.get(seq);
    if (!el) return;
    el.classList.remove('risk-low', 'risk-medium', 'risk-high'); // a later alert's level replaces
    el.classList.add('risk', `risk-${level}`);
  }

  count() { return this.log.querySelectorAll('.msg').length; }
}
