// Deterministic radial layout, the seed ForceAtlas2 starts from (graph-build.ts): the centre in
// the middle, its neighbours evenly on a circle
// (ordered by kind then label), and each outer node at the mean angle of the inner nodes it
// is linked to, so edges run outwards instead of across the centre.
import type { EgoGraph, EgoNode } from './graph-types';

export interface Point {
  x: number;
  y: number;
}

const KIND_ORDER = ['meeting', 'official', 'agency', 'directive'];
const RADIUS = 10;

function byKindThenLabel(a: EgoNode, b: EgoNode): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.label.localeCompare(b.label, 'vi');
}

export function radialLayout(graph: EgoGraph): Map<string, Point> {
  const positions = new Map<string, Point>();
  const angles = new Map<string, number>();
  const ring = (r: number) => graph.nodes.filter((n) => n.ring === r).sort(byKindThenLabel);
  for (const node of ring(0)) positions.set(node.id, { x: 0, y: 0 });

  const first = ring(1);
  first.forEach((node, i) => {
    // Start half a step past the top, so two neighbours sit left and right of the centre.
    const angle = -Math.PI / 2 + Math.PI / first.length + (2 * Math.PI * i) / first.length;
    angles.set(node.id, angle);
    positions.set(node.id, { x: RADIUS * Math.cos(angle), y: RADIUS * Math.sin(angle) });
  });

  const outer = graph.nodes.filter((n) => n.ring >= 2).sort(byKindThenLabel);
  const wanted = outer.map((node) => {
    let sx = 0;
    let sy = 0;
    for (const edge of graph.edges) {
      const other = edge.from === node.id ? edge.to : edge.to === node.id ? edge.from : null;
      const angle = other === null ? undefined : angles.get(other);
      if (angle !== undefined) {
        sx += Math.cos(angle);
        sy += Math.sin(angle);
      }
    }
    return { node, angle: Math.hypot(sx, sy) < 1e-6 ? -Math.PI / 2 : Math.atan2(sy, sx) };
  });
  // Keep outer nodes at least a small arc apart, in angle order.
  wanted.sort((a, b) => a.angle - b.angle || byKindThenLabel(a.node, b.node));
  const minGap = Math.min(0.35, (2 * Math.PI) / Math.max(wanted.length, 1));
  let previous = -Infinity;
  for (const { node, angle } of wanted) {
    const placed = Math.max(angle, previous + minGap);
    previous = placed;
    const r = RADIUS * node.ring;
    positions.set(node.id, { x: r * Math.cos(placed), y: r * Math.sin(placed) });
  }
  return positions;
}
