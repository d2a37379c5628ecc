// Queries executed by graphql-jit: each parsed document (yoga caches them, so the same query
// text gives the same object) is compiled once into plain JavaScript, which skips most of
// graphql-js's per-field work (argument coercion, field collection, completion by type).
// Profiles of the headline query put graphql-js's execution at the largest share of a request.
//
// graphql-jit's errors are not graphql-js's: a bad variable of a custom scalar loses the
// scalar's message ("Invalid Date …") and a masked resolver error loses its `locations`. So a
// compiled run that reports any error is thrown away and the request runs again in graphql-js,
// which answers exactly as it always did. Only queries are compiled: they read and never write,
// so a second run changes nothing but the time of a failing request. Mutations and
// subscriptions always go to graphql-js.
//
// A document is compiled the second time it runs, not the first: a query asked once gains
// nothing from compiling, and the first answer after start (the cold start) then waits for
// neither the compilation nor graphql-jit's loading (together about 0.08 s), which is required
// only when a query is first compiled.
import { getOperationAST, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/** Per-request state a discarded compiled run may have filled (see plugins/notices.ts). */
export type ResetRun = (contextValue: unknown) => void;

/** null: graphql-jit refused it; 'ran once': run once in graphql-js, compiled on the next run. */
type Compiled = CompiledQuery | null | 'ran once';

function compile(args: ExecutionArgs): CompiledQuery | null {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compileQuery, isCompiledQuery } = require('graphql-jit') as typeof import('graphql-jit');
  const result = compileQuery(args.schema, args.document, args.operationName ?? undefined);
  return isCompiledQuery(result) ? result : null;
}

const isThenable = <T>(value: T | PromiseLike<T>): value is PromiseLike<T> => typeof (value as PromiseLike<T>)?.then === 'function';

export function useCompiledQueries(resetRun: ResetRun): Plugin {
  // Keyed by the document object and then the operation name.
  const cache = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compiledFor = (args: ExecutionArgs): CompiledQuery | null => {
    let byName = cache.get(args.document);
    if (byName === undefined) cache.set(args.document, (byName = new Map()));
    const name = args.operationName ?? '';
    const known = byName.get(name);
    if (known === undefined) {
      byName.set(name, 'ran once');
      return null;
    }
    if (known !== 'ran once') return known;
    const compiled = compile(args);
    byName.set(name, compiled);
    return compiled;
  };
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      const compiled = compiledFor(args);
      if (compiled === null) return;
      setExecuteFn((run: ExecutionArgs) => {
        const orInGraphqlJs = (result: ExecutionResult) => {
          if (result.errors === undefined || result.errors.length === 0) return result;
          resetRun(run.contextValue);
          return executeFn(run);
        };
        // An answer that is ready is checked at once, without a promise round.
        const result = compiled.query(run.rootValue, run.contextValue, run.variableValues) as ExecutionResult | Promise<ExecutionResult>;
        return isThenable(result) ? result.then(orInGraphqlJs) : orInGraphqlJs(result);
      });
    },
  };
}
