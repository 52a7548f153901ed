import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UnbilledTimeDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../../test/session.test-kit';
import { renderWithProviders } from '../../../test/render.test-kit';
import { emptyLine } from '../shared/lib/line-values';
import { UnbilledTimeModal } from './components/unbilled-time-modal';

const suggestion = (description: string, ids: string[], quantity: number) => ({
  __typename: 'SuggestedLine',
  description,
  quantity,
  unitPrice: 9000,
  taxRate: 0,
  source: 'TIME',
  projectId: 'p1',
  timeEntryIds: ids,
  minutes: quantity * 60,
  firstDate: '2026-03-02',
  lastDate: '2026-03-06',
});

const mock = (groupBy: string, nodes: unknown[]) => ({
  request: { query: UnbilledTimeDocument, variables: { clientId: 'client-1', projectId: null, groupBy } },
  result: { data: { unbilledTime: nodes } },
});

describe('Add unbilled time', () => {
  it('groups by task or person, leaves out entries already on the invoice, and adds the chosen groups as TIME lines', async () => {
    const user = userEvent.setup();
    const onAdd = jest.fn();
    const already = { ...emptyLine(), description: 'Earlier', timeEntryIds: ['te-9'] };
    renderWithProviders(
      <UnbilledTimeModal
        opened
        onClose={() => {}}
        clientId="client-1"
        projectId={null}
        currency="USD"
        locale="en-US"
        lines={[already]}
        onAdd={onAdd}
      />,
      {
        viewer: viewerFixture('OWNER'),
        mocks: [
          mock('TASK', [
            suggestion('Design', ['te-1', 'te-2'], 1.5),
            suggestion('Build', ['te-3'], 2),
            suggestion('Old', ['te-9'], 1),
          ]),
          mock('PERSON', [suggestion('Olivia Owner', ['te-1', 'te-2', 'te-3'], 3.5)]),
        ],
      },
    );
    expect(await screen.findByText('Design')).toBeInTheDocument();
    expect(screen.queryByText('Old')).not.toBeInTheDocument();
    expect(screen.getByText('$135.00')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Bill Build' }));
    await user.click(screen.getByRole('button', { name: 'Add 1 line' }));
    expect(onAdd).toHaveBeenCalledWith([
      expect.objectContaining({
        description: 'Design',
        quantity: 1.5,
        unitPrice: 9000,
        source: 'TIME',
        timeEntryIds: ['te-1', 'te-2'],
      }),
    ]);
  });

  it('regroups by person', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <UnbilledTimeModal
        opened
        onClose={() => {}}
        clientId="client-1"
        projectId={null}
        currency="USD"
        locale="en-US"
        lines={[]}
        onAdd={() => {}}
      />,
      {
        viewer: viewerFixture('OWNER'),
        mocks: [
          mock('TASK', [suggestion('Design', ['te-1'], 1)]),
          mock('PERSON', [suggestion('Olivia Owner', ['te-1'], 1)]),
        ],
      },
    );
    await screen.findByText('Design');
    await user.click(screen.getByRole('radio', { name: 'By person' }));
    await waitFor(() => expect(screen.getByText('Olivia Owner')).toBeInTheDocument());
  });
});
