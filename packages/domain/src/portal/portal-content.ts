/** Which of a client's projects its portal shows: all of them, or only those picked on the Portal tab. */
export function isProjectVisibleInPortal(
  settings: { allProjects: boolean; projectIds: readonly string[] },
  projectId: string | null,
): boolean {
  if (!projectId) return true;
  return settings.allProjects || settings.projectIds.includes(projectId);
}

/**
 * Whether a portal contact may download a document: client-visible documents with VIEW_DOCUMENTS, a deliverable's
 * files with VIEW_PROJECTS (the client must see what it is asked to approve), and files attached to a public
 * message of one of the client's tickets with OPEN_TICKETS (`ticketMessagePublic`: null when the file is not a
 * ticket attachment, false for an internal note's file — never readable); never a file of a project the portal
 * does not show.
 */
export function canPortalReadDocument(
  doc: {
    portalVisible: boolean;
    deliverableId: string | null;
    projectId: string | null;
    ticketMessageId?: string | null;
  },
  permissions: readonly string[],
  projectVisible: boolean,
  ticketMessagePublic: boolean | null = null,
): boolean {
  if (doc.ticketMessageId) return ticketMessagePublic === true && permissions.includes('OPEN_TICKETS');
  if (!projectVisible) return false;
  if (doc.portalVisible && permissions.includes('VIEW_DOCUMENTS')) return true;
  return doc.deliverableId != null && permissions.includes('VIEW_PROJECTS');
}
