import { Alert, Anchor, Button, Grid, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBan, IconCash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { canTransitionInvoice, formatCalendarDate, isOpenInvoice } from '@clientflow/domain';
import type { InvoiceDetailFragment } from '@clientflow/graphql-types/admin';
import { formatDate, type WorkspaceFormat } from '../../../../shared/lib/format';
import { BillToCard } from '../../shared/components/bill-to-card';
import { BillingStatusBadge } from '../../shared/components/billing-status-badge';
import { SettlingBadge } from '../../shared/components/settling-badge';
import { DocumentFacts, NotesAndTerms } from '../../shared/components/document-facts';
import { DocumentLinesCard, DocumentMoreActions } from '../../shared/components/document-more-actions';
import { DocumentPageHeader } from '../../shared/components/document-page-header';
import { SendDocumentButton } from '../../shared/components/send-document-button';
import { PaymentsList } from './payments-list';
import { RecordPaymentModal } from './record-payment-modal';
import { VoidInvoiceModal } from './void-invoice-modal';

interface InvoiceViewProps {
  invoice: InvoiceDetailFragment;
  format: WorkspaceFormat;
  canManage: boolean;
  onSent(): void;
}

/** An issued (or voided) invoice: what was billed, to whom, what was paid; record payments, void. */
export function InvoiceView({ invoice, format, canManage, onSent }: InvoiceViewProps) {
  const [paying, pay] = useDisclosure(false);
  const [voiding, voidModal] = useDisclosure(false);
  const { locale } = format;
  const canPay = canManage && isOpenInvoice(invoice.status) && invoice.balance > 0;
  const canVoid = canManage && canTransitionInvoice(invoice.status, 'VOID') && invoice.amountPaid === 0;
  const day = (d: string | null) => (d ? formatCalendarDate(d, locale) : null);
  const status = invoice.isOverdue && invoice.status !== 'OVERDUE' ? 'OVERDUE' : invoice.status;

  return (
    <Stack gap="lg">
      <DocumentPageHeader
        kind="INVOICE"
        number={invoice.number}
        client={invoice.client}
        badge={
          <Group gap={4} wrap="nowrap">
            <BillingStatusBadge kind="INVOICE" status={status} />
            <SettlingBadge amount={invoice.amountSettling} currency={invoice.currency} locale={locale} />
          </Group>
        }
        actions={
          <>
            {canPay && (
              <Button leftSection={<IconCash size={16} />} onClick={pay.open}>
                Record payment
              </Button>
            )}
            {canManage && isOpenInvoice(invoice.status) && (
              <SendDocumentButton kind="INVOICE" id={invoice.id} label="Send again" onSent={onSent} />
            )}
            <DocumentMoreActions kind="INVOICE" id={invoice.id} clientId={invoice.clientId}>
              {canVoid && (
                <Menu.Item color="red" leftSection={<IconBan size={16} />} onClick={voidModal.open}>
                  Void invoice
                </Menu.Item>
              )}
            </DocumentMoreActions>
          </>
        }
      />
      {invoice.status === 'VOID' && (
        <Alert color="gray" icon={<IconBan size={18} />} title={`Voided ${formatDate(invoice.voidedAt, format)}`}>
          {invoice.voidReason ?? 'No reason given.'}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <DocumentLinesCard
              document={invoice}
              locale={locale}
              paid={invoice.amountPaid}
              balance={invoice.status === 'VOID' ? undefined : invoice.balance}
            />
            <Paper withBorder p="md">
              <Stack gap="sm">
                <Title order={3} size="h4">
                  Payments
                </Title>
                <PaymentsList payments={invoice.payments} locale={locale} canManage={canManage} />
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <BillToCard snapshot={invoice.billingSnapshot} client={invoice.client} locale={locale} />
            <DocumentFacts
              facts={[
                ['Issued', day(invoice.issueDate)],
                [
                  'Due',
                  invoice.dueDate && (
                    <Text span c={invoice.isOverdue ? 'red' : undefined} fw={invoice.isOverdue ? 700 : 500} size="sm">
                      {day(invoice.dueDate)}
                    </Text>
                  ),
                ],
                ['Sent', invoice.sentAt && formatDate(invoice.sentAt, format)],
                ['Paid', invoice.paidAt && formatDate(invoice.paidAt, format)],
                ['Currency', invoice.currency],
                [
                  'Project',
                  invoice.project && (
                    <Anchor component={Link} to={`/projects/${invoice.project.id}`} size="sm">
                      {invoice.project.name}
                    </Anchor>
                  ),
                ],
                [
                  'From quote',
                  invoice.quote && (
                    <Anchor component={Link} to={`/quotes/${invoice.quote.id}`} size="sm">
                      {invoice.quote.number ?? 'Quote'}
                    </Anchor>
                  ),
                ],
              ]}
            />
            <NotesAndTerms notes={invoice.notes} terms={invoice.terms} />
          </Stack>
        </Grid.Col>
      </Grid>
      {canPay && <RecordPaymentModal opened={paying} onClose={pay.close} invoice={invoice} format={format} />}
      {canVoid && <VoidInvoiceModal opened={voiding} onClose={voidModal.close} invoice={invoice} />}
    </Stack>
  );
}
