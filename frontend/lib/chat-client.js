// The WebSocket client shared by every page: hello with resume, reconnect with backoff,
// a persistent outbox re-sent with the same ids after a reconnect (the server dedupes),
// and duplicate seqs dropped. PROTOCOL.md "WebSocket: GET /ws".

const BACKOFF_MS = [500, 1000, 2000, 4000, 8000, 15000];
const PING_EVERY_MS = 25000;
const PONG_WAIT_MS = 8000;
const WELCOME_WAIT_MS = 10000;
const RESEND_AFTER_MS = 15000;
const BURST = 25; // frames per second when flushing (the server allows 30/s over 5 s)
const RETRYABLE = new Set(['unavailable', 'internal', 'rate_limited']);

export class ChatClient {
  /**
   * token: the bearer token for hello; store: localStorage or sessionStorage (the outbox
   * lives there under `${key}.outbox`); onFrame(frame): every frame worth a page's
   * attention; onState(state): 'connecting' | 'online' | 'offline' | 'unauthorized' | 'stopped'.
   */
  constructor({ token, store, key, onFrame, onState, onAuthFailed }) {
    this.token = token;
    this.store = store;
    this.key = key;
    this.onFrame = onFrame;
    this.onState = onState || (() => {});
    this.onAuthFailed = onAuthFailed || (() => {});
    this.ws = null;
    this.state = 'idle';
    this.attempt = 0;
    this.stopped = false;
    this.timers = {};
    this.seen = new Map(); // room_id -> {w: every seq <= w seen, above: Set of later seqs}
    this.rooms = new Set(); // rooms named in hello's resume
    this.outbox = this._load();
    this._listeners = {
      online: () => { this.attempt = 0; this.connect(); },
      offline: () => { this._drop(); this._setState('offline'); this._schedule(BACKOFF_MS.at(-1)); },
      visibilitychange: () => { if (document.visibilityState === 'visible') this.check(); },
      pageshow: () => this.check(),
    };
    addEventListener('online', this._listeners.online);
    addEventListener('offline', this._listeners.offline);
    addEventListener('pageshow', this._listeners.pageshow);
    document.addEventListener('visibilitychange', this._listeners.visibilitychange);
  }

  // --- seqs ---------------------------------------------------------------------------

  /** Record a seq; false when it was seen already (a duplicate to drop). */
  markSeen(roomId, seq) {
    let s = this.seen.get(roomId);
    if (!s) { s = { w: 0, above: new Set() }; this.seen.set(roomId, s); }
    if (seq <= s.w || s.above.has(seq)) return false;
    s.above.add(seq);
    while (s.above.has(s.w + 1)) { s.above.delete(s.w + 1); s.w += 1; }
    return true;
  }

  hasSeen(roomId, seq) {
    const s = this.seen.get(roomId);
    return !!s && (seq <= s.w || s.above.has(seq));
  }

  /** The last seq up to which nothing is missing: what hello's resume carries. */
  lastSeq(roomId) { return this.seen.get(roomId)?.w ?? 0; }

  track(roomId) { this.rooms.add(roomId); }
  untrack(roomId) { this.rooms.delete(roomId); }

  // --- outbox -------------------------------------------------------------------------

  _load() {
    try { return JSON.parse(this.store.getItem(`${this.key}.outbox`)) || []; } catch { return []; }
  }

  _save() {
    try {
      if (this.outbox.length) this.store.setItem(`${this.key}.outbox`, JSON.stringify(this.outbox));
      else this.store.removeItem(`${this.key}.outbox`);
    } catch { /* storage full or blocked: the outbox still lives in memory */ }
  }

  /** Keep a frame until it is acknowledged, and send it now if the socket is up. */
  enqueue(id, frame) {
    this.outbox = this.outbox.filter((i) => i.id !== id);
    const item = { id, frame, at: 0 };
    this.outbox.push(item);
    this._save();
    if (this.state === 'online') this._sendItem(item);
    return item;
  }

  /** Remove an acknowledged frame from the outbox; returns it (or undefined). */
  ack(id) {
    const item = this.outbox.find((i) => i.id === id);
    if (item) { this.outbox = this.outbox.filter((i) => i !== item); this._save(); }
    return item;
  }

  pending(roomId) { return this.outbox.filter((i) => i.frame.room_id === roomId); }

  _sendItem(item) { if (this.send(item.frame)) item.at = Date.now(); }

  flush(onlyStale = false) {
    const now = Date.now();
    const due = this.outbox.filter((i) => !onlyStale || now - i.at > RESEND_AFTER_MS);
    due.slice(0, BURST).forEach((i) => this._sendItem(i));
    if (due.length > BURST) this._timer('flush', () => this.flush(true), 1000);
  }

  // --- socket -------------------------------------------------------------------------

  send(frame) {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN || this.state !== 'online') return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  connect() {
    if (this.stopped || !this.token) return;
    if (this.ws && this.ws.readyState <= WebSocket.OPEN) return;
    this._clear('retry');
    this.attempt += 1;
    this._setState('connecting');
    const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
    this.ws = ws;
    ws.onopen = () => {
      const resume = {};
      for (const r of this.rooms) resume[r] = this.lastSeq(r);
      ws.send(JSON.stringify({ type: 'hello', token: this.token, resume }));
      this._timer('welcome', () => { if (this.ws === ws) this._lost(); }, WELCOME_WAIT_MS);
    };
    ws.onmessage = (ev) => { if (this.ws === ws) this._receive(ev.data); };
    ws.onclose = (ev) => { if (this.ws === ws) { this.ws = null; this._closed(ev.code); } };
    ws.onerror = () => {}; // onclose follows
  }

  /** After the phone wakes or the tab returns: reconnect now, or prove the socket alive. */
  check() {
    if (this.stopped) return;
    if (!this.ws) { this.attempt = 0; this.connect(); return; }
    if (this.state === 'online') this._ping(4000);
  }

  stop() {
    this.stopped = true;
    Object.keys(this.timers).forEach((t) => this._clear(t));
    this._drop();
    this._setState('stopped');
    removeEventListener('online', this._listeners.online);
    removeEventListener('offline', this._listeners.offline);
    removeEventListener('pageshow', this._listeners.pageshow);
    document.removeEventListener('visibilitychange', this._listeners.visibilitychange);
  }

  _receive(data) {
    let f;
    try { f = JSON.parse(data); } catch { return; }
    if (!f || typeof f.type !== 'string') return;
    this._clear('pong');
    switch (f.type) {
      case 'welcome':
        this._clear('welcome');
        this.attempt = 0;
        this._setState('online');
        this.onFrame(f);
        this.flush();
        this._timer('ping', () => this._ping(PONG_WAIT_MS), PING_EVERY_MS, true);
        return;
      case 'pong':
        return;
      case 'message':
        if (f.seq != null && !this.markSeen(f.room_id, f.seq)) return; // duplicate
        if (f.client_msg_id) f.item = this.ack(f.client_msg_id);
        break;
      case 'sent':
        f.item = this.ack(f.client_msg_id);
        if (f.room_id && f.seq != null) this.markSeen(f.room_id, f.seq);
        break;
      case 'withheld':
        f.item = this.ack(f.client_msg_id);
        break;
      case 'error':
        if (f.ref && this.outbox.some((i) => i.id === f.ref)) {
          if (RETRYABLE.has(f.code)) {
            this._timer('flush', () => this.flush(), 3000);
            return;
          }
          f.item = this.ack(f.ref);
        }
        break;
      default:
    }
    this.onFrame(f);
  }

  _ping(wait) {
    if (!this.send({ type: 'ping' })) return;
    this.flush(true);
    this._timer('pong', () => this._lost(), wait);
  }

  /** The socket is gone or silent: forget it and reconnect with backoff. */
  _lost() { this._drop(); this._closed(1006); }

  _drop() {
    const ws = this.ws;
    this.ws = null;
    this._clear('ping'); this._clear('pong'); this._clear('welcome');
    if (ws) {
      ws.onopen = ws.onmessage = ws.onclose = null;
      try { ws.close(1000); } catch { /* already closed */ }
    }
  }

  _closed(code) {
    this._clear('ping'); this._clear('pong'); this._clear('welcome');
    if (this.stopped) return;
    if (code === 4401) {
      this._setState('unauthorized');
      this.onAuthFailed();
      return;
    }
    this._setState('offline');
    const base = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)];
    let delay = base * (0.75 + Math.random() * 0.5);
    if (code === 4429) delay = Math.max(delay, 5000);
    if (!navigator.onLine) delay = BACKOFF_MS.at(-1);
    this._schedule(delay);
  }

  _schedule(delay) { this._timer('retry', () => this.connect(), delay); }

  _timer(name, fn, ms, repeat = false) {
    this._clear(name);
    this.timers[name] = repeat ? setInterval(fn, ms) : setTimeout(fn, ms);
  }

  _clear(name) {
    if (this.timers[name] != null) {
      clearTimeout(this.timers[name]);
      clearInterval(this.timers[name]);
      delete this.timers[name];
    }
  }

  _setState(s) {
    if (s === this.state) return;
    this.state = s;
    this.onState(s);
  }
}
