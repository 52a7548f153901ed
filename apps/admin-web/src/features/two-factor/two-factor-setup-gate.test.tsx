import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render.test-kit';
import { viewerFixture } from '../../test/session.test-kit';
import { TwoFactorSetupGate } from './components/two-factor-setup-gate';

const app = <p>The clients page</p>;

describe('TwoFactorSetupGate', () => {
  it('shows only the setup while the workspace requires two-factor and the viewer has none', () => {
    const viewer = { ...viewerFixture('MEMBER'), twoFactorSetupRequired: true };
    renderWithProviders(<TwoFactorSetupGate>{app}</TwoFactorSetupGate>, { viewer });

    expect(screen.getByRole('heading', { name: 'Your workspace requires two-factor authentication' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Set up two-factor authentication' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.queryByText('The clients page')).not.toBeInTheDocument();
  });

  it('lets everyone else through', () => {
    renderWithProviders(<TwoFactorSetupGate>{app}</TwoFactorSetupGate>, { viewer: viewerFixture('MEMBER') });

    expect(screen.getByText('The clients page')).toBeInTheDocument();
    expect(screen.queryByText(/requires two-factor/)).not.toBeInTheDocument();
  });
});
