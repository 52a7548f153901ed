import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClientDocumentsDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { FakeXhr, installFakeXhr } from '../../test/fake-xhr.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { ClientDocumentsPanel } from './components/client-documents-panel';

const doc = (id: string, fileName: string) => ({
  __typename: 'Document',
  id,
  fileName,
  category: 'CONTRACT',
  size: 2048,
  contentType: 'application/pdf',
  createdAt: '2026-03-01T10:00:00Z',
  downloadUrl: `/files/documents/${id}`,
  uploadedBy: { __typename: 'User', id: 'user-1', name: 'Olivia Owner' },
});
const list = (docs: object[]) => ({
  request: { query: ClientDocumentsDocument, variables: { clientId: 'c1', category: null } },
  result: { data: { clientDocuments: docs } },
});

installFakeXhr();

describe('ClientDocumentsPanel', () => {
  it('uploads several files with a progress bar each and shows a per-file error', async () => {
    const user = userEvent.setup();
    const { container } = renderWithProviders(<ClientDocumentsPanel clientId="c1" />, {
      viewer: viewerFixture('OWNER'),
      mocks: [list([]), list([doc('d1', 'contract.pdf')])] as never,
    });
    expect(await screen.findByText('No documents yet')).toBeInTheDocument();

    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, [
      new File(['%PDF-1.7'], 'contract.pdf', { type: 'application/pdf' }),
      new File(['MZ'], 'tool.exe', { type: 'application/octet-stream' }),
    ]);
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(2));
    const [pdf, exe] = FakeXhr.sent;
    expect(pdf.url).toBe('/files/clients/c1/documents');
    expect(pdf.headers['x-clientflow-app']).toBe('admin');
    expect(pdf.body?.get('category')).toBe('OTHER');

    pdf.progress(50, 100);
    const bar = screen.getByRole('progressbar', { name: 'contract.pdf upload progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '50');

    exe.respond(400, {
      error: { code: 'BAD_USER_INPUT', field: 'files', message: '"tool.exe" is not an allowed file type' },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('"tool.exe" is not an allowed file type');

    pdf.respond(201, {
      documents: [
        {
          id: 'd1',
          fileName: 'contract.pdf',
          category: 'OTHER',
          size: 8,
          contentType: 'application/pdf',
          downloadUrl: '/files/documents/d1',
        },
      ],
    });
    expect(await screen.findByLabelText('Uploaded')).toBeInTheDocument();
    const row = (await screen.findByRole('link', { name: 'contract.pdf' })).closest('tr')!;
    expect(within(row).getByText('Olivia Owner')).toBeInTheDocument();
    expect(within(row).getByText('2 KB')).toBeInTheDocument();
  }, 20000);

  it('reports a file over the size limit', async () => {
    const user = userEvent.setup();
    const { container } = renderWithProviders(<ClientDocumentsPanel clientId="c1" />, {
      viewer: viewerFixture('OWNER'),
      mocks: [list([])] as never,
    });
    await screen.findByText('No documents yet');
    await user.upload(container.querySelector('input[type="file"]') as HTMLInputElement, new File(['x'], 'huge.zip'));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    FakeXhr.sent[0].respond(413, {
      error: { code: 'PAYLOAD_TOO_LARGE', field: 'files', message: '"huge.zip" is larger than the 25 MB limit' },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('larger than the 25 MB limit');
  });

  it('lists documents read-only without client.edit', async () => {
    renderWithProviders(<ClientDocumentsPanel clientId="c1" />, {
      viewer: { ...viewerFixture('MEMBER'), permissions: ['client.viewList', 'client.view'] },
      mocks: [list([doc('d1', 'brand.pdf')])] as never,
    });
    expect(await screen.findByRole('link', { name: 'brand.pdf' })).toHaveAttribute('href', '/files/documents/d1');
    expect(screen.queryByLabelText('Upload documents')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete brand.pdf' })).not.toBeInTheDocument();
  });
});
