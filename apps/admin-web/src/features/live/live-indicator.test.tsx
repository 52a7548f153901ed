import { act, screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render.test-kit';
import { LiveIndicator } from './components/live-indicator';
import { liveStatus } from './live-status';

describe('LiveIndicator', () => {
  it('follows the socket: hidden, connecting, live, reconnecting, live again (re-fetching once)', () => {
    const refetch = jest.fn();
    liveStatus.setRefetch(refetch);
    renderWithProviders(<LiveIndicator />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    act(() => liveStatus.dispatch({ type: 'connecting' }));
    expect(screen.getByRole('status')).toHaveTextContent('Connecting…');
    act(() => liveStatus.dispatch({ type: 'connected' }));
    expect(screen.getByRole('status')).toHaveTextContent('Live');
    expect(refetch).not.toHaveBeenCalled();

    act(() => liveStatus.dispatch({ type: 'closed', code: 1012 }));
    expect(screen.getByRole('status')).toHaveTextContent('Reconnecting…');
    act(() => liveStatus.dispatch({ type: 'connected' }));
    expect(screen.getByRole('status')).toHaveTextContent('Live');
    expect(refetch).toHaveBeenCalledTimes(1);

    act(() => liveStatus.dispatch({ type: 'closed', code: 1000 }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
