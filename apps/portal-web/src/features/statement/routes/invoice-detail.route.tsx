import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCreditCard, IconDownload } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { PortalInvoiceDocument } from '@clientflow/graphql-types/portal';
import { hasErrorCode } from '../../../shared/errors/api-error';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { useFormatters, useIntlTag } from '../../../shared/i18n/i18n-provider';
import { useStatementT } from '../i18n/statement-i18n';
import { InvoiceLinesTable } from '../components/invoice-lines-table';
import { InvoiceStatusBadge } from '../components/invoice-status-badge';
import { usePayNow } from '../hooks/use-pay-now';
import { isPayable } from '../lib/statement-selection';

const METHOD_KEYS = {
  STRIPE: 'payment.method.STRIPE',
  BANK_TRANSFER: 'payment.method.BANK_TRANSFER',
  CASH: 'payment.method.CASH',
  OTHER: 'payment.method.OTHER',
} as const;

/** `/invoices/:id`: one invoice as the client sees it, with its payments, the PDF and Pay now. */
export function InvoiceDetailRoute() {
  const { id = '' } = useParams();
  const t = useStatementT();
  const f = useFormatters();
  const intlTag = useIntlTag();
  const { data, error } = useQuery(PortalInvoiceDocument, { variables: { id }, context: { quietErrors: true } });
  const { payNow, loading: paying } = usePayNow();
  const invoice = data?.portalInvoice;
  useDocumentTitle(invoice ? t('invoice.title', { number: invoice.number }) : t('statement.title'));

  const back = (
    <Anchor component={Link} to="/invoices" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('invoice.back')}
      </Group>
    </Anchor>
  );
  if (error && !invoice) {
    return (
      <Stack>
        {back}
        <Alert color={hasErrorCode(error, 'NOT_FOUND') ? 'gray' : 'red'} role="alert">
          {hasErrorCode(error, 'NOT_FOUND') ? t('invoice.notFound') : t('statement.loadError')}
        </Alert>
      </Stack>
    );
  }
  if (!invoice)
    return (
      <Stack aria-busy="true" aria-label={t('common.loading')}>
        {back}
        <Skeleton h={60} />
        <Skeleton h={300} />
      </Stack>
    );

  return (
    <Stack gap="lg">
      {back}
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1}>{t('invoice.title', { number: invoice.number })}</Title>
            <InvoiceStatusBadge
              status={invoice.status}
              settling={{ amount: invoice.amountSettling, currency: invoice.currency }}
            />
          </Group>
          <Text c="dimmed">
            {t('invoice.issued', { date: f.calendarDate(invoice.issueDate) })}
            {invoice.dueDate && (
              <>
                {' '}
                ·{' '}
                <Text span c={invoice.isOverdue ? 'red' : undefined}>
                  {t('invoice.due', { date: f.calendarDate(invoice.dueDate) })}
                </Text>
              </>
            )}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            component="a"
            href={invoice.pdfUrl}
            download
            variant="default"
            leftSection={<IconDownload size={16} />}
          >
            {t('statement.downloadPdf')}
          </Button>
          {isPayable(invoice) && data.portalStatement.canPayOnline && (
            <Button
              leftSection={<IconCreditCard size={16} />}
              loading={paying}
              onClick={() => void payNow([invoice.id]).catch(() => undefined)}
            >
              {t('statement.payAmount', { amount: f.money(invoice.amountPayable, invoice.currency) })}
            </Button>
          )}
        </Group>
      </Group>
      {invoice.status === 'VOID' && <Alert color="gray">{t('invoice.voidNotice')}</Alert>}
      {invoice.amountSettling > 0 && (
        <Alert color="teal">
          {t('invoice.settlingNotice', { amount: f.money(invoice.amountSettling, invoice.currency) })}
        </Alert>
      )}
      <Card withBorder p={0}>
        <InvoiceLinesTable invoice={invoice} intlTag={intlTag} />
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('invoice.payments')}
        </Title>
        {invoice.payments.length ? (
          <List spacing={4}>
            {invoice.payments.map((p) => (
              <List.Item key={p.id}>
                {f.calendarDate(p.receivedAt)} ·{' '}
                {p.method in METHOD_KEYS ? t(METHOD_KEYS[p.method as keyof typeof METHOD_KEYS]) : p.method} ·{' '}
                <Text span fw={600}>
                  {f.money(p.amount, p.currency)}
                </Text>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text c="dimmed">{t('invoice.noPayments')}</Text>
        )}
      </Card>
      {(invoice.invoiceNotes || invoice.terms) && (
        <Card withBorder>
          <Stack gap="sm">
            {invoice.invoiceNotes && (
              <div>
                <Title order={2} size="h5">
                  {t('invoice.notes')}
                </Title>
                <Text style={{ whiteSpace: 'pre-line' }}>{invoice.invoiceNotes}</Text>
              </div>
            )}
            {invoice.terms && (
              <div>
                <Title order={2} size="h5">
                  {t('invoice.terms')}
                </Title>
                <Text style={{ whiteSpace: 'pre-line' }}>{invoice.terms}</Text>
              </div>
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
