// The dashboard shell: filters kept in the URL's query string, tabs that
// switch views, and a small fetch helper. Each view renders from the state
// alone, so any view can be linked.
import { renderTimeline } from './timeline.js';
import { renderMap } from './map.js';
import { renderNetwork } from './network.js';
import { renderQuotes } from './quotes.js';
import { renderArticle } from './article.js';

export const FILTERS = ['actor', 'source', 'target', 'country', 'code', 'quad', 'from', 'to', 'place', 'text'];
const VIEWS = { timeline: renderTimeline, map: renderMap, network: renderNetwork, quotes: renderQuotes, article: renderArticle };

// state reads the URL: view, filters and view-specific keys (id, ev, q, speaker).
export function state() {
  const p = new URLSearchParams(location.search);
  const s = Object.fromEntries(p.entries());
  if (!VIEWS[s.view]) s.view = 'timeline';
  return s;
}

// filterParams returns the filter part of the state as query parameters.
export function filterParams(s, extra = {}) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (s[k]) p.set(k, s[k]);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== '') p.set(k, v);
  return p;
}

// navigate changes the state, records it in the URL and re-renders.
export function navigate(change) {
  const s = { ...state(), ...change };
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(s)) if (v !== undefined && v !== null && v !== '') p.set(k, v);
  history.pushState(null, '', '?' + p.toString());
  render();
}

// api fetches a JSON endpoint and throws the server's error message.
export async function api(path, params) {
  const url = params ? `${path}?${params}` : path;
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

export function status(msg, isError = false) {
  const el = document.getElementById('status');
  el.textContent = msg;
  el.className = isError ? 'error' : '';
}

// el builds a DOM element with properties and children (text is escaped).
export function el(tag, props = {}, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else e.setAttribute(k, v);
  }
  for (const k of kids.flat()) if (k !== null && k !== undefined) e.append(k instanceof Node ? k : String(k));
  return e;
}

export function actorLabel(a) {
  if (!a) return '—';
  return a.code ? `${a.name || a.text} (${a.code})` : (a.name || a.text);
}

let seq = 0;
async function render() {
  const s = state();
  const form = document.getElementById('filters');
  for (const k of FILTERS) form.elements[k].value = s[k] || '';
  for (const a of document.querySelectorAll('#tabs a')) a.classList.toggle('active', a.dataset.view === s.view);
  for (const v of document.querySelectorAll('.view')) v.classList.toggle('active', v.id === 'view-' + s.view);
  const mine = ++seq;
  status('loading…');
  try {
    await VIEWS[s.view](s);
    if (mine === seq) status('');
  } catch (err) {
    if (mine === seq) status(err.message, true);
  }
}

function init() {
  const form = document.getElementById('filters');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const change = {};
    for (const k of FILTERS) change[k] = form.elements[k].value.trim();
    navigate(change);
  });
  document.getElementById('clear').addEventListener('click', () => {
    const change = {};
    for (const k of FILTERS) change[k] = '';
    navigate(change);
  });
  for (const a of document.querySelectorAll('#tabs a')) {
    a.addEventListener('click', (e) => { e.preventDefault(); navigate({ view: a.dataset.view }); });
  }
  window.addEventListener('popstate', render);
  render();
}

init();
