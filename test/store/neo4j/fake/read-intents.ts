// What Neo4j returns for each lookup statement of the adapter, from the reference graph.
import { byString, edgeFields, int, integerParam, plain, type RefGraph, type RefRel } from './reference-graph';

type Params = Record<string, any>;
type Row = Record<string, unknown>;

const nodeRow = (id: string, g: RefGraph): Row | null => {
  const n = g.entity(id);
  return n ? { id, labels: [...n.labels], props: { ...n.props } } : null;
};

export function getNodes(g: RefGraph, p: Params): Row[] {
  const ids = [...new Set(p.ids as string[])]; // RETURN DISTINCT
  return ids.map((id) => nodeRow(id, g)).filter((r): r is Row => r !== null);
}

const withLabel = (g: RefGraph, label: string) => [...g.nodes.values()].filter((n) => n.labels.has(label));

export function countNodes(label: string) {
  return (g: RefGraph): Row[] => [{ total: int(withLabel(g, label).length) }];
}

export function listNodes(label: string) {
  return (g: RefGraph, p: Params): Row[] =>
    withLabel(g, label)
      .filter((n) => p.afterId === null || String(n.props.id) > p.afterId)
      .sort((a, b) => byString(String(a.props.id), String(b.props.id)))
      .slice(0, integerParam(p.limit, 'limit'))
      .map((n) => ({ props: { ...n.props } }));
}

/** listMeetingsByDate.<ASC|DESC>: undated last, then day in the direction, then id. */
export function listMeetingsByDate(direction: string) {
  return (g: RefGraph, p: Params): Row[] => {
    const position = (n: { props: Record<string, unknown> }) => {
      const date = plain(n.props.date) as string | null;
      return { undated: date === null ? 1 : 0, day: date ?? '', id: String(n.props.id) };
    };
    type Position = ReturnType<typeof position>;
    const dayOrder = (a: string, b: string) => (direction === 'ASC' ? byString(a, b) : byString(b, a));
    const compare = (a: Position, b: Position) => a.undated - b.undated || dayOrder(a.day, b.day) || byString(a.id, b.id);
    const after: Position | null = p.afterId === null ? null : { undated: integerParam(p.afterUndated, 'afterUndated'), day: p.afterDay, id: p.afterId };
    return withLabel(g, 'Meeting')
      .map((n) => ({ n, at: position(n) }))
      .filter(({ at }) => after === null || compare(at, after) > 0)
      .sort((a, b) => compare(a.at, b.at))
      .slice(0, integerParam(p.limit, 'limit'))
      .map(({ n, at }) => ({ props: { ...n.props }, undated: int(at.undated), day: at.day }));
  };
}

export function getEdges(g: RefGraph, p: Params): Row[] {
  const rows: { i: number; r: RefRel }[] = [];
  (p.keys as { nodeId: string; type: string; direction: string }[]).forEach((key, i) => {
    if (!g.entity(key.nodeId)) return;
    const seen = new Set<RefRel>();
    for (const r of g.entityRels()) {
      const touches = key.direction === 'out' ? r.start === key.nodeId : r.end === key.nodeId;
      if (r.type === key.type && touches && !seen.has(r)) seen.add(r) && rows.push({ i, r });
    }
  });
  rows.sort((a, b) => a.i - b.i || byString(String(a.r.props.id), String(b.r.props.id)));
  return rows.map(({ i, r }) => ({ keyIndex: int(i), ...edgeFields(r) }));
}

const relsOf = (g: RefGraph, type: string) => g.entityRels().filter((r) => type === 'ALL' || r.type === type);

export function countEdges(type: string) {
  return (g: RefGraph): Row[] => [{ total: int(relsOf(g, type).length) }];
}

export function listEdges(type: string) {
  return (g: RefGraph, p: Params): Row[] =>
    relsOf(g, type)
      .filter((r) => p.afterId === null || String(r.props.id) > p.afterId)
      .sort((a, b) => byString(String(a.props.id), String(b.props.id)))
      .slice(0, integerParam(p.limit, 'limit'))
      .map(edgeFields);
}

/** (p:Agency)-[:SUCCEEDED_BY*1..]->(:Agency {id}) with the shortest length per p. */
export function predecessors(g: RefGraph, p: Params): Row[] {
  const rows: Row[] = [];
  (p.ids as string[]).forEach((target, i) => {
    if (!g.nodes.get(target)?.labels.has('Agency')) return;
    const distance = new Map<string, number>();
    let frontier = [target];
    for (let d = 1; frontier.length > 0; d++) {
      const next: string[] = [];
      for (const at of frontier) {
        for (const r of g.rels) {
          if (r.type !== 'SUCCEEDED_BY' || r.end !== at || distance.has(r.start)) continue;
          distance.set(r.start, d);
          next.push(r.start);
        }
      }
      frontier = next;
    }
    const found = [...distance].filter(([id]) => g.nodes.get(id)?.labels.has('Agency'));
    found.sort((a, b) => a[1] - b[1] || byString(a[0], b[0]));
    for (const [id, d] of found) rows.push({ targetIndex: int(i), id, distance: int(d) });
  });
  return rows;
}

export function getCuration(g: RefGraph, p: Params): Row[] {
  const c = g.curations.get(p.id);
  return c ? [{ props: { ...c } }] : [];
}

export function getCurations(g: RefGraph, p: Params): Row[] {
  const rows: Row[] = [];
  for (const directiveId of [...new Set(p.directiveIds as string[])].sort(byString)) {
    const list = [...g.curations.values()].filter((c) => c.directiveId === directiveId);
    list.sort((a, b) => (plain(a.seq) as number) - (plain(b.seq) as number));
    for (const c of list) rows.push({ directiveId, props: { ...c }, seq: c.seq });
  }
  return rows;
}

/** MATCH (m:Meeting {date: $date})-[:REPORTED_IN]->(d:Document) RETURN DISTINCT d.id ORDER BY id */
export function documentsOnMeetingDate(g: RefGraph, p: Params): Row[] {
  const date = plain(p.date);
  const meetings = new Set([...g.nodes].filter(([, n]) => n.labels.has('Meeting') && plain(n.props.date) === date).map(([id]) => id));
  const ids = new Set(g.entityRels().filter((r) => r.type === 'REPORTED_IN' && meetings.has(r.start) && g.nodes.get(r.end)?.labels.has('Document')).map((r) => r.end));
  return [...ids].sort(byString).map((id) => ({ id }));
}
