// Errors that accompany data rather than replace it: a filter naming an unknown agency answers
// with an empty list *and* a NOT_FOUND error naming the input, so a client sees both that
// nothing matched and why. Resolvers push them on context.notices; this appends them.
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ApiContext } from '../context';

export function useNotices(): Plugin {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          const notices = (args.contextValue as Partial<ApiContext>).notices ?? [];
          if (notices.length === 0 || Symbol.asyncIterator in (result as object)) return;
          const single = result as ExecutionResult;
          setResult({ ...single, errors: [...(single.errors ?? []), ...notices] });
        },
      };
    },
  };
}
