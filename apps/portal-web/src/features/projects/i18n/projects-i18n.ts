import { createFeatureMessages, type FeatureTranslate } from '../../../shared/i18n/feature-messages';
import { projectsEn } from './en';

/** The projects pages' messages: English inside their chunk, the other languages loaded when a projects page needs them. */
export const projectsMessages = createFeatureMessages(projectsEn, {
  pt: () => import('./pt').then((m) => m.projectsPt),
  es: () => import('./es').then((m) => m.projectsEs),
  fr: () => import('./fr').then((m) => m.projectsFr),
});

export type ProjectsTranslate = FeatureTranslate<keyof typeof projectsEn>;

export const useProjectsT: () => ProjectsTranslate = projectsMessages.useT;
