// An agency: what it owes on the chosen day, its directives on a deadline timeline (led and
// coordinated), each with its source sentence and meeting, and the 2025 mergers around it.
import { gql } from '../api';
import { countLine, directiveCard, errorBox, graphLink, loading } from '../components';
import { h, render } from '../dom';
import { fetchAllDirectives } from '../directive-pages';
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
    h('h2', {}, 'Mergers'),
    agency.successor ? h('p', {}, 'Succeeded by ', link(agency.successor), agency.successor.effective ? ` from ${agency.successor.effective}` : '', '.') : null,
    agency.predecessors.length > 0 ? h('p', {}, 'Took over the duties of: ', ...agency.predecessors.flatMap((p, i) => [i > 0 ? '; ' : '', link(p), p.effective ? ` (from ${p.effective})` : ''])) : null,
  );
}

function responsibilityLine(r: Responsibility, asOf: string): HTMLElement {
  return h(
    'dl',
    { class: 'counts' },
    ...(
      [
        ['As lead', r.lead],
        ['As coordinator', r.coordinator],
        ['Open', r.open],
        [`Overdue on ${asOf}`, r.overdue],
        ['Due in 30 days', r.dueWithin30Days],
        ['Done', r.done],
      ] as const
    ).map(([label, n]) => h('div', {}, h('dt', {}, label), h('dd', {}, String(n)))),
  );
}

export async function agencyView(ctx: ViewContext, id: string): Promise<void> {
  render(ctx.main, loading('the agency'));
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
    render(ctx.main, errorBox(new Error(`No agency with id ${id}.`)));
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
    other.length > 0 ? h('p', { class: 'muted' }, 'Also: ', other.join(' · ')) : null,
    h('p', { class: 'muted' }, agency.kind, agency.validFrom ? ` · from ${agency.validFrom}` : '', agency.validTo ? ` · until ${agency.validTo}` : ''),
    responsibilityLine(agency.responsibility, ctx.asOf),
    successionSection(agency),
    h('p', {}, graphLink('agency', agency.id)),
    h('section', { 'aria-labelledby': 'timeline-heading' }, h('h2', { id: 'timeline-heading' }, 'Deadlines'), timeline ?? h('p', {}, 'None of its directives has a deadline.'), timeline ? legend() : null),
    h('section', { id: 'led' }, h('h2', {}, `Leads ${countLine(lead.totalCount, 'directive')}`), led.map((d) => directiveCard(d, ctx.asOf))),
    inherited.length > 0
      ? h(
          'section',
          { id: 'inherited' },
          h('h2', {}, `Inherited through mergers: ${countLine(inherited.length, 'directive')}`),
          inherited.map((d) => h('div', {}, h('p', { class: 'muted' }, 'Assigned to ', h('a', { href: entityHref('agency', d.inheritedFrom!.id) }, d.inheritedFrom!.name)), directiveCard(d, ctx.asOf))),
        )
      : null,
    coordinated.length > 0 ? h('section', { id: 'coordinated' }, h('h2', {}, `Coordinates ${countLine(coordinating.totalCount, 'directive')}`), coordinated.map((d) => directiveCard(d, ctx.asOf))) : null,
  );
}
