import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import {
  CreateProjectDocument,
  CreateTaskDocument,
  LinkProjectToClientDocument,
  ProjectClientOptionsDocument,
  UpdateTaskDocument,
} from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { LinkClientModal } from './components/link-client-modal';
import { NewProjectModal } from './components/new-project-modal';
import { ProjectTasks } from './components/project-tasks';

jest.setTimeout(20_000);

const clientOptions = {
  request: { query: ProjectClientOptionsDocument, variables: { search: null } },
  result: {
    data: {
      clients: {
        __typename: 'ClientPage',
        nodes: [
          { __typename: 'Client', id: 'client-1', name: 'Acme Corp' },
          { __typename: 'Client', id: 'client-2', name: 'Globex' },
        ],
      },
    },
  },
  maxUsageCount: 10,
};

const projectRow = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Project',
  id: 'project-1',
  name: 'Website',
  status: 'ACTIVE',
  type: 'OTHER',
  startDate: null,
  estimatedEndDate: null,
  value: 0,
  progress: 0,
  hoursSpent: 0,
  overdue: false,
  client: { __typename: 'Client', id: 'client-1', name: 'Acme Corp' },
  ...overrides,
});

const baseInput = {
  name: 'Website',
  description: null,
  type: 'OTHER',
  startDate: null,
  estimatedEndDate: null,
  billingMode: 'FIXED',
  budgetMinutes: null,
  progressOverride: null,
  value: 0,
  hourlyRate: null,
};

const input = (label: RegExp) => screen.getByLabelText(label, { selector: 'input' });

describe('NewProjectModal', () => {
  it('requires a client and a name, then creates the project for the chosen existing client', async () => {
    const user = userEvent.setup();
    const create = jest.fn(() => ({ data: { createProject: projectRow() } }));
    renderWithProviders(<NewProjectModal opened onClose={() => {}} />, {
      viewer: viewerFixture('OWNER'),
      mocks: [
        clientOptions,
        {
          request: { query: CreateProjectDocument, variables: { input: { ...baseInput, clientId: 'client-1' } } },
          result: create,
        },
      ],
    });

    await user.click(screen.getByRole('button', { name: 'Create project' }));
    expect(await screen.findByText('Choose a client')).toBeInTheDocument();
    expect(screen.getByText('Project name is required')).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();

    await user.click(screen.getByPlaceholderText('Search clients'));
    await user.click(await screen.findByRole('option', { name: 'Acme Corp' }));
    await user.type(input(/^project name/i), 'Website');
    await user.click(screen.getByRole('button', { name: 'Create project' }));

    await waitFor(() => expect(create).toHaveBeenCalled());
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/projects/project-1'));
  });

  it('creates a new client with the project and shows a server error on the field it names', async () => {
    const user = userEvent.setup();
    const newClient = { name: 'Fresh Co', email: 'taken@fresh.test', contactName: 'Fay', status: 'ACTIVE' };
    renderWithProviders(<NewProjectModal opened onClose={() => {}} />, {
      viewer: viewerFixture('OWNER'),
      mocks: [
        clientOptions,
        {
          request: { query: CreateProjectDocument, variables: { input: { ...baseInput, newClient } } },
          result: {
            errors: [
              new GraphQLError('email is already used by another client', {
                extensions: { code: 'BAD_USER_INPUT', field: 'newClient.email' },
              }),
            ],
          },
        },
      ],
    });

    await user.click(screen.getByText('New client'));
    await user.type(input(/^project name/i), 'Website');
    await user.click(screen.getByRole('button', { name: 'Create project' }));
    expect(await screen.findByText('Client name is required')).toBeInTheDocument();
    expect(screen.getByText('Email is required')).toBeInTheDocument();

    await user.type(input(/^client name/i), 'Fresh Co');
    await user.type(input(/^client email/i), 'nope');
    await user.click(screen.getByRole('button', { name: 'Create project' }));
    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();

    await user.clear(input(/^client email/i));
    await user.type(input(/^client email/i), 'taken@fresh.test');
    await user.type(input(/^contact name/i), 'Fay');
    await user.click(screen.getByRole('button', { name: 'Create project' }));
    expect(await screen.findByText('email is already used by another client')).toBeInTheDocument();
    expect(input(/^client email/i)).toHaveAttribute('aria-invalid', 'true');
  });

  it('checks the end date and the hourly rate before sending', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NewProjectModal opened onClose={() => {}} client={{ id: 'client-1', name: 'Acme Corp' }} />, {
      viewer: viewerFixture('OWNER'),
      mocks: [clientOptions],
    });
    expect(screen.getByDisplayValue('Acme Corp')).toBeInTheDocument();
    await user.type(input(/^project name/i), 'Website');
    await user.type(input(/^start date/i), '2026-05-01');
    await user.type(input(/^estimated end date/i), '2026-04-01');
    await user.click(screen.getByText('Hourly'));
    await user.click(screen.getByRole('button', { name: 'Create project' }));
    expect(await screen.findByText('The end date cannot be before the start date')).toBeInTheDocument();
    expect(screen.getByText('Hourly projects need an hourly rate')).toBeInTheDocument();
  });
});

const task = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Task',
  id: 't1',
  title: 'Wireframes',
  description: null,
  status: 'TODO',
  dueDate: null,
  clientVisible: false,
  position: 0,
  completedAt: null,
  assignee: null,
  ...overrides,
});

describe('ProjectTasks', () => {
  it('adds a task and completes another', async () => {
    const user = userEvent.setup();
    const created = jest.fn(() => ({ data: { createTask: task({ id: 't2', title: 'Write copy', position: 1 }) } }));
    const completed = jest.fn(() => ({
      data: { updateTask: task({ status: 'DONE', completedAt: '2026-01-01T00:00:00.000Z' }) },
    }));
    renderWithProviders(<ProjectTasks projectId="p1" tasks={[task() as never]} canEdit locale="en-US" />, {
      viewer: viewerFixture('OWNER'),
      mocks: [
        {
          request: { query: CreateTaskDocument, variables: { input: { projectId: 'p1', title: 'Write copy' } } },
          result: created,
        },
        {
          request: { query: UpdateTaskDocument, variables: { id: 't1', input: { status: 'DONE' } } },
          result: completed,
        },
      ],
    });

    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Enter a task title')).toBeInTheDocument();
    await user.type(screen.getByLabelText('New task'), 'Write copy');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(created).toHaveBeenCalled());
    await waitFor(() => expect(screen.getByLabelText('New task')).toHaveValue(''));

    await user.click(screen.getByRole('checkbox', { name: 'Complete Wireframes' }));
    await waitFor(() => expect(completed).toHaveBeenCalled());
  });

  it('hides editing controls without client.edit', () => {
    renderWithProviders(<ProjectTasks projectId="p1" tasks={[task() as never]} canEdit={false} locale="en-US" />, {
      viewer: viewerFixture('MEMBER'),
    });
    expect(screen.queryByLabelText('New task')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete Wireframes' })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Complete Wireframes' })).toBeDisabled();
  });
});

describe('LinkClientModal', () => {
  it('asks for a client, then links and closes', async () => {
    const user = userEvent.setup();
    const onClose = jest.fn();
    const detail = {
      ...projectRow({ client: { __typename: 'Client', id: 'client-2', name: 'Globex' } }),
      clientId: 'client-2',
      description: null,
      completedAt: null,
      billingMode: 'FIXED',
      hourlyRate: null,
      budgetMinutes: null,
      progressOverride: null,
      minutesSpent: 0,
      allowedTransitions: ['PAUSED', 'COMPLETED', 'CANCELLED'],
      tasks: [],
      milestones: [],
    };
    const linked = jest.fn(() => ({ data: { linkProjectToClient: detail } }));
    renderWithProviders(
      <LinkClientModal
        opened
        onClose={onClose}
        project={{ id: 'project-1', name: 'Website', client: { id: 'client-1', name: 'Acme Corp' } }}
      />,
      {
        viewer: viewerFixture('OWNER'),
        mocks: [
          clientOptions,
          {
            request: {
              query: LinkProjectToClientDocument,
              variables: { projectId: 'project-1', clientId: 'client-2' },
            },
            result: linked,
          },
        ],
      },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Move to another client' });
    await user.click(within(dialog).getByRole('button', { name: 'Move project' }));
    expect(await screen.findByText('Choose a client')).toBeInTheDocument();

    await user.click(screen.getByPlaceholderText('Search clients'));
    expect(screen.queryByRole('option', { name: 'Acme Corp' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Globex' }));
    await user.click(within(dialog).getByRole('button', { name: 'Move project' }));
    await waitFor(() => expect(linked).toHaveBeenCalled());
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
