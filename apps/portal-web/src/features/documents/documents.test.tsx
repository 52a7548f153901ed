import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PortalDocumentsDocument, PortalMeDocument, type PortalPermission } from '@clientflow/graphql-types/portal';
import { portalViewer } from '../../test/portal-session.test-kit';
import { renderApp } from '../../test/render-app.test-kit';

const me = (permissions?: PortalPermission[]) => ({
  request: { query: PortalMeDocument },
  result: { data: { portalMe: portalViewer({ permissions }) } },
});
const doc = (id: string, fileName: string, extra: object = {}) => ({
  __typename: 'PortalDocument',
  id,
  fileName,
  category: 'CONTRACT',
  size: 2048,
  contentType: 'application/pdf',
  createdAt: '2026-03-01T10:00:00Z',
  downloadUrl: `/files/documents/${id}`,
  uploadedByMe: false,
  projectName: null,
  ...extra,
});
const docs = (items: object[]) => ({
  request: { query: PortalDocumentsDocument },
  result: { data: { portalDocuments: items } },
});

afterEach(() => {
  (globalThis as { fetch?: unknown }).fetch = undefined;
});

describe('portal documents', () => {
  it('lists shared documents with download links and filters them by name', async () => {
    const user = userEvent.setup();
    await renderApp({
      path: '/documents',
      mocks: [
        me(),
        docs([doc('a', 'Contract.pdf'), doc('b', 'Brand guide.pdf', { category: 'BRANDING', uploadedByMe: true })]),
      ],
    });
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'Download Contract.pdf' })).toHaveAttribute('href', '/files/documents/a');
    expect(screen.getByText('Sent by you')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Upload files' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Search documents' }), 'brand');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    await user.clear(screen.getByRole('textbox', { name: 'Search documents' }));
    await user.type(screen.getByRole('textbox', { name: 'Search documents' }), 'zzz');
    expect(await screen.findByText('No document matches “zzz”.')).toBeInTheDocument();
  });

  it('pages long lists', async () => {
    await renderApp({
      path: '/documents',
      mocks: [me(), docs(Array.from({ length: 25 }, (_, i) => doc(`d${i}`, `File ${i}.pdf`)))],
    });
    expect(within(await screen.findByRole('table')).getAllByRole('row')).toHaveLength(21);
    expect(screen.getByRole('button', { name: '2' })).toBeInTheDocument();
  });

  it('uploads files when allowed, and shows the server reason when refused', async () => {
    const user = userEvent.setup();
    const calls: RequestInit[] = [];
    const responses = [
      { status: 201, body: { documents: [{ id: 'n1' }] } },
      { status: 400, body: { error: { code: 'BAD_USER_INPUT', message: '"evil.exe" is not an allowed file type' } } },
    ];
    (globalThis as { fetch?: unknown }).fetch = async (_url: string, init: RequestInit) => {
      calls.push(init);
      const next = responses.shift()!;
      return { ok: next.status < 300, status: next.status, statusText: '', json: async () => next.body };
    };
    await renderApp({
      path: '/documents',
      mocks: [
        me([...portalViewer().permissions, 'UPLOAD_FILES']),
        docs([]),
        docs([doc('n1', 'Brief.pdf', { uploadedByMe: true })]),
      ],
    });
    expect(await screen.findByText('No documents yet')).toBeInTheDocument();
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['%PDF-1.7'], 'Brief.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('1 file(s) sent to the team')).toBeInTheDocument();
    expect((calls[0].headers as Record<string, string>)['x-clientflow-app']).toBe('portal');
    await waitFor(() => expect(screen.getByText('Brief.pdf')).toBeInTheDocument());
    await user.upload(document.querySelector('input[type="file"]') as HTMLInputElement, new File(['MZ'], 'evil.exe'));
    expect(await screen.findByText('"evil.exe" is not an allowed file type')).toBeInTheDocument();
  });
});
