import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CustomFieldDefinitionsDocument,
  DeleteCustomFieldDefinitionDocument,
  ReorderCustomFieldDefinitionsDocument,
} from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { CustomFieldsSettingsRoute } from './routes/custom-fields-settings.route';

const row = (id: string, label: string, type: string, usageCount: number, extra: object = {}) => ({
  __typename: 'CustomFieldDefinition',
  id,
  key: label.toLowerCase().replace(/\W+/g, '_'),
  label,
  type,
  options: type === 'SELECT' ? ['Gold', 'Silver'] : [],
  helpText: null,
  position: 0,
  archivedAt: null,
  usageCount,
  ...extra,
});
const rows = [row('d1', 'Renewal', 'DATE', 3), row('d2', 'Tier', 'SELECT', 0)];
const list = (data: object[]) => ({
  request: { query: CustomFieldDefinitionsDocument, variables: { includeArchived: false } },
  result: { data: { customFieldDefinitions: data } },
});

const renderPage = (mocks: object[]) =>
  renderWithProviders(<CustomFieldsSettingsRoute />, { mocks: mocks as never, viewer: viewerFixture('ADMIN') });

describe('Custom fields settings', () => {
  it('lists definitions with type badges and usage', async () => {
    renderPage([list(rows)]);
    const table = await screen.findByRole('table');
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getByText('Renewal')).toBeInTheDocument();
    // The type badge shows twice: in its column (wide screens) and under the label (phones).
    expect(within(first!).getAllByText('Date')).toHaveLength(2);
    expect(within(first!).getByText('3')).toBeInTheDocument();
    expect(within(second!).getAllByText('Select')).toHaveLength(2);
    expect(within(second!).getByText('0 clients')).toBeInTheDocument();
    expect(within(second!).getByText('2 options')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Move Renewal up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Tier down' })).toBeDisabled();
  });

  it('moves a field down by sending the new order', async () => {
    const user = userEvent.setup();
    const reorder = jest.fn(() => ({ data: { reorderCustomFieldDefinitions: [] } }));
    renderPage([
      list(rows),
      { request: { query: ReorderCustomFieldDefinitionsDocument, variables: { ids: ['d2', 'd1'] } }, result: reorder },
      list([rows[1], rows[0]]),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Move Renewal down' }));
    await waitFor(() => expect(reorder).toHaveBeenCalled());
  });

  it('says how many clients lose a value before deleting', async () => {
    const user = userEvent.setup();
    const remove = jest.fn(() => ({ data: { deleteCustomFieldDefinition: true } }));
    renderPage([
      list(rows),
      { request: { query: DeleteCustomFieldDefinitionDocument, variables: { id: 'd1' } }, result: remove },
      list([rows[1]]),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Actions for Renewal' }));
    await user.click(await screen.findByRole('menuitem', { name: /delete/i }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Renewal?' });
    expect(within(dialog).getByText('3 clients have a value for this field.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Archive instead' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete field and 3 values' }));
    expect(await screen.findByText('Renewal was deleted.')).toBeInTheDocument();
    expect(remove).toHaveBeenCalled();
  });

  it('invites creating the first field when there are none', async () => {
    renderPage([list([])]);
    expect(await screen.findByText('No custom fields yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add your first field' })).toBeInTheDocument();
  });
});
