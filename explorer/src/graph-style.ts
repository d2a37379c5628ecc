// How the graph view looks, as data: a colour per entity kind and per edge type (the legend
// reads the same tables), node size by degree, and labels shortened at a word boundary.
import type { EntityKind } from './routes';

export const KIND_COLOURS: Record<EntityKind, string> = { agency: '#1f6feb', meeting: '#b35c00', official: '#8250df', directive: '#2a8a4a' };

export const KIND_LABELS: Record<EntityKind, string> = { agency: 'agency', meeting: 'meeting', official: 'official', directive: 'directive' };

/** Edge types the neighbourhood queries produce, with the colour and words of each. */
export const EDGE_TYPES: Record<string, { colour: string; label: string }> = {
  CHAIRED: { colour: '#d4580a', label: 'chaired' },
  ATTENDED: { colour: '#bf8700', label: 'attended' },
  ISSUED: { colour: '#a371f7', label: 'issued' },
  PART_OF: { colour: '#8c959f', label: 'given at (meeting)' },
  ASSIGNED_TO: { colour: '#e5534b', label: 'assigned to (lead)' },
  COORDINATES: { colour: '#3fb950', label: 'coordinates' },
  SUCCEEDED_BY: { colour: '#4493f8', label: 'succeeded by' },
};

export const UNKNOWN_EDGE_COLOUR = '#8c959f';

/** Label length on a wide canvas, and on a phone-sized one (so that more labels fit). */
export const SHORT_LABEL = 26;
export const PHONE_LABEL = 18;

/** A label cut at the last word boundary before `max` characters, with an ellipsis. */
export function shortLabel(label: string, max = SHORT_LABEL): string {
  const text = label.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // Cut after the last whole word (the cut may end exactly at one), unless that loses half.
  const kept = text[cut.length] === ' ' || space < max / 2 ? cut : cut.slice(0, space);
  // "Bộ Lao động -" reads as broken: no dash or comma before the ellipsis.
  return `${kept.replace(/[\s,;:.–-]+$/u, '')}…`;
}

/** Disc radius in pixels: grows with the square root of the degree, the centre a bit larger. */
export function nodeSize(degree: number, isCentre: boolean): number {
  return Math.min(18, 4 + 2.2 * Math.sqrt(degree)) + (isCentre ? 4 : 0);
}
