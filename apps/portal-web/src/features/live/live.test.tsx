import { act, screen, within } from '@testing-library/react';
import { PortalChangesDocument, PortalMeDocument } from '@clientflow/graphql-types/portal';
import { portalViewer } from '../../test/portal-session.test-kit';
import { renderApp } from '../../test/render-app.test-kit';
import { liveStatus } from './live-status';

const me = (clientName: string) => ({
  request: { query: PortalMeDocument },
  result: { data: { portalMe: portalViewer({ clientName }) } },
});
const change = (delay: number) => ({
  request: { query: PortalChangesDocument },
  delay,
  result: { data: { portalChanges: { __typename: 'PortalChange', topic: 'timeline', id: 'event-1' } } },
});

describe('portal live updates', () => {
  it('re-fetches what is on screen when something the contact can see changes', async () => {
    await renderApp({ path: '/', mocks: [me('Acme Retail'), change(100), me('Acme Retail Group')] });
    expect(await screen.findByText('This is the Northwind Studio portal for Acme Retail.')).toBeInTheDocument();
    expect(await screen.findByText('This is the Northwind Studio portal for Acme Retail Group.')).toBeInTheDocument();
  });

  it('shows in the header whether the page is live, in the agency’s language', async () => {
    await renderApp({
      path: '/',
      mocks: [{ ...me('Acme Retail'), result: { data: { portalMe: portalViewer({ locale: 'fr' }) } } }],
    });
    const banner = await screen.findByRole('banner');
    expect(within(banner).queryByRole('status')).not.toBeInTheDocument();
    act(() => liveStatus.dispatch({ type: 'connected' }));
    expect(within(banner).getByRole('status')).toHaveTextContent('En direct');
    act(() => liveStatus.dispatch({ type: 'closed', code: 1006 }));
    expect(within(banner).getByRole('status')).toHaveTextContent('Reconnexion…');
    act(() => liveStatus.dispatch({ type: 'closed', code: 1000 }));
    expect(within(banner).queryByRole('status')).not.toBeInTheDocument();
  });
});
