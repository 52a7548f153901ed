import { Anchor, Group, Stack } from '@mantine/core';
import { IconChevronLeft } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PageHeader } from '../../../shared/components/content-states';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { usePortalViewer } from '../../../shared/session/portal-viewer-context';
import { NewTicketForm } from '../components/new-ticket-form';
import { useTicketsT } from '../i18n/tickets-i18n';

/** `/tickets/new`: a page rather than a modal, so the form has the whole screen on a phone and a shareable URL. */
export function NewTicketRoute() {
  const t = useTicketsT();
  const { branding } = usePortalViewer();
  useDocumentTitle(`${t('tickets.form.title')} · ${branding.agencyName}`);
  return (
    <Stack gap="xs" maw={760}>
      <Anchor component={Link} to="/tickets" size="sm">
        <Group gap={4}>
          <IconChevronLeft size={14} aria-hidden />
          {t('tickets.thread.back')}
        </Group>
      </Anchor>
      <PageHeader title={t('tickets.form.title')} intro={t('tickets.form.intro', { agency: branding.agencyName })} />
      <NewTicketForm />
    </Stack>
  );
}
