// A validator for the Popolo-style export, written from the shape popolo-types.ts promises:
// it returns every problem as "path: what is wrong", so a failing test says where.
type Check = (value: unknown, path: string, problems: string[]) => void;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const str: Check = (v, p, out) => void (typeof v !== 'string' || v === '' ? out.push(`${p}: expected a non-empty string`) : null);
const strOrNull: Check = (v, p, out) => void (v !== null && typeof v !== 'string' ? out.push(`${p}: expected a string or null`) : null);
// Popolo dates may be partial (a founding year): YYYY, YYYY-MM or YYYY-MM-DD.
const POPOLO_DATE = /^\d{4}(-\d{2}){0,2}$/;
const popoloDateOrNull: Check = (v, p, out) => void (v !== null && (typeof v !== 'string' || !POPOLO_DATE.test(v)) ? out.push(`${p}: expected a Popolo date (YYYY[-MM[-DD]]) or null`) : null);
const dateOrNull: Check = (v, p, out) => void (v !== null && (typeof v !== 'string' || !DATE.test(v)) ? out.push(`${p}: expected YYYY-MM-DD or null`) : null);
const optional = (check: Check): Check => (v, p, out) => void (v === undefined ? null : check(v, p, out));
const int: Check = (v, p, out) => void (!Number.isInteger(v) || (v as number) < 0 ? out.push(`${p}: expected a non-negative integer`) : null);
const oneOf = (...values: string[]): Check => (v, p, out) => void (!values.includes(v as string) ? out.push(`${p}: expected one of ${values.join(', ')}`) : null);

function arrayOf(check: Check, options: { nonEmpty?: boolean } = {}): Check {
  return (v, p, out) => {
    if (!Array.isArray(v)) return void out.push(`${p}: expected an array`);
    if (options.nonEmpty && v.length === 0) out.push(`${p}: expected at least one item`);
    v.forEach((item, i) => check(item, `${p}[${i}]`, out));
  };
}

function record(fields: Record<string, Check>): Check {
  return (v, p, out) => {
    if (!isObject(v)) return void out.push(`${p}: expected an object`);
    for (const [name, check] of Object.entries(fields)) check(v[name], `${p}.${name}`, out);
  };
}

const source: Check = (v, p, out) => {
  record({
    document_id: strOrNull,
    title: strOrNull,
    published: dateOrNull,
    sentence: optional(str),
    start: optional(int),
    end: optional(int),
    note: optional(str),
  })(v, p, out);
  if (isObject(v) && v.document_id === null && typeof v.note !== 'string') out.push(`${p}: a source without a document must say what it is (note)`);
  if (isObject(v) && typeof v.start === 'number' && typeof v.end === 'number' && v.end <= v.start) out.push(`${p}: end must follow start`);
};
const sources = arrayOf(source, { nonEmpty: true });
const succession = record({ organization_id: str, effective: dateOrNull });

const SHAPE = record({
  meta: record({ generator: oneOf('minutes-graph'), format: oneOf('popolo-json'), version: oneOf(1 as unknown as string) }),
  persons: arrayOf(record({ id: str, name: str, sources })),
  organizations: arrayOf(
    record({
      id: str,
      name: str,
      classification: str,
      other_names: arrayOf(record({ name: str, note: oneOf('abbreviation', 'English name', 'alias'), lang: optional(str) })),
      identifiers: arrayOf(record({ scheme: str, identifier: str })),
      founding_date: popoloDateOrNull,
      dissolution_date: popoloDateOrNull,
      successor: (v, p, out) => void (v === null ? null : succession(v, p, out)),
      predecessors: arrayOf(succession),
      sources,
    }),
  ),
  posts: arrayOf(record({ id: str, label: str, organization_id: strOrNull, sources })),
  memberships: arrayOf(
    record({ id: str, person_id: str, post_id: str, role: str, organization_id: strOrNull, observed_on: arrayOf(dateOrNull), event_ids: arrayOf(str, { nonEmpty: true }), sources }),
  ),
  events: arrayOf(
    record({
      id: str,
      name: strOrNull,
      classification: strOrNull,
      start_date: dateOrNull,
      organizer: strOrNull,
      chairs: arrayOf(record({ person_id: str, role: strOrNull, location: strOrNull })),
      attendee_ids: arrayOf(str),
      directive_ids: arrayOf(str),
      sources,
    }),
  ),
  directives: arrayOf(
    record({
      id: str,
      text: str,
      event_id: str,
      issued_by: arrayOf(str),
      assignees: arrayOf(record({ id: str, kind: oneOf('organization', 'person'), role: oneOf('LEAD', 'COORDINATOR', 'MONITOR') })),
      deadline: (v, p, out) => void (v === null ? null : record({ date: dateOrNull, precision: str, phrase: str, relation: str })(v, p, out)),
      sources: arrayOf(record({ document_id: str, sentence: str, start: int, end: int }), { nonEmpty: true }),
    }),
  ),
});

/** Shape problems plus broken references between records (a person id that is no person). */
export function validatePopolo(value: unknown): string[] {
  const problems: string[] = [];
  SHAPE(value, '$', problems);
  if (problems.length > 0 || !isObject(value)) return problems;
  const ids = (key: string) => new Set((value[key] as { id: string }[]).map((r) => r.id));
  const persons = ids('persons');
  const organizations = ids('organizations');
  const posts = ids('posts');
  const events = ids('events');
  const directives = ids('directives');
  const ref = (set: Set<string>, id: string, path: string) => void (!set.has(id) ? problems.push(`${path}: ${id} is not a record of the export`) : null);
  (value.memberships as Record<string, any>[]).forEach((m, i) => {
    ref(persons, m.person_id, `$.memberships[${i}].person_id`);
    ref(posts, m.post_id, `$.memberships[${i}].post_id`);
    m.event_ids.forEach((e: string) => ref(events, e, `$.memberships[${i}].event_ids`));
  });
  (value.events as Record<string, any>[]).forEach((e, i) => {
    e.chairs.forEach((c: { person_id: string }) => ref(persons, c.person_id, `$.events[${i}].chairs`));
    e.directive_ids.forEach((d: string) => ref(directives, d, `$.events[${i}].directive_ids`));
  });
  (value.directives as Record<string, any>[]).forEach((d, i) => {
    ref(events, d.event_id, `$.directives[${i}].event_id`);
    d.issued_by.forEach((p: string) => ref(persons, p, `$.directives[${i}].issued_by`));
    d.assignees.forEach((a: { id: string; kind: string }) => ref(a.kind === 'person' ? persons : organizations, a.id, `$.directives[${i}].assignees`));
  });
  (value.organizations as Record<string, any>[]).forEach((o, i) => {
    if (o.successor) ref(organizations, o.successor.organization_id, `$.organizations[${i}].successor`);
  });
  return problems;
}
