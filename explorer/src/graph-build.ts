// The neighbourhood as a graphology graph ready to draw: which nodes are shown first on a
// large neighbourhood, their size, colour and short label, and a ForceAtlas2 layout run for a
// bounded number of iterations from the radial layout (so the result is the same every time).
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { radialLayout } from './graph-layout';
import { EDGE_TYPES, KIND_COLOURS, nodeSize, SHORT_LABEL, shortLabel, UNKNOWN_EDGE_COLOUR } from './graph-style';
import type { EgoGraph, EgoNode } from './graph-types';

/** How many nodes a neighbourhood shows at first, and how many more each "show more" adds. */
export const NODE_STEP = 20;

export function degrees(ego: EgoGraph): Map<string, number> {
  const degree = new Map<string, number>(ego.nodes.map((n) => [n.id, 0]));
  for (const e of ego.edges) {
    degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
    degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
  }
  return degree;
}

/**
 * The nodes in the order they are shown and labelled: the centre, then nearer rings first,
 * the better connected first within a ring. The first `limit` after the centre are kept.
 */
export function shownNodes(ego: EgoGraph, limit: number): EgoNode[] {
  const degree = degrees(ego);
  const ordered = [...ego.nodes].sort(
    (a, b) => Number(b.id === ego.centre) - Number(a.id === ego.centre) || a.ring - b.ring || degree.get(b.id)! - degree.get(a.id)! || a.label.localeCompare(b.label, 'vi'),
  );
  return ordered.slice(0, limit + 1);
}

/** Iterations scale down as the graph grows, so a layout stays well under a frame budget of work. */
export function layoutIterations(order: number): number {
  return Math.max(60, Math.min(400, Math.round(12000 / Math.max(order, 1))));
}

/** `labelLength`: labels are cut to this many characters (fewer on a phone, so more fit). */
export function buildGraph(ego: EgoGraph, limit: number, labelLength = SHORT_LABEL): Graph {
  const nodes = shownNodes(ego, limit);
  const shown: EgoGraph = { centre: ego.centre, nodes, edges: ego.edges.filter((e) => nodes.some((n) => n.id === e.from) && nodes.some((n) => n.id === e.to)) };
  const degree = degrees(ego);
  const seed = radialLayout(shown);
  const graph = new Graph({ multi: true, type: 'directed' });
  graph.setAttribute('centre', ego.centre);
  for (const node of nodes) {
    const p = seed.get(node.id)!;
    graph.addNode(node.id, {
      x: p.x,
      y: p.y,
      label: shortLabel(node.label, labelLength),
      fullLabel: node.label,
      size: nodeSize(degree.get(node.id) ?? 0, node.id === ego.centre),
      color: KIND_COLOURS[node.kind],
      kind: node.kind,
    });
  }
  for (const edge of shown.edges) {
    graph.addEdge(edge.from, edge.to, { edgeType: edge.type, size: 1.5, color: EDGE_TYPES[edge.type]?.colour ?? UNKNOWN_EDGE_COLOUR, type: 'arrow' });
  }
  forceAtlas2.assign(graph, {
    iterations: layoutIterations(graph.order),
    // Tried on the seeds' neighbourhoods: plain gravity with a large scaling ratio spreads the
    // leaves around their hubs (a meeting's directives gather round it); adjustSizes keeps
    // discs apart; strong gravity or linLog crowded the leaves into the middle.
    settings: { ...forceAtlas2.inferSettings(graph), adjustSizes: true, gravity: 1, scalingRatio: 10, strongGravityMode: false },
  });
  return graph;
}
