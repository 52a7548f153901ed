import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClientDocument, UpdateClientDocument, WorkspaceMembersDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { clientDetailFixture } from './clients.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { ClientDetailRoute } from './routes/client-detail.route';

jest.setTimeout(30_000);

const members = {
  request: { query: WorkspaceMembersDocument },
  result: {
    data: {
      workspaceMembers: [
        { __typename: 'WorkspaceMember', id: 'user-1', name: 'Olivia Owner', email: 'o@x.test', role: 'OWNER' },
        { __typename: 'WorkspaceMember', id: 'user-2', name: 'Maya Manager', email: 'm@x.test', role: 'MANAGER' },
      ],
    },
  },
};

const renderDrawer = (mocks: object[], role: 'OWNER' | 'MEMBER' = 'OWNER') =>
  renderWithProviders(<ClientDetailRoute />, {
    mocks: [
      {
        request: { query: ClientDocument, variables: { id: 'client-1', withFinancials: role !== 'MEMBER' } },
        result: { data: { client: clientDetailFixture({ taxId: '12-3456789' }) } },
      },
      members,
      ...mocks,
    ] as never,
    viewer: viewerFixture(role),
    route: '/clients/client-1',
    path: '/clients/:id',
  });

async function openDrawer(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Edit' }));
  return screen.findByRole('dialog', { name: /edit acme corp/i });
}

describe('client edit drawer', () => {
  it('checks tax id digits live and refuses a wrong CPF before saving', async () => {
    const user = userEvent.setup();
    renderDrawer([]);
    const drawer = await openDrawer(user);

    await user.click(within(drawer).getByLabelText('Tax id type', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'CPF' }));
    const taxId = within(drawer).getByRole('textbox', { name: 'Tax id' });
    await user.clear(taxId);
    await user.type(taxId, '52998224725');
    expect(await within(drawer).findByText(/Valid CPF: 529\.982\.247-25/)).toBeInTheDocument();

    await user.type(taxId, '{backspace}6');
    expect(within(drawer).getByText('The CPF check digits do not match')).toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    expect(taxId).toHaveAttribute('aria-invalid', 'true');
  });

  it('saves social links and a new account manager, and puts a server error on the link row it names', async () => {
    const user = userEvent.setup();
    const matches = (vars: { input: Record<string, unknown> }) =>
      vars.input.accountManagerId === 'user-1' &&
      JSON.stringify(vars.input.socialLinks) ===
        JSON.stringify([
          { network: 'LINKEDIN', url: 'https://www.linkedin.com/company/acme' },
          { network: 'GITHUB', url: 'github.com/acme' },
        ]);
    const saved = clientDetailFixture({
      accountManager: { __typename: 'User', id: 'user-1', name: 'Olivia Owner', email: 'o@x.test' },
    });
    renderDrawer([
      {
        request: { query: UpdateClientDocument, variables: matches },
        result: {
          errors: [
            {
              message: 'That GitHub page does not exist',
              extensions: { code: 'BAD_USER_INPUT', field: 'socialLinks.1.url' },
            },
          ],
        },
      },
      { request: { query: UpdateClientDocument, variables: matches }, result: { data: { updateClient: saved } } },
    ]);
    const drawer = await openDrawer(user);

    await user.click(within(drawer).getByLabelText('Account manager', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: /Olivia Owner/ }));
    await user.click(within(drawer).getByRole('button', { name: 'Add social link' }));
    await user.click(within(drawer).getByLabelText('Network 2', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'GitHub' }));
    const url = within(drawer).getByRole('textbox', { name: 'GitHub URL' });
    await user.type(url, 'gitlab.com/acme');
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    expect(await within(drawer).findByText('GitHub links point to github.com')).toBeInTheDocument();

    await user.clear(url);
    await user.type(url, 'github.com/acme');
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    expect(await within(drawer).findByText('That GitHub page does not exist')).toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Acme Corp was updated.')).toBeInTheDocument();
  });

  it('does not let a MEMBER reassign the client', async () => {
    const user = userEvent.setup();
    renderDrawer([], 'MEMBER');
    const drawer = await openDrawer(user);
    expect(within(drawer).getByLabelText('Account manager', { selector: 'input' })).toBeDisabled();
    expect(within(drawer).getByText('Ask a manager to reassign this client')).toBeInTheDocument();
  });
});
