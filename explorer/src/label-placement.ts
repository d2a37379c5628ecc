// Which node labels fit on screen without touching each other: labels are offered in priority
// order (centre, selection, then by degree) and each one goes right of its node, else left,
// above or below it, wherever it first fits inside the canvas; a label that fits nowhere is not drawn (its
// full name still shows on hover and in the list below the graph). A label does not cover
// another node's disc either. Pure: boxes in, boxes out.
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelRequest {
  x: number;
  y: number;
  /** The node's radius on screen. */
  radius: number;
  width: number;
  height: number;
}

export interface PlacedLabel extends Box {
  side: 'right' | 'left' | 'above' | 'below';
}

/** Gap between a node's disc and its label, and kept between two labels. */
const GAP = 3;

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom && b.top < a.bottom;
}

/** A node's disc as seen by the placer: its id (its own label may touch it) and its box. */
export interface Disc {
  id: string;
  x: number;
  y: number;
  radius: number;
}

function discBox(d: Disc): Box {
  return { left: d.x - d.radius, right: d.x + d.radius, top: d.y - d.radius, bottom: d.y + d.radius };
}

export class LabelPlacer {
  private readonly placed: Box[] = [];
  private readonly discs: { id: string; box: Box }[];

  constructor(
    private readonly bounds: { width: number; height: number },
    discs: Disc[] = [],
  ) {
    this.discs = discs.map((d) => ({ id: d.id, box: discBox(d) }));
  }

  /** Where the label goes, or null when it would cover another label or leave the canvas. */
  place(request: LabelRequest & { id?: string }): PlacedLabel | null {
    const { x, y, radius, width, height } = request;
    const beside = { top: y - height / 2, bottom: y + height / 2 };
    const centred = { left: x - width / 2, right: x + width / 2 };
    const candidates: PlacedLabel[] = [
      { side: 'right', left: x + radius + GAP, right: x + radius + GAP + width, ...beside },
      { side: 'left', left: x - radius - GAP - width, right: x - radius - GAP, ...beside },
      { side: 'above', ...centred, top: y - radius - GAP - height, bottom: y - radius - GAP },
      { side: 'below', ...centred, top: y + radius + GAP, bottom: y + radius + GAP + height },
    ];
    for (const candidate of candidates) {
      if (candidate.left < 0 || candidate.right > this.bounds.width || candidate.top < 0 || candidate.bottom > this.bounds.height) continue;
      if (this.placed.some((box) => overlaps(box, candidate))) continue;
      if (this.discs.some((d) => d.id !== request.id && overlaps(d.box, candidate))) continue;
      this.placed.push(candidate);
      return candidate;
    }
    return null;
  }

  /** The labels placed so far, in placement order. */
  boxes(): readonly Box[] {
    return this.placed;
  }
}
