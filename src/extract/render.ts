// Human-readable views of an extraction: a compact table, and per directive the sentence and
// the rules that fired (`minutes-graph extract --explain`).
import type { DirectiveMention, ExtractionResult, PartyRef } from './types';

const names = (ps: readonly PartyRef[]) => (ps.length ? ps.map((p) => p.name).join('; ') : '—');
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function meetingLines(r: ExtractionResult): string[] {
  const m = r.meeting;
  const chairs = m.chairs.map((c) => (c.role === 'BRIDGE' ? `${c.name} (điểm cầu ${c.location ?? '?'})` : c.name)).join(', ') || '—';
  return [
    `Meeting:    ${m.title ?? '—'}`,
    `Date:       ${m.date ?? '—'}${m.ordinal ? `   ordinal ${m.ordinal}` : ''}${m.kind ? `   kind ${m.kind}` : ''}`,
    `Chairs:     ${chairs}`,
    `Officials:  ${r.officials.map((o) => `${o.name}${o.titles.length ? ` (${o.titles.join(', ')})` : ''}`).join('; ') || '—'}`,
  ];
}

function directiveLine(d: DirectiveMention, i: number): string[] {
  return [
    `${String(i + 1).padStart(2)}. ${clip(d.text.replace(/\s+/g, ' '), 160)}`,
    `    by ${d.assigner?.name ?? '—'} → ${names(d.assignees)}${d.coordinators.length ? `   with ${names(d.coordinators)}` : ''}${d.deadline ? `   due ${d.deadline.date} ("${d.deadline.text}")` : ''}`,
  ];
}

export function renderTable(r: ExtractionResult): string {
  const lines = [...meetingLines(r), '', `Directives (${r.directives.length}):`];
  r.directives.forEach((d, i) => lines.push(...directiveLine(d, i)));
  const problems = r.diagnostics.filter((d) => d.severity !== 'info');
  if (problems.length) lines.push('', 'Diagnostics:', ...problems.map((d) => `  ${d.severity} ${d.ruleId}: ${d.message}`));
  return `${lines.join('\n')}\n`;
}

export function renderExplain(r: ExtractionResult): string {
  const lines = [...meetingLines(r), `Meeting rules: ${r.meeting.ruleIds.join(', ') || '—'}`, ''];
  r.directives.forEach((d, i) => {
    lines.push(...directiveLine(d, i));
    lines.push(`    sentence [${d.sentenceSpan.start}, ${d.sentenceSpan.end}): ${d.sentence.replace(/\s+/g, ' ')}`);
    lines.push(`    clause   [${d.span.start}, ${d.span.end})`);
    if (d.monitors.length) lines.push(`    monitors: ${names(d.monitors)}`);
    if (d.recipients.length) lines.push(`    reports to: ${names(d.recipients)}`);
    lines.push(`    rules: ${d.ruleIds.join(' → ')}`, '');
  });
  const rejected = r.deadlines.filter((x) => !r.directives.some((d) => d.deadline === x));
  if (rejected.length) lines.push(`Date phrases not used as deadlines: ${rejected.map((x) => `"${x.text}"${x.recurring ? ' (recurring)' : ''}`).join(', ')}`);
  for (const d of r.diagnostics) lines.push(`  ${d.severity} ${d.ruleId}: ${d.message}`);
  return `${lines.join('\n')}\n`;
}
