// What a request costs, before it runs: every object the answer would hold (a node, a page, a
// deadline …), with each paginated list multiplied by its page size — `first` as written or
// given in variables, else the default page size — so nested pages multiply as they do when
// executed. Scalars are free (the token limit bounds them); a few fields that run whole store
// queries weigh more. A refusal names the most expensive list and how to lower the cost.
// GraphQL Armor's cost rule costs by depth instead (×1.5 per level) and counts a list without
// `first` once, so a page of 100 ordinary rows was refused while nested default pages passed.
import {
  getNamedType,
  isObjectType,
  isLeafType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { badInput } from '../errors';

export interface CostLimits {
  maxCost: number;
  defaultPageSize: number;
  maxPageSize: number;
}

/** Fields that run store queries of their own beyond one node or page (counts, searches). */
const FIELD_WEIGHTS: Readonly<Record<string, number>> = { responsibility: 10, path: 20, ask: 20, stats: 20, search: 5, network: 20 };
const PAGE_ARGUMENTS = ['first', 'top'];

export interface CostReport {
  cost: number;
  /** The list that costs most, as a path ("agencies.nodes.directives"), with its cost. */
  largest: { path: string; cost: number } | null;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  limits: CostLimits;
  largest: CostReport['largest'];
  outermost: CostReport['largest'];
}

function pageSizeOf(walk: Walk, value: ValueNode | undefined): number {
  let n: unknown = walk.limits.defaultPageSize;
  if (value?.kind === Kind.INT) n = Number(value.value);
  else if (value?.kind === Kind.VARIABLE && walk.variables[value.name.value] !== undefined && walk.variables[value.name.value] !== null) n = walk.variables[value.name.value];
  // Sizes past the maximum are refused by the field itself, with their own message.
  return typeof n === 'number' && Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), 0), walk.limits.maxPageSize) : walk.limits.defaultPageSize;
}

function costOfSelections(walk: Walk, set: SelectionSetNode, type: GraphQLCompositeType, multiplier: number, path: string): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? (walk.schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType) : type;
      cost += costOfSelections(walk, selection.selectionSet, on, multiplier, path);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments[selection.name.value];
      if (fragment) cost += costOfSelections(walk, fragment.selectionSet, walk.schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType, multiplier, path);
      continue;
    }
    const name = selection.name.value;
    if (name.startsWith('__') || !('getFields' in type)) continue;
    const field = type.getFields()[name];
    if (field === undefined || isLeafType(getNamedType(field.type)) || selection.selectionSet === undefined) continue;
    const paged = field.args.find((a) => PAGE_ARGUMENTS.includes(a.name));
    const size = paged ? pageSizeOf(walk, selection.arguments?.find((a) => a.name.value === paged.name)?.value) : 1;
    const here = `${path}${path ? '.' : ''}${selection.alias?.value ?? name}`;
    const child = getNamedType(field.type) as GraphQLCompositeType;
    const own = multiplier * (FIELD_WEIGHTS[name] ?? 1);
    const total = own + costOfSelections(walk, selection.selectionSet, child, multiplier * size, here);
    // The list to blame is the costliest one nested in another list: that is where pages multiply.
    if (paged && multiplier > 1 && (walk.largest === null || total > walk.largest.cost)) walk.largest = { path: here, cost: total };
    if (paged && multiplier === 1) walk.outermost = walk.outermost === null || total > walk.outermost.cost ? { path: here, cost: total } : walk.outermost;
    cost += total;
  }
  return cost;
}

/** The cost of an operation with these variables (pure). */
export function queryCost(schema: GraphQLSchema, document: { definitions: readonly { kind: string }[] }, variables: Record<string, unknown>, limits: CostLimits, operationName?: string | null): CostReport {
  const definitions = document.definitions as readonly (FragmentDefinitionNode | { kind: string; name?: { value: string }; operation?: string; selectionSet?: SelectionSetNode })[];
  const fragments = Object.fromEntries(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const operations = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION) as { name?: { value: string }; operation: string; selectionSet: SelectionSetNode }[];
  const operation = operations.find((o) => !operationName || o.name?.value === operationName) ?? operations[0];
  const walk: Walk = { schema, fragments, variables, limits, largest: null, outermost: null };
  const root = operation?.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!operation || !root || !isObjectType(root)) return { cost: 0, largest: null };
  const cost = costOfSelections(walk, operation.selectionSet, root, 1, '');
  return { cost, largest: walk.largest ?? walk.outermost };
}

export function costMessage(report: CostReport, limits: CostLimits): string {
  const largest = report.largest === null ? '' : ` The largest part is \`${report.largest.path}\` (${report.largest.cost}).`;
  return (
    `Query cost ${report.cost} exceeds the limit of ${limits.maxCost}: the cost is the number of objects the answer may hold, each list counted at its page size (\`first\`, default ${limits.defaultPageSize}).${largest}` +
    ' To lower it, ask for fewer items per page (`first`), fetch nested lists in separate requests (e.g. an agency\'s directives with `directives(filter: {assignedTo: …})`), or select fewer nested objects.'
  );
}

/** Variables longer than this as JSON are costed afresh each time rather than kept as a key. */
const MAX_CACHED_VARIABLES = 2048;
/** Costs kept per parsed document (one per operation and variables), at most. */
const MAX_COSTS_PER_DOCUMENT = 64;

/**
 * The cost of a parsed document depends only on its operation and variables: yoga hands the
 * same document object to every request with the same query text, so a repeated question is
 * costed once (the walk was a few percent of the headline request).
 */
function costCache(limits: CostLimits): (args: { schema: GraphQLSchema; document: DocumentNode; variableValues?: unknown; operationName?: string | null }) => CostReport {
  const byDocument = new WeakMap<DocumentNode, Map<string, CostReport>>();
  return ({ schema, document, variableValues, operationName }) => {
    const variables = (variableValues ?? {}) as Record<string, unknown>;
    const json = JSON.stringify(variables);
    const key = json.length > MAX_CACHED_VARIABLES ? null : `${operationName ?? ''}\u0000${json}`;
    let costs = byDocument.get(document);
    const known = key === null ? undefined : costs?.get(key);
    if (known !== undefined) return known;
    const report = queryCost(schema, document, variables, limits, operationName);
    if (key === null) return report;
    if (costs === undefined) byDocument.set(document, (costs = new Map()));
    if (costs.size >= MAX_COSTS_PER_DOCUMENT) costs.clear();
    costs.set(key, report);
    return report;
  };
}

export function useQueryCost(limits: CostLimits): Plugin {
  const costOf = costCache(limits);
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const report = costOf(args);
      if (report.cost > limits.maxCost) {
        setResultAndStopExecution({ errors: [badInput(costMessage(report, limits))] });
      }
    },
  };
}
