// Actor network: who acts on whom. Edge colour is cooperation (green) or
// conflict (red) by the majority of quad classes; width grows with events.
import { api, filterParams, navigate } from './app.js';

let cy;

export async function renderNetwork(s) {
  const { edges } = await api('/api/network', filterParams(s, { limit: 150 }));
  const nodes = new Map();
  const add = (code, name) => {
    const n = nodes.get(code) || { code, name: name || code, degree: 0 };
    n.degree++;
    nodes.set(code, n);
  };
  for (const e of edges) { add(e.source, e.source_name); add(e.target, e.target_name); }
  const elements = [
    ...[...nodes.values()].map((n) => ({ data: { id: n.code, label: n.code, name: n.name, size: 14 + 6 * Math.sqrt(n.degree) } })),
    ...edges.map((e, i) => ({
      data: {
        id: 'e' + i, source: e.source, target: e.target, count: e.count,
        color: e.conflict > e.cooperation ? '#c0392b' : e.cooperation > e.conflict ? '#2e8b57' : '#8a8a8a',
        width: 1 + 2 * Math.log2(1 + e.count),
      },
    })),
  ];
  cy?.destroy();
  cy = cytoscape({
    container: document.getElementById('network'),
    elements,
    layout: { name: 'cose', animate: false, nodeRepulsion: 9000, idealEdgeLength: 90, randomize: false },
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#3d5a73', 'font-size': 10, color: '#1d2329', 'text-valign': 'bottom' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.8 } },
    ],
  });
  cy.on('tap', 'node', (e) => navigate({ actor: e.target.id(), view: 'timeline' }));
  document.getElementById('network').dataset.nodes = nodes.size;
  document.getElementById('network').dataset.edges = edges.length;
}
