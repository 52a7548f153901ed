import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  LogTimeDocument,
  MyRunningTimerDocument,
  StartTimerDocument,
  StopTimerDocument,
  TimeProjectsDocument,
} from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { LogTimeModal } from './components/log-time-modal';
import { TimerWidget } from './components/timer-widget';
import { parseDuration } from './lib/time-format';

const project = { __typename: 'TimeProject', id: 'p1', name: 'Website', clientName: 'Acme' };
const projects = (search: string | null = null) => ({
  request: { query: TimeProjectsDocument, variables: { search } },
  result: { data: { timeProjects: [project] } },
  maxUsageCount: 10,
});
const running = (timer: unknown) => ({
  request: { query: MyRunningTimerDocument },
  result: { data: { myRunningTimer: timer } },
});
const timer = {
  __typename: 'RunningTimer',
  id: 't1',
  projectId: 'p1',
  description: 'Wireframes',
  startedAt: new Date(Date.now() - 65_000).toISOString(),
  project,
};

describe('TimerWidget', () => {
  it('asks for a project, then starts a timer', async () => {
    const user = userEvent.setup();
    const start = {
      request: { query: StartTimerDocument, variables: { input: { projectId: 'p1', description: 'Wireframes' } } },
      result: { data: { startTimer: { __typename: 'StartTimerResult', timer, stopped: null } } },
    };
    renderWithProviders(<TimerWidget />, {
      viewer: viewerFixture('MEMBER'),
      mocks: [running(null), projects(), start, running(timer)],
    });
    await user.click(await screen.findByRole('button', { name: 'Start timer' }));
    expect(await screen.findByText('Choose a project')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Project', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Website · Acme' }));
    await user.type(screen.getByRole('textbox', { name: 'What are you working on?' }), 'Wireframes');
    await user.click(screen.getByRole('button', { name: 'Start timer' }));
    expect(await screen.findByText('Timer running')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent(/0:01:0\d/);
  });

  it('stops a running timer and reports the logged time', async () => {
    const user = userEvent.setup();
    const stop = {
      request: { query: StopTimerDocument },
      result: { data: { stopTimer: { __typename: 'TimeEntry', id: 'e1', minutes: 2 } } },
    };
    renderWithProviders(<TimerWidget />, {
      viewer: viewerFixture('MEMBER'),
      mocks: [running(timer), stop, running(null), projects()],
    });
    await user.click(await screen.findByRole('button', { name: 'Stop' }));
    expect(await screen.findByText('Logged 2m')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Start timer' })).toBeInTheDocument();
  });
});

describe('LogTimeModal', () => {
  it('validates before sending and shows server errors on the field', async () => {
    const user = userEvent.setup();
    const log = {
      request: {
        query: LogTimeDocument,
        variables: { input: { projectId: 'p1', date: '2026-03-10', minutes: 90, billable: true, description: null } },
      },
      result: {
        errors: [
          {
            message: 'Time cannot be logged on a cancelled project',
            extensions: { code: 'BAD_USER_INPUT', field: 'projectId' },
          },
        ],
      },
    };
    const onClose = jest.fn();
    renderWithProviders(<LogTimeModal opened defaultDate="2026-03-10" onClose={onClose} />, {
      viewer: viewerFixture('OWNER'),
      mocks: [projects(), log],
    });
    await user.click(await screen.findByRole('button', { name: 'Log time' }));
    expect(await screen.findByText('Choose a project')).toBeInTheDocument();
    expect(screen.getByText('Enter a duration like 1:30, 90 or 1.5')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Duration/ }), '25:00');
    await user.click(screen.getByRole('button', { name: 'Log time' }));
    expect(await screen.findByText('A time entry is between 1 minute and 24 hours')).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: /Duration/ }));
    await user.type(screen.getByRole('textbox', { name: /Duration/ }), '1:30');
    await user.click(screen.getByLabelText(/Project/, { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Website · Acme' }));
    await user.click(screen.getByRole('button', { name: 'Log time' }));
    expect(await screen.findByText('Time cannot be logged on a cancelled project')).toBeInTheDocument();
    await waitFor(() => expect(onClose).not.toHaveBeenCalled());
  });
});

describe('parseDuration', () => {
  it('reads h:mm, minutes, hours and h/m notations', () => {
    expect(parseDuration('1:30')).toBe(90);
    expect(parseDuration('45')).toBe(45);
    expect(parseDuration('1.5')).toBe(90);
    expect(parseDuration('2h')).toBe(120);
    expect(parseDuration('1h 15m')).toBe(75);
    expect(parseDuration('soon')).toBeNull();
  });
});
