import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import {
  MeDocument,
  UpdateWorkspaceSettingsDocument,
  WorkspaceSettingsDocument,
} from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { SettingsLayout } from './routes/settings-layout.route';
import { WorkspaceSettingsRoute } from './routes/workspace-settings.route';

const settings = {
  __typename: 'WorkspaceSettings',
  id: 'ws-1',
  name: 'Demo Agency',
  slug: 'demo',
  previousSlugs: [],
  portalOrigin: 'https://portal.example.test',
  logoUrl: null,
  currency: 'USD',
  locale: 'en-US',
  timezone: 'UTC',
  primaryColor: '#4263eb',
  accentColor: null,
  memberCanViewFinancials: false,
};
const get = { request: { query: WorkspaceSettingsDocument }, result: { data: { workspaceSettings: settings } } };
const me = { request: { query: MeDocument }, result: { data: { me: viewerFixture('OWNER') } } };

const renderSettings = (mocks: object[], role: 'OWNER' | 'ADMIN' | 'MANAGER' = 'OWNER') =>
  renderWithProviders(
    <Routes>
      <Route element={<SettingsLayout />}>
        <Route path="workspace" element={<WorkspaceSettingsRoute />} />
      </Route>
    </Routes>,
    { mocks: mocks as never, viewer: viewerFixture(role), route: '/settings/workspace', path: '/settings/*' },
  );

describe('Workspace settings', () => {
  it('turns on member financial visibility, explains it, and saves only with changes', async () => {
    const user = userEvent.setup();
    renderSettings([
      get,
      {
        request: {
          query: UpdateWorkspaceSettingsDocument,
          variables: (v: { input: Record<string, unknown> }) =>
            v.input.memberCanViewFinancials === true && v.input.name === 'Demo Agency',
        },
        result: { data: { updateWorkspaceSettings: { ...settings, memberCanViewFinancials: true } } },
      },
      me,
    ]);
    const toggle = await screen.findByRole('switch', { name: /members can see financial figures/i });
    const save = screen.getByRole('button', { name: 'Save settings' });
    expect(toggle).not.toBeChecked();
    expect(save).toBeDisabled();
    expect(screen.getByText(/values and totals stay hidden from them/)).toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toBeChecked();
    expect(screen.getByText(/Members will see money amounts/)).toBeInTheDocument();
    await user.click(save);
    expect(await screen.findByText('Workspace settings were updated.')).toBeInTheDocument();
  });

  it('shows a preview of the formats and refuses a bad colour before sending', async () => {
    const user = userEvent.setup();
    renderSettings([get]);
    expect(await screen.findByTestId('format-preview')).toHaveTextContent('$12,345.67');
    const colour = screen.getByRole('textbox', { name: 'Primary colour' });
    await user.clear(colour);
    await user.type(colour, 'blue');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/Primary colour must be a hex colour/)).toBeInTheDocument();
  });

  it('puts a server error on the field it names', async () => {
    const user = userEvent.setup();
    renderSettings([
      get,
      {
        request: { query: UpdateWorkspaceSettingsDocument, variables: () => true },
        result: {
          errors: [new GraphQLError('name is already used', { extensions: { code: 'BAD_USER_INPUT', field: 'name' } })],
        },
      },
    ]);
    const name = await screen.findByRole('textbox', { name: /workspace name/i });
    await user.type(name, ' Two');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('name is already used')).toBeInTheDocument();
  });

  it('is closed to roles without workspace.manage', async () => {
    renderSettings([get], 'MANAGER');
    expect(await screen.findByText("You don't have access")).toBeInTheDocument();
    expect(within(document.body).queryByRole('switch')).not.toBeInTheDocument();
  });
});
