// Deterministic radial layout: the centre in the middle, each ring on a circle, nodes of a
// ring ordered by kind then label so the same neighbourhood always looks the same.
import type { EgoGraph } from './graph-data';

export interface Point {
  x: number;
  y: number;
}

const KIND_ORDER = ['meeting', 'official', 'agency', 'directive'];

export function radialLayout(graph: EgoGraph): Map<string, Point> {
  const positions = new Map<string, Point>();
  const rings = new Map<number, typeof graph.nodes>();
  for (const node of graph.nodes) rings.set(node.ring, [...(rings.get(node.ring) ?? []), node]);
  for (const [ring, nodes] of rings) {
    if (ring === 0) {
      for (const node of nodes) positions.set(node.id, { x: 0, y: 0 });
      continue;
    }
    nodes.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.label.localeCompare(b.label, 'vi'));
    // Offset alternate rings by half a step so spokes do not line up.
    const offset = ring % 2 === 0 ? Math.PI / Math.max(nodes.length, 1) : 0;
    nodes.forEach((node, i) => {
      const angle = offset + (2 * Math.PI * i) / nodes.length - Math.PI / 2;
      positions.set(node.id, { x: ring * 10 * Math.cos(angle), y: ring * 10 * Math.sin(angle) });
    });
  }
  return positions;
}
