// An agency: what it owes on the chosen day, its directives on a deadline timeline (led and
// coordinated, each list filtered and paged), each with its source sentence and meeting, and
// the 2025 mergers around it.
import { gql } from '../api';
import { countLine, directiveCard, errorBox, graphLink, loading } from '../components';
import { h, render } from '../dom';
import { directiveList } from '../directive-list';
import { fetchAllDirectives } from '../directive-pages';
import { formatDate, t } from '../i18n';
import { AGENCY, AGENCY_DIRECTIVES, INHERITED_DIRECTIVES, type DirectiveRow, type Responsibility, type Succession } from '../queries';
import { entityHref } from '../routes';
import { contentWidth, deadlineTimeline, legend } from '../timeline';
import type { ViewContext } from '../view';

interface AgencyData {
  agency: {
    id: string;
    name: string;
    nameEn: string | null;
    abbreviations: string[];
    aliases: string[];
    kind: string;
    validFrom: string | null;
    validTo: string | null;
    responsibility: Responsibility;
    predecessors: Succession[];
    successor: Succession | null;
  } | null;
}

function byDeadline(a: DirectiveRow, b: DirectiveRow): number {
  const da = a.deadline?.date ?? '9999';
  const db = b.deadline?.date ?? '9999';
  return da < db ? -1 : da > db ? 1 : 0;
}

function successionSection(agency: NonNullable<AgencyData['agency']>): HTMLElement | null {
  if (agency.predecessors.length === 0 && agency.successor === null) return null;
  const link = (s: Succession) => h('a', { href: entityHref('agency', s.agency.id) }, s.agency.name);
  return h(
    'section',
    { class: 'succession' },
    h('h2', {}, t('Mergers')),
    agency.successor ? h('p', {}, `${t('Succeeded by')} `, link(agency.successor), agency.successor.effective ? ` ${t('from {date}', { date: formatDate(agency.successor.effective) })}` : '', '.') : null,
    agency.predecessors.length > 0 ? h('p', {}, `${t('Took over the duties of')}: `, ...agency.predecessors.flatMap((p, i) => [i > 0 ? '; ' : '', link(p), p.effective ? ` (${t('from {date}', { date: formatDate(p.effective) })})` : ''])) : null,
  );
}

function responsibilityLine(r: Responsibility, asOf: string): HTMLElement {
  return h(
    'dl',
    { class: 'counts' },
    ...(
      [
        [t('As lead'), r.lead],
        [t('As coordinator'), r.coordinator],
        [t('Open'), r.open],
        [t('Overdue on {date}', { date: formatDate(asOf) }), r.overdue],
        [t('Due in 30 days'), r.dueWithin30Days],
        [t('Done'), r.done],
      ] as const
    ).map(([label, n]) => h('div', {}, h('dt', {}, label), h('dd', {}, String(n)))),
    r.movedTo ? h('div', {}, h('dt', {}, t('Duties moved to')), h('dd', {}, h('a', { href: entityHref('agency', r.movedTo.agency.id) }, r.movedTo.agency.name), r.movedTo.effective ? ` ${t('from {date}', { date: formatDate(r.movedTo.effective) })}` : '')) : null,
    ...r.inherited.map((i) =>
      h('div', {}, h('dt', {}, `${t('Inherited from')} `, h('a', { href: entityHref('agency', i.agency.id) }, i.agency.name)), h('dd', {}, t('{open} open, {overdue} overdue', { open: i.open, overdue: i.overdue }))),
    ),
  );
}

export async function agencyView(ctx: ViewContext, id: string): Promise<void> {
  render(ctx.main, loading());
  let data: AgencyData;
  let lead, coordinating;
  try {
    const list = (role: string) => fetchAllDirectives(AGENCY_DIRECTIVES, { id, asOf: ctx.asOf, role }, (d) => d.agency?.directives);
    [data, lead, coordinating] = await Promise.all([gql<AgencyData>(AGENCY, { id, asOf: ctx.asOf }), list('LEAD'), list('COORDINATOR')]);
  } catch (err) {
    if (ctx.isCurrent()) render(ctx.main, errorBox(err));
    return;
  }
  if (!ctx.isCurrent()) return;
  const agency = data.agency;
  if (agency === null) {
    render(ctx.main, errorBox(new Error(t('No agency with id {id}.', { id }))));
    return;
  }
  ctx.setTitle(agency.name);
  // What it answers for through the mergers: directives given to its predecessors.
  let inherited: DirectiveRow[] = [];
  if (agency.predecessors.length > 0) {
    try {
      const all = await fetchAllDirectives(INHERITED_DIRECTIVES, { name: agency.name, asOf: ctx.asOf }, (d) => d.directives);
      inherited = all.rows.filter((r) => r.inheritedFrom).sort(byDeadline);
    } catch (err) {
      if (ctx.isCurrent()) render(ctx.main, errorBox(err));
      return;
    }
    if (!ctx.isCurrent()) return;
  }
  const led = [...lead.rows].sort(byDeadline);
  const coordinated = [...coordinating.rows].sort(byDeadline);
  const other = [...agency.abbreviations, ...agency.aliases.filter((a) => a !== agency.nameEn)].filter((v, i, all) => all.indexOf(v) === i);
  const timeline = deadlineTimeline([...led, ...coordinated, ...inherited], ctx.asOf, contentWidth(ctx.main));
  render(
    ctx.main,
    h('h1', { lang: 'vi' }, agency.name),
    agency.nameEn ? h('p', { class: 'en' }, agency.nameEn) : null,
    other.length > 0 ? h('p', { class: 'muted' }, `${t('Also')}: `, other.join(' · ')) : null,
    h('p', { class: 'muted' }, t(agency.kind), agency.validFrom ? ` · ${t('from {date}', { date: formatDate(agency.validFrom) })}` : '', agency.validTo ? ` · ${t('until {date}', { date: formatDate(agency.validTo) })}` : ''),
    responsibilityLine(agency.responsibility, ctx.asOf),
    successionSection(agency),
    h('p', {}, graphLink('agency', agency.id), ' · ', h('a', { href: `/calendar/${encodeURIComponent(agency.id)}.ics`, id: 'calendar-link' }, t('Subscribe to its deadlines (.ics)'))),
    h('section', { 'aria-labelledby': 'timeline-heading' }, h('h2', { id: 'timeline-heading' }, t('Deadlines')), timeline ?? h('p', {}, t('None of its directives has a deadline.')), timeline ? legend() : null),
    h('section', { id: 'led' }, h('h2', {}, t('Leads {count}', { count: countLine(lead.totalCount, 'directive') })), directiveList(led, { id: 'led', asOf: ctx.asOf })),
    inherited.length > 0
      ? h(
          'section',
          { id: 'inherited' },
          h('h2', {}, t('Inherited through mergers: {count}', { count: countLine(inherited.length, 'directive') })),
          inherited.map((d) => h('div', {}, h('p', { class: 'muted' }, `${t('Assigned to')} `, h('a', { href: entityHref('agency', d.inheritedFrom!.id) }, d.inheritedFrom!.name)), directiveCard(d, ctx.asOf))),
        )
      : null,
    coordinated.length > 0 ? h('section', { id: 'coordinated' }, h('h2', {}, t('Coordinates {count}', { count: countLine(coordinating.totalCount, 'directive') })), directiveList(coordinated, { id: 'coordinated', asOf: ctx.asOf })) : null,
  );
}
