import type { DomainError } from '../errors/domain-error';
import { isReservedWorkspaceSlug, WORKSPACE_SLUG_MAX } from '../workspace/workspace-lifecycle';
import { uniqueWorkspaceSlug, validateSignUpFields, workspaceSlugBase } from './sign-up';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as DomainError).field;
  }
  return null;
};

describe('workspace address from the agency name', () => {
  it('folds accents and punctuation into lower-case words', () => {
    expect(workspaceSlugBase('Northwind Studio')).toBe('northwind-studio');
    expect(workspaceSlugBase('  Ação & Café, Lda. ')).toBe('acao-cafe-lda');
    expect(workspaceSlugBase('!!!')).toBe('agency');
    expect(workspaceSlugBase('x'.repeat(80))).toHaveLength(WORKSPACE_SLUG_MAX);
  });

  it('numbers taken addresses, keeping within the length limit', () => {
    expect(uniqueWorkspaceSlug('northwind-studio', [])).toBe('northwind-studio');
    expect(uniqueWorkspaceSlug('northwind-studio', ['northwind-studio'])).toBe('northwind-studio-2');
    expect(uniqueWorkspaceSlug('northwind-studio', ['northwind-studio', 'northwind-studio-2'])).toBe(
      'northwind-studio-3',
    );
    const long = 'a'.repeat(WORKSPACE_SLUG_MAX);
    const next = uniqueWorkspaceSlug(long, [long]);
    expect(next).toHaveLength(WORKSPACE_SLUG_MAX);
    expect(next.endsWith('-2')).toBe(true);
  });

  it('knows the reserved words', () => {
    expect(isReservedWorkspaceSlug('admin')).toBe(true);
    expect(isReservedWorkspaceSlug('API')).toBe(true);
    expect(isReservedWorkspaceSlug('admin-studio')).toBe(false);
  });
});

describe('sign-up fields', () => {
  const ok = { name: ' Ana  Lima ', email: ' Ana@Agency.TEST ', agencyName: 'Lima  Design' };

  it('cleans what it accepts', () => {
    expect(validateSignUpFields(ok)).toEqual({ name: 'Ana Lima', email: 'ana@agency.test', agencyName: 'Lima Design' });
  });

  it('names the field it refuses', () => {
    expect(fieldOf(() => validateSignUpFields({ ...ok, name: '  ' }))).toBe('name');
    expect(fieldOf(() => validateSignUpFields({ ...ok, email: 'nope' }))).toBe('email');
    expect(fieldOf(() => validateSignUpFields({ ...ok, agencyName: '' }))).toBe('agencyName');
    expect(fieldOf(() => validateSignUpFields({ ...ok, agencyName: 'Admin' }))).toBe('agencyName');
    expect(fieldOf(() => validateSignUpFields({ ...ok, agencyName: 'y'.repeat(101) }))).toBe('agencyName');
  });
});
