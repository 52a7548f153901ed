import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import {
  ClientTimelineDocument,
  ClientTimelineProjectsDocument,
  CreateTimelineEntryDocument,
} from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { ClientTimelinePanel } from './components/client-timeline-panel';

const event = (id: string, summary: string, occurredAt: string, extra: object = {}) => ({
  __typename: 'TimelineEvent',
  id,
  type: 'CALL',
  occurredAt,
  summary,
  body: null,
  isManual: true,
  canEdit: true,
  ticketId: null,
  author: { __typename: 'TimelineAuthor', kind: 'USER', id: 'user-1', name: 'Olivia Owner' },
  attachments: [],
  ...extra,
});

const feed = (nodes: object[], hasMore = false, endCursor: string | null = null, after?: string) => ({
  request: {
    query: ClientTimelineDocument,
    variables: after ? { clientId: 'c1', filter: null, first: 20, after } : { clientId: 'c1', filter: null, first: 20 },
  },
  result: { data: { clientTimeline: { __typename: 'TimelinePage', hasMore, endCursor, nodes } } },
});

const projects = (list: { id: string; name: string }[] = []) => ({
  request: { query: ClientTimelineProjectsDocument, variables: { clientId: 'c1' } },
  result: {
    data: { client: { __typename: 'Client', id: 'c1', projects: list.map((p) => ({ __typename: 'Project', ...p })) } },
  },
  maxUsageCount: 10,
});

const renderPanel = (
  mocks: object[],
  role: 'OWNER' | 'MEMBER' = 'OWNER',
  projectList: { id: string; name: string }[] = [],
) =>
  renderWithProviders(<ClientTimelinePanel clientId="c1" />, {
    mocks: [...mocks, projects(projectList)] as never,
    viewer: viewerFixture(role),
  });

describe('ClientTimelinePanel', () => {
  it("filters the feed by one of the client's projects", async () => {
    const user = userEvent.setup();
    renderPanel(
      [
        feed([
          event('e1', 'Kick-off call', '2026-03-02T15:00:00Z'),
          event('e2', 'Unrelated call', '2026-03-01T10:00:00Z'),
        ]),
        {
          request: {
            query: ClientTimelineDocument,
            variables: { clientId: 'c1', filter: { projectId: 'p1' }, first: 20 },
          },
          result: {
            data: {
              clientTimeline: {
                __typename: 'TimelinePage',
                hasMore: false,
                endCursor: null,
                nodes: [event('e1', 'Kick-off call', '2026-03-02T15:00:00Z')],
              },
            },
          },
        },
      ],
      'OWNER',
      [{ id: 'p1', name: 'Website' }],
    );
    expect(await screen.findByText('Unrelated call')).toBeInTheDocument();
    await user.click(await screen.findByRole('combobox', { name: 'Filter by project' }));
    await user.click(await screen.findByRole('option', { name: 'Website' }));
    await waitFor(() => {
      expect(screen.queryByText('Unrelated call')).not.toBeInTheDocument();
      expect(screen.getByText('Kick-off call')).toBeInTheDocument();
    });
  });

  it('groups the feed by day and pages with "Load more"', async () => {
    const user = userEvent.setup();
    renderPanel([
      feed(
        [event('e1', 'Kick-off call', '2026-03-02T15:00:00Z'), event('e2', 'Follow-up', '2026-03-02T10:00:00Z')],
        true,
        'cur1',
      ),
      feed(
        [
          event('e3', 'First contact', '2026-02-20T09:00:00Z', {
            type: 'STATUS_CHANGE',
            isManual: false,
            canEdit: false,
          }),
        ],
        false,
        'cur2',
        'cur1',
      ),
    ]);
    const day = await screen.findByRole('region', { name: /march 2, 2026/i });
    expect(within(day).getAllByTestId('timeline-event')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('First contact')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit First contact' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit Kick-off call' })).toBeInTheDocument();
  });

  it('links a ticket event to its thread', async () => {
    renderPanel([
      feed([
        event('e1', 'Ticket opened: Login broken', '2026-03-02T15:00:00Z', {
          type: 'TICKET',
          isManual: false,
          canEdit: false,
          ticketId: 't-42',
        }),
      ]),
    ]);
    expect(await screen.findByRole('link', { name: 'Ticket opened: Login broken' })).toHaveAttribute(
      'href',
      '/tickets/t-42',
    );
  });

  it('validates the new-entry form, shows the server field error, then creates the entry', async () => {
    const user = userEvent.setup();
    let sent: Record<string, unknown> | null = null;
    renderPanel([
      feed([]),
      {
        request: {
          query: CreateTimelineEntryDocument,
          variables: (v: { input: { summary: string } }) => v.input.summary === 'Too long per server',
        },
        result: {
          errors: [
            new GraphQLError('summary is required (at most 200 characters)', {
              extensions: { code: 'BAD_USER_INPUT', field: 'input.summary' },
            }),
          ],
        },
      },
      {
        request: {
          query: CreateTimelineEntryDocument,
          variables: (v: { input: Record<string, unknown> }) => {
            sent = v.input;
            return v.input.summary === 'Discovery call';
          },
        },
        result: { data: { createTimelineEntry: event('e9', 'Discovery call', '2026-03-03T10:00:00Z') } },
      },
      feed([event('e9', 'Discovery call', '2026-03-03T10:00:00Z')]),
    ]);
    expect(await screen.findByText('No activity yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New entry' }));
    const dialog = await screen.findByRole('dialog', { name: 'New timeline entry' });
    await user.click(within(dialog).getByRole('button', { name: 'Add entry' }));
    expect(await within(dialog).findByText('Write a short summary')).toBeInTheDocument();

    const summary = within(dialog).getByRole('textbox', { name: /summary/i });
    await user.type(summary, 'Too long per server');
    await user.click(within(dialog).getByRole('button', { name: 'Add entry' }));
    expect(await within(dialog).findByText('summary is required (at most 200 characters)')).toBeInTheDocument();

    await user.clear(summary);
    await user.type(summary, 'Discovery call');
    await user.type(within(dialog).getByRole('textbox', { name: /description/i }), 'Budget and timeline');
    await user.click(within(dialog).getByRole('button', { name: 'Add entry' }));
    expect(await screen.findByText('Entry added to the timeline')).toBeInTheDocument();
    expect(sent).toMatchObject({
      clientId: 'c1',
      type: 'MEETING',
      summary: 'Discovery call',
      body: 'Budget and timeline',
      attachmentIds: [],
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  }, 20000);

  it('hides writing for roles without client.edit', async () => {
    renderWithProviders(<ClientTimelinePanel clientId="c1" />, {
      mocks: [feed([event('e1', 'Kick-off call', '2026-03-02T15:00:00Z', { canEdit: false })])] as never,
      viewer: { ...viewerFixture('MEMBER'), permissions: ['client.viewList', 'client.view'] },
    });
    expect(await screen.findByText('Kick-off call')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New entry' })).not.toBeInTheDocument();
  });
});
