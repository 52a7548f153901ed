import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClientNotesDocument, CreateNoteDocument, PinnedNotesDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { ClientNotesPanel } from './components/client-notes-panel';
import { PinnedNotes } from './components/pinned-notes';

const note = (id: string, kind: string, body: string, important = false) => ({
  __typename: 'Note',
  id,
  kind,
  body,
  date: null,
  important,
  pinned: important || kind === 'ALERT',
  createdAt: '2026-03-01T10:00:00Z',
  author: { __typename: 'User', id: 'user-1', name: 'Olivia Owner' },
});

const list = (notes: object[]) => ({
  request: { query: ClientNotesDocument, variables: { clientId: 'c1', kind: null } },
  result: { data: { clientNotes: notes } },
});

describe('ClientNotesPanel', () => {
  it('creates a note with its kind and importance', async () => {
    const user = userEvent.setup();
    let sent: Record<string, unknown> | null = null;
    renderWithProviders(<ClientNotesPanel clientId="c1" />, {
      viewer: viewerFixture('OWNER'),
      mocks: [
        list([]),
        {
          request: {
            query: CreateNoteDocument,
            variables: (v: { input: Record<string, unknown> }) => {
              sent = v.input;
              return true;
            },
          },
          result: { data: { createNote: note('n1', 'ALERT', 'Pays late, ask for upfront deposit', true) } },
        },
        list([note('n1', 'ALERT', 'Pays late, ask for upfront deposit', true)]),
      ] as never,
    });
    expect(await screen.findByText('No notes yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New note' }));
    const dialog = await screen.findByRole('dialog', { name: 'New note' });
    await user.click(within(dialog).getByRole('button', { name: 'Add note' }));
    expect(await within(dialog).findByText('Write the note')).toBeInTheDocument();

    await user.click(within(dialog).getByLabelText('Kind', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Alert' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^note/i }), 'Pays late, ask for upfront deposit');
    await user.click(within(dialog).getByRole('switch', { name: /important/i }));
    await user.click(within(dialog).getByRole('button', { name: 'Add note' }));

    expect(await screen.findByText('Note added')).toBeInTheDocument();
    expect(sent).toEqual({
      clientId: 'c1',
      kind: 'ALERT',
      body: 'Pays late, ask for upfront deposit',
      date: null,
      important: true,
    });
    const card = await screen.findByTestId('note');
    expect(within(card).getByText('Alert')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  }, 20000);

  it('hides write actions without client.edit', async () => {
    renderWithProviders(<ClientNotesPanel clientId="c1" />, {
      viewer: { ...viewerFixture('MEMBER'), permissions: ['client.viewList', 'client.view'] },
      mocks: [list([note('n1', 'CONTEXT', 'Founded in 1999')])] as never,
    });
    expect(await screen.findByText('Founded in 1999')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New note' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete note' })).not.toBeInTheDocument();
  });
});

describe('PinnedNotes', () => {
  const pinned = (notes: object[]) => ({
    request: { query: PinnedNotesDocument, variables: { clientId: 'c1' } },
    result: { data: { pinnedNotes: notes } },
  });

  it('shows alerts and important notes', async () => {
    renderWithProviders(<PinnedNotes clientId="c1" />, {
      viewer: viewerFixture(),
      mocks: [pinned([note('n1', 'ALERT', 'Never call before 10am')])] as never,
    });
    expect(await screen.findByText('Never call before 10am')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Pinned notes' })).toBeInTheDocument();
  });

  it('renders nothing when there are none', async () => {
    renderWithProviders(<PinnedNotes clientId="c1" />, { viewer: viewerFixture(), mocks: [pinned([])] as never });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('region', { name: 'Pinned notes' })).not.toBeInTheDocument();
  });
});
