// The Popolo-style JSON export (shape in popolo-types.ts): organisations with their other
// names and the 2025 successions, events (meetings) with chairs and directives in report
// order, and the directives themselves, each record with its sources.
import type { AgencyNode, DirectiveNode, MeetingNode } from '../graph/model';
import { GraphIndex } from './graph-index';
import { buildPersons, buildPostsAndMemberships } from './popolo-people';
import { directiveSources, documentSource, GAZETTEER_SOURCE, mentionSource, uniqueSources } from './popolo-sources';
import type { PopoloDirective, PopoloEvent, PopoloExport, PopoloOrganization, PopoloOtherName, PopoloSource } from './popolo-types';
import type { GraphSnapshot } from './snapshot';

export function toPopolo(snapshot: GraphSnapshot): PopoloExport {
  const index = new GraphIndex(snapshot);
  const persons = buildPersons(index);
  const organizations = index.nodes('Agency').map((agency) => organization(index, agency));
  const { posts, memberships } = buildPostsAndMemberships(index);
  const events = index.nodes('Meeting').map((meeting) => event(index, meeting));
  const directives = index.nodes('Directive').map((directive) => directiveRecord(index, directive));
  const counts = {
    persons: persons.length,
    organizations: organizations.length,
    posts: posts.length,
    memberships: memberships.length,
    events: events.length,
    directives: directives.length,
  };
  return { meta: { generator: 'minutes-graph', format: 'popolo-json', version: 1, counts }, persons, organizations, posts, memberships, events, directives };
}

function otherNames(agency: AgencyNode): PopoloOtherName[] {
  const names: PopoloOtherName[] = agency.abbreviations.map((name) => ({ name, note: 'abbreviation' }));
  if (agency.nameEn) names.push({ name: agency.nameEn, note: 'English name', lang: 'en' });
  for (const alias of agency.aliases) {
    if (alias !== agency.nameEn && !agency.abbreviations.includes(alias)) names.push({ name: alias, note: 'alias' });
  }
  return names;
}

function organization(index: GraphIndex, agency: AgencyNode): PopoloOrganization {
  const sources: PopoloSource[] = [];
  for (const edge of index.edgesIn('ASSIGNED_TO', agency.id)) {
    const directive = index.nodeOf('Directive', edge.from);
    if (directive) sources.push(...directiveSources(index, directive));
  }
  if (sources.length === 0) {
    // Named in a report without being assigned anything: cite where the report names it.
    for (const doc of index.nodes('Document')) {
      const mention = mentionSource(index, doc.id, [agency.name, ...agency.abbreviations, ...agency.aliases]);
      if (mention) sources.push(mention);
    }
  }
  const successorEdge = index.edgesOut('SUCCEEDED_BY', agency.id)[0];
  const predecessorEdges = index.edgesIn('SUCCEEDED_BY', agency.id);
  if (successorEdge || predecessorEdges.length > 0 || sources.length === 0) sources.push(GAZETTEER_SOURCE);
  const effective = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    id: agency.id,
    name: agency.name,
    classification: agency.kind,
    other_names: otherNames(agency),
    identifiers: agency.abbreviations.map((identifier) => ({ scheme: 'abbreviation', identifier })),
    founding_date: agency.validFrom,
    dissolution_date: agency.validTo,
    successor: successorEdge ? { organization_id: successorEdge.to, effective: effective(successorEdge.props.effective) } : null,
    predecessors: predecessorEdges.map((e) => ({ organization_id: e.from, effective: effective(e.props.effective) })),
    sources: uniqueSources(sources),
  };
}

function event(index: GraphIndex, meeting: MeetingNode): PopoloEvent {
  const directives = index
    .edgesIn('PART_OF', meeting.id)
    .map((e) => index.nodeOf('Directive', e.from))
    .filter((d): d is DirectiveNode => d !== undefined)
    .sort((a, b) => a.ordinal - b.ordinal);
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    id: meeting.id,
    name: meeting.title,
    classification: meeting.kind,
    start_date: meeting.date,
    organizer: meeting.organiser,
    chairs: index.edgesIn('CHAIRED', meeting.id).map((e) => ({ person_id: e.from, role: text(e.props.role), location: text(e.props.location) })),
    attendee_ids: index.edgesIn('ATTENDED', meeting.id).map((e) => e.from),
    directive_ids: directives.map((d) => d.id),
    // every report of the meeting (outlets reporting one meeting are joined)
    sources: index.edgesOut('REPORTED_IN', meeting.id).map((e) => e.to).sort().map((id) => documentSource(index, id)),
  };
}

function directiveRecord(index: GraphIndex, directive: DirectiveNode): PopoloDirective {
  const deadline = index
    .edgesOut('DUE_BY', directive.id)
    .map((e) => index.nodeOf('Deadline', e.to))
    .find((d) => d !== undefined);
  return {
    id: directive.id,
    text: directive.text,
    event_id: directive.meetingId,
    issued_by: index.edgesIn('ISSUED', directive.id).map((e) => e.from),
    assignees: index.edgesOut('ASSIGNED_TO', directive.id).map((e) => ({
      id: e.to,
      kind: index.node(e.to)?.label === 'Official' ? ('person' as const) : ('organization' as const),
      role: typeof e.props.role === 'string' ? e.props.role : 'LEAD',
    })),
    deadline: deadline ? { date: deadline.date, precision: deadline.precision, phrase: deadline.phrase, relation: deadline.relation } : null,
    sources: directiveSources(index, directive),
  };
}
