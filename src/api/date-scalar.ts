// The Date scalar: YYYY-MM-DD, a day that exists. Errors carry BAD_USER_INPUT and quote the
// value; they are plain Errors with `extensions` because graphql-js copies extensions from the
// original error both for literals and for variables (a thrown GraphQLError loses them there).
import { GraphQLScalarType, Kind } from 'graphql';
import { quote } from './errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export class DateInputError extends Error {
  readonly extensions = { code: 'BAD_USER_INPUT' };
}

/** True for a YYYY-MM-DD string naming a real calendar day. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new DateInputError(`Invalid Date ${quote(value)}: expected a calendar day written YYYY-MM-DD, e.g. "2025-06-30".`);
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date written YYYY-MM-DD.',
  serialize: (value) => {
    if (typeof value !== 'string') throw new TypeError(`Date cannot represent ${quote(value)}`);
    return value;
  },
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new DateInputError(`Invalid Date literal of kind ${ast.kind}: write it as a string "YYYY-MM-DD".`);
    return parseDate(ast.value);
  },
});
