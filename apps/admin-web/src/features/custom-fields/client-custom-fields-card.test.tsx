import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ClientCustomFieldsDocument, SetClientCustomFieldValuesDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { ClientCustomFieldsCard } from './components/client-custom-fields-card';

const def = (key: string, label: string, type: string, options: string[] = []) => ({
  __typename: 'CustomFieldDefinition',
  id: `def-${key}`,
  key,
  label,
  type,
  options,
  helpText: null,
  position: 0,
  archivedAt: null,
});
const DEFS = {
  notes: def('notes', 'Notes', 'TEXT'),
  hours: def('hours', 'Monthly hours', 'NUMBER'),
  renewal: def('renewal', 'Renewal', 'DATE'),
  tier: def('tier', 'Tier', 'SELECT', ['Gold', 'Silver']),
  nda: def('nda', 'NDA signed', 'CHECKBOX'),
  brand: def('brand', 'Brand book', 'URL'),
};
type Key = keyof typeof DEFS;

const clientWith = (values: Partial<Record<Key, string | null>>, keys: Key[] = Object.keys(DEFS) as Key[]) => ({
  __typename: 'Client',
  id: 'client-1',
  customFieldValues: keys.map((k) => ({
    __typename: 'CustomFieldValue',
    value: values[k] ?? null,
    display: values[k] ?? null,
    definition: DEFS[k],
  })),
});

const query = (client: object) => ({
  request: { query: ClientCustomFieldsDocument, variables: { id: 'client-1' } },
  result: { data: { client } },
});
const setValues = (key: string, value: string | null, result: object) => ({
  request: {
    query: SetClientCustomFieldValuesDocument,
    variables: (v: { clientId: string; values: { key: string; value: string | null }[] }) =>
      v.clientId === 'client-1' && v.values.length === 1 && v.values[0]!.key === key && v.values[0]!.value === value,
  },
  result,
});

const renderCard = (mocks: object[], role: 'OWNER' | 'MANAGER' | 'MEMBER' = 'OWNER') => {
  const viewer = viewerFixture(role);
  return renderWithProviders(<ClientCustomFieldsCard clientId="client-1" />, { mocks: mocks as never, viewer });
};

describe('ClientCustomFieldsCard', () => {
  it('shows each type formatted, with links for URLs and dashes for empty values', async () => {
    renderCard([
      query(
        clientWith({
          hours: '1234.5',
          renewal: '2026-03-14',
          nda: 'true',
          brand: 'https://brand.example/book',
          tier: 'Gold',
        }),
      ),
    ]);
    expect(await screen.findByText('1,234.5')).toBeInTheDocument();
    expect(screen.getByText('Mar 14, 2026')).toBeInTheDocument();
    expect(screen.getByText('Yes')).toBeInTheDocument();
    expect(screen.getByText('Gold')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'https://brand.example/book' })).toHaveAttribute(
      'href',
      'https://brand.example/book',
    );
    expect(screen.getAllByText('—')).toHaveLength(1);
  });

  it('edits a number inline and saves with Enter', async () => {
    const user = userEvent.setup();
    renderCard([
      query(clientWith({ hours: '10' })),
      setValues('hours', '12.5', { data: { setClientCustomFieldValues: clientWith({ hours: '12.5' }) } }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit Monthly hours' }));
    const input = screen.getByRole('textbox', { name: 'Monthly hours' });
    await user.clear(input);
    await user.type(input, '12.5{Enter}');
    expect(await screen.findByText('Monthly hours saved.')).toBeInTheDocument();
    expect(await screen.findByText('12.5')).toBeInTheDocument();
  });

  it('checks a URL before sending, and shows the server validation error on the field being edited', async () => {
    const user = userEvent.setup();
    const error = new GraphQLError('Brand book: must be a web address starting with http:// or https://', {
      extensions: { code: 'BAD_USER_INPUT', field: 'customFields.brand' },
    });
    renderCard([query(clientWith({})), setValues('brand', 'https://ok.example', { errors: [error] })]);
    await user.click(await screen.findByRole('button', { name: 'Edit Brand book' }));
    const input = screen.getByRole('textbox', { name: 'Brand book' });
    await user.type(input, 'ftp://files.example');
    await user.click(screen.getByRole('button', { name: 'Save Brand book' }));
    expect(await screen.findByText('Must be a web address starting with http:// or https://')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, 'https://ok.example{Enter}');
    expect(await screen.findByText(/must be a web address starting with http/)).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('picks a SELECT option and toggles a checkbox', async () => {
    const user = userEvent.setup();
    renderCard([
      query(clientWith({ tier: 'Silver', nda: 'false' })),
      setValues('tier', 'Gold', { data: { setClientCustomFieldValues: clientWith({ tier: 'Gold', nda: 'false' }) } }),
      setValues('nda', 'true', { data: { setClientCustomFieldValues: clientWith({ tier: 'Gold', nda: 'true' }) } }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit Tier' }));
    await user.click(screen.getByLabelText('Tier', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Gold' }));
    await user.click(screen.getByRole('button', { name: 'Save Tier' }));
    expect(await screen.findByText('Tier saved.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit NDA signed' }));
    await user.click(screen.getByRole('checkbox', { name: 'NDA signed' }));
    await user.click(screen.getByRole('button', { name: 'Save NDA signed' }));
    expect(await screen.findByText('NDA signed saved.')).toBeInTheDocument();
    expect(screen.getByText('Yes')).toBeInTheDocument();
  });

  it('cancels with Escape without saving', async () => {
    const user = userEvent.setup();
    renderCard([query(clientWith({ notes: 'Likes mornings' }))]);
    await user.click(await screen.findByRole('button', { name: 'Edit Notes' }));
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), ' and tea{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Notes' })).not.toBeInTheDocument();
    expect(screen.getByText('Likes mornings')).toBeInTheDocument();
  });

  it('hides editing from roles without client.edit', async () => {
    const viewer = { ...viewerFixture('MEMBER'), permissions: ['client.viewList', 'client.view'] };
    renderWithProviders(<ClientCustomFieldsCard clientId="client-1" />, {
      mocks: [query(clientWith({ notes: 'x' }))] as never,
      viewer,
    });
    expect(await screen.findByText('x')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit / })).not.toBeInTheDocument();
  });

  it('links admins to settings when there are no fields, and only explains to others', async () => {
    const empty = clientWith({}, []);
    const { unmount } = renderCard([query(empty)], 'OWNER');
    const link = await screen.findByRole('link', { name: /set up custom fields/i });
    expect(link).toHaveAttribute('href', '/settings/custom-fields');
    unmount();
    renderCard([query(empty)], 'MANAGER');
    expect(await screen.findByText('Your workspace has no custom fields yet.')).toBeInTheDocument();
    expect(within(document.body).queryByRole('link', { name: /set up custom fields/i })).not.toBeInTheDocument();
  });
});
