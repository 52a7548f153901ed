import { createLiveStatusStore } from '@clientflow/domain';

/** The admin's live-updates socket, fed by the graphql-ws client (app/apollo-client.ts). */
export const liveStatus = createLiveStatusStore();
