// The agencies table: directives as lead and as coordinator, open, overdue and due within
// 30 days as of a chosen day; every column sorts (click or Enter on its header button).
import { gql } from '../api';
import { errorBox, loading } from '../components';
import { h, render } from '../dom';
import { datePattern, formatDate, parseDate, t } from '../i18n';
import { AGENCIES, type AgencyRow } from '../queries';
import { entityHref, homeHref } from '../routes';
import type { ViewContext } from '../view';

type Column = { key: string; label: string; numeric: boolean; value(row: AgencyRow): number | string };

export const COLUMNS: Column[] = [
  { key: 'name', label: 'Agency', numeric: false, value: (r) => r.name },
  { key: 'lead', label: 'As lead', numeric: true, value: (r) => r.responsibility.lead },
  { key: 'coordinator', label: 'As coordinator', numeric: true, value: (r) => r.responsibility.coordinator },
  { key: 'open', label: 'Open', numeric: true, value: (r) => r.responsibility.open },
  { key: 'overdue', label: 'Overdue', numeric: true, value: (r) => r.responsibility.overdue },
  { key: 'due', label: 'Due in 30 days', numeric: true, value: (r) => r.responsibility.dueWithin30Days },
];

export function sortRows(rows: AgencyRow[], key: string, descending: boolean): AgencyRow[] {
  const column = COLUMNS.find((c) => c.key === key) ?? COLUMNS[1];
  const byName = (a: AgencyRow, b: AgencyRow) => a.name.localeCompare(b.name, 'vi');
  return [...rows].sort((a, b) => {
    const va = column.value(a);
    const vb = column.value(b);
    const cmp = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'vi');
    return (descending ? -cmp : cmp) || byName(a, b);
  });
}

/** Where an abolished agency's duties went, or whose duties the agency carries. */
function successionNote(r: AgencyRow): HTMLElement | null {
  const { movedTo, inherited } = r.responsibility;
  if (movedTo !== null) return h('span', { class: 'muted moved' }, ` — ${t('duties moved to')} `, h('a', { href: entityHref('agency', movedTo.agency.id) }, movedTo.agency.name));
  if (inherited.length === 0) return null;
  return h('span', { class: 'muted inherited' }, ` — ${t('incl. inherited from {names}', { names: inherited.map((i) => i.agency.name).join(', ') })}`);
}

async function fetchAllAgencies(asOf: string): Promise<AgencyRow[]> {
  const rows: AgencyRow[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const data: { agencies: { nodes: AgencyRow[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await gql(AGENCIES, { asOf, after });
    rows.push(...data.agencies.nodes);
    if (!data.agencies.pageInfo.hasNextPage) break;
    after = data.agencies.pageInfo.endCursor;
  }
  return rows;
}

export async function agenciesSection(ctx: ViewContext): Promise<HTMLElement> {
  const section = h('section', { 'aria-labelledby': 'agencies-heading' });
  // A text box, not <input type=date>: the browser would write the day its own way (12/01/2026
  // in a US locale) beside the page's dates. Either way of writing a day is accepted.
  const dateInput = h('input', { type: 'text', inputmode: 'numeric', id: 'as-of', name: 'asOf', value: formatDate(ctx.asOf), required: true, placeholder: datePattern(), 'aria-describedby': 'as-of-hint', size: 11 });
  const hint = h('span', { id: 'as-of-hint', class: 'muted small' }, datePattern());
  const form = h(
    'form',
    { class: 'inline', id: 'as-of-form' },
    h('label', { for: 'as-of' }, t('As of')),
    dateInput,
    hint,
    h('button', { type: 'submit' }, t('Apply')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const day = parseDate(dateInput.value);
    if (day === null) {
      dateInput.setAttribute('aria-invalid', 'true');
      hint.textContent = t('Not a day: write it as {pattern}', { pattern: datePattern() });
      return;
    }
    location.hash = homeHref(day);
  });
  const body = h('div', {}, loading());
  render(section, h('h2', { id: 'agencies-heading' }, t('Who owes what')), form, body);

  let rows: AgencyRow[];
  try {
    rows = await fetchAllAgencies(ctx.asOf);
  } catch (err) {
    render(body, errorBox(err));
    return section;
  }
  const state = { key: 'lead', descending: true, showAll: false };
  const draw = (focusKey?: string) => {
    const visible = state.showAll ? rows : rows.filter((r) => r.responsibility.lead + r.responsibility.coordinator > 0 || r.responsibility.movedTo !== null);
    const sorted = sortRows(visible, state.key, state.descending);
    const headers = COLUMNS.map((column) => {
      const active = column.key === state.key;
      const button = h('button', { type: 'button', class: 'sort', 'data-sort': column.key }, t(column.label), active ? (state.descending ? ' ▼' : ' ▲') : '');
      button.addEventListener('click', () => {
        state.descending = active ? !state.descending : column.numeric;
        state.key = column.key;
        draw(column.key);
      });
      return h('th', { scope: 'col', class: column.numeric ? 'num' : '', 'aria-sort': active ? (state.descending ? 'descending' : 'ascending') : 'none' }, button);
    });
    const toggle = h('input', { type: 'checkbox', id: 'show-all', checked: state.showAll });
    toggle.addEventListener('change', () => {
      state.showAll = toggle.checked;
      draw();
    });
    const table = h(
      'table',
      { class: 'agencies', id: 'agencies-table' },
      h('caption', {}, t('Directives by agency as of {date} ({shown} of {total} agencies)', { date: formatDate(ctx.asOf), shown: visible.length, total: rows.length })),
      h('thead', {}, h('tr', {}, headers)),
      h(
        'tbody',
        {},
        sorted.map((r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, h('a', { href: entityHref('agency', r.id) }, r.name), r.nameEn ? h('span', { class: 'muted en' }, ` ${r.nameEn}`) : null, r.validTo ? h('span', { class: 'muted' }, ` (${t('until {date}', { date: formatDate(r.validTo) })})`) : null, successionNote(r)),
            ...COLUMNS.slice(1).map((c) => h('td', { class: `num ${c.key === 'overdue' && Number(c.value(r)) > 0 ? 'warn' : ''}` }, String(c.value(r)))),
          ),
        ),
      ),
    );
    // On a phone the table scrolls inside its own box; the box is focusable so a keyboard can scroll it.
    const scroller = h('div', { class: 'scroll-x', tabindex: 0, role: 'region', 'aria-label': t('Agencies table') }, table);
    render(body, h('p', {}, toggle, h('label', { for: 'show-all' }, ` ${t('Show agencies without directives')}`)), scroller);
    if (focusKey) body.querySelector<HTMLButtonElement>(`button[data-sort="${focusKey}"]`)?.focus();
  };
  draw();
  return section;
}
