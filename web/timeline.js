// Timeline: events per day stacked by quad class, with a brush that sets
// the date filter, and the list of matching events below it.
import { api, filterParams, navigate, el, actorLabel } from './app.js';

const QUADS = { 1: ['Verbal cooperation', '#2e8b57'], 2: ['Material cooperation', '#1f6fa8'], 3: ['Verbal conflict', '#e08a00'], 4: ['Material conflict', '#c0392b'] };
let chart;

export async function renderTimeline(s) {
  const box = document.getElementById('timeline');
  if (!chart) {
    chart = echarts.init(box);
    chart.on('brushEnd', (e) => {
      const r = e.areas && e.areas[0] && e.areas[0].coordRange;
      if (!r) return;
      const day = (t) => new Date(t).toISOString().slice(0, 10);
      navigate({ from: day(r[0]), to: day(r[1]) });
    });
    window.addEventListener('resize', () => chart.resize());
  }
  chart.resize();
  const [agg] = await Promise.all([
    api('/api/aggregates', filterParams(s, { by: 'day', group: 'quad' })),
    renderEvents(s),
  ]);
  const series = Object.entries(QUADS).map(([q, [name, color]]) => ({
    name, type: 'bar', stack: 'events', color, barMaxWidth: 18,
    data: agg.buckets.filter((b) => b.key === q).map((b) => [b.period, b.count, b.goldstein]),
  }));
  chart.setOption({
    animation: false,
    title: { text: `Events by quad class (${agg.buckets.reduce((n, b) => n + b.count, 0)})`, left: 8, top: 4, textStyle: { fontSize: 13 } },
    tooltip: { trigger: 'axis' },
    legend: { top: 4, right: 120 },
    grid: { left: 48, right: 24, top: 40, bottom: 56 },
    toolbox: { right: 12, feature: { brush: { type: ['lineX', 'clear'] } } },
    brush: { xAxisIndex: 0, brushMode: 'single', throttleType: 'debounce', throttleDelay: 300 },
    dataZoom: [{ type: 'slider', height: 18, bottom: 8 }],
    xAxis: { type: 'time' },
    yAxis: { type: 'value', minInterval: 1 },
    series,
  }, true);
  chart.dispatchAction({ type: 'takeGlobalCursor', key: 'brush', brushOption: { brushType: 'lineX', brushMode: 'single' } });
}

async function renderEvents(s, cursor = '', table = null) {
  const box = document.getElementById('events');
  const page = await api('/api/events', filterParams(s, { limit: 200, cursor }));
  if (!table) {
    table = el('table', { id: 'event-table' }, el('thead', {}, el('tr', {},
      ['Date', 'Source', 'Event', 'Target', 'Place', 'Verb', 'Article'].map((h) => el('th', {}, h)))), el('tbody'));
    box.replaceChildren(table);
    if (page.events.length === 0) box.append(el('p', { class: 'empty' }, 'No events match the filters.'));
  }
  const body = table.querySelector('tbody');
  for (const e of page.events) {
    body.append(el('tr', {
      class: 'row', dataset: { article: e.article_id },
      onclick: () => navigate({ view: 'article', id: e.article_id, ev: `${e.sentence}:${e.evidence.start}` }),
    },
    el('td', {}, e.date), el('td', {}, actorLabel(e.source)),
    el('td', { class: 'q' + e.quad_class, title: `Goldstein ${e.goldstein}` }, `${e.code} ${e.plover}`),
    el('td', {}, actorLabel(e.target)), el('td', {}, e.location ? e.location.name : ''),
    el('td', {}, e.evidence.verb), el('td', {}, e.article_id)));
  }
  box.querySelector('.more')?.remove();
  if (page.next) {
    box.append(el('button', { class: 'more', onclick: () => renderEvents(s, page.next, table) }, 'More events'));
  }
}
