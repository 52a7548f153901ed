import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import {
  CreateCustomFieldDefinitionDocument,
  UpdateCustomFieldDefinitionDocument,
} from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { CustomFieldFormModal } from './components/custom-field-form-modal';

const created = {
  __typename: 'CustomFieldDefinition',
  id: 'def-1',
  key: 'service_tier',
  label: 'Service tier',
  type: 'SELECT',
  options: ['Gold', 'Silver'],
  helpText: null,
  position: 0,
  archivedAt: null,
  usageCount: 0,
};

const renderModal = (mocks: object[], definition: object | null = null) =>
  renderWithProviders(<CustomFieldFormModal opened onClose={() => {}} definition={definition as never} />, {
    mocks: mocks as never,
    viewer: viewerFixture('ADMIN'),
  });

// userEvent typing through Mantine inputs is slow on a loaded 2-core machine.

describe('CustomFieldFormModal', () => {
  it('validates label and SELECT options with the domain rules before sending', async () => {
    const user = userEvent.setup();
    renderModal([]);
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Create field' }));
    expect(await within(dialog).findByText('Label is required')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: /label/i }), 'Service tier');
    await user.click(within(dialog).getByLabelText('Type', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Select' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create field' }));
    expect(await within(dialog).findByText('A select field needs at least one option')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: 'Option 1' }), 'Gold{Enter}gold');
    await user.click(within(dialog).getByRole('button', { name: 'Create field' }));
    expect(await within(dialog).findByText('The option "gold" is listed twice')).toBeInTheDocument();
  });

  it('creates a SELECT field with its options in order', async () => {
    const user = userEvent.setup();
    renderModal([
      {
        request: {
          query: CreateCustomFieldDefinitionDocument,
          variables: { input: { label: 'Service tier', type: 'SELECT', helpText: null, options: ['Gold', 'Silver'] } },
        },
        result: { data: { createCustomFieldDefinition: created } },
      },
    ]);
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /label/i }), 'Service tier');
    await user.click(within(dialog).getByLabelText('Type', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Select' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Option 1' }), 'Silver{Enter}');
    // Enter adds a second option row; type into it once it exists (focus moves there asynchronously).
    await user.type(await within(dialog).findByRole('textbox', { name: 'Option 2' }), 'Gold');
    await user.click(within(dialog).getByRole('button', { name: 'Move option 2 up' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create field' }));
    expect(await screen.findByText('Service tier now appears on every client.')).toBeInTheDocument();
  });

  it('keeps the type fixed when editing and shows a refused option removal on the options field', async () => {
    const user = userEvent.setup();
    renderModal(
      [
        {
          request: { query: UpdateCustomFieldDefinitionDocument, variables: () => true },
          result: {
            errors: [
              new GraphQLError(
                'Options still in use cannot be removed: "Gold" (3 clients). Change those clients first.',
                {
                  extensions: { code: 'BAD_USER_INPUT', field: 'options' },
                },
              ),
            ],
          },
        },
      ],
      created,
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('Type', { selector: 'input' })).toBeDisabled();
    expect(within(dialog).getByText('service_tier')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Remove option 1' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByText(/"Gold" \(3 clients\)/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('dialog')).toBeInTheDocument());
  });
});
