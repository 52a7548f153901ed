import { Anchor, Group, Text } from '@mantine/core';
import { IconBriefcase, IconFileText } from '@tabler/icons-react';
import { Link } from 'react-router';
import { usePortalPermissions } from '../../../shared/hooks/use-portal-permissions';
import { useTicketsT } from '../i18n/tickets-i18n';
import { referencePath, type TicketReferenceView } from '../lib/ticket-reference';

/** "About: Invoice INV-0004", linked to the invoice or project when the contact may open it. */
export function TicketReferenceLink({
  reference,
  linked = true,
}: {
  reference: TicketReferenceView;
  linked?: boolean;
}) {
  const t = useTicketsT();
  const { can } = usePortalPermissions();
  const Icon = reference.kind === 'INVOICE' ? IconFileText : IconBriefcase;
  const label = t('tickets.reference.about', {
    label: `${t(`tickets.reference.${reference.kind}`)} ${reference.name}`,
  });
  const mayOpen = can(reference.kind === 'INVOICE' ? 'VIEW_INVOICES' : 'VIEW_PROJECTS');
  return (
    <Group gap={4} wrap="nowrap" c="dimmed" miw={0}>
      <Icon size={14} aria-hidden style={{ flexShrink: 0 }} />
      {linked && mayOpen ? (
        <Anchor component={Link} to={referencePath(reference)} size="sm" truncate>
          {label}
        </Anchor>
      ) : (
        <Text size="sm" truncate>
          {label}
        </Text>
      )}
    </Group>
  );
}
