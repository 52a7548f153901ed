import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_EMAIL_TEMPLATES, EMAIL_TEMPLATE_PLACEHOLDERS, EMAIL_TEMPLATE_KINDS } from '@clientflow/domain';
import {
  EmailTemplatesDocument,
  PreviewBillingEmailDocument,
  ResetEmailTemplateDocument,
  SaveEmailTemplateDocument,
  SendInvoiceEmailDocument,
} from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../../test/session.test-kit';
import { renderWithProviders } from '../../../test/render.test-kit';
import { EmailTemplatesPanel } from './components/email-templates-panel';
import { SendDocumentModal } from './components/send-document-modal';

type Kind = (typeof EMAIL_TEMPLATE_KINDS)[number];
const template = (kind: Kind, source: string, overrides: { subject?: string; body?: string } = {}) => ({
  __typename: 'EmailTemplate',
  kind,
  source,
  clientId: 'c1',
  ...DEFAULT_EMAIL_TEMPLATES[kind],
  ...overrides,
  placeholders: [...EMAIL_TEMPLATE_PLACEHOLDERS[kind]],
  updatedAt: source === 'DEFAULT' ? null : '2026-03-01T10:00:00Z',
});
const templates = (invoiceSource: string, invoice: { subject?: string; body?: string } = {}) => ({
  request: { query: EmailTemplatesDocument, variables: { clientId: 'c1' } },
  result: {
    data: {
      emailTemplates: EMAIL_TEMPLATE_KINDS.map((k) =>
        k === 'INVOICE' ? template(k, invoiceSource, invoice) : template(k, 'DEFAULT'),
      ),
    },
  },
});

describe('EmailTemplatesPanel (client tab)', () => {
  it('edits the client template with placeholder buttons and a live sample preview, then saves it', async () => {
    const user = userEvent.setup();
    let saved: Record<string, unknown> | null = null;
    renderWithProviders(<EmailTemplatesPanel clientId="c1" />, {
      viewer: viewerFixture('MANAGER'),
      mocks: [
        templates('WORKSPACE', { subject: 'Invoice {{invoice.number}}' }),
        {
          request: {
            query: SaveEmailTemplateDocument,
            variables: (v: { input: Record<string, unknown> }) => {
              saved = v.input;
              return true;
            },
          },
          result: {
            data: {
              saveEmailTemplate: template('INVOICE', 'CLIENT', {
                subject: 'Invoice {{invoice.number}} for {{client.name}}',
              }),
            },
          },
        },
        templates('CLIENT', { subject: 'Invoice {{invoice.number}} for {{client.name}}' }),
      ] as never,
    });
    const form = await screen.findByRole('form', { name: 'Invoice email template' });
    expect(within(form).getByText('Workspace default')).toBeInTheDocument();
    expect(within(form).queryByRole('button', { name: 'Reset to workspace default' })).not.toBeInTheDocument();
    expect(within(form).getByTestId('preview-subject')).toHaveTextContent('Invoice INV-0042');

    const subject = within(form).getByRole('textbox', { name: /subject/i });
    await user.click(subject);
    await user.type(subject, ' for ');
    await user.click(within(form).getByRole('button', { name: 'Insert {{client.name}}' }));
    expect(subject).toHaveValue('Invoice {{invoice.number}} for {{client.name}}');
    expect(within(form).getByTestId('preview-subject')).toHaveTextContent('Invoice INV-0042 for Acme Corp');

    await user.click(within(form).getByRole('button', { name: 'Save for this client' }));
    expect(await screen.findByText('Invoice template saved')).toBeInTheDocument();
    expect(saved).toEqual({
      kind: 'INVOICE',
      clientId: 'c1',
      subject: 'Invoice {{invoice.number}} for {{client.name}}',
      body: DEFAULT_EMAIL_TEMPLATES.INVOICE.body,
    });
    expect(await within(form).findByText('Client override')).toBeInTheDocument();
  }, 20000);

  it('refuses an unknown placeholder on the field before calling the API', async () => {
    const user = userEvent.setup();
    renderWithProviders(<EmailTemplatesPanel clientId="c1" />, {
      viewer: viewerFixture('OWNER'),
      mocks: [templates('DEFAULT')] as never,
    });
    const form = await screen.findByRole('form', { name: 'Invoice email template' });
    const body = within(form).getByRole('textbox', { name: /body/i });
    await user.clear(body);
    await user.type(body, 'Pay {{{{quote.number}}');
    await user.click(within(form).getByRole('button', { name: 'Save for this client' }));
    expect(await within(form).findByText(/Unknown placeholder \{\{quote\.number\}\}/)).toBeInTheDocument();
  });

  it('resets a client override to the workspace default after confirmation', async () => {
    const user = userEvent.setup();
    let reset: Record<string, unknown> | null = null;
    renderWithProviders(<EmailTemplatesPanel clientId="c1" />, {
      viewer: viewerFixture('OWNER'),
      mocks: [
        templates('CLIENT', { subject: 'Custom {{invoice.number}}' }),
        {
          request: {
            query: ResetEmailTemplateDocument,
            variables: (v: Record<string, unknown>) => {
              reset = v;
              return true;
            },
          },
          result: { data: { resetEmailTemplate: template('INVOICE', 'WORKSPACE') } },
        },
        templates('WORKSPACE'),
      ] as never,
    });
    const form = await screen.findByRole('form', { name: 'Invoice email template' });
    await user.click(within(form).getByRole('button', { name: 'Reset to workspace default' }));
    await user.click(await screen.findByRole('button', { name: 'Reset' }));
    expect(await screen.findByText('Now using the workspace template')).toBeInTheDocument();
    expect(reset).toEqual({ kind: 'INVOICE', clientId: 'c1' });
  });

  it('tells members they cannot manage billing emails', async () => {
    renderWithProviders(<EmailTemplatesPanel clientId="c1" />, { viewer: viewerFixture('MEMBER'), mocks: [] });
    expect(await screen.findByText(/Only owners, admins and managers/)).toBeInTheDocument();
  });
});

describe('SendDocumentModal', () => {
  const preview = (overrides: Record<string, unknown> = {}) => ({
    __typename: 'BillingEmailPreview',
    kind: 'INVOICE',
    to: ['bea@acme.test'],
    subject: 'Invoice Draft from Demo Agency',
    body: 'Hello Bea,\n\nPlease find attached invoice Draft for $246.00.',
    templateSource: 'CLIENT',
    templateSubject: DEFAULT_EMAIL_TEMPLATES.INVOICE.subject,
    templateBody: DEFAULT_EMAIL_TEMPLATES.INVOICE.body,
    attachmentName: 'invoice-draft.pdf',
    ...overrides,
  });

  it('shows recipients, template, preview and the PDF name, and sends the edited subject only', async () => {
    const user = userEvent.setup();
    let sent: Record<string, unknown> | null = null;
    const onSent = jest.fn();
    renderWithProviders(<SendDocumentModal kind="INVOICE" id="inv-1" opened onClose={() => {}} onSent={onSent} />, {
      viewer: viewerFixture('OWNER'),
      mocks: [
        {
          request: { query: PreviewBillingEmailDocument, variables: { kind: 'INVOICE', invoiceId: 'inv-1' } },
          result: { data: { previewBillingEmail: preview() } },
        },
        {
          request: { query: PreviewBillingEmailDocument, variables: () => true },
          result: { data: { previewBillingEmail: preview({ subject: 'Your invoice Draft' }) } },
          maxUsageCount: 10,
        },
        {
          request: {
            query: SendInvoiceEmailDocument,
            variables: (v: Record<string, unknown>) => {
              sent = v;
              return true;
            },
          },
          result: {
            data: {
              sendInvoice: {
                __typename: 'SentBillingEmail',
                emailId: 'e1',
                to: ['bea@acme.test'],
                subject: 'Your invoice INV-0001',
                attachmentName: 'INV-0001.pdf',
                invoice: { __typename: 'Invoice', id: 'inv-1', status: 'SENT', number: 'INV-0001' },
              },
            },
          },
        },
      ] as never,
    });
    const dialog = await screen.findByRole('dialog', { name: 'Send invoice' });
    expect(await within(dialog).findByText('bea@acme.test', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
    expect(within(dialog).getByText('Client override')).toBeInTheDocument();
    expect(within(dialog).getByText('invoice-draft.pdf')).toBeInTheDocument();
    expect(within(dialog).getByTestId('preview-body')).toHaveTextContent(
      'Please find attached invoice Draft for $246.00.',
    );

    const subject = within(dialog).getByRole('textbox', { name: /subject/i });
    expect(subject).toHaveValue(DEFAULT_EMAIL_TEMPLATES.INVOICE.subject);
    await user.clear(subject);
    await user.type(subject, 'Your invoice {{{{invoice.number}}');
    await waitFor(() => expect(within(dialog).getByTestId('preview-subject')).toHaveTextContent('Your invoice Draft'));

    await user.click(within(dialog).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(onSent).toHaveBeenCalled());
    expect(sent).toEqual({
      id: 'inv-1',
      subject: 'Your invoice {{invoice.number}}',
      body: null,
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{32,36}$/),
    });
    expect(await screen.findByText('Sent to bea@acme.test')).toBeInTheDocument();
  }, 20000);

  it('Send clicked again after a lost answer reuses the idempotency key; sending again later uses a new one', async () => {
    const user = userEvent.setup();
    const keys: unknown[] = [];
    const attempt = (response: object) => ({
      request: {
        query: SendInvoiceEmailDocument,
        variables: (v: Record<string, unknown>) => {
          keys.push(v.idempotencyKey);
          return true;
        },
      },
      ...response,
    });
    const sent = {
      result: {
        data: {
          sendInvoice: {
            __typename: 'SentBillingEmail',
            emailId: 'e1',
            to: ['bea@acme.test'],
            subject: 'Invoice INV-0001',
            attachmentName: 'INV-0001.pdf',
            invoice: { __typename: 'Invoice', id: 'inv-1', status: 'SENT', number: 'INV-0001' },
          },
        },
      },
    };
    renderWithProviders(<SendDocumentModal kind="INVOICE" id="inv-1" opened onClose={() => {}} />, {
      viewer: viewerFixture('OWNER'),
      mocks: [
        {
          request: { query: PreviewBillingEmailDocument, variables: { kind: 'INVOICE', invoiceId: 'inv-1' } },
          result: { data: { previewBillingEmail: preview() } },
          maxUsageCount: 10,
        },
        attempt({ error: new Error('Failed to fetch') }),
        attempt(sent),
        attempt(sent),
      ] as never,
    });
    const dialog = await screen.findByRole('dialog', { name: 'Send invoice' });
    const send = async () => {
      await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Send' })).toBeEnabled());
      await user.click(within(dialog).getByRole('button', { name: 'Send' }));
    };
    await within(dialog).findByText('bea@acme.test', { selector: '.mantine-Badge-label' });
    await send();
    await waitFor(() => expect(keys).toHaveLength(1));
    await send();
    expect(await screen.findByText('Sent to bea@acme.test')).toBeInTheDocument();
    expect(keys[1]).toBe(keys[0]);
    await send();
    await waitFor(() => expect(keys).toHaveLength(3));
    expect(keys[2]).not.toBe(keys[0]);
  }, 20000);

  it('explains why it cannot send when the client has no address', async () => {
    renderWithProviders(<SendDocumentModal kind="INVOICE" id="inv-2" opened onClose={() => {}} />, {
      viewer: viewerFixture('OWNER'),
      mocks: [
        {
          request: { query: PreviewBillingEmailDocument, variables: { kind: 'INVOICE', invoiceId: 'inv-2' } },
          result: {
            errors: [
              {
                message: 'Nobody Co has no email address: add a billing contact',
                extensions: { code: 'BAD_USER_INPUT', field: 'recipients' },
              },
            ],
          },
        },
      ] as never,
    });
    expect(await screen.findByText(/has no email address/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send' })).not.toBeInTheDocument();
  });
});
