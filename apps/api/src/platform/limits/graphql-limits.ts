import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface QueryLimits {
  depth: number;
  aliases: number;
  cost: number;
}

/** List size a field asks for: `page.limit`, `limit` or `first` (literal or variable); 1 otherwise. */
function listFactor(
  args: readonly { name: { value: string }; value: ValueNode }[],
  vars: Record<string, unknown>,
): number {
  const read = (v: ValueNode): unknown => {
    if (v.kind === Kind.VARIABLE) return vars[v.name.value];
    if (v.kind === Kind.INT) return Number(v.value);
    if (v.kind === Kind.OBJECT) return Object.fromEntries(v.fields.map((f) => [f.name.value, read(f.value)]));
    return undefined;
  };
  for (const arg of args) {
    const value = read(arg.value);
    const name = arg.name.value;
    if ((name === 'limit' || name === 'first') && typeof value === 'number') return Math.max(1, value);
    if (name === 'page') {
      const limit = (value as { limit?: unknown } | undefined)?.limit;
      return typeof limit === 'number' ? Math.max(1, limit) : 25;
    }
  }
  return 1;
}

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

function measure(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  vars: Record<string, unknown>,
  seen: Set<string>,
): Measure {
  const total: Measure = { depth: 0, aliases: 0, cost: 0 };
  for (const sel of set.selections) {
    let m: Measure;
    if (sel.kind === Kind.FIELD) {
      const child = sel.selectionSet
        ? measure(sel.selectionSet, fragments, vars, seen)
        : { depth: 0, aliases: 0, cost: 0 };
      const factor = listFactor(sel.arguments ?? [], vars);
      m = {
        depth: child.depth + 1,
        aliases: child.aliases + (sel.alias ? 1 : 0),
        cost: 1 + factor * child.cost,
      };
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      m = measure(sel.selectionSet, fragments, vars, seen);
    } else {
      const frag = fragments.get(sel.name.value);
      if (!frag || seen.has(frag.name.value)) continue; // cycles are rejected by validation anyway
      m = measure(frag.selectionSet, fragments, vars, new Set([...seen, frag.name.value]));
    }
    total.depth = Math.max(total.depth, m.depth);
    total.aliases += m.aliases;
    total.cost += m.cost;
  }
  return total;
}

/** Depth, alias and cost limits, checked for HTTP operations and graphql-ws subscriptions alike. */
export function assertQueryLimits(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  limits: QueryLimits,
): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    if (def.kind === Kind.OPERATION_DEFINITION) operations.push(def);
  }
  const op = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!op) return;
  const m = measure(op.selectionSet, fragments, variables ?? {}, new Set());
  const fail = (message: string) => {
    throw new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
  };
  if (m.depth > limits.depth) fail(`Query depth ${m.depth} exceeds the limit of ${limits.depth}`);
  if (m.aliases > limits.aliases) fail(`Query uses ${m.aliases} aliases; the limit is ${limits.aliases}`);
  if (m.cost > limits.cost) fail(`Query cost ${m.cost} exceeds the limit of ${limits.cost}`);
}
