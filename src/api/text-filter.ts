// A text filter must have something to look for. Issue 15: `text: "((("` folded to no words
// and matched every directive. Text with no letter or digit (empty, spaces, punctuation only)
// is refused with BAD_USER_INPUT quoting it, for the directive filter and for search alike.
import type { GraphQLError } from 'graphql';
import { badInput, quote } from './errors';

const SOMETHING_TO_FIND = /[\p{L}\p{N}]/u;

/** The error for a text that holds nothing to search for, or null when it is usable. */
export function textFilterProblem(what: string, text: string): GraphQLError | null {
  if (SOMETHING_TO_FIND.test(text)) return null;
  return badInput(`${what} ${quote(text)} has no letter or digit to look for; give at least one word.`);
}
