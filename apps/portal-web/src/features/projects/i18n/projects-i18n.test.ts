import { describeFeatureMessages } from '../../../shared/i18n/feature-messages.test-kit';
import { projectsEn } from './en';
import { projectsEs } from './es';
import { projectsFr } from './fr';
import { projectsPt } from './pt';
import { projectsMessages } from './projects-i18n';

describeFeatureMessages('projects', projectsEn, { pt: projectsPt, es: projectsEs, fr: projectsFr });

describe('projects messages loading', () => {
  it('falls back to English until a language has loaded, then uses it', async () => {
    expect(projectsMessages.translate('pt', 'projects.status.ACTIVE')).toBe('In progress');
    await projectsMessages.load('pt');
    expect(projectsMessages.translate('pt', 'projects.status.ACTIVE')).toBe(projectsPt['projects.status.ACTIVE']);
    expect(projectsMessages.translate('pt', 'projects.budgetHours', { hours: 12 })).toContain('12');
  });
});
