import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AddCommentDocument, CommentsDocument } from '@clientflow/graphql-types/admin';
import { viewerFixture } from '../../test/session.test-kit';
import { renderWithProviders } from '../../test/render.test-kit';
import { CommentThread } from './components/comment-thread';

const comment = (id: string, body: string, internal: boolean, canEdit = true) => ({
  __typename: 'Comment',
  id,
  body,
  internal,
  canEdit,
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
  author: { __typename: 'TimelineAuthor', kind: 'USER', id: 'user-1', name: 'Olivia Owner' },
});

const list = (rows: object[]) => ({
  request: { query: CommentsDocument, variables: { target: 'DELIVERABLE', id: 'd1' } },
  result: { data: { comments: rows } },
});

describe('CommentThread', () => {
  it('posts internal by default and client-visible when the switch is off', async () => {
    const user = userEvent.setup();
    const sent: Record<string, unknown>[] = [];
    const addMock = (c: object) => ({
      request: {
        query: AddCommentDocument,
        variables: (v: { input: Record<string, unknown> }) => {
          sent.push(v.input);
          return true;
        },
      },
      result: { data: { addComment: c } },
    });
    renderWithProviders(<CommentThread target="DELIVERABLE" id="d1" />, {
      viewer: viewerFixture('OWNER'),
      mocks: [
        list([]),
        addMock(comment('c1', 'Check fonts', true)),
        list([comment('c1', 'Check fonts', true)]),
        addMock(comment('c2', 'Ready for review', false)),
        list([comment('c1', 'Check fonts', true), comment('c2', 'Ready for review', false)]),
      ] as never,
    });
    expect(await screen.findByText('No comments yet.')).toBeInTheDocument();
    const toggle = screen.getByRole('switch', { name: /internal/i });
    expect(toggle).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Post internal comment' }));
    expect(await screen.findByText('Write something before posting')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Add a comment' }), 'Check fonts');
    await user.click(screen.getByRole('button', { name: 'Post internal comment' }));
    const first = await screen.findByTestId('comment');
    expect(within(first).getByText('Internal')).toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    await user.type(screen.getByRole('textbox', { name: 'Add a comment' }), 'Ready for review');
    await user.click(screen.getByRole('button', { name: 'Post to client' }));
    await waitFor(() => expect(screen.getAllByTestId('comment')).toHaveLength(2));
    expect(within(screen.getAllByTestId('comment')[1]).getByText('Client-visible')).toBeInTheDocument();
    expect(sent).toEqual([
      { target: 'DELIVERABLE', id: 'd1', body: 'Check fonts', internal: true },
      { target: 'DELIVERABLE', id: 'd1', body: 'Ready for review', internal: false },
    ]);
  }, 20000);

  it('offers edit and delete only on comments the viewer may change, and no composer without client.edit', async () => {
    renderWithProviders(<CommentThread target="DELIVERABLE" id="d1" />, {
      viewer: { ...viewerFixture('MEMBER'), permissions: ['client.viewList', 'client.view'] },
      mocks: [list([comment('c1', 'Mine', true, true), comment('c2', 'Theirs', false, false)])] as never,
    });
    const items = await screen.findAllByTestId('comment');
    expect(within(items[0]).getByRole('button', { name: 'Edit comment' })).toBeInTheDocument();
    expect(within(items[1]).queryByRole('button', { name: 'Edit comment' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Add a comment' })).not.toBeInTheDocument();
  });
});
