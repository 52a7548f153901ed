/** A portal deliverable as the API returns it (with __typename, as Apollo's cache expects). */
export function deliverable(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'PortalDeliverable' as const,
    id: 'd1',
    projectId: 'p1',
    projectName: 'Website',
    title: 'Homepage mockup',
    description: null,
    status: 'PENDING_APPROVAL',
    version: 2,
    dueDate: null,
    decidedAt: null,
    decisionComment: null,
    canDecide: true,
    decidedBy: null,
    files: [
      {
        __typename: 'PortalFile' as const,
        id: 'f1',
        fileName: 'mockup-v2.pdf',
        size: 1200,
        version: 2,
        downloadUrl: '/files/documents/f1',
      },
    ],
    ...overrides,
  };
}
