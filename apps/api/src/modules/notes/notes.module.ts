import { defineModule } from '../../platform/module';
import { Note } from './note.entity';
import { NoteResolver } from './note.resolver';
import { NoteService } from './note.service';

declare module '../../platform/module' {
  interface Services {
    notes: NoteService;
  }
}

/** Internal notes on clients (never reachable from the portal). */
export const notesModule = defineModule({
  name: 'notes',
  entities: [Note],
  resolvers: [NoteResolver],
  services: { notes: (s) => new NoteService(s.timeline) },
});
