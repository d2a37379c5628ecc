// Persons, posts and memberships: officials and the titles the reports give them at each
// meeting (CHAIRED and ATTENDED edges carry `titles`). A post is one distinct title, at the
// agency its HOLDS_POST edge names ("Bộ trưởng Công an" → Bộ Công an); a membership is one
// person seen holding it, with the meetings where they were seen.
import type { AgencyNode } from '../graph/model';
import { fold } from '../text/fold';
import type { GraphIndex } from './graph-index';
import { directiveSources, documentSource, uniqueSources } from './popolo-sources';
import type { PopoloMembership, PopoloPerson, PopoloPost, PopoloSource } from './popolo-types';

export function postId(title: string): string {
  return `post:${fold(title).replace(/ /g, '-')}`;
}

export function buildPersons(index: GraphIndex): PopoloPerson[] {
  return index.nodes('Official').map((official) => {
    const sources: PopoloSource[] = [];
    for (const type of ['CHAIRED', 'ATTENDED'] as const) {
      for (const edge of index.edgesOut(type, official.id)) if (edge.documentId) sources.push(documentSource(index, edge.documentId));
    }
    for (const edge of index.edgesOut('ISSUED', official.id)) {
      const directive = index.nodeOf('Directive', edge.to);
      if (directive) sources.push(...directiveSources(index, directive));
    }
    return { id: official.id, name: official.name, sources: uniqueSources(sources) };
  });
}

/** The agency a title names ("Bộ trưởng Bộ Y tế" → Bộ Y tế): the longest whole-word match. */
export function organizationInTitle(title: string, agencies: readonly AgencyNode[]): string | null {
  const padded = ` ${fold(title)} `;
  let best: { id: string; length: number } | null = null;
  for (const agency of agencies) {
    const key = fold(agency.name);
    if (key !== '' && padded.includes(` ${key} `) && (best === null || key.length > best.length)) best = { id: agency.id, length: key.length };
  }
  return best?.id ?? null;
}

/** Titles → the agency the graph's HOLDS_POST edges put them at (read from the title when the graph was built). */
function postAgencies(index: GraphIndex): Map<string, string> {
  const byTitle = new Map<string, string>();
  for (const edge of index.edgesOfType('HOLDS_POST')) if (typeof edge.props.title === 'string' && !byTitle.has(edge.props.title)) byTitle.set(edge.props.title, edge.to);
  return byTitle;
}

export function buildPostsAndMemberships(index: GraphIndex): { posts: PopoloPost[]; memberships: PopoloMembership[] } {
  const agencies = index.nodes('Agency');
  const held = postAgencies(index);
  const posts = new Map<string, PopoloPost>();
  const memberships = new Map<string, PopoloMembership>();
  for (const type of ['CHAIRED', 'ATTENDED'] as const) {
    for (const edge of index.edgesOfType(type)) {
      const titles = Array.isArray(edge.props.titles) ? edge.props.titles : [];
      const meeting = index.nodeOf('Meeting', edge.to);
      const source = edge.documentId ? [documentSource(index, edge.documentId)] : [];
      for (const title of titles) {
        const id = postId(title);
        const post = posts.get(id) ?? { id, label: title, organization_id: held.get(title) ?? organizationInTitle(title, agencies), sources: [] };
        post.sources = uniqueSources([...post.sources, ...source]);
        posts.set(id, post);

        const membershipId = `membership:${edge.from}:${id}`;
        const membership = memberships.get(membershipId) ?? {
          id: membershipId,
          person_id: edge.from,
          post_id: id,
          role: title,
          organization_id: post.organization_id,
          observed_on: [],
          event_ids: [],
          sources: [],
        };
        if (meeting?.date && !membership.observed_on.includes(meeting.date)) membership.observed_on.push(meeting.date);
        if (meeting && !membership.event_ids.includes(meeting.id)) membership.event_ids.push(meeting.id);
        membership.sources = uniqueSources([...membership.sources, ...source]);
        memberships.set(membershipId, membership);
      }
    }
  }
  for (const membership of memberships.values()) membership.observed_on.sort();
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { posts: [...posts.values()].sort(byId), memberships: [...memberships.values()].sort(byId) };
}
