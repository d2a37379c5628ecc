// ExtractionResult → GraphBatch (pure). Everything one document says, as nodes and edges with
// deterministic ids: the same text gives an identical batch, whatever the file is called.
import type { OfficialLayout } from '../extract/document/official-layout/types';
import type { DirectiveMention, ExtractionResult } from '../extract/types';
import { fold } from '../text/fold';
import { BatchBuilder } from './batch-builder';
import { addAgency, addOfficial, addParty, addPosts, titlesByOfficial } from './build-parties';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { deadlineId, directiveId, documentId, meetingId, sha256Hex } from './ids';
import type { DeadlineNode, DirectiveNode, DocumentFormat, GraphBatch } from './model';
import { rolesFromTitles } from './roles';

export interface DocumentMeta {
  title: string | null;
  publisher: string | null;
  published: string | null;
  language: string;
  source: string | null;
  /** The http(s) address a downloaded report came from (default: none). */
  url?: string | null;
  /** The format the text was read from (default: text). */
  format?: DocumentFormat;
  /** The official document's structure, when the text has one (default: none). */
  official?: OfficialLayout | null;
}

const DEFAULT_GAZETTEER = buildGazetteer();

export function buildGraphBatch(doc: DocumentMeta, result: ExtractionResult, gazetteer: Gazetteer = DEFAULT_GAZETTEER): GraphBatch {
  const docId = documentId(result.text);
  const mtgId = meetingId(docId);
  const builder = new BatchBuilder(docId);
  builder.addNode({
    label: 'Document',
    id: docId,
    title: doc.title,
    publisher: doc.publisher,
    published: doc.published,
    language: doc.language,
    contentHash: sha256Hex(result.text),
    source: doc.source,
    url: doc.url ?? null,
    format: doc.format ?? 'text',
    official: doc.official ?? null,
    text: result.text,
  });
  const { meeting } = result;
  builder.addNode({
    label: 'Meeting',
    id: mtgId,
    // An official notice names its meeting in the title block ("Kết luận … tại cuộc họp về …").
    title: meeting.title ?? doc.official?.meetingTitle ?? null,
    date: meeting.date,
    kind: meeting.kind,
    ordinal: meeting.ordinal,
    organiser: meeting.organiser,
    documentId: docId,
  });
  builder.addEdge('REPORTED_IN', mtgId, docId, {});

  const titles = titlesByOfficial(result);
  const chairNames = new Set(meeting.chairs.map((c) => c.name));
  for (const chair of meeting.chairs) {
    const props = { role: chair.role, titles: chair.titles, ...(chair.location === undefined ? {} : { location: chair.location }) };
    builder.addEdge('CHAIRED', addOfficial(builder, chair.name), mtgId, props);
  }
  for (const official of result.officials) {
    const id = addOfficial(builder, official.name);
    if (!chairNames.has(official.name)) builder.addEdge('ATTENDED', id, mtgId, { titles: titles.get(official.name) ?? [] });
  }
  for (const agency of result.agencies) addAgency(builder, gazetteer, agency);
  addPosts(builder, gazetteer, titles, meeting.date ?? doc.published);

  result.directives.forEach((directive, ordinal) => {
    addDirective(builder, gazetteer, directive, ordinal, titles, mtgId);
  });
  return builder.build();
}

function addDirective(
  builder: BatchBuilder,
  gazetteer: Gazetteer,
  directive: DirectiveMention,
  ordinal: number,
  titles: ReadonlyMap<string, string[]>,
  mtgId: string,
): void {
  const docId = builder.documentId;
  const id = directiveId(docId, directive.span.start, directive.span.end);
  const node: DirectiveNode = {
    label: 'Directive',
    id,
    text: directive.text,
    documentId: docId,
    meetingId: mtgId,
    assignerName: directive.assigner?.name ?? null,
    recipients: directive.recipients.map((r) => r.name),
    textFolded: fold(directive.text),
    ordinal,
    provenance: {
      documentId: docId,
      start: directive.span.start,
      end: directive.span.end,
      sentence: directive.sentence,
      ruleIds: directive.ruleIds,
    },
  };
  builder.addNode(node);
  builder.addEdge('PART_OF', id, mtgId, {});
  if (directive.assigner !== null) {
    const name = directive.assigner.name;
    builder.addEdge('ISSUED', addOfficial(builder, name), id, { roles: rolesFromTitles(titles.get(name) ?? []) });
  }
  const parties = [
    ['LEAD', directive.assignees],
    ['COORDINATOR', directive.coordinators],
    ['MONITOR', directive.monitors],
  ] as const;
  for (const [role, refs] of parties) {
    for (const ref of refs) builder.addEdge('ASSIGNED_TO', id, addParty(builder, gazetteer, ref), { role });
  }
  const deadline = directive.deadline;
  if (deadline !== null) {
    const ddl: DeadlineNode = {
      label: 'Deadline',
      id: deadlineId(id),
      date: deadline.date,
      precision: deadline.precision,
      phrase: deadline.text,
      relation: deadline.relation,
      yearImplied: deadline.yearImplied,
      start: deadline.span.start,
      end: deadline.span.end,
    };
    builder.addNode(ddl);
    builder.addEdge('DUE_BY', id, ddl.id, {});
  }
}
