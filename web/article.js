// Article view: the text with events, actors, quotes, places and times
// highlighted; hovering an event shows its evidence. Offsets from the API
// are UTF-8 byte offsets, turned into string indexes here.
import { api, el, actorLabel } from './app.js';

// byteIndex returns a function mapping UTF-8 byte offsets of str to
// JavaScript (UTF-16) string indexes.
export function byteIndex(str) {
  const map = new Int32Array(new TextEncoder().encode(str).length + 1);
  let b = 0, i = 0;
  for (const ch of str) {
    const cp = ch.codePointAt(0);
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let k = 0; k < n; k++) map[b + k] = i;
    b += n; i += ch.length;
  }
  map[b] = i;
  return (off) => map[Math.max(0, Math.min(off, map.length - 1))];
}

function evidenceText(e) {
  const lines = [
    `${e.code} ${e.plover} (root ${e.root}, quad ${e.quad_class}, Goldstein ${e.goldstein})`,
    `${actorLabel(e.source)} → ${actorLabel(e.target)}`,
    `verb “${e.evidence.verb}”, rule ${e.evidence.rule}`,
  ];
  if (e.evidence.pattern) lines.push(`pattern: ${e.evidence.pattern}`);
  for (const n of e.evidence.notes || []) lines.push(n);
  if (e.negated) lines.push('negated');
  if (e.mode) lines.push(`mode: ${e.mode}`);
  if (e.date) lines.push(`date: ${e.date}`);
  if (e.location) lines.push(`location: ${e.location.name}`);
  return lines.join('\n');
}

// highlight renders str with the spans [{start, end, cls, title, id}]
// (byte offsets), splitting at every span edge so spans may nest or overlap.
function highlight(str, spans) {
  const idx = byteIndex(str);
  const cuts = new Set([0, str.length]);
  const sp = spans.map((s) => ({ ...s, a: idx(s.start), b: idx(s.end) })).filter((s) => s.b > s.a);
  for (const s of sp) { cuts.add(s.a); cuts.add(s.b); }
  const pts = [...cuts].sort((x, y) => x - y);
  const out = [];
  for (let k = 0; k + 1 < pts.length; k++) {
    const [a, b] = [pts[k], pts[k + 1]];
    const cover = sp.filter((s) => s.a <= a && s.b >= b);
    const text = str.slice(a, b);
    if (cover.length === 0) { out.push(text); continue; }
    const titles = cover.map((s) => s.title).filter(Boolean);
    const props = { class: [...new Set(cover.map((s) => s.cls))].join(' ') };
    if (titles.length) props.title = titles.join('\n\n');
    const ev = cover.find((s) => s.id);
    if (ev) props['data-ev'] = ev.id;
    out.push(el('span', props, text));
  }
  return out;
}

export async function renderArticle(s) {
  const box = document.getElementById('article');
  if (!s.id) {
    box.replaceChildren(el('p', { class: 'empty' }, 'Pick an event or a quote to read its article.'));
    return;
  }
  const a = await api('/api/articles/' + encodeURIComponent(s.id));
  const spans = { title: [], text: [] };
  const where = (sent) => (a.sentences[sent] && a.sentences[sent].title ? spans.title : spans.text);
  for (const e of a.events) {
    const list = where(e.sentence);
    const id = `${e.sentence}:${e.evidence.start}`;
    list.push({ start: e.evidence.start, end: e.evidence.end, cls: 'hl-event', title: evidenceText(e), id });
    for (const r of [e.source, e.target]) if (r && !r.via && r.end > r.start) list.push({ start: r.start, end: r.end, cls: 'hl-actor' });
  }
  for (const q of a.quotes) where(q.sentence).push({ start: q.start, end: q.end, cls: 'hl-quote', title: `quote, speaker ${actorLabel(q.speaker)}` });
  for (const t of a.times) where(t.sentence).push({ start: t.start, end: t.end, cls: 'hl-time', title: `time ${t.value}` });
  for (const p of a.places) for (const [st, en] of p.mentions || []) spans.text.push({ start: st, end: en, cls: 'hl-place', title: `${p.name}${p.country ? ', ' + p.country : ''}` });
  for (const en of a.entities) for (const [st, end] of en.mentions || []) spans.text.push({ start: st, end, cls: 'hl-actor', title: [en.name, en.role, en.affiliation, en.code].filter(Boolean).join(' · ') });
  const sentences = a.sentences.filter((x) => !x.title);
  const textStart = sentences.length ? sentences[0].start : 0;
  box.replaceChildren(
    el('h2', {}, ...highlight(a.title || a.id, a.title ? spans.title : [])),
    el('div', { class: 'meta' }, [a.date, a.source, a.id].filter(Boolean).join(' · '), a.url ? ' · ' : '', a.url ? el('a', { href: a.url, rel: 'noreferrer' }, 'source') : ''),
    el('div', { class: 'keys' }, el('span', { class: 'hl-event' }, `events (${a.events.length})`), el('span', { class: 'hl-actor' }, 'actors'),
      el('span', { class: 'hl-quote' }, `quotes (${a.quotes.length})`), el('span', { class: 'hl-place' }, `places (${a.places.length})`), el('span', { class: 'hl-time' }, `times (${a.times.length})`)),
    el('div', { class: 'text', 'data-offset': textStart }, ...highlight(a.text, spans.text)),
  );
  if (s.ev) {
    const hit = box.querySelector(`[data-ev="${CSS.escape(s.ev)}"]`);
    if (hit) { hit.classList.add('focus'); hit.scrollIntoView({ block: 'center' }); }
  }
}
