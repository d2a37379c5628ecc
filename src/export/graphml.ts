// GraphML for networkx (read_graphml), yEd and Gephi. graphology-graphml only parses, so the
// writer is ours: one <key> per attribute name with a type inferred from its values, then
// nodes and edges in the snapshot's order (deterministic output for the same store).
import type { FlatRecord, FlatValue } from './flatten';
import type { GraphSnapshot } from './snapshot';
import { toGraphology } from './to-graphology';
import { escapeXml } from './xml-text';

type GraphmlType = 'boolean' | 'long' | 'double' | 'string';

interface KeyDef {
  id: string;
  name: string;
  type: GraphmlType;
}

/** The narrowest GraphML type every non-null value fits; string when they disagree. */
export function inferGraphmlType(values: readonly FlatValue[]): GraphmlType {
  const present = values.filter((v) => v !== null);
  if (present.length === 0) return 'string';
  if (present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'long';
  if (present.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

function keyDefs(prefix: string, records: readonly FlatRecord[]): Map<string, KeyDef> {
  const values = new Map<string, FlatValue[]>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      const list = values.get(name) ?? [];
      list.push(value);
      values.set(name, list);
    }
  }
  const defs = new Map<string, KeyDef>();
  for (const [name, list] of values) defs.set(name, { id: `${prefix}${defs.size}`, name, type: inferGraphmlType(list) });
  return defs;
}

function dataLines(record: FlatRecord, defs: Map<string, KeyDef>, indent: string): string[] {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(record)) {
    if (value === null) continue;
    const def = defs.get(name);
    if (def === undefined) continue;
    lines.push(`${indent}<data key="${def.id}">${escapeXml(String(value))}</data>`);
  }
  return lines;
}

export function toGraphml(snapshot: GraphSnapshot): string {
  const graph = toGraphology(snapshot);
  const nodes = graph.mapNodes((key, attributes) => ({ key, attributes }));
  const edges = graph.mapEdges((key, attributes, source, target) => ({ key, attributes, source, target }));
  const nodeKeys = keyDefs('n', nodes.map((n) => n.attributes));
  const edgeKeys = keyDefs('e', edges.map((e) => e.attributes));

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [forWhat, defs] of [['node', nodeKeys], ['edge', edgeKeys]] as const) {
    for (const def of defs.values()) {
      lines.push(`  <key id="${def.id}" for="${forWhat}" attr.name="${escapeXml(def.name)}" attr.type="${def.type}"/>`);
    }
  }
  lines.push('  <graph id="minutes-graph" edgedefault="directed">');
  for (const node of nodes) {
    lines.push(`    <node id="${escapeXml(node.key)}">`, ...dataLines(node.attributes, nodeKeys, '      '), '    </node>');
  }
  for (const edge of edges) {
    lines.push(
      `    <edge id="${escapeXml(edge.key)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`,
      ...dataLines(edge.attributes, edgeKeys, '      '),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
