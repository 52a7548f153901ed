import {
  GraphQLError,
  Kind,
  type ArgumentNode,
  type DocumentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { hasNul, nulMessage } from '../lib/nul';

type Found = string | null;

/** The first path inside a JSON value (variables) holding a NUL, in a string or an object key; iterative (any depth). */
function inValue(root: unknown, rootPath: string): Found {
  const stack: [unknown, string][] = [[root, rootPath]];
  while (stack.length) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (hasNul(value)) return path;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${path}.${i}`]);
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i];
        if (hasNul(key)) return path;
        stack.push([child, `${path}.${key}`]);
      }
    }
  }
  return null;
}

interface Scan {
  variables: Record<string, unknown>;
  defaults: Map<string, ValueNode>;
}

/** The first path inside an argument's value (literals, variables, their defaults) holding a NUL. */
function inNode(node: ValueNode, path: string, scan: Scan): Found {
  switch (node.kind) {
    case Kind.STRING:
      return hasNul(node.value) ? path : null;
    case Kind.LIST:
      for (const [i, item] of node.values.entries()) {
        const found = inNode(item, `${path}.${i}`, scan);
        if (found) return found;
      }
      return null;
    case Kind.OBJECT:
      for (const field of node.fields) {
        const found = inNode(field.value, `${path}.${field.name.value}`, scan);
        if (found) return found;
      }
      return null;
    case Kind.VARIABLE: {
      const name = node.name.value;
      if (scan.variables[name] !== undefined) return inValue(scan.variables[name], path);
      const fallback = scan.defaults.get(name);
      return fallback ? inNode(fallback, path, scan) : null;
    }
    default:
      return null;
  }
}

function inArguments(args: readonly ArgumentNode[] | undefined, scan: Scan): Found {
  for (const arg of args ?? []) {
    const found = inNode(arg.value, arg.name.value, scan);
    if (found) return found;
  }
  return null;
}

/** Every argument (fields and directives) of the selection, through its fragments, each fragment once. */
function inSelections(
  set: SelectionSetNode,
  fragments: Map<string, SelectionSetNode>,
  seen: Set<string>,
  scan: Scan,
): Found {
  for (const sel of set.selections) {
    let found = inArguments(
      sel.directives?.flatMap((d) => d.arguments ?? []),
      scan,
    );
    if (!found && sel.kind === Kind.FIELD) {
      found =
        inArguments(sel.arguments, scan) ??
        (sel.selectionSet ? inSelections(sel.selectionSet, fragments, seen, scan) : null);
    } else if (!found && sel.kind === Kind.INLINE_FRAGMENT) {
      found = inSelections(sel.selectionSet, fragments, seen, scan);
    } else if (!found && sel.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragments.get(sel.name.value);
      if (fragment && !seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        found = inSelections(fragment, fragments, seen, scan);
      }
    }
    if (found) return found;
  }
  return null;
}

/**
 * The argument path (`input.name`, `input.tags.1`, `filter.search`) where the operation would receive a NUL
 * character, from a string literal in the document or from its variables; null when there is none.
 */
export function findNulInput(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): Found {
  const fragments = new Map<string, SelectionSetNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def.selectionSet);
    if (def.kind === Kind.OPERATION_DEFINITION) operations.push(def);
  }
  const op = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!op) return null;
  const defaults = new Map<string, ValueNode>();
  for (const v of op.variableDefinitions ?? []) if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);
  const scan: Scan = { variables: variables ?? {}, defaults };
  return (
    inArguments(
      op.directives?.flatMap((d) => d.arguments ?? []),
      scan,
    ) ?? inSelections(op.selectionSet, fragments, new Set(), scan)
  );
}

/**
 * Refuses an operation that would pass a NUL character to a resolver (PostgreSQL cannot store it), before anything
 * runs: BAD_USER_INPUT with the argument path as `field`. Checked for HTTP operations and graphql-ws alike.
 */
export function assertNoNulInput(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): void {
  const field = findNulInput(document, operationName, variables);
  if (field)
    throw new GraphQLError(nulMessage(field), {
      extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
    });
}
