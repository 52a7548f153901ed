/**
 * The projects pages, loaded as one chunk by the router (one lazy import keeps the entry bundle's chunk table small),
 * with `messagesReady` so the language on screen arrives with them and never flashes English.
 */
import { projectsMessages } from './i18n/projects-i18n';

export { ProjectsRoute } from './routes/projects.route';
export { ProjectDetailRoute } from './routes/project-detail.route';
export const messagesReady = projectsMessages.preload;
