// The neighbourhood of an entity drawn with sigma.js over a graphology graph. Clicking a
// node opens its page; the same nodes are listed as links below for keyboard users.
import Graph from 'graphology';
import Sigma from 'sigma';
import { entityLink, errorBox, loading } from '../components';
import { h, render } from '../dom';
import { fetchEgoGraph, type EgoGraph } from '../graph-data';
import { radialLayout } from '../graph-layout';
import { entityHref, type EntityKind } from '../routes';
import type { ViewContext } from '../view';

export const KIND_COLOURS: Record<EntityKind, string> = { agency: '#1f6feb', meeting: '#b35c00', official: '#7a3db8', directive: '#2a8a4a' };
const FONT = '"Noto Sans", "Segoe UI", "DejaVu Sans", "Liberation Sans", Arial, sans-serif';
const TYPENAMES: Record<EntityKind, string> = { agency: 'Agency', meeting: 'Meeting', official: 'Official', directive: 'Directive' };

function toGraphology(ego: EgoGraph): Graph {
  const graph = new Graph({ multi: true, type: 'directed' });
  const positions = radialLayout(ego);
  for (const node of ego.nodes) {
    const p = positions.get(node.id)!;
    graph.addNode(node.id, { x: p.x, y: p.y, label: node.label, size: node.ring === 0 ? 14 : node.ring === 1 ? 9 : 7, color: KIND_COLOURS[node.kind], kind: node.kind });
  }
  for (const edge of ego.edges) {
    if (graph.hasNode(edge.from) && graph.hasNode(edge.to)) graph.addEdge(edge.from, edge.to, { label: edge.type, size: 1.5, color: '#9aa4b2', type: 'arrow' });
  }
  return graph;
}

/** Writes the nodes' on-screen positions on the container, so tests can click a node. */
function publishPositions(renderer: Sigma, graph: Graph, container: HTMLElement): void {
  const out: Record<string, { x: number; y: number }> = {};
  graph.forEachNode((id, attrs) => {
    const p = renderer.graphToViewport({ x: attrs.x as number, y: attrs.y as number });
    out[id] = { x: Math.round(p.x), y: Math.round(p.y) };
  });
  container.dataset.nodePositions = JSON.stringify(out);
}

export async function graphView(ctx: ViewContext, kind: EntityKind, id: string): Promise<void> {
  render(ctx.main, loading('the neighbourhood'));
  let ego: EgoGraph | null;
  try {
    ego = await fetchEgoGraph(kind, id);
  } catch (err) {
    if (ctx.isCurrent()) render(ctx.main, errorBox(err));
    return;
  }
  if (!ctx.isCurrent()) return;
  if (ego === null) {
    render(ctx.main, errorBox(new Error(`No ${kind} with id ${id}.`)));
    return;
  }
  const centre = ego.nodes.find((n) => n.id === id);
  ctx.setTitle(`Graph: ${centre?.label ?? id}`);
  const container = h('div', { class: 'graph-canvas', id: 'graph-canvas', role: 'img', 'aria-label': `Graph of ${ego.nodes.length} entities around ${centre?.label ?? id}` });
  const keyList = h('ul', { class: 'legend' }, (Object.keys(KIND_COLOURS) as EntityKind[]).map((k) => h('li', { style: `--dot:${KIND_COLOURS[k]}`, class: 'kind-dot' }, k)));
  const nodeList = h(
    'ul',
    { class: 'graph-nodes', id: 'graph-nodes' },
    ego.nodes
      .filter((n) => n.id !== id)
      .map((n) => h('li', {}, h('span', { class: `kind kind-${n.kind}` }, n.kind), ' ', entityLink({ __typename: TYPENAMES[n.kind], id: n.id, name: n.label }))),
  );
  render(
    ctx.main,
    h('h1', {}, 'Neighbourhood of ', h('a', { href: entityHref(kind, id) }, centre?.label ?? id)),
    h('p', { class: 'muted' }, 'Click a node to open its page. Scroll to zoom, drag to pan.'),
    keyList,
    container,
    h('h2', {}, `Linked entities (${ego.nodes.length - 1})`),
    nodeList,
  );
  const graph = toGraphology(ego);
  let renderer: Sigma;
  try {
    renderer = new Sigma(graph, container, { labelFont: FONT, labelRenderedSizeThreshold: 0, labelSize: 12, defaultEdgeType: 'arrow', renderEdgeLabels: false, stagePadding: 50 });
  } catch (err) {
    render(container, errorBox(new Error(`The graph cannot be drawn here (${err instanceof Error ? err.message : String(err)}); the list below has every linked entity.`)));
    return;
  }
  renderer.on('clickNode', ({ node }) => {
    const k = graph.getNodeAttribute(node, 'kind') as EntityKind;
    location.hash = entityHref(k, node);
  });
  renderer.on('enterNode', () => (container.style.cursor = 'pointer'));
  renderer.on('leaveNode', () => (container.style.cursor = ''));
  renderer.on('afterRender', () => publishPositions(renderer, graph, container));
  publishPositions(renderer, graph, container);
  ctx.onLeave(() => renderer.kill());
}
