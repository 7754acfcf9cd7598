// Shared page content, kept live in the browser (see cop_app/services/threads/threadfeed.py).
//
// The server sends a thread's content as neutral data (ids, numbers,
// timestamps) on the page's own websocket, as socket.io events named "live":
// the whole thread when the tab enters its room, then only what changed.
// This module keeps it, formats it for this browser (language, time zone,
// "3 minutes ago") and hands it to the page through useCopThread(); the tab's
// Reflex state holds only the viewer's own flags.
import { useContext, useEffect, useSyncExternalStore } from "react";
import { useParams } from "react-router";
import { Socket } from "socket.io-client";
import { EventLoopContext } from "$/utils/context";
import { ReflexEvent } from "$/utils/state";

const EVENT = "live";

// ------------------------------------------------------------------ the store

let held = { id: 0, seq: 0, thread: null, posts: new Map(), zone: "", gone: false, me: null };
// The author's replies shown at once, before the server has answered (staged).
let staged = [];
let stagedCount = 0;
let view = null;
let resync = false;
let words = { key: "", just_now: "", sending: "", target: "{hours}", labels: {} }; // the page's texts
const listeners = new Set();

function changed() {
  view = null;
  for (const listener of listeners) listener();
}

// ------------------------------------------------------------------ the bell

let bell = null; // the member's unread count (null until the first message)
const bellListeners = new Set();

function ring(count) {
  bell = count;
  for (const listener of bellListeners) listener();
}

function subscribeBell(listener) {
  bellListeners.add(listener);
  return () => bellListeners.delete(listener);
}

const bellSnapshot = () => bell;

// The bell's badge ("3", "99+", "" for none) and its name, from the page's texts.
export function useCopBell(texts) {
  const known = useSyncExternalStore(subscribeBell, bellSnapshot, bellSnapshot);
  const count = known || 0;
  const badge = count <= 0 ? "" : count > texts.max ? `${texts.max}+` : String(count);
  const label = badge ? texts.unread.replace("{count}", badge) : texts.none;
  return { n: count, known: known !== null, badge, label };
}

// ------------------------------------------------------------------ the dashboard

// A community's health board (cop_app/services/health/boardfeed.py): named
// parts (cards, charts' figures, the stage...), replaced as they change.
let board = { room: "", seq: 0, parts: null, zone: "", gone: false };
let boardView = null;
let boardResync = false;
const boardListeners = new Set();

function boardChanged() {
  boardView = null;
  for (const listener of boardListeners) listener();
}

function receiveBoard(message) {
  if (message.gone) {
    if (board.room === message.room) {
      board = { room: message.room, seq: 0, parts: null, zone: board.zone, gone: true };
      boardChanged();
    }
    return;
  }
  if (message.full) {
    board = {
      room: message.room, seq: message.seq, parts: { ...message.parts },
      zone: message.zone || board.zone, gone: false,
    };
    boardResync = false;
    boardChanged();
    return;
  }
  if (board.room !== message.room || !board.parts || message.seq <= board.seq) return;
  if (message.from > board.seq) {
    boardResync = true; // a change was missed: ask for the whole board again
    boardChanged();
    return;
  }
  board.seq = message.seq;
  board.parts = { ...board.parts, ...message.parts };
  boardChanged();
}

const NO_FIGURE = { data: [], layout: {} };
const EMPTY_BOARD = {
  ready: false, gone: false, resync: false, slug: "", period: 0, name: "", updated: "",
  report_date: "", cards: [], attention: [], blocks: [], stage_title: "", stage_summary: "",
  stage_reasons: [], stage_advice: [], summaries: {}, fig_activity: NO_FIGURE,
  fig_first_response: NO_FIGURE, fig_focus: NO_FIGURE, fig_levels: NO_FIGURE,
  fig_funnel: NO_FIGURE,
};

function buildBoard() {
  if (board.gone) return { ...EMPTY_BOARD, ready: true, gone: true };
  const parts = board.parts;
  if (!parts) return { ...EMPTY_BOARD, resync: boardResync };
  const stage = parts.stage || {};
  const figure = (key) => parts[`fig_${key}`] || NO_FIGURE;
  return {
    ready: true, gone: false, resync: boardResync, slug: parts.slug, period: parts.period,
    name: parts.name, updated: moment(parts.as_of, board.zone), report_date: day(parts.as_of, board.zone),
    cards: parts.cards || [], attention: parts.attention || [], blocks: parts.blocks || [],
    stage_title: stage.title || "", stage_summary: stage.summary || "",
    stage_reasons: stage.reasons || [], stage_advice: stage.advice || [],
    summaries: parts.summaries || {},
    fig_activity: figure("activity"), fig_first_response: figure("first_response"),
    fig_focus: figure("focus"), fig_levels: figure("levels"), fig_funnel: figure("funnel"),
  };
}

function subscribeBoard(listener) {
  boardListeners.add(listener);
  return () => boardListeners.delete(listener);
}

const boardSnapshot = () => {
  if (boardView === null) boardView = buildBoard();
  return boardView;
};

// The board of the community the page's address names. ``resyncEvent``: the
// Reflex event that sends the whole board again.
export function useCopBoard(resyncEvent) {
  const current = useSyncExternalStore(subscribeBoard, boardSnapshot, boardSnapshot);
  const [addEvents] = useContext(EventLoopContext);
  const slug = useParams().slug || "";
  useEffect(() => {
    if (current.resync) {
      boardResync = false;
      addEvents([ReflexEvent(resyncEvent, {})]);
    }
  });
  return current.gone || current.slug === slug ? current : EMPTY_BOARD;
}

// ------------------------------------------------------------------ messages

function receive(message) {
  if (message && message.k === "bell") {
    ring(Number(message.n) || 0);
    return;
  }
  if (message && message.k === "board") {
    receiveBoard(message);
    return;
  }
  if (!message || message.k !== "thread") return;
  const id = message.id;
  if (message.gone) {
    if (held.id === id) {
      held = { id, seq: 0, thread: null, posts: new Map(), zone: held.zone, gone: true, me: null };
      staged = [];
      changed();
    }
    return;
  }
  if (message.staged) {
    // The server answered the oldest staged reply still shown: posted (its
    // post came in the room's message just before, and usually replaced it
    // already), held, or refused (the box keeps the text).
    if (held.id === id && staged.length) {
      staged = staged.slice(1);
      changed();
    }
    return;
  }
  if (message.full) {
    if (message.merge && held.id === id && held.thread) {
      for (const post of message.posts) {
        if (!held.posts.has(post.id)) held.posts.set(post.id, post);
      }
    } else {
      held = {
        id,
        seq: message.seq,
        thread: message.thread,
        posts: new Map(message.posts.map((post) => [post.id, post])),
        zone: message.zone || held.zone,
        gone: false,
        me: message.me || null,
      };
      staged = [];
    }
    resync = false;
    changed();
    return;
  }
  if (held.id !== id || !held.thread || message.seq <= held.seq) return;
  if (message.from > held.seq) {
    resync = true; // a change was missed: ask for the whole thread again
    changed();
    return;
  }
  held.seq = message.seq;
  if (message.thread) held.thread = message.thread;
  for (const post of message.posts || []) {
    if (!held.posts.has(post.id)) unstage(post);
    held.posts.set(post.id, post);
  }
  changed();
}

// The author's own new post has come: its staged copy stops showing at once
// (it stays in the queue until the server's answer for it arrives).
function unstage(post) {
  if (!held.me || post.author_id !== held.me.id) return;
  const body = (post.body || "").trim();
  const index = staged.findIndex((entry) => !entry.arrived && entry.body === body);
  if (index >= 0) {
    staged = staged.map((entry, n) => (n === index ? { ...entry, arrived: true } : entry));
  }
}

// A reply is shown the moment it is sent, marked as sending (the reply form's
// own submit goes on to Reflex as usual).
function stage(event) {
  const form = event.target;
  const box = form && form.querySelector ? form.querySelector("textarea#reply-body") : null;
  if (!box || !held.thread || !held.me) return;
  const body = box.value.trim();
  if (!body) return;
  stagedCount += 1;
  staged = [...staged, {
    id: -stagedCount, n: 1e9 + stagedCount, author_id: held.me.id, author: held.me.name,
    meta: held.me.meta || "", at: new Date().toISOString(), body, edited: false, helpful: 0,
    deleted: false, quote_author: "", quote_excerpt: "", pending: true,
  }];
  changed();
}

// The server wrote the page's title into the HTML for link previews and for
// the moment before this runs (cop_app/previews.py); from here on the page's own
// title, which React keeps current, is the only one.
if (typeof document !== "undefined") {
  for (const early of document.querySelectorAll("title[data-cop-preview]")) early.remove();
}

if (typeof document !== "undefined" && !window.__copLiveStage) {
  document.addEventListener("submit", stage, true);
  window.__copLiveStage = true;
}

// Messages named "live" come here; every other one goes on to Reflex.
if (!Socket.prototype.__copLive) {
  const onevent = Socket.prototype.onevent;
  Socket.prototype.onevent = function (packet) {
    const args = packet.data || [];
    if (args[0] === EVENT) {
      receive(args[1]);
      return;
    }
    return onevent.call(this, packet);
  };
  Socket.prototype.__copLive = true;
}

// ------------------------------------------------------------------ formatting

const lang = () =>
  (typeof document !== "undefined" && document.documentElement.lang) || "en";

const UNITS = [
  ["year", 365 * 86400],
  ["month", 30 * 86400],
  ["week", 7 * 86400],
  ["day", 86400],
  ["hour", 3600],
  ["minute", 60],
];

function number(value) {
  return new Intl.NumberFormat(lang()).format(value || 0);
}

function ago(iso, now) {
  return relative((Date.parse(iso) - now) / 1000, words.just_now);
}

function relative(seconds, justNow) {
  if (Math.abs(seconds) < 60) return justNow;
  const format = new Intl.RelativeTimeFormat(lang(), { numeric: "always" });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) / size >= 1) return format.format(Math.round(seconds / size), unit);
  }
  return justNow;
}

function day(iso, zone) {
  const options = { dateStyle: "medium" };
  if (zone) options.timeZone = zone;
  try {
    return new Intl.DateTimeFormat(lang(), options).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat(lang(), { dateStyle: "medium" }).format(new Date(iso));
  }
}

function moment(iso, zone) {
  if (!iso) return "";
  const options = { dateStyle: "medium", timeStyle: "short" };
  if (zone) options.timeZone = zone;
  try {
    return new Intl.DateTimeFormat(lang(), options).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat(lang(), { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
  }
}

function duration(seconds) {
  // The largest unit that is at least 1.5 of it, as Babel's threshold does.
  const units = [["year", 365 * 86400], ["month", 30 * 86400], ["week", 7 * 86400],
    ["day", 86400], ["hour", 3600], ["minute", 60], ["second", 1]];
  for (const [unit, size] of units) {
    if (seconds / size >= 1.5 || unit === "second") {
      const value = Math.round(seconds / size);
      return new Intl.NumberFormat(lang(), { style: "unit", unit, unitDisplay: "long" }).format(value);
    }
  }
  return "";
}

const label = (code) => words.labels[code] || "";

// For pages whose rows come from Reflex state (the community list): a
// timestamp as "3 minutes ago" and a count, in this browser's language.
export function copAgo(iso, justNow) {
  return iso ? relative((Date.parse(iso) - Date.now()) / 1000, justNow) : "";
}

export function copNumber(value) {
  return number(value);
}

function context(raw) {
  if (raw.kind !== "helpdesk") return "";
  const parts = raw.urgency ? [label(`urgency.${raw.urgency}`)] : [];
  return [...parts, raw.country, raw.project].filter(Boolean).join(" · ");
}

const EMPTY_THREAD = {
  id: 0, title: "", kind: "", subtype: "", status: "", focus: "", tags: [], pinned: false,
  locked: false, hidden: false, author_id: 0, author: "", created: "", replies: 0,
  replies_text: "0", first_response: "", urgency: "", country: "", project: "", target: "",
  accepted: 0, slug: "", community: "", archived: false, answered: false, answerable: false,
  kind_label: "", status_label: "", context: "",
};

const EMPTY = {
  ready: false, gone: false, id: 0, resync: false, thread: EMPTY_THREAD,
  opening: [], replies: [], accepted: [], earlier: 0,
};

function build() {
  if (held.gone) return { ...EMPTY, ready: true, gone: true, id: held.id };
  if (!held.thread) return { ...EMPTY, resync };
  const now = Date.now();
  const raw = held.thread;
  const thread = {
    ...EMPTY_THREAD,
    ...raw,
    created: day(raw.at, held.zone),
    replies_text: number(raw.replies),
    first_response: raw.first_response_s == null ? "" : duration(raw.first_response_s),
    target: raw.target_h ? words.target.replace("{hours}", number(raw.target_h)) : "",
    answered: raw.status === "answered",
    kind_label: raw.subtype ? label(`subtype.${raw.subtype}`) : label(`kind.${raw.kind}`),
    status_label: label(`status.${raw.status}`),
    context: context(raw),
  };
  const posts = [...held.posts.values(), ...staged.filter((entry) => !entry.arrived)]
    .sort((a, b) => a.n - b.n)
    .map((post) => ({
      pending: false,
      ...post,
      created: post.pending ? words.sending : ago(post.at, now),
      helpful_text: number(post.helpful),
      accepted: post.id === raw.accepted,
      opening: post.n === 0,
    }));
  const opening = posts.filter((post) => post.opening);
  const replies = posts.filter((post) => !post.opening);
  const shown = replies.filter((post) => !post.pending);
  const first = shown.length ? shown[0].n : 1;
  return {
    ready: true,
    gone: false,
    id: held.id,
    resync,
    thread,
    opening,
    replies,
    accepted: posts.filter((post) => post.accepted),
    earlier: Math.max(0, first - 1),
  };
}

function subscribe(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => {
  if (view === null) view = build();
  return view;
};

// ------------------------------------------------------------------ the hook

// The thread this tab shows (the page's address names it), formatted for this
// browser. ``resyncEvent`` is the full name of the Reflex event that sends the
// whole thread again; ``words`` the page's texts the formatting needs.
export function useCopThread(resyncEvent, texts) {
  if (texts.key !== words.key) {
    words = texts; // the first render (the texts are one per compiled page)
    view = null;
  }
  const current = useSyncExternalStore(subscribe, snapshot, snapshot);
  const [addEvents] = useContext(EventLoopContext);
  const wanted = Number(useParams().thread_id) || 0;
  useEffect(() => {
    if (current.resync && held.id === wanted) {
      resync = false;
      addEvents([ReflexEvent(resyncEvent, {})]);
    }
  });
  return current.id === wanted ? current : EMPTY;
}
