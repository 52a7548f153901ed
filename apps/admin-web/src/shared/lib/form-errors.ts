import type { UseFormReturnType } from '@mantine/form';
import { apiErrorInfo } from './graphql-errors';

function hasPath(values: unknown, path: string): boolean {
  let node: unknown = values;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

/**
 * Puts a BAD_USER_INPUT error on the form field it names. Returns false when the error is of another kind
 * or names a field this form does not have, so the caller can show it some other way.
 */
export function applyServerFieldError<Values>(form: UseFormReturnType<Values>, error: unknown): boolean {
  const { code, field, message } = apiErrorInfo(error);
  if (code !== 'BAD_USER_INPUT' || !field || !hasPath(form.getValues(), field)) return false;
  form.setFieldError(field, message);
  form.getInputNode(field)?.focus();
  return true;
}

/** onSubmit's failure handler: move focus (and the viewport) to the first field that failed validation. */
export function focusFirstError<Values>(form: UseFormReturnType<Values>) {
  return (errors: Record<string, unknown>) => {
    const first = Object.keys(errors).find((path) => Boolean(errors[path]));
    if (first) form.getInputNode(first)?.focus();
  };
}
