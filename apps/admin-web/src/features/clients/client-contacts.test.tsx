import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ClientDocument, CreateContactDocument, SetPrimaryContactDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { clientDetailFixture } from './clients.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { ClientDetailRoute } from './routes/client-detail.route';

const client = clientDetailFixture();
const clientQuery = {
  request: { query: ClientDocument, variables: { id: 'client-1', withFinancials: true } },
  result: { data: { client } },
};

const contact = (overrides: Record<string, unknown>) => ({
  __typename: 'Contact',
  id: 'contact-3',
  name: 'Grace Hopper',
  jobTitle: 'CTO',
  email: 'grace@acme.test',
  phone: null,
  mobile: null,
  role: 'TECHNICAL',
  isPrimary: false,
  portalAccess: false,
  notes: null,
  createdAt: '2025-02-01T10:00:00.000Z',
  ...overrides,
});

const renderContacts = (mocks: object[]) =>
  renderWithProviders(<ClientDetailRoute />, {
    mocks: [clientQuery, ...mocks] as never,
    viewer: viewerFixture('OWNER'),
    route: '/clients/client-1?tab=contacts',
    path: '/clients/:id',
  });

describe('client contacts', () => {
  it('validates the contact form on the client before sending anything', async () => {
    const user = userEvent.setup();
    renderContacts([]);

    await user.click(await screen.findByRole('button', { name: 'Add contact' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add contact' });
    await user.click(within(dialog).getByRole('button', { name: 'Add contact' }));
    expect(await within(dialog).findByText('Name is required')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: /^name/i }), 'Grace Hopper');
    await user.type(within(dialog).getByRole('textbox', { name: /^email/i }), 'grace@');
    await user.type(within(dialog).getByRole('textbox', { name: /^phone/i }), 'call me');
    await user.click(within(dialog).getByRole('button', { name: 'Add contact' }));
    expect(await within(dialog).findByText('Enter a valid email address')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter a valid phone number')).toBeInTheDocument();

    await user.clear(within(dialog).getByRole('textbox', { name: /^email/i }));
    await user.click(within(dialog).getByRole('switch', { name: /client portal access/i }));
    await user.click(within(dialog).getByRole('button', { name: 'Add contact' }));
    expect(await within(dialog).findByText('Portal access needs an email address')).toBeInTheDocument();
  });

  it('creates a contact and shows it with its role, putting a server field error on the field first', async () => {
    const user = userEvent.setup();
    const input = {
      name: 'Grace Hopper',
      jobTitle: 'CTO',
      email: 'grace@acme.test',
      phone: null,
      mobile: null,
      role: 'TECHNICAL',
      notes: null,
      portalAccess: false,
    };
    const created = contact({});
    renderContacts([
      {
        request: { query: CreateContactDocument, variables: { clientId: 'client-1', input } },
        result: {
          errors: [
            new GraphQLError('email is already used by Ada', {
              extensions: { code: 'BAD_USER_INPUT', field: 'email' },
            }),
          ],
        },
      },
      {
        request: { query: CreateContactDocument, variables: { clientId: 'client-1', input } },
        result: {
          data: {
            createContact: {
              ...created,
              client: {
                __typename: 'Client',
                id: 'client-1',
                primaryContact: client.primaryContact,
                contacts: [...client.contacts, created],
              },
            },
          },
        },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Add contact' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add contact' });
    await user.type(within(dialog).getByRole('textbox', { name: /^name/i }), 'Grace Hopper');
    await user.type(within(dialog).getByRole('textbox', { name: /^job title/i }), 'CTO');
    await user.type(within(dialog).getByRole('textbox', { name: /^email/i }), 'grace@acme.test');
    await user.click(within(dialog).getByLabelText(/^role/i, { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Technical' }));

    await user.click(within(dialog).getByRole('button', { name: 'Add contact' }));
    expect(await within(dialog).findByText('email is already used by Ada')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Add contact' }));
    expect(await screen.findByText('Grace Hopper was added.')).toBeInTheDocument();
    const card = await screen.findByRole('article', { name: 'Grace Hopper' });
    expect(within(card).getByText('Technical')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'grace@acme.test' })).toHaveAttribute(
      'href',
      'mailto:grace@acme.test',
    );
    expect(screen.getByRole('tab', { name: /contacts \(3\)/i })).toBeInTheDocument();
  });

  it('makes another contact primary and moves the star', async () => {
    const user = userEvent.setup();
    const [ada, bob] = client.contacts;
    renderContacts([
      {
        request: { query: SetPrimaryContactDocument, variables: { id: 'contact-2' } },
        result: {
          data: {
            setPrimaryContact: {
              ...bob,
              isPrimary: true,
              client: {
                __typename: 'Client',
                id: 'client-1',
                primaryContact: {
                  __typename: 'Contact',
                  id: 'contact-2',
                  name: 'Bob Billing',
                  email: 'bob@acme.test',
                  phone: '+1 555 0101',
                },
                contacts: [
                  { ...ada, isPrimary: false },
                  { ...bob, isPrimary: true },
                ],
              },
            },
          },
        },
      },
    ]);

    const bobCard = await screen.findByRole('article', { name: 'Bob Billing' });
    await user.click(within(bobCard).getByRole('button', { name: 'Actions for Bob Billing' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Make primary' }));

    expect(await screen.findByText('Bob Billing is now the primary contact.')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(screen.getByRole('article', { name: 'Bob Billing' })).getByLabelText('Primary contact'),
      ).toBeInTheDocument(),
    );
    expect(
      within(screen.getByRole('article', { name: 'Ada Lovelace' })).queryByLabelText('Primary contact'),
    ).toBeNull();
  });
});
