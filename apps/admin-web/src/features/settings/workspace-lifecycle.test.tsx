import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import {
  ChangeWorkspaceSlugDocument,
  RequestWorkspaceDeletionDocument,
  WorkspaceSettingsDocument,
} from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { WorkspaceSettingsRoute } from './routes/workspace-settings.route';

const settings = {
  __typename: 'WorkspaceSettings',
  id: 'ws-1',
  name: 'Demo Agency',
  slug: 'demo',
  previousSlugs: ['old-demo'],
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

const renderPage = (mocks: object[], role: 'OWNER' | 'ADMIN' = 'OWNER') =>
  renderWithProviders(<WorkspaceSettingsRoute />, {
    mocks: mocks as never,
    viewer: viewerFixture(role),
    route: '/settings/workspace',
    path: '/settings/workspace',
  });

describe('workspace address', () => {
  it('previews the portal URL, warns that old links redirect, and checks the rules before sending', async () => {
    const user = userEvent.setup();
    renderPage([get]);
    const field = await screen.findByRole('textbox', { name: /workspace address/i });
    expect(screen.getByTestId('portal-url-preview')).toHaveTextContent(
      'https://portal.example.test/p/demo/<client-key>',
    );
    expect(screen.getByRole('button', { name: 'Change address' })).toBeDisabled();
    expect(screen.getByText(/Earlier addresses that redirect here: old-demo/)).toBeInTheDocument();

    await user.clear(field);
    await user.type(field, 'northwind-studio');
    expect(screen.getByTestId('portal-url-preview')).toHaveTextContent('/p/northwind-studio/');
    expect(screen.getByText(/will keep working: they redirect to the new address/)).toBeInTheDocument();

    await user.clear(field);
    await user.type(field, 'admin');
    await user.click(screen.getByRole('button', { name: 'Change address' }));
    expect(await screen.findByText(/"admin" is reserved/)).toBeInTheDocument();
  });

  it('puts a server refusal (address taken) on the field', async () => {
    const user = userEvent.setup();
    renderPage([
      get,
      {
        request: { query: ChangeWorkspaceSlugDocument, variables: { slug: 'taken-one' } },
        result: {
          errors: [
            new GraphQLError('This address is already taken; choose another', {
              extensions: { code: 'BAD_USER_INPUT', field: 'slug' },
            }),
          ],
        },
      },
    ]);
    const field = await screen.findByRole('textbox', { name: /workspace address/i });
    await user.clear(field);
    await user.type(field, 'taken-one');
    await user.click(screen.getByRole('button', { name: 'Change address' }));
    expect(await screen.findByText('This address is already taken; choose another')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('logo card', () => {
  const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;
  // jsdom has no fetch: each test installs its own.
  const mockFetch = (impl: () => Promise<unknown> = async () => ({ ok: true, status: 204 })) => {
    const fn = jest.fn<Promise<unknown>, [string, RequestInit]>(impl);
    (globalThis as { fetch?: unknown }).fetch = fn;
    return fn;
  };
  afterEach(() => delete (globalThis as { fetch?: unknown }).fetch);

  it('refuses a wrong type and a file over 1 MB in the browser, with a clear message', async () => {
    const fetchSpy = mockFetch();
    renderPage([get]);
    await screen.findByText('No logo yet');
    fireEvent.change(fileInput(), {
      target: { files: [new File(['%PDF-1.4'], 'logo.pdf', { type: 'application/pdf' })] },
    });
    expect(await screen.findByText('Use a PNG, JPG, WebP or SVG image.')).toBeInTheDocument();
    const big = new File([new Uint8Array(1024 * 1024 + 1)], 'big.png', { type: 'image/png' });
    fireEvent.change(fileInput(), { target: { files: [big] } });
    expect(await screen.findByText(/larger than 1 MB/)).toBeInTheDocument();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("uploads an image, shows the server's refusal, then shows the new logo", async () => {
    const answers = [
      {
        ok: false,
        status: 400,
        json: async () => ({
          error: { code: 'BAD_USER_INPUT', field: 'file', message: '"x.png" could not be read as an image' },
        }),
      },
      {
        ok: true,
        status: 201,
        json: async () => ({
          logoUrl: '/files/workspace-logo/ws-1?v=2',
          contentType: 'image/png',
          width: 10,
          height: 10,
        }),
      },
    ];
    const fetchSpy = mockFetch(async () => answers.shift());
    renderPage([get]);
    await screen.findByText('No logo yet');
    const png = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'x.png', { type: 'image/png' });
    fireEvent.change(fileInput(), { target: { files: [png()] } });
    expect(await screen.findByText('"x.png" could not be read as an image')).toBeInTheDocument();
    const [url, init] = fetchSpy.mock.calls[0]!;
    expect(url).toBe('/files/workspace-logo');
    expect((init as RequestInit).headers).toMatchObject({ 'x-clientflow-app': 'admin' });

    fireEvent.change(fileInput(), { target: { files: [png()] } });
    expect(await screen.findByRole('img', { name: 'Demo Agency logo' })).toHaveAttribute(
      'src',
      '/files/workspace-logo/ws-1?v=2',
    );
    expect(screen.queryByText('The logo was not saved')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove logo' })).toBeInTheDocument();
  });
});

describe('danger zone', () => {
  it('is only shown to the OWNER', async () => {
    renderPage([get], 'ADMIN');
    await screen.findByRole('textbox', { name: /workspace address/i });
    expect(screen.queryByRole('button', { name: /delete workspace/i })).not.toBeInTheDocument();
  });

  it('offers the exports, enables deletion only for the exact name, then signs out', async () => {
    const user = userEvent.setup();
    const answer = jest.fn(() => ({
      data: { requestWorkspaceDeletion: { __typename: 'WorkspaceDeletionResult', nextWorkspaceId: null } },
    }));
    renderPage([
      get,
      {
        request: { query: RequestWorkspaceDeletionDocument, variables: { confirmName: 'Demo Agency' } },
        result: answer,
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Delete workspace…' }));
    expect(screen.getByRole('link', { name: 'Clients (CSV)' })).toHaveAttribute('href', '/files/exports/clients.csv');
    expect(screen.getByRole('link', { name: 'Audit log (CSV)' })).toHaveAttribute(
      'href',
      '/files/exports/audit-log.csv',
    );
    const confirm = screen.getByRole('button', { name: 'Delete workspace' });
    const input = screen.getByRole('textbox', { name: 'Type Demo Agency to confirm' });
    expect(confirm).toBeDisabled();
    await user.type(input, 'demo agency');
    expect(confirm).toBeDisabled();
    await user.clear(input);
    await user.type(input, 'Demo Agency');
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/sign-in'));
    expect(answer).toHaveBeenCalledTimes(1);
  });
});
