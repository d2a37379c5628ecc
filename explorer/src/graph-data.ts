// The neighbourhood of an entity as a small graph, gathered through the public API: for an
// agency its directives and their meetings plus mergers; for a meeting its chairs, officials,
// directives and their assignees; for an official the meetings chaired and directives issued;
// for a directive its meeting, issuer, assignees and coordinators.
import { gql } from './api';
import type { EntityKind } from './routes';
import type { EgoEdge, EgoGraph, EgoNode } from './graph-types';

export type { EgoEdge, EgoGraph, EgoNode };

interface Party {
  __typename: string;
  id: string;
  name: string;
}

// Each query stays under the API's cost limit: full parties only where they are drawn.
const DIRECTIVE_FIELDS = 'id text meeting { id title date } assignees { __typename id name } coordinators { __typename id name } issuedBy { id name }';
const DIRECTIVE_BRIEF = 'id text meeting { id title date } coordinators { __typename id name }';

const QUERIES: Record<EntityKind, string> = {
  agency: `query($id: ID!) { agency(id: $id) { id name
    directives(role: ANY, first: 40) { nodes { ${DIRECTIVE_BRIEF} } }
    predecessors { agency { id name } } successor { agency { id name } } } }`,
  meeting: `query($id: ID!) { meeting(id: $id) { id title date
    chairs { name official { id } } attendees { id name }
    directives(first: 30) { nodes { ${DIRECTIVE_FIELDS} } } } }`,
  official: `query($id: ID!) { official(id: $id) { id name
    meetingsChaired(first: 30) { nodes { id title date } }
    directivesIssued(first: 40) { nodes { ${DIRECTIVE_BRIEF} } } } }`,
  directive: `query($id: ID!) { directive(id: $id) { ${DIRECTIVE_FIELDS} } }`,
};

interface DirectiveBits {
  id: string;
  text: string;
  meeting: { id: string; title: string | null; date: string | null };
  assignees?: Party[];
  coordinators: Party[];
  issuedBy?: { id: string; name: string } | null;
}

class Builder {
  private readonly nodes = new Map<string, EgoNode>();
  private readonly edges = new Map<string, EgoEdge>();

  constructor(readonly centre: string) {}

  node(id: string, kind: EntityKind, label: string, ring: number): void {
    const existing = this.nodes.get(id);
    if (existing === undefined || ring < existing.ring) this.nodes.set(id, { id, kind, label, ring });
  }

  edge(from: string, to: string, type: string): void {
    this.edges.set(`${from}|${to}|${type}`, { from, to, type });
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  build(): EgoGraph {
    return { centre: this.centre, nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}

function meetingText(m: { title: string | null; date: string | null }): string {
  // Full texts: the graph view shortens labels itself and shows the whole text on hover.
  return [m.date, m.title].filter(Boolean).join(' ') || 'Meeting';
}

function partyKind(p: Party): EntityKind {
  return p.__typename === 'Official' ? 'official' : 'agency';
}

/** A directive and what hangs off it, `ring` being the directive's own ring. */
function addDirective(b: Builder, d: DirectiveBits, ring: number, withParties: boolean): void {
  b.node(d.id, 'directive', d.text, ring);
  b.node(d.meeting.id, 'meeting', meetingText(d.meeting), ring + 1);
  b.edge(d.id, d.meeting.id, 'PART_OF');
  if (!withParties) return;
  for (const p of d.assignees ?? []) {
    b.node(p.id, partyKind(p), p.name, ring + 1);
    b.edge(d.id, p.id, 'ASSIGNED_TO');
  }
  for (const p of d.coordinators) {
    b.node(p.id, partyKind(p), p.name, ring + 1);
    b.edge(d.id, p.id, 'COORDINATES');
  }
  if (d.issuedBy) {
    b.node(d.issuedBy.id, 'official', d.issuedBy.name, ring + 1);
    b.edge(d.issuedBy.id, d.id, 'ISSUED');
  }
}

export async function fetchEgoGraph(kind: EntityKind, id: string): Promise<EgoGraph | null> {
  const data = await gql<Record<string, any>>(QUERIES[kind], { id });
  const e = data[kind];
  if (e === null || e === undefined) return null;
  const b = new Builder(id);
  switch (kind) {
    case 'agency': {
      b.node(e.id, 'agency', e.name, 0);
      for (const d of e.directives.nodes as DirectiveBits[]) {
        addDirective(b, d, 1, false);
        const role = d.coordinators.some((c) => c.id === e.id) ? 'COORDINATES' : 'ASSIGNED_TO';
        b.edge(d.id, e.id, role);
      }
      for (const p of e.predecessors as { agency: Party }[]) {
        b.node(p.agency.id, 'agency', p.agency.name, 1);
        b.edge(p.agency.id, e.id, 'SUCCEEDED_BY');
      }
      if (e.successor) {
        b.node(e.successor.agency.id, 'agency', e.successor.agency.name, 1);
        b.edge(e.id, e.successor.agency.id, 'SUCCEEDED_BY');
      }
      break;
    }
    case 'meeting': {
      b.node(e.id, 'meeting', meetingText(e), 0);
      for (const c of e.chairs as { name: string; official: { id: string } }[]) {
        b.node(c.official.id, 'official', c.name, 1);
        b.edge(c.official.id, e.id, 'CHAIRED');
      }
      for (const o of e.attendees as { id: string; name: string }[]) {
        b.node(o.id, 'official', o.name, 1);
        b.edge(o.id, e.id, 'ATTENDED');
      }
      for (const d of e.directives.nodes as DirectiveBits[]) addDirective(b, d, 1, true);
      break;
    }
    case 'official': {
      b.node(e.id, 'official', e.name, 0);
      for (const m of e.meetingsChaired.nodes as { id: string; title: string | null; date: string | null }[]) {
        b.node(m.id, 'meeting', meetingText(m), 1);
        b.edge(e.id, m.id, 'CHAIRED');
      }
      for (const d of e.directivesIssued.nodes as DirectiveBits[]) {
        addDirective(b, d, 1, false);
        b.edge(e.id, d.id, 'ISSUED');
      }
      break;
    }
    case 'directive':
      addDirective(b, e as DirectiveBits, 0, true);
      break;
  }
  return b.build();
}
