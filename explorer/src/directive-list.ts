// A page's list of directives with filters (state on the "as of" day, who is in charge and in
// which role) and paging, PAGE_SIZE cards at a time. No match is said as such, with a way back.
import { countLine, directiveCard } from './components';
import { h, render } from './dom';
import { filterDirectives, NO_FILTERS, pageOf, partiesOf, type DirectiveFilters, type RoleFilter } from './directive-filters';
import { t } from './i18n';
import type { DirectiveRow } from './queries';
import { stateLabel, STATE_LABELS, type DeadlineState } from './status';

export interface ListOptions {
  /** Prefix for element ids, unique on the page. */
  id: string;
  asOf: string;
  showMeeting?: boolean;
  /** Number each card by its place in the whole list (a meeting's order in the report). */
  numbered?: boolean;
}

function select(id: string, label: string, options: [string, string][], value: string, onChange: (value: string) => void): HTMLElement {
  const el = h('select', { id }, options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
  el.addEventListener('change', () => onChange(el.value));
  return h('span', { class: 'filter' }, h('label', { for: id }, t(label)), ' ', el);
}

export function directiveList(rows: DirectiveRow[], options: ListOptions): HTMLElement {
  const filters: DirectiveFilters = { ...NO_FILTERS };
  let page = 0;
  const root = h('div', { class: 'directive-list', id: `${options.id}-list` });
  const states = (Object.keys(STATE_LABELS) as DeadlineState[]).filter((s) => rows.some((r) => filterDirectives([r], { ...NO_FILTERS, state: s }, options.asOf).length > 0));
  const parties = partiesOf(rows);

  const draw = (focusId?: string) => {
    const matching = filterDirectives(rows, filters, options.asOf);
    const shown = pageOf(matching, page);
    page = shown.page;
    const reset = h('button', { type: 'button', id: `${options.id}-clear` }, t('Show all'));
    reset.addEventListener('click', () => {
      Object.assign(filters, NO_FILTERS);
      page = 0;
      draw(`${options.id}-state`);
    });
    const filtered = filters.state !== 'all' || filters.party !== 'all';
    const bar = h(
      'form',
      { class: 'filters', id: `${options.id}-filters`, 'aria-label': t('Filter the directives') },
      select(`${options.id}-state`, 'State', [['all', t('any')], ...states.map((s): [string, string] => [s, stateLabel(s)])], filters.state, (v) => {
        filters.state = v as DirectiveFilters['state'];
        page = 0;
        draw(`${options.id}-state`);
      }),
      parties.length > 1
        ? select(`${options.id}-party`, 'In charge', [['all', t('anyone')], ...parties.map((p): [string, string] => [p.id, `${p.name} (${p.count})`])], filters.party, (v) => {
            filters.party = v;
            page = 0;
            draw(`${options.id}-party`);
          })
        : null,
      parties.length > 1 && filters.party !== 'all'
        ? select(`${options.id}-role`, 'as', [['any', t('lead or coordinator')], ['lead', t('lead')], ['coordinator', t('coordinator')]], filters.role, (v) => {
            filters.role = v as RoleFilter;
            page = 0;
            draw(`${options.id}-role`);
          })
        : null,
      filtered ? reset : null,
    );
    bar.addEventListener('submit', (event) => event.preventDefault());
    const pager = (where: string) => {
      if (shown.pages < 2) return null;
      const button = (text: string, to: number, disabled: boolean) => {
        const b = h('button', { type: 'button', disabled, 'data-page': to, id: `${options.id}-${where}-${text === 'Previous' ? 'prev' : 'next'}` }, t(text));
        b.addEventListener('click', () => {
          page = to;
          draw(b.id);
        });
        return b;
      };
      return h(
        'nav',
        { class: 'pager', 'aria-label': t('Pages of directives') },
        button('Previous', page - 1, page === 0),
        h('span', {}, ` ${t('Page {page} of {pages}', { page: page + 1, pages: shown.pages })} `),
        button('Next', page + 1, page >= shown.pages - 1),
      );
    };
    render(
      root,
      rows.length > 1 ? bar : null,
      h(
        'p',
        { class: matching.length === 0 ? 'note' : 'muted', role: 'status', id: `${options.id}-count` },
        matching.length === 0
          ? t('No directive matches these filters.')
          : filtered
            ? t('{count} of {total} match.', { count: countLine(matching.length, 'directive'), total: rows.length })
            : shown.pages > 1
              ? t('Directives {from}–{to} of {total}.', { from: shown.offset + 1, to: shown.offset + shown.items.length, total: rows.length })
              : null,
      ),
      shown.items.map((d) => directiveCard(d, options.asOf, { showMeeting: options.showMeeting, index: options.numbered ? rows.indexOf(d) : undefined })),
      pager('bottom'),
    );
    if (focusId) document.getElementById(focusId)?.focus();
  };
  draw();
  return root;
}
