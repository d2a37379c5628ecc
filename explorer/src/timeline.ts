// A deadline timeline: one dot per directive at its deadline, coloured by its state on the
// "as of" day (a dashed line), months along the axis. Dots are links to the directive.
import { svg } from './dom';
import { addDays, dayNumber } from './dates';
import { formatDate, t } from './i18n';
import type { DirectiveRow } from './queries';
import { entityHref } from './routes';
import { deadlineState, stateLabel } from './status';

/** Drawn at the width it is shown at (up to this), so its 11 px labels stay 11 px on a phone. */
export const MAX_WIDTH = 880;
const MIN_WIDTH = 300;
const LANE = 22;
const TOP = 18;
const LEFT = 20;
const RIGHT = 20;

interface Placed {
  row: DirectiveRow;
  x: number;
  lane: number;
}

/** Dots left to right; a dot too close to the previous one in a lane moves down a lane. */
export function placeDots(rows: DirectiveRow[], xOf: (date: string) => number): Placed[] {
  const laneEnds: number[] = [];
  const dated = rows.filter((r) => r.deadline !== null).sort((a, b) => (a.deadline!.date < b.deadline!.date ? -1 : a.deadline!.date > b.deadline!.date ? 1 : 0));
  return dated.map((row) => {
    const x = xOf(row.deadline!.date);
    let lane = laneEnds.findIndex((end) => x - end >= 70);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = x;
    return { row, x, lane };
  });
}

export function deadlineTimeline(rows: DirectiveRow[], asOf: string, width = MAX_WIDTH): SVGElement | null {
  const WIDTH = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));
  const dates = rows.filter((r) => r.deadline !== null).map((r) => r.deadline!.date);
  if (dates.length === 0) return null;
  const sorted = [...dates, asOf].sort();
  const from = dayNumber(addDays(sorted[0], -20));
  const to = dayNumber(addDays(sorted[sorted.length - 1], 20));
  const xOf = (date: string) => LEFT + ((dayNumber(date) - from) / (to - from)) * (WIDTH - LEFT - RIGHT);
  const placed = placeDots(rows, xOf);
  const lanes = Math.max(1, ...placed.map((p) => p.lane + 1));
  const axisY = TOP + lanes * LANE + 8;
  const height = axisY + 34;
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, class: 'timeline', role: 'group', 'aria-label': t('Deadlines of {n} directives; dashed line: {date}', { n: dates.length, date: formatDate(asOf) }) });
  root.appendChild(svg('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: axisY, y2: axisY, class: 'axis' }));
  // Month ticks: the first of every month in range, labelled often enough to stay legible.
  const start = new Date(from * 86400000);
  const months: string[] = [];
  for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)); d.getTime() / 86400000 <= to; d.setUTCMonth(d.getUTCMonth() + 1)) {
    months.push(d.toISOString().slice(0, 10));
  }
  // A month label is about 50 px wide: label every n-th month so labels never touch.
  const labelEvery = Math.max(1, Math.ceil((months.length * 64) / (WIDTH - LEFT - RIGHT)));
  months.forEach((iso, i) => {
    const x = xOf(iso);
    root.appendChild(svg('line', { x1: x, x2: x, y1: axisY, y2: axisY + (i % labelEvery === 0 ? 6 : 3), class: 'tick' }));
    if (i % labelEvery === 0) root.appendChild(svg('text', { x, y: axisY + 18, class: 'tick-label', 'text-anchor': 'middle' }, formatDate(iso.slice(0, 7))));
  });
  const asOfX = xOf(asOf);
  root.appendChild(svg('line', { x1: asOfX, x2: asOfX, y1: 4, y2: axisY + 5, class: 'as-of' }));
  const nearRightEdge = asOfX > WIDTH - 120;
  root.appendChild(svg('text', { x: nearRightEdge ? asOfX - 4 : asOfX + 4, y: 12, class: 'as-of-label', 'text-anchor': nearRightEdge ? 'end' : 'start' }, t('as of {date}', { date: formatDate(asOf) })));
  for (const { row, x, lane } of placed) {
    const state = deadlineState(row, asOf);
    const y = TOP + lane * LANE + LANE / 2;
    const link = svg('a', { href: entityHref('directive', row.id), class: `dot state-${state}`, 'data-deadline': row.deadline!.date });
    link.appendChild(svg('title', {}, `${formatDate(row.deadline!.date)} — ${stateLabel(state)} — ${row.text}`));
    link.appendChild(svg('line', { x1: x, x2: x, y1: y, y2: axisY, class: 'stem' }));
    link.appendChild(svg('circle', { cx: x, cy: y, r: 7 }));
    // Near the right edge the date goes to the left of its dot, so it is not cut off.
    const leftOfDot = x > WIDTH - RIGHT - 70;
    link.appendChild(svg('text', { x: leftOfDot ? x - 10 : x + 10, y: y + 4, class: 'dot-label', 'text-anchor': leftOfDot ? 'end' : 'start' }, formatDate(row.deadline!.date)));
    root.appendChild(link);
  }
  return root;
}

export function legend(): HTMLElement {
  const ul = document.createElement('ul');
  ul.className = 'legend';
  for (const state of ['overdue', 'due-soon', 'open', 'in-progress', 'done', 'no-deadline'] as const) {
    const li = document.createElement('li');
    li.className = `state-${state}`;
    li.textContent = stateLabel(state);
    ul.appendChild(li);
  }
  return ul;
}

/** The width inside an element's padding, which the timeline is drawn to fill. */
export function contentWidth(el: HTMLElement): number {
  const style = getComputedStyle(el);
  return el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
}
