// Curation: who may write (a bearer token from configuration) and the records written. Records
// go to store.addCuration, apart from extraction, so they survive re-ingesting the report.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { CurationKind, CurationRecord } from '../store/port';
import type { ApiContext } from './context';
import { badInput, forbidden, notFound, quote } from './errors';
import { loadNode } from './loaders';
import { exactIds } from './resolve-names';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Throws FORBIDDEN unless curation is enabled and the request carries the token. */
export function requireCurator(ctx: Pick<ApiContext, 'config' | 'authorization'>): void {
  const token = ctx.config.curationToken;
  if (token === null) {
    throw forbidden('Curation is disabled: the server has no curation token configured (set MINUTES_GRAPH_CURATION_TOKEN to enable it).');
  }
  const match = /^Bearer\s+(.+)$/i.exec(ctx.authorization ?? '');
  // Compare digests so the comparison takes the same time whatever the length.
  if (match === null || !timingSafeEqual(sha(match[1].trim()), sha(token))) {
    throw forbidden('Curation requires the header "Authorization: Bearer <token>" with the configured curation token.');
  }
}

export async function requireDirective(ctx: ApiContext, id: string): Promise<void> {
  if ((await loadNode(ctx.loaders, id, 'Directive')) === null) throw notFound(`No directive with id ${quote(id)}.`);
}

export function checkEvidenceUrl(url: string | null | undefined): string | null {
  if (url === null || url === undefined) return null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (parsed === null || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw badInput(`evidenceUrl ${quote(url)} is not an http or https URL.`);
  }
  return url;
}

/** Assignee names or ids → ids: an id of an agency or official, else an exact name. */
export async function resolveAssigneeInputs(ctx: ApiContext, inputs: readonly string[]): Promise<string[]> {
  if (inputs.length === 0) throw badInput('assignees must name at least one agency or official.');
  const ids: string[] = [];
  for (const input of inputs) {
    const node = await ctx.loaders.nodes.load(input);
    if (node !== null && (node.label === 'Agency' || node.label === 'Official')) {
      ids.push(node.id);
      continue;
    }
    const [agency] = await exactIds(ctx.store, input, ['Agency']);
    const found = agency ?? (await exactIds(ctx.store, input, ['Official']))[0];
    if (found === undefined) throw notFound(`No agency or official matches ${quote(input)}.`);
    ids.push(found);
  }
  return [...new Set(ids)];
}

export interface CurationInput {
  directiveId: string;
  kind: CurationKind;
  value: string;
  effectiveDate: string | null;
  note?: string | null;
  evidenceUrl?: string | null;
  reason?: string | null;
  curator?: string | null;
}

/** The record for an input at a moment: its id is a hash of everything in it. */
export function curationRecord(input: CurationInput, recordedAt: Date): CurationRecord {
  const record = {
    directiveId: input.directiveId,
    kind: input.kind,
    value: input.value,
    effectiveDate: input.effectiveDate,
    note: input.note ?? null,
    evidenceUrl: input.evidenceUrl ?? null,
    reason: input.reason ?? null,
    curator: input.curator?.trim() || 'curator',
    recordedAt: recordedAt.toISOString(),
  };
  return { id: 'cur:' + sha(JSON.stringify(record)).toString('hex').slice(0, 16), ...record };
}

export async function addCurations(ctx: ApiContext, records: readonly CurationRecord[]): Promise<void> {
  for (const record of records) await ctx.store.addCuration(record);
  for (const record of records) ctx.loaders.curations.clear(record.directiveId);
}
