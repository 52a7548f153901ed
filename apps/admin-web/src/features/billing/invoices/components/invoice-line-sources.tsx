import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { Button, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBriefcase, IconClockDollar } from '@tabler/icons-react';
import { ProjectFeeLineDocument } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import type { DocumentFormValues } from '../../shared/lib/document-form-values';
import type { LineFormValue } from '../../shared/lib/line-values';
import { lineFromSuggestion } from '../../shared/lib/suggested-lines';
import { UnbilledTimeModal } from './unbilled-time-modal';

interface InvoiceLineSourcesProps {
  values: DocumentFormValues;
  add(lines: LineFormValue[]): void;
  locale: string;
}

/** "Add from project fee" (what is left of the chosen project's value) and "Add unbilled time". */
export function InvoiceLineSources({ values, add, locale }: InvoiceLineSourcesProps) {
  const client = useApolloClient();
  const [timeOpen, time] = useDisclosure(false);
  const [loadingFee, setLoadingFee] = useState(false);
  const { clientId, projectId } = values;

  const addProjectFee = async () => {
    if (!projectId) return;
    setLoadingFee(true);
    try {
      const { data } = await client.query({
        query: ProjectFeeLineDocument,
        variables: { projectId },
        fetchPolicy: 'network-only',
        context: { handledErrorCodes: ['*'] },
      });
      if (data) add([lineFromSuggestion(data.projectFeeLine)]);
    } catch (error) {
      notifications.show({ color: 'orange', title: 'No project fee to add', message: apiErrorInfo(error).message });
    } finally {
      setLoadingFee(false);
    }
  };

  return (
    <>
      <Tooltip label="Choose a project first" disabled={Boolean(projectId)}>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconBriefcase size={14} />}
          onClick={addProjectFee}
          loading={loadingFee}
          disabled={!projectId}
        >
          Add from project fee
        </Button>
      </Tooltip>
      <Tooltip label="Choose a client first" disabled={Boolean(clientId)}>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconClockDollar size={14} />}
          onClick={time.open}
          disabled={!clientId}
        >
          Add unbilled time
        </Button>
      </Tooltip>
      {clientId && (
        <UnbilledTimeModal
          opened={timeOpen}
          onClose={time.close}
          clientId={clientId}
          projectId={projectId}
          currency={values.currency}
          locale={locale}
          lines={values.lines}
          onAdd={add}
        />
      )}
    </>
  );
}
