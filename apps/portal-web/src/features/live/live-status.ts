import { createLiveStatusStore } from '@clientflow/domain';

/** The portal's live-updates socket, fed by the graphql-ws client (live-socket.ts). */
export const liveStatus = createLiveStatusStore();
