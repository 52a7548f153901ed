import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { portalViewer } from '../../test/portal-session.test-kit';
import { renderApp } from '../../test/render-app.test-kit';
import {
  invoiceOption,
  me,
  message,
  openTicket,
  projectOption,
  referenceInvoices,
  referenceProjects,
  thread,
  ticket,
} from './tickets.test-kit';

const references = [
  referenceInvoices([invoiceOption('inv-1', 'INV-0004')]),
  referenceProjects([projectOption('p-1', 'Website redesign')]),
];
const opened = (overrides: object = {}) => ({
  data: { openPortalTicket: ticket({ id: 't9', subject: 'Pay button broken', ...overrides }) },
});

afterEach(() => {
  (globalThis as { fetch?: unknown }).fetch = undefined;
});

async function fillIn(user: ReturnType<typeof userEvent.setup>, subject: string, body: string) {
  await user.type(await screen.findByRole('textbox', { name: /Subject/ }), subject);
  await user.type(screen.getByRole('textbox', { name: /Message/ }), body);
}

describe('open a new ticket', () => {
  it('checks the subject and message as the API does before sending anything', async () => {
    const user = userEvent.setup();
    await renderApp({ path: '/tickets/new', mocks: [me(), ...references] });
    await user.click(await screen.findByRole('button', { name: 'Send ticket' }));
    expect(await screen.findByText('Enter a subject')).toBeInTheDocument();
    expect(screen.getByText('Write a message')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /Subject/ }), '   ');
    await user.click(screen.getByRole('textbox', { name: /Subject/ }));
    await user.paste('x'.repeat(201));
    await user.type(screen.getByRole('textbox', { name: /Message/ }), 'Hello');
    await user.click(screen.getByRole('button', { name: 'Send ticket' }));
    expect(await screen.findByText('The subject can have at most 200 characters')).toBeInTheDocument();
    expect(screen.queryByText('Write a message')).not.toBeInTheDocument();
    // No mutation mock: had the form sent anything, the test would see Apollo's "no more mocked responses".
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the API’s refusal on the field it names', async () => {
    const user = userEvent.setup();
    const refusal = {
      errors: [
        new GraphQLError('Pick one of your invoices', { extensions: { code: 'BAD_USER_INPUT', field: 'invoiceId' } }),
      ],
    };
    await renderApp({
      path: '/tickets/new',
      mocks: [
        me(),
        ...references,
        openTicket({ subject: 'Pay button broken', message: 'Nothing happens.', invoiceId: 'inv-1' }, refusal),
      ],
    });
    await fillIn(user, 'Pay button broken', 'Nothing happens.');
    const about = screen.getByRole('combobox', { name: 'About (optional)' });
    await waitFor(() => expect(about).toBeEnabled());
    await user.selectOptions(about, 'Invoice INV-0004');
    await user.click(screen.getByRole('button', { name: 'Send ticket' }));
    const field = (await screen.findByText('Pick one of your invoices')).closest(
      '.mantine-InputWrapper-root',
    ) as HTMLElement;
    expect(within(field).getByRole('combobox', { name: 'About (optional)' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Subject/ })).toHaveValue('Pay button broken');
  });

  it('sends the ticket about a project and opens its thread', async () => {
    const user = userEvent.setup();
    await renderApp({
      path: '/tickets/new',
      mocks: [
        me(),
        ...references,
        openTicket({ subject: 'Pay button broken', message: 'Nothing happens.', projectId: 'p-1' }, opened()),
        thread({
          ...ticket({ id: 't9', subject: 'Pay button broken' }),
          messages: [message({ body: 'Nothing happens.' })],
        }),
      ],
    });
    await fillIn(user, '  Pay button broken ', 'Nothing happens.');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'About (optional)' })).toBeEnabled());
    await user.selectOptions(screen.getByRole('combobox', { name: 'About (optional)' }), 'Website redesign');
    await user.click(screen.getByRole('button', { name: 'Send ticket' }));
    expect(await screen.findByRole('heading', { name: 'Pay button broken' })).toBeInTheDocument();
    expect(screen.getByText('Ticket sent. Northwind Studio will answer you here.')).toBeInTheDocument();
    expect(screen.getByText('Nothing happens.')).toBeInTheDocument();
  });

  it('offers only the references the contact may see', async () => {
    await renderApp({
      path: '/tickets/new',
      mocks: [me(['OPEN_TICKETS', 'VIEW_PROJECTS']), referenceProjects([projectOption('p-1', 'Website redesign')])],
    });
    const about = await screen.findByRole('combobox', { name: 'About (optional)' });
    await waitFor(() => expect(about).toBeEnabled());
    expect(
      within(about)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Nothing in particular', 'Website redesign']);
    expect(within(about).getByRole('group', { name: 'Projects' })).toBeInTheDocument();
    expect(within(about).queryByRole('group', { name: 'Invoices' })).not.toBeInTheDocument();
  });

  it('has no reference picker for a contact who sees neither invoices nor projects', async () => {
    await renderApp({ path: '/tickets/new', mocks: [me(['OPEN_TICKETS'])] });
    expect(await screen.findByRole('textbox', { name: /Subject/ })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'About (optional)' })).not.toBeInTheDocument();
  });

  it('uploads the attachments, then sends their ids; a refused upload is shown on the attachments', async () => {
    const user = userEvent.setup();
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const responses = [
      {
        status: 400,
        body: { error: { code: 'BAD_USER_INPUT', field: 'files', message: '"broken.pdf" is not a valid PDF file' } },
      },
      {
        status: 201,
        body: {
          documents: [
            {
              id: 'doc-1',
              fileName: 'screenshot.png',
              size: 4,
              contentType: 'image/png',
              downloadUrl: '/files/documents/doc-1',
            },
          ],
        },
      },
    ];
    (globalThis as { fetch?: unknown }).fetch = async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      const next = responses.shift()!;
      return { ok: next.status < 300, status: next.status, statusText: '', json: async () => next.body };
    };
    await renderApp({
      path: '/tickets/new',
      mocks: [
        me(portalViewer().permissions.filter((p) => p !== 'VIEW_INVOICES' && p !== 'VIEW_PROJECTS')),
        openTicket(
          { subject: 'Pay button broken', message: 'See the screenshot.', attachmentIds: ['doc-1'] },
          opened(),
        ),
        thread({
          ...ticket({ id: 't9', subject: 'Pay button broken' }),
          messages: [message({ body: 'See the screenshot.' })],
        }),
      ],
    });
    await fillIn(user, 'Pay button broken', 'See the screenshot.');
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    // Files of a type the API never takes are not offered (the accept list comes from packages/domain).
    expect(input.accept.split(',')).toEqual(expect.arrayContaining(['.pdf', '.png', '.docx']));
    expect(input.accept).not.toContain('.exe');
    await user.upload(input, new File(['MZ'], 'broken.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Send ticket' }));
    expect(await screen.findByText('"broken.pdf" is not a valid PDF file')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove broken.pdf' }));
    await user.upload(
      document.querySelector('input[type="file"]') as HTMLInputElement,
      new File(['\x89PNG'], 'screenshot.png', { type: 'image/png' }),
    );
    expect(screen.getByText('screenshot.png')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send ticket' }));
    expect(await screen.findByRole('heading', { name: 'Pay button broken' })).toBeInTheDocument();
    expect(calls.map((c) => c.url)).toEqual(['/files/portal/ticket-attachments', '/files/portal/ticket-attachments']);
    expect((calls[1].init.headers as Record<string, string>)['x-clientflow-app']).toBe('portal');
    expect((calls[1].init.body as FormData).getAll('files').map((f) => (f as File).name)).toEqual(['screenshot.png']);
  });
});
