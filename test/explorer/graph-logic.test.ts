// The graph view's pure parts: label placement without overlap, short labels, node sizes,
// which nodes a large neighbourhood shows first, and a layout that is the same every time.
import { buildGraph, layoutIterations, shownNodes } from '../../explorer/src/graph-build';
import { nodeSize, shortLabel } from '../../explorer/src/graph-style';
import type { EgoGraph } from '../../explorer/src/graph-types';
import { LabelPlacer, overlaps } from '../../explorer/src/label-placement';

describe('LabelPlacer', () => {
  const label = { radius: 5, width: 100, height: 14 };
  test.each([
    ['room on the right', { x: 50, y: 50 }, 'right', 58],
    ['the right edge is near: goes left', { x: 350, y: 50 }, 'left', 242],
  ])('%s', (_, at, side, left) => {
    const placed = new LabelPlacer({ width: 400, height: 300 }).place({ ...label, ...at });
    expect(placed).toMatchObject({ side, left });
  });

  test('a second label beside the first goes above, below, or not at all', () => {
    const placer = new LabelPlacer({ width: 400, height: 300 });
    expect(placer.place({ ...label, x: 50, y: 50 })!.side).toBe('right');
    // A node just under the first one: right and left are taken or off-canvas, so above is tried.
    const second = placer.place({ ...label, x: 60, y: 58 });
    expect(second).not.toBeNull();
    expect(placer.boxes().filter((b, i, all) => all.some((o, j) => j !== i && overlaps(b, o)))).toEqual([]);
    // A node at the same spot once every side is taken gets no label.
    for (let i = 0; i < 3; i++) placer.place({ ...label, x: 55, y: 54 });
    expect(placer.place({ ...label, x: 55, y: 54 })).toBeNull();
  });

  test("a label does not cover another node's disc, but may touch its own", () => {
    const placer = new LabelPlacer({ width: 400, height: 300 }, [
      { id: 'a', x: 50, y: 50, radius: 5 },
      { id: 'b', x: 100, y: 50, radius: 8 },
    ]);
    expect(placer.place({ ...label, id: 'a', x: 50, y: 50 })!.side).not.toBe('right');
  });

  test('nothing outside the canvas', () => {
    expect(new LabelPlacer({ width: 90, height: 300 }).place({ ...label, x: 45, y: 50 })).toBeNull();
  });
});

describe('shortLabel', () => {
  test.each([
    ['Bộ Y tế', 26, 'Bộ Y tế'],
    ['Bộ Lao động - Thương binh và Xã hội', 26, 'Bộ Lao động - Thương binh…'],
    ['Phiên họp lần thứ 10 tổng kết hoạt động', 18, 'Phiên họp lần thứ…'],
    ['Khẩntrươnghoànthiệncơchếchínhsách', 12, 'Khẩntrươngh…'],
    ['  Bộ   Tư pháp  ', 26, 'Bộ Tư pháp'],
    ['Bộ Lao động - Thương binh và Xã hội', 15, 'Bộ Lao động…'],
  ])('%j at %i → %j', (text, max, expected) => {
    expect(shortLabel(text, max)).toBe(expected);
    expect(shortLabel(text, max).length).toBeLessThanOrEqual(max);
  });
});

test('node size grows with degree, capped, the centre larger', () => {
  expect([0, 1, 4, 16, 400].map((d) => nodeSize(d, false))).toEqual([4, 6.2, 8.4, 12.8, 18]);
  expect(nodeSize(4, true)).toBe(12.4);
});

describe('shownNodes and buildGraph', () => {
  // A meeting with its chair, three directives and the agency two of them are assigned to.
  const ego: EgoGraph = {
    centre: 'mtg:1',
    nodes: [
      { id: 'dir:b', kind: 'directive', label: 'triển khai bệnh án điện tử', ring: 1 },
      { id: 'agy:bo-y-te', kind: 'agency', label: 'Bộ Y tế', ring: 2 },
      { id: 'mtg:1', kind: 'meeting', label: '2025-02-06 Phiên họp lần thứ 10', ring: 0 },
      { id: 'dir:a', kind: 'directive', label: 'hoàn thành các công việc', ring: 1 },
      { id: 'off:pham-minh-chinh', kind: 'official', label: 'Phạm Minh Chính', ring: 1 },
      { id: 'dir:c', kind: 'directive', label: 'rà soát văn bản', ring: 1 },
    ],
    edges: [
      { from: 'off:pham-minh-chinh', to: 'mtg:1', type: 'CHAIRED' },
      ...['dir:a', 'dir:b', 'dir:c'].map((d) => ({ from: d, to: 'mtg:1', type: 'PART_OF' })),
      ...['dir:a', 'dir:b', 'dir:c'].map((d) => ({ from: 'off:pham-minh-chinh', to: d, type: 'ISSUED' })),
      { from: 'dir:a', to: 'agy:bo-y-te', type: 'ASSIGNED_TO' },
      { from: 'dir:b', to: 'agy:bo-y-te', type: 'ASSIGNED_TO' },
    ],
  };

  test('the centre first, then the nearer ring, the better connected first', () => {
    expect(shownNodes(ego, 10).map((n) => n.id)).toEqual(['mtg:1', 'off:pham-minh-chinh', 'dir:a', 'dir:b', 'dir:c', 'agy:bo-y-te']);
    expect(shownNodes(ego, 2).map((n) => n.id)).toEqual(['mtg:1', 'off:pham-minh-chinh', 'dir:a']);
  });

  test('only edges between shown nodes; sizes, colours and both labels on the nodes', () => {
    const graph = buildGraph(ego, 3, 12);
    expect(graph.order).toBe(4);
    expect(graph.edges().map((e) => graph.getEdgeAttribute(e, 'edgeType')).sort()).toEqual(['CHAIRED', 'ISSUED', 'ISSUED', 'PART_OF', 'PART_OF']);
    expect(graph.getNodeAttributes('mtg:1')).toMatchObject({ label: '2025-02-06…', fullLabel: '2025-02-06 Phiên họp lần thứ 10', kind: 'meeting', size: nodeSize(4, true) });
  });

  test('ForceAtlas2 spreads the nodes, and the same neighbourhood always gets the same layout', () => {
    const positions = (g: ReturnType<typeof buildGraph>) => g.mapNodes((id, a) => [id, Math.round(a.x * 1000), Math.round(a.y * 1000)]);
    const first = positions(buildGraph(ego, 10));
    expect(positions(buildGraph({ ...ego, nodes: [...ego.nodes].reverse() }, 10))).toEqual(first);
    const spots = new Set(first.map(([, x, y]) => `${x},${y}`));
    expect(spots.size).toBe(ego.nodes.length);
  });

  test.each([
    [10, 400],
    [100, 120],
    [1000, 60],
  ])('a graph of %i nodes gets %i layout iterations', (order, iterations) => {
    expect(layoutIterations(order)).toBe(iterations);
  });
});
