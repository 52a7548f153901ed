import { createElement } from 'react';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DragEndEvent, DragStartEvent } from '@dnd-kit/core';
import {
  ClientMapPointsDocument,
  PipelineColumnDocument,
  PipelineMoveClientDocument,
  type ClientStatus,
} from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { clientRowFixture, clientsPage } from '../clients/clients.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { ClientMap } from './components/client-map';
import { ClientPipeline } from './components/client-pipeline';
import { COLUMN_PAGE } from './components/pipeline-column';

// Capture the DndContext handlers so a test can drop a card the way dnd-kit reports it (jsdom has no layout).
const dnd: { onDragStart?: (e: DragStartEvent) => void; onDragEnd?: (e: DragEndEvent) => void } = {};
jest.mock('@dnd-kit/core', () => {
  const actual = jest.requireActual('@dnd-kit/core');
  return {
    ...actual,
    DndContext: (props: { onDragStart: typeof dnd.onDragStart; onDragEnd: typeof dnd.onDragEnd }) => {
      dnd.onDragStart = props.onDragStart;
      dnd.onDragEnd = props.onDragEnd;
      return createElement(actual.DndContext, props);
    },
  };
});

const format = { locale: 'en-US', currency: 'USD', timeZone: 'UTC' };
const filter = { includeArchived: false };
const acme = clientRowFixture({ status: 'PROSPECT' });
const globex = clientRowFixture({ id: 'client-2', name: 'Globex', status: 'ACTIVE' });

function columnMock(status: ClientStatus, nodes: ReturnType<typeof clientRowFixture>[]) {
  return {
    request: {
      query: PipelineColumnDocument,
      variables: {
        filter: { ...filter, status: [status] },
        page: { offset: 0, limit: COLUMN_PAGE },
        withFinancials: true,
      },
    },
    result: clientsPage(nodes),
  };
}
const board = (prospect: (typeof acme)[], active: (typeof acme)[]) => [
  columnMock('PROSPECT', prospect),
  columnMock('ACTIVE', active),
  columnMock('PAUSED', []),
  columnMock('INACTIVE', []),
];
const dragEvent = (client: typeof acme, over: ClientStatus | null) =>
  ({
    active: { id: client.id, data: { current: { client } } },
    over: over ? { id: over } : null,
  }) as unknown as DragEndEvent;

const renderPipeline = (mocks: object[]) =>
  renderWithProviders(<ClientPipeline filter={filter} withFinancials onOpen={jest.fn()} format={format} />, {
    mocks: mocks as never,
    viewer: viewerFixture('OWNER'),
  });

describe('ClientPipeline', () => {
  it('shows a column per status with its count and changes status when a card is dropped on an allowed column', async () => {
    const moved = jest.fn(() => ({
      data: {
        changeClientStatus: {
          __typename: 'Client',
          id: 'client-1',
          status: 'ACTIVE',
          statusChangedAt: '2026-01-01T00:00:00Z',
          archivedAt: null,
        },
      },
    }));
    renderPipeline([
      ...board([acme], [globex]),
      {
        request: { query: PipelineMoveClientDocument, variables: { id: 'client-1', status: 'ACTIVE' } },
        result: moved,
      },
      ...board([], [{ ...acme, status: 'ACTIVE' }, globex]),
    ]);
    const prospect = await screen.findByRole('region', { name: 'Prospect column' });
    expect(await within(prospect).findByText('Acme Corp')).toBeInTheDocument();
    expect(within(prospect).getByLabelText('1 clients')).toBeInTheDocument();

    act(() => dnd.onDragEnd!(dragEvent(acme, 'ACTIVE')));

    const active = screen.getByRole('region', { name: 'Active column' });
    expect(within(active).getByText('Acme Corp')).toBeInTheDocument(); // optimistic
    await waitFor(() => expect(moved).toHaveBeenCalled());
    await waitFor(() => expect(within(active).getByLabelText('2 clients')).toBeInTheDocument());
    expect(within(prospect).queryByText('Acme Corp')).not.toBeInTheDocument();
  });

  it('marks disallowed columns while dragging and refuses a drop there without calling the server', async () => {
    const moved = jest.fn();
    renderPipeline([
      ...board([acme], [globex]),
      { request: { query: PipelineMoveClientDocument }, variableMatcher: () => true, result: moved },
    ]);
    const prospect = await screen.findByRole('region', { name: 'Prospect column' });
    await within(prospect).findByText('Acme Corp');

    act(() =>
      dnd.onDragStart!({ active: { id: acme.id, data: { current: { client: acme } } } } as unknown as DragStartEvent),
    );
    expect(screen.getByRole('region', { name: 'Paused column' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('region', { name: 'Active column' })).not.toHaveAttribute('aria-disabled');

    act(() => dnd.onDragEnd!(dragEvent(acme, 'PAUSED')));
    expect(await screen.findByText('A client cannot move from Prospect to Paused.')).toBeInTheDocument();
    expect(within(prospect).getByText('Acme Corp')).toBeInTheDocument();
    expect(moved).not.toHaveBeenCalled();
  });

  it('puts the card back and tells the user when the server refuses the move', async () => {
    renderPipeline([
      ...board([acme], [globex]),
      {
        request: { query: PipelineMoveClientDocument, variables: { id: 'client-1', status: 'ACTIVE' } },
        error: new Error('Network down'),
      },
    ]);
    const prospect = await screen.findByRole('region', { name: 'Prospect column' });
    await within(prospect).findByText('Acme Corp');

    act(() => dnd.onDragEnd!(dragEvent(acme, 'ACTIVE')));

    expect(await screen.findByText('Could not move Acme Corp')).toBeInTheDocument();
    await waitFor(() => expect(within(prospect).getByText('Acme Corp')).toBeInTheDocument());
    expect(
      within(screen.getByRole('region', { name: 'Active column' })).queryByText('Acme Corp'),
    ).not.toBeInTheDocument();
  });

  it('offers only allowed moves from the keyboard menu', async () => {
    const user = userEvent.setup();
    renderPipeline(board([acme], [globex]));
    await screen.findByText('Acme Corp');

    await user.click(screen.getByRole('button', { name: 'Move Acme Corp' }));
    expect(await screen.findByRole('menuitem', { name: 'Active' })).toBeEnabled();
    expect(screen.getByRole('menuitem', { name: 'Paused' })).toBeDisabled();
  });
});

describe('ClientMap', () => {
  it('draws the world offline, clusters overlapping clients and opens a single one', async () => {
    const user = userEvent.setup();
    const onOpen = jest.fn();
    const point = (id: string, name: string, lat: number, lng: number) => ({
      __typename: 'ClientMapPoint',
      id,
      name,
      status: 'ACTIVE',
      lat,
      lng,
    });
    renderWithProviders(<ClientMap filter={filter} onOpen={onOpen} />, {
      viewer: viewerFixture('OWNER'),
      mocks: [
        {
          request: { query: ClientMapPointsDocument, variables: { filter } },
          result: {
            data: {
              clientMapPoints: {
                __typename: 'ClientMapPoints',
                totalCount: 3,
                truncated: false,
                unlocatedCount: 1,
                points: [
                  point('c-1', 'Lisbon Co', 38.72, -9.14),
                  point('c-2', 'Porto Co', 41.15, -8.61),
                  point('c-3', 'Tokyo Co', 35.68, 139.69),
                ],
              },
            },
          },
        },
      ],
    });

    expect(await screen.findByText('3 clients on the map · 1 without a known city or country')).toBeInTheDocument();
    const svg = screen.getByRole('img', { name: 'Map of clients' });
    expect(svg.querySelectorAll('path').length).toBeGreaterThan(100);
    expect(screen.getByRole('button', { name: '2 clients here; zoom in' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tokyo Co, Active' }));
    expect(onOpen).toHaveBeenCalledWith('c-3');

    // Zooming in far enough separates Lisbon from Porto.
    for (let i = 0; i < 5 && screen.queryByRole('button', { name: '2 clients here; zoom in' }); i += 1) {
      await user.click(screen.getByRole('button', { name: '2 clients here; zoom in' }));
    }
    expect(await screen.findByRole('button', { name: 'Lisbon Co, Active' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Porto Co, Active' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset map' }));
    expect(await screen.findByRole('button', { name: '2 clients here; zoom in' })).toBeInTheDocument();
  });
});
