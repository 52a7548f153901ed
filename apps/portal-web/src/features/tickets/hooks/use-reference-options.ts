import { useQuery } from '@apollo/client/react';
import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import {
  PortalTicketReferenceInvoicesDocument,
  PortalTicketReferenceProjectsDocument,
} from '@clientflow/graphql-types/portal';
import { usePortalPermissions } from '../../../shared/hooks/use-portal-permissions';
import { useTicketsT } from '../i18n/tickets-i18n';

/** Select values: `invoice:<id>`, `project:<id>`, or '' for none. */
export function referenceInput(value: string): { invoiceId?: string; projectId?: string } {
  if (value?.startsWith('invoice:')) return { invoiceId: value.slice('invoice:'.length) };
  if (value?.startsWith('project:')) return { projectId: value.slice('project:'.length) };
  return {};
}

/**
 * What a new ticket may be about: the client's invoices (with VIEW_INVOICES; the statement's newest 100) and the
 * projects the portal shows (with VIEW_PROJECTS). `available` is false when the contact may see neither.
 */
export function useReferenceOptions() {
  const t = useTicketsT();
  const { can } = usePortalPermissions();
  const invoices = useQuery(PortalTicketReferenceInvoicesDocument, {
    skip: !can('VIEW_INVOICES'),
    context: { quietErrors: true },
  });
  const projects = useQuery(PortalTicketReferenceProjectsDocument, {
    skip: !can('VIEW_PROJECTS'),
    context: { quietErrors: true },
  });

  const groups: ComboboxItemGroup<ComboboxItem, string>[] = [];
  const invoiceNodes = invoices.data?.portalInvoices.nodes ?? [];
  const projectNodes = projects.data?.portalProjects ?? [];
  if (invoiceNodes.length) {
    groups.push({
      group: t('tickets.form.referenceInvoices'),
      items: invoiceNodes.map((i) => ({
        value: `invoice:${i.id}`,
        label: t('tickets.form.referenceInvoice', { number: i.number }),
      })),
    });
  }
  if (projectNodes.length) {
    groups.push({
      group: t('tickets.form.referenceProjects'),
      items: projectNodes.map((p) => ({ value: `project:${p.id}`, label: p.name })),
    });
  }
  return {
    available: can('VIEW_INVOICES') || can('VIEW_PROJECTS'),
    groups,
    loading: (invoices.loading && !invoices.data) || (projects.loading && !projects.data),
    failed: Boolean((invoices.error && !invoices.data) || (projects.error && !projects.data)),
  };
}
