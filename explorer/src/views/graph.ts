// The neighbourhood of an entity drawn with sigma.js: ForceAtlas2 layout, labels that do not
// overlap, filters by entity kind and link type, "show more" on a large neighbourhood. A click
// selects a node and highlights it with its neighbours (a second click, or the link in the
// panel, opens its page); every node is also listed as a link below, for keyboard users.
import { entityLink, errorBox, loading, truncate } from '../components';
import { h, render } from '../dom';
import { buildGraph, NODE_STEP } from '../graph-build';
import { drawGraph, type GraphCanvas } from '../graph-canvas';
import { filterControls, showMoreButton, type GraphFilters } from '../graph-controls';
import { fetchEgoGraph, type EgoGraph, type EgoNode } from '../graph-data';
import { KIND_LABELS, PHONE_LABEL, SHORT_LABEL } from '../graph-style';
import { countOf, t } from '../i18n';
import { entityHref, graphHref, type EntityKind } from '../routes';
import type { ViewContext } from '../view';

const TYPENAMES: Record<EntityKind, string> = { agency: 'Agency', meeting: 'Meeting', official: 'Official', directive: 'Directive' };

function nodeLink(n: EgoNode, max = 90): HTMLElement {
  return entityLink({ __typename: TYPENAMES[n.kind], id: n.id, name: truncate(n.label, max) });
}

/** What the panel under the canvas says about the selected node. */
function selectionPanel(panel: HTMLElement, ego: EgoGraph, node: EgoNode | null): void {
  if (node === null) {
    render(panel, h('span', { class: 'muted' }, t('Click a node to highlight it with its neighbours; click it again to open its page.')));
    return;
  }
  const neighbours = ego.edges.filter((e) => e.from === node.id || e.to === node.id).length;
  render(
    panel,
    h('span', { class: `kind kind-${node.kind}` }, t(KIND_LABELS[node.kind])),
    ' ',
    h('a', { href: entityHref(node.kind, node.id), id: 'graph-open-selected', lang: 'vi' }, node.label),
    h('span', { class: 'muted' }, ` · ${countOf(neighbours, 'link')} · `),
    node.id === ego.centre ? null : h('a', { href: graphHref(node.kind, node.id) }, t('its own neighbourhood')),
  );
}

export async function graphView(ctx: ViewContext, kind: EntityKind, id: string): Promise<void> {
  render(ctx.main, loading());
  let ego: EgoGraph | null;
  try {
    ego = await fetchEgoGraph(kind, id);
  } catch (err) {
    if (ctx.isCurrent()) render(ctx.main, errorBox(err));
    return;
  }
  if (!ctx.isCurrent()) return;
  if (ego === null) {
    render(ctx.main, errorBox(new Error(t('Nothing with id {id}.', { id }))));
    return;
  }
  const graphData = ego;
  const centre = ego.nodes.find((n) => n.id === id);
  const name = centre?.label ?? id;
  ctx.setTitle(`${t('Graph')}: ${name}`);
  const filters: GraphFilters = { hiddenKinds: new Set(), hiddenEdgeTypes: new Set() };
  let canvas: GraphCanvas | null = null;
  let selected: string | null = null;
  let limit = NODE_STEP;
  const total = ego.nodes.length - 1;
  const container = h('div', { class: 'graph-canvas', id: 'graph-canvas', role: 'img', 'aria-label': t('Graph of {n} entities around {name}', { n: ego.nodes.length, name }) });
  const panel = h('p', { class: 'graph-selection', id: 'graph-selection', 'aria-live': 'polite' });
  const more = h('div', {});
  const select = (node: string | null) => {
    selected = node;
    canvas?.select(node);
    selectionPanel(panel, graphData, graphData.nodes.find((n) => n.id === node) ?? null);
  };
  const draw = () => {
    canvas?.kill();
    canvas = null;
    render(more, showMoreButton(Math.min(limit, total), total, NODE_STEP, () => {
      limit += NODE_STEP;
      draw();
    }));
    try {
      canvas = drawGraph(buildGraph(graphData, limit, container.clientWidth < 560 ? PHONE_LABEL : SHORT_LABEL), container, filters, {
        clickNode: (node, k) => {
          if (node === selected) location.hash = entityHref(k, node);
          else select(node);
        },
        clickStage: () => select(null),
      });
    } catch (err) {
      render(container, errorBox(new Error(t('The graph cannot be drawn here ({reason}); the list below has every linked entity.', { reason: err instanceof Error ? err.message : String(err) }))));
      return;
    }
    if (selected !== null) canvas.select(selected);
  };
  // Tabbing through the list highlights each node in the graph, as a click on it would.
  const nodeList = h('ul', { class: 'graph-nodes', id: 'graph-nodes' }, ego.nodes.filter((n) => n.id !== id).map((n) => h('li', { 'data-node': n.id }, h('span', { class: `kind kind-${n.kind}` }, t(KIND_LABELS[n.kind])), ' ', nodeLink(n))));
  nodeList.addEventListener('focusin', (event) => {
    const node = (event.target as HTMLElement).closest('li')?.dataset.node;
    if (node !== undefined && node !== selected) select(node);
  });
  render(
    ctx.main,
    h('h1', {}, `${t('Neighbourhood of')} `, h('a', { href: entityHref(kind, id), lang: 'vi' }, name)),
    filterControls(ego, filters, () => canvas?.refresh()),
    container,
    panel,
    more,
    h('h2', {}, `${t('Linked entities')} (${total})`),
    nodeList,
  );
  selectionPanel(panel, ego, null);
  draw();
  ctx.onLeave(() => canvas?.kill());
}
