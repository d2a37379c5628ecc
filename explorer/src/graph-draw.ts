// The canvas drawing sigma delegates to us: node labels that never overlap (each frame starts
// a fresh LabelPlacer), and a hover box with the full name in the page's own colours.
import type { Settings } from 'sigma/settings';
import { LabelPlacer, type Disc, type PlacedLabel } from './label-placement';

type LabelData = { key?: string; x: number; y: number; size: number; label: string | null; fullLabel?: string };

export interface Palette {
  fg: string;
  bg: string;
  line: string;
}

/** The page's colours (they follow prefers-color-scheme), for what sigma draws on canvas. */
export function pagePalette(): Palette {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return { fg: read('--fg', '#1b1f24'), bg: read('--bg', '#ffffff'), line: read('--line', '#d0d7de') };
}

/** Hover text: the whole name, up to this many characters (a directive can be a paragraph). */
const HOVER_MAX = 90;

export class LabelLayer {
  private placer = new LabelPlacer({ width: 0, height: 0 });
  /** The labels drawn in the last frame, by node id (tests read them from the container). */
  drawn = new Map<string, PlacedLabel>();

  constructor(private readonly palette: Palette) {}

  /** Call before each frame with the canvas size in CSS pixels and the discs drawn. */
  startFrame(width: number, height: number, discs: Disc[]): void {
    this.placer = new LabelPlacer({ width, height }, discs);
    this.drawn = new Map();
  }

  drawLabel = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void => {
    if (!data.label) return;
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const width = context.measureText(data.label).width;
    const placed = this.placer.place({ id: data.key, x: data.x, y: data.y, radius: data.size, width, height: settings.labelSize + 2 });
    if (placed === null) return;
    if (data.key !== undefined) this.drawn.set(data.key, placed);
    // A halo in the background colour keeps the text legible where an edge runs under it.
    context.textAlign = 'left';
    context.lineJoin = 'round';
    context.strokeStyle = this.palette.bg;
    context.lineWidth = 3;
    const baseline = (placed.top + placed.bottom) / 2 + settings.labelSize / 3;
    context.strokeText(data.label, placed.left, baseline);
    context.fillStyle = this.palette.fg;
    context.fillText(data.label, placed.left, baseline);
  };

  drawHover = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void => {
    const full = data.fullLabel ?? data.label ?? '';
    const text = full.length > HOVER_MAX ? `${full.slice(0, HOVER_MAX - 1)}…` : full;
    context.font = `${settings.labelWeight} ${settings.labelSize + 1}px ${settings.labelFont}`;
    const width = context.measureText(text).width;
    const height = settings.labelSize + 9;
    const canvasWidth = context.canvas.width / (window.devicePixelRatio || 1);
    // The box goes where it fits: right of the node, else left, else pinned inside the canvas.
    let left = data.x + data.size + 4;
    if (left + width + 10 > canvasWidth) left = Math.max(2, Math.min(data.x - data.size - 4 - width - 10, canvasWidth - width - 12));
    context.fillStyle = this.palette.bg;
    context.strokeStyle = this.palette.fg;
    context.lineWidth = 1;
    context.beginPath();
    context.rect(left, data.y - height / 2, width + 10, height);
    context.fill();
    context.stroke();
    context.beginPath();
    context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
    context.stroke();
    context.fillStyle = this.palette.fg;
    context.fillText(text, left + 5, data.y + (settings.labelSize + 1) / 3);
  };
}
