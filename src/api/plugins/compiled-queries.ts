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
import { getOperationAST, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/** Per-request state a discarded compiled run may have filled (see plugins/notices.ts). */
export type ResetRun = (contextValue: unknown) => void;

type Compiled = CompiledQuery | null;

export function useCompiledQueries(resetRun: ResetRun): Plugin {
  // Keyed by the document object and then the operation name; null: graphql-jit refused it.
  const cache = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compiledFor = (args: ExecutionArgs): Compiled => {
    let byName = cache.get(args.document);
    if (byName === undefined) cache.set(args.document, (byName = new Map()));
    const name = args.operationName ?? '';
    let compiled = byName.get(name);
    if (compiled === undefined) {
      const result = compileQuery(args.schema, args.document, args.operationName ?? undefined);
      compiled = isCompiledQuery(result) ? result : null;
      byName.set(name, compiled);
    }
    return compiled;
  };
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      const compiled = compiledFor(args);
      if (compiled === null) return;
      setExecuteFn(async (run: ExecutionArgs) => {
        const result = (await compiled.query(run.rootValue, run.contextValue, run.variableValues)) as ExecutionResult;
        if (result.errors === undefined || result.errors.length === 0) return result;
        resetRun(run.contextValue);
        return executeFn(run);
      });
    },
  };
}
