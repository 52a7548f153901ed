import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { CreateClientDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { NewClientRoute } from './routes/new-client.route';

// Typing through a dozen fields with userEvent outlasts Jest's 5 s default on a busy machine.

const field = (label: RegExp) => screen.getByLabelText(label, { selector: 'input' });

const expectedInput = {
  name: 'Acme Corp',
  legalName: null,
  email: 'hello@acme.test',
  phone: null,
  website: null,
  industry: null,
  size: null,
  firstContactAt: null,
  taxIdType: null,
  taxId: null,
  address: { street: null, city: null, region: null, postalCode: '00000', country: null },
  tags: [],
  contactName: 'Ada Lovelace',
  status: 'PROSPECT',
};

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.type(field(/^company name/i), 'Acme Corp');
  await user.type(field(/^email/i), 'hello@acme.test');
  await user.type(field(/^contact name/i), 'Ada Lovelace');
}

const renderForm = (mocks: unknown[] = [], viewer = viewerFixture('OWNER')) =>
  renderWithProviders(<NewClientRoute />, {
    mocks: mocks as never,
    viewer,
    route: '/clients/new',
    path: '/clients/new',
  });

describe('NewClientRoute', () => {
  it('validates required fields and the email on the client', async () => {
    const user = userEvent.setup();
    renderForm();

    await user.click(screen.getByRole('button', { name: 'Create client' }));
    expect(await screen.findByText('Company name is required')).toBeInTheDocument();
    expect(screen.getByText('Email is required')).toBeInTheDocument();

    await user.type(field(/^email/i), 'nope');
    await user.click(screen.getByRole('button', { name: 'Create client' }));
    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();
  });

  it('puts a server BAD_USER_INPUT error on the nested field it names', async () => {
    const user = userEvent.setup();
    const message = 'postal code 00000 does not exist';
    renderForm([
      {
        request: { query: CreateClientDocument, variables: { input: expectedInput } },
        result: {
          errors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: 'address.postalCode' } })],
        },
      },
    ]);
    await fillRequired(user);
    await user.type(field(/^postal code/i), '00000');

    await user.click(screen.getByRole('button', { name: 'Create client' }));

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(field(/^postal code/i)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('location')).toHaveTextContent('/clients/new');
  });

  it('falls back to a notification when the server names a field the form does not show', async () => {
    const user = userEvent.setup();
    const input = { ...expectedInput, address: { ...expectedInput.address, postalCode: null } };
    renderForm([
      {
        request: { query: CreateClientDocument, variables: { input } },
        result: {
          errors: [
            new GraphQLError('acquisitionSource is not allowed', {
              extensions: { code: 'BAD_USER_INPUT', field: 'acquisitionSource' },
            }),
          ],
        },
      },
    ]);
    await fillRequired(user);

    await user.click(screen.getByRole('button', { name: 'Create client' }));

    expect(await screen.findByText('acquisitionSource is not allowed')).toBeInTheDocument();
    expect(screen.getByText('Check the form')).toBeInTheDocument();
  });

  it('shows a server field error the client could not foresee, then succeeds', async () => {
    const user = userEvent.setup();
    const input = { ...expectedInput, address: { ...expectedInput.address, postalCode: null } };
    renderForm([
      {
        request: { query: CreateClientDocument, variables: { input } },
        result: {
          errors: [
            new GraphQLError('A client named Acme Corp already exists', {
              extensions: { code: 'BAD_USER_INPUT', field: 'name' },
            }),
          ],
        },
      },
      {
        request: { query: CreateClientDocument, variables: { input } },
        result: {
          data: { createClient: { __typename: 'Client', id: 'client-9', name: 'Acme Corp', status: 'PROSPECT' } },
        },
      },
    ]);
    await fillRequired(user);

    await user.click(screen.getByRole('button', { name: 'Create client' }));
    expect(await screen.findByText('A client named Acme Corp already exists')).toBeInTheDocument();
    expect(field(/^company name/i)).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: 'Create client' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/clients/client-9'));
    expect(await screen.findByText('Acme Corp was added.')).toBeInTheDocument();
  });

  it('refuses roles that cannot create clients', () => {
    renderForm([], { ...viewerFixture('MEMBER'), permissions: ['client.viewList', 'client.view'] });

    expect(screen.getByText("You don't have access")).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create client' })).not.toBeInTheDocument();
  });
});
