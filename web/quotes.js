// Quote search: who said what, when, with a link to the article.
import { api, navigate, el, actorLabel } from './app.js';

let wired = false;

export async function renderQuotes(s) {
  const form = document.getElementById('quote-form');
  if (!wired) {
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      navigate({ q: form.elements.q.value.trim(), speaker: form.elements.speaker.value.trim() });
    });
    wired = true;
  }
  form.elements.q.value = s.q || '';
  form.elements.speaker.value = s.speaker || '';
  const p = new URLSearchParams({ limit: 200 });
  if (s.q) p.set('q', s.q);
  if (s.speaker) p.set('speaker', s.speaker);
  const { quotes } = await api('/api/quotes', p);
  const box = document.getElementById('quotes');
  if (quotes.length === 0) {
    box.replaceChildren(el('p', { class: 'empty' }, 'No quotes match.'));
    return;
  }
  box.replaceChildren(el('table', { id: 'quote-table' },
    el('thead', {}, el('tr', {}, ['Date', 'Speaker', 'Quote', 'Article'].map((h) => el('th', {}, h)))),
    el('tbody', {}, quotes.map((q) => el('tr', {
      class: 'row', onclick: () => navigate({ view: 'article', id: q.article_id, ev: '' }),
    }, el('td', {}, q.date), el('td', {}, actorLabel(q.speaker)), el('td', {}, `“${q.text}”`), el('td', {}, q.title || q.article_id))))));
}
