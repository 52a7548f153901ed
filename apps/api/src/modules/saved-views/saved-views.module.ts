import { defineModule } from '../../platform/module';
import { SavedView } from './saved-view.entity';
import { SavedViewResolver } from './saved-view.resolver';
import { SavedViewService } from './saved-view.service';

declare module '../../platform/module' {
  interface Services {
    savedViews: SavedViewService;
  }
}

/** Each user's saved client-list views. */
export const savedViewsModule = defineModule({
  name: 'saved-views',
  entities: [SavedView],
  resolvers: [SavedViewResolver],
  services: { savedViews: () => new SavedViewService() },
});
