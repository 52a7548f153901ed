import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  AddPortalCommentDocument,
  PortalCommentsDocument,
  PortalMeDocument,
  PortalProjectDocument,
  PortalProjectsDocument,
  type PortalPermission,
} from '@clientflow/graphql-types/portal';
import { portalViewer } from '../../test/portal-session.test-kit';
import { createMemoryRouter } from 'react-router';
import { routes } from '../../app/router';
import { renderApp } from '../../test/render-app.test-kit';
import { projectsMessages } from './i18n/projects-i18n';
import { deliverable } from '../approvals/approvals.test-kit';

const me = (permissions?: PortalPermission[], locale = 'en') => ({
  request: { query: PortalMeDocument },
  result: { data: { portalMe: portalViewer({ permissions, locale }) } },
});

const projectsList = {
  request: { query: PortalProjectsDocument },
  result: {
    data: {
      portalProjects: [
        {
          __typename: 'PortalProject',
          id: 'p1',
          name: 'Website',
          status: 'ACTIVE',
          progress: 40,
          startDate: '2026-01-05',
          estimatedEndDate: '2026-04-30',
          completedAt: null,
          deliverables: [{ __typename: 'PortalDeliverable', id: 'd1', status: 'PENDING_APPROVAL' }],
        },
        {
          __typename: 'PortalProject',
          id: 'p2',
          name: 'Brand book',
          status: 'COMPLETED',
          progress: 100,
          startDate: null,
          estimatedEndDate: null,
          completedAt: '2026-01-01T00:00:00Z',
          deliverables: [],
        },
      ],
    },
  },
};

const project = (budget: object | null) => ({
  request: { query: PortalProjectDocument, variables: { id: 'p1' } },
  result: {
    data: {
      portalProject: {
        __typename: 'PortalProject',
        id: 'p1',
        name: 'Website',
        description: 'New site',
        status: 'ACTIVE',
        progress: 40,
        startDate: '2026-01-05',
        estimatedEndDate: '2026-04-30',
        completedAt: null,
        budget,
        milestones: [{ __typename: 'PortalMilestone', id: 'm1', name: 'Launch', dueDate: '2026-04-30', done: false }],
        tasks: [
          {
            __typename: 'PortalTask',
            id: 't1',
            title: 'Design homepage',
            description: null,
            status: 'DONE',
            dueDate: null,
          },
        ],
        deliverables: [deliverable()],
      },
    },
  },
});

describe('portal projects', () => {
  it('lists the shared projects with status, progress and pending approvals', async () => {
    await renderApp({ path: '/projects', mocks: [me(), projectsList] });
    const cards = await screen.findAllByTestId('project-card');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByText('Website')).toBeInTheDocument();
    expect(within(cards[0]).getByText('In progress')).toBeInTheDocument();
    expect(within(cards[0]).getByText('40% complete')).toBeInTheDocument();
    expect(within(cards[0]).getByText('1 awaiting your approval')).toBeInTheDocument();
    expect(within(cards[1]).getByText('Completed')).toBeInTheDocument();
  });

  it('shows an empty state, in the portal language', async () => {
    await renderApp({
      path: '/projects',
      mocks: [
        me(undefined, 'fr'),
        { request: { query: PortalProjectsDocument }, result: { data: { portalProjects: [] } } },
      ],
    });
    expect(await screen.findByText('Aucun projet partagé pour le moment')).toBeInTheDocument();
  });

  it("loads its messages in the visitor's language together with the page, so English never flashes", async () => {
    window.localStorage.setItem('clientflow.portal.locale', 'es');
    try {
      expect(projectsMessages.isLoaded('es')).toBe(false);
      const router = createMemoryRouter(routes, { initialEntries: ['/projects/p1'] });
      await waitFor(() => expect(router.state.initialized).toBe(true));
      expect(projectsMessages.isLoaded('es')).toBe(true);
      router.dispose();
    } finally {
      window.localStorage.removeItem('clientflow.portal.locale');
    }
  });

  it('keeps contacts without VIEW_PROJECTS out', async () => {
    await renderApp({ path: '/projects', mocks: [me(['VIEW_INVOICES'])] });
    expect(await screen.findByText("This isn't part of your portal access")).toBeInTheDocument();
  });

  it('shows milestones, tasks, deliverables and the budget when shared', async () => {
    await renderApp({
      path: '/projects/p1',
      mocks: [me(), project({ __typename: 'PortalBudget', value: 1250000, currency: 'USD', budgetHours: 100 })],
    });
    expect(await screen.findByRole('heading', { name: 'Website' })).toBeInTheDocument();
    expect(screen.getByText('Launch')).toBeInTheDocument();
    expect(within(screen.getByTestId('task')).getByText('Done')).toBeInTheDocument();
    expect(screen.getByTestId('budget')).toHaveTextContent('Budget: $12,500.00 · 100 hours budgeted');
    expect(within(screen.getByTestId('deliverable')).getByText('Homepage mockup')).toBeInTheDocument();
  });

  it('says so when the project is not shared', async () => {
    await renderApp({
      path: '/projects/p1',
      mocks: [
        me(),
        {
          request: { query: PortalProjectDocument, variables: { id: 'p1' } },
          result: { errors: [{ message: 'Project not found', extensions: { code: 'NOT_FOUND' } }] },
        } as never,
      ],
    });
    expect(await screen.findByText('This project is not available.')).toBeInTheDocument();
  });

  it('lets a contact with COMMENT read and add task comments', async () => {
    const user = userEvent.setup();
    const comments = (list: object[]) => ({
      request: { query: PortalCommentsDocument, variables: { target: 'TASK', id: 't1' } },
      result: { data: { portalComments: list } },
    });
    const mine = {
      __typename: 'PortalComment',
      id: 'c2',
      body: 'Looks good',
      createdAt: '2026-03-02T10:00:00Z',
      mine: true,
      author: { __typename: 'PortalPerson', kind: 'CONTACT', name: 'Ana Souza' },
    };
    const theirs = {
      __typename: 'PortalComment',
      id: 'c1',
      body: 'Ready for review',
      createdAt: '2026-03-01T10:00:00Z',
      mine: false,
      author: { __typename: 'PortalPerson', kind: 'USER', name: 'Olivia' },
    };
    await renderApp({
      path: '/projects/p1',
      mocks: [
        me(),
        project(null),
        comments([theirs]),
        {
          request: { query: AddPortalCommentDocument, variables: { target: 'TASK', id: 't1', body: 'Looks good' } },
          result: { data: { addPortalComment: { __typename: 'PortalComment', id: 'c2' } } },
        },
        comments([theirs, mine]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Comments: Design homepage' }));
    expect(await screen.findByText('Ready for review')).toBeInTheDocument();
    expect(screen.queryByTestId('budget')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send comment' }));
    expect(await screen.findByText('Write a comment first')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Add a comment' }), 'Looks good');
    await user.click(screen.getByRole('button', { name: 'Send comment' }));
    expect(await screen.findByText(/^You ·/)).toBeInTheDocument();
    expect(screen.getByText('Looks good')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Add a comment' })).toHaveValue('');
  });
});
