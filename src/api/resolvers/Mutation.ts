// Mutation: curation, behind the bearer token.
import type { DirectiveStatus } from '../../store/port';
import type { ApiContext } from '../context';
import { addCurations, checkEvidenceUrl, curationRecord, requireCurator, requireDirective, resolveAssigneeInputs } from '../curation';
import { directiveRef } from '../directive-view';
import { badInput } from '../errors';
import type { TypeResolvers } from './types';

interface StatusArgs {
  id: string;
  status: DirectiveStatus;
  note?: string | null;
  evidenceUrl?: string | null;
  date?: string | null;
  curator?: string | null;
}

interface CorrectArgs {
  id: string;
  assignees?: string[] | null;
  deadline?: string | null;
  removeDeadline?: boolean | null;
  reason: string;
  curator?: string | null;
}

const today = (ctx: ApiContext) => ctx.clock().toISOString().slice(0, 10);

export const Mutation: TypeResolvers = {
  setDirectiveStatus: async (_: unknown, args: StatusArgs, ctx: ApiContext) => {
    requireCurator(ctx);
    const evidenceUrl = checkEvidenceUrl(args.evidenceUrl);
    await requireDirective(ctx, args.id);
    const base = { directiveId: args.id, effectiveDate: args.date ?? today(ctx), note: args.note, evidenceUrl, curator: args.curator };
    await addCurations(ctx, [curationRecord({ ...base, kind: 'STATUS', value: args.status }, ctx.clock())]);
    return directiveRef(args.id);
  },
  correctDirective: async (_: unknown, args: CorrectArgs, ctx: ApiContext) => {
    requireCurator(ctx);
    if (args.reason.trim() === '') throw badInput('reason must say why the extracted value is wrong.');
    if (args.deadline && args.removeDeadline) throw badInput(`Give either deadline ${JSON.stringify(args.deadline)} or removeDeadline, not both.`);
    const setsDeadline = Boolean(args.deadline) || args.removeDeadline === true;
    if (!args.assignees && !setsDeadline) throw badInput('correctDirective needs assignees, deadline or removeDeadline.');
    await requireDirective(ctx, args.id);
    const base = { directiveId: args.id, effectiveDate: today(ctx), reason: args.reason.trim(), curator: args.curator };
    const records = [];
    if (args.assignees) {
      const ids = await resolveAssigneeInputs(ctx, args.assignees);
      records.push(curationRecord({ ...base, kind: 'ASSIGNEES', value: ids.join(',') }, ctx.clock()));
    }
    if (setsDeadline) records.push(curationRecord({ ...base, kind: 'DEADLINE', value: args.deadline ?? '' }, ctx.clock()));
    await addCurations(ctx, records);
    return directiveRef(args.id);
  },
};
