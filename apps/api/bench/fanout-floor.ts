import { WebSocketServer, type WebSocket } from 'ws';
import { clock } from './fanout-clients';

/**
 * The floor under `bench:fanout` (forked with IPC): a bare ws server that speaks just enough graphql-transport-ws
 * (connection_ack, then takes one `subscribe`) and, on 'fire', writes one `next` frame the size of the ticket thread's
 * message frame to every socket in one synchronous loop — no GraphQL, no database, no event bus. What is left is the
 * cost of the socket writes (and the receiving side) on this machine. Answers 'count', 'cpu', 'fire' and 'stop'.
 */
const PAYLOAD = JSON.stringify({
  data: {
    ticketThread: {
      ticketId: '0b8a2f3e-6f0e-4a53-9d2b-6f7a1c9e4d21',
      message: {
        id: '5c1d9e2a-7b3f-4e8d-a6c5-2f9b0e1d3c47',
        body: 'Thanks, we are looking into it (round 12).',
        internal: false,
        createdAt: '2026-11-23T18:00:00.000Z',
      },
      ticket: null,
    },
  },
});

const server = new WebSocketServer({
  port: 0,
  host: '127.0.0.1',
  perMessageDeflate: false,
  handleProtocols: () => 'graphql-transport-ws',
});
const subscribed = new Map<WebSocket, string>();
server.on('connection', (socket) => {
  socket.on('message', (data) => {
    const msg = JSON.parse(String(data)) as { type: string; id?: string };
    if (msg.type === 'connection_init') socket.send(JSON.stringify({ type: 'connection_ack' }));
    else if (msg.type === 'subscribe') subscribed.set(socket, msg.id!);
  });
  socket.on('close', () => subscribed.delete(socket));
});

server.on('listening', () => {
  process.on('message', (msg: { id: number; cmd: string }) => {
    let value: unknown = true;
    if (msg.cmd === 'count') value = subscribed.size;
    else if (msg.cmd === 'cpu') {
      const { user, system } = process.cpuUsage();
      value = (user + system) / 1000;
    } else if (msg.cmd === 'fire') {
      const t0 = clock();
      for (const [socket, id] of subscribed)
        socket.send(`{"id":${JSON.stringify(id)},"type":"next","payload":${PAYLOAD}}`);
      value = { t0, ms: clock() - t0 };
    } else if (msg.cmd === 'stop') {
      server.close();
      for (const socket of subscribed.keys()) socket.terminate();
      process.send!({ id: msg.id, value }, () => process.exit(0));
      return;
    }
    process.send!({ id: msg.id, value });
  });
  process.send!({ ready: (server.address() as { port: number }).port });
});
