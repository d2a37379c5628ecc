// A request still executing after the limit is answered with a TIMEOUT error instead of holding
// the connection; the timer is cleared as soon as execution finishes.
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiError } from '../errors';

export function useRequestTimeout(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(
            () => resolve({ data: null, errors: [apiError('TIMEOUT', `The request took longer than the limit of ${ms} ms.`)] }),
            ms,
          );
        });
        return Promise.race([Promise.resolve(executeFn(args)), timedOut]).finally(() => clearTimeout(timer));
      });
    },
  };
}
