// sigma over the built graph: filters and the highlight of the hovered or selected node with
// its neighbours (through reducers, so the graph itself is never changed), labels that do not
// overlap, and the on-screen positions and drawn labels published on the container for tests.
import type Graph from 'graphology';
import Sigma from 'sigma';
import type { GraphFilters } from './graph-controls';
import { LabelLayer, pagePalette } from './graph-draw';
import type { EntityKind } from './routes';

const FONT = '"Noto Sans", "Segoe UI", "DejaVu Sans", "Liberation Sans", Arial, sans-serif';

export interface GraphCanvas {
  /** Redraw after the filters changed. */
  refresh(): void;
  select(node: string | null): void;
  kill(): void;
}

export interface CanvasEvents {
  /** A node was clicked: the caller decides between selecting it and opening its page. */
  clickNode(node: string, kind: EntityKind): void;
  clickStage(): void;
}

function publish(renderer: Sigma, graph: Graph, labels: LabelLayer, container: HTMLElement, isHidden: (node: string) => boolean, focus: string | null): void {
  const positions: Record<string, { x: number; y: number }> = {};
  graph.forEachNode((id, attrs) => {
    if (isHidden(id)) return;
    const p = renderer.graphToViewport({ x: attrs.x as number, y: attrs.y as number });
    positions[id] = { x: Math.round(p.x), y: Math.round(p.y) };
  });
  container.dataset.nodePositions = JSON.stringify(positions);
  const boxes = [...labels.drawn].map(([id, b]) => ({ id, left: Math.round(b.left), top: Math.round(b.top), right: Math.round(b.right), bottom: Math.round(b.bottom) }));
  container.dataset.labels = JSON.stringify(boxes);
  container.dataset.focus = focus ?? '';
}

export function drawGraph(graph: Graph, container: HTMLElement, filters: GraphFilters, events: CanvasEvents): GraphCanvas {
  const palette = pagePalette();
  const labels = new LabelLayer(palette);
  let hovered: string | null = null;
  let selected: string | null = null;
  // A node chosen from the list may not be drawn yet (beyond "show more"): no highlight then.
  const focus = () => {
    const node = hovered ?? selected;
    return node !== null && graph.hasNode(node) ? node : null;
  };
  const isHidden = (node: string) => filters.hiddenKinds.has(graph.getNodeAttribute(node, 'kind') as EntityKind) && node !== graph.getAttribute('centre');

  const renderer = new Sigma(graph, container, {
    labelFont: FONT,
    labelSize: 12,
    labelColor: { color: palette.fg },
    // Every label is offered to LabelLayer, which draws only those that fit without overlap.
    labelRenderedSizeThreshold: 0,
    defaultDrawNodeLabel: labels.drawLabel,
    defaultDrawNodeHover: labels.drawHover,
    defaultEdgeType: 'arrow',
    renderEdgeLabels: false,
    stagePadding: 40,
    nodeReducer: (node, attrs) => {
      const out = { ...attrs, forceLabel: true };
      if (isHidden(node)) return { ...out, hidden: true };
      const f = focus();
      if (f === null) return out;
      if (node === f) return { ...out, highlighted: true };
      if (graph.areNeighbors(node, f)) return out;
      return { ...out, color: palette.line, label: null, forceLabel: false };
    },
    edgeReducer: (edge, attrs) => {
      const [source, target] = graph.extremities(edge);
      if (filters.hiddenEdgeTypes.has(attrs.edgeType as string) || isHidden(source) || isHidden(target)) return { ...attrs, hidden: true };
      const f = focus();
      if (f !== null && source !== f && target !== f) return { ...attrs, color: palette.line, size: 1 };
      return f === null ? attrs : { ...attrs, size: 2.5 };
    },
  });
  const visibleDiscs = () => {
    const discs: { id: string; x: number; y: number; radius: number }[] = [];
    graph.forEachNode((id) => {
      const data = renderer.getNodeDisplayData(id);
      if (data === undefined || isHidden(id)) return;
      const p = renderer.graphToViewport(data);
      discs.push({ id, x: p.x, y: p.y, radius: renderer.scaleSize(data.size) });
    });
    return discs;
  };
  renderer.on('beforeRender', () => labels.startFrame(container.clientWidth, container.clientHeight, visibleDiscs()));
  renderer.on('afterRender', () => publish(renderer, graph, labels, container, isHidden, focus()));
  renderer.on('enterNode', ({ node }) => {
    hovered = node;
    container.style.cursor = 'pointer';
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveNode', () => {
    hovered = null;
    container.style.cursor = '';
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('clickNode', ({ node }) => events.clickNode(node, graph.getNodeAttribute(node, 'kind') as EntityKind));
  renderer.on('clickStage', () => events.clickStage());
  // sigma drew once in its constructor, before these listeners: draw again with them.
  renderer.refresh();
  return {
    refresh: () => renderer.refresh({ skipIndexation: true }),
    select: (node) => {
      selected = node;
      renderer.refresh({ skipIndexation: true });
    },
    kill: () => renderer.kill(),
  };
}
