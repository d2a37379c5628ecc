// A public deployment (--public) answers no introspection: graphql-js's own validation rule
// refuses __schema and __type, so the schema is not handed to every scanner.
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
