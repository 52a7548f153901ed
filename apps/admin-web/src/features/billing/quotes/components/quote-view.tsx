import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Grid, Menu, Paper, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCheck, IconFileInvoice, IconX } from '@tabler/icons-react';
import { Link } from 'react-router';
import { canTransitionQuote, formatCalendarDate } from '@clientflow/domain';
import { ReopenQuoteDocument, type QuoteDetailFragment } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import { formatDate, type WorkspaceFormat } from '../../../../shared/lib/format';
import { BillToCard } from '../../shared/components/bill-to-card';
import { BillingStatusBadge } from '../../shared/components/billing-status-badge';
import { DocumentFacts, NotesAndTerms } from '../../shared/components/document-facts';
import { DocumentLinesCard, DocumentMoreActions } from '../../shared/components/document-more-actions';
import { DocumentPageHeader } from '../../shared/components/document-page-header';
import { SendDocumentButton } from '../../shared/components/send-document-button';
import { evictQuoteLists } from '../lib/quote-cache';
import { ConvertQuoteModal } from './convert-quote-modal';
import { QuoteDecisionModal, type QuoteDecision } from './quote-decision-modal';
import { QuoteHistory } from './quote-history';

interface QuoteViewProps {
  quote: QuoteDetailFragment;
  format: WorkspaceFormat;
  canManage: boolean;
  onSent(): void;
}

/** A sent or answered quote: accept / reject on the client's behalf, convert once accepted, its history. */
export function QuoteView({ quote, format, canManage, onSent }: QuoteViewProps) {
  const [decision, setDecision] = useState<QuoteDecision | null>(null);
  const [converting, convert] = useDisclosure(false);
  const options = { context: { handledErrorCodes: ['*'] }, update: evictQuoteLists } as const;
  const [reopen] = useMutation(ReopenQuoteDocument, options);
  const { locale } = format;
  const answerable = canManage && quote.status === 'SENT';
  const canConvert = canManage && quote.status === 'ACCEPTED' && !quote.convertedInvoiceId;
  const canReopen = canManage && canTransitionQuote(quote.status, 'DRAFT');
  // A sent quote can be emailed again; an expired one is sent again with a new validity.
  const canResend = canManage && (quote.status === 'SENT' || quote.status === 'EXPIRED');
  const run = (action: () => Promise<unknown>, done: string) => async () => {
    try {
      await action();
      notifications.show({ color: 'teal', message: done });
    } catch (error) {
      notifications.show({ color: 'red', title: 'That did not work', message: apiErrorInfo(error).message });
    }
  };

  return (
    <Stack gap="lg">
      <DocumentPageHeader
        kind="QUOTE"
        number={quote.number}
        client={quote.client}
        badge={<BillingStatusBadge kind="QUOTE" status={quote.status} />}
        subtitle={
          quote.title && (
            <Title order={2} size="h5" fw={500}>
              {quote.title}
            </Title>
          )
        }
        actions={
          <>
            {answerable && (
              <>
                <Button color="teal" leftSection={<IconCheck size={16} />} onClick={() => setDecision('ACCEPT')}>
                  Accept
                </Button>
                <Button
                  variant="default"
                  color="red"
                  leftSection={<IconX size={16} />}
                  onClick={() => setDecision('REJECT')}
                >
                  Reject
                </Button>
              </>
            )}
            {canConvert && (
              <Button leftSection={<IconFileInvoice size={16} />} onClick={convert.open}>
                Convert to invoice
              </Button>
            )}
            {quote.convertedInvoice && (
              <Button
                component={Link}
                to={`/invoices/${quote.convertedInvoice.id}`}
                variant="light"
                leftSection={<IconFileInvoice size={16} />}
              >
                Open invoice {quote.convertedInvoice.number ?? '(draft)'}
              </Button>
            )}
            {canResend && <SendDocumentButton kind="QUOTE" id={quote.id} label="Send again" onSent={onSent} />}
            <DocumentMoreActions kind="QUOTE" id={quote.id} clientId={quote.clientId}>
              {canReopen && (
                <Menu.Item
                  leftSection={<IconArrowBackUp size={16} />}
                  onClick={run(() => reopen({ variables: { id: quote.id } }), 'The quote is a draft again')}
                >
                  Reopen to revise
                </Menu.Item>
              )}
            </DocumentMoreActions>
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <DocumentLinesCard document={quote} locale={locale} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <BillToCard snapshot={quote.billingSnapshot} client={quote.client} locale={locale} />
            <DocumentFacts
              facts={[
                ['Issued', quote.issueDate && formatCalendarDate(quote.issueDate, locale)],
                ['Valid until', quote.validUntil && formatCalendarDate(quote.validUntil, locale)],
                ['Sent', quote.sentAt && formatDate(quote.sentAt, format)],
                ['Answered', quote.decidedAt && formatDate(quote.decidedAt, format)],
                [
                  'Project',
                  quote.project && (
                    <Anchor component={Link} to={`/projects/${quote.project.id}`} size="sm">
                      {quote.project.name}
                    </Anchor>
                  ),
                ],
              ]}
            />
            <Paper withBorder p="md">
              <Stack gap="sm">
                <Title order={3} size="h5">
                  History
                </Title>
                <QuoteHistory events={quote.events} format={format} />
              </Stack>
            </Paper>
            <NotesAndTerms notes={quote.notes} terms={quote.terms} />
          </Stack>
        </Grid.Col>
      </Grid>
      {answerable && <QuoteDecisionModal decision={decision} onClose={() => setDecision(null)} quote={quote} />}
      {canConvert && <ConvertQuoteModal opened={converting} onClose={convert.close} quote={quote} />}
    </Stack>
  );
}
