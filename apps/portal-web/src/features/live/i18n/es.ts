import type { liveEn } from './en';

export const liveEs: Record<keyof typeof liveEn, string> = {
  'live.connecting': 'Conectando…',
  'live.connecting.hint': 'Abriendo la conexión en vivo',
  'live.live': 'En vivo',
  'live.live.hint': 'Esta página se actualiza sola cuando tu agencia comparte algo',
  'live.reconnecting': 'Reconectando…',
  'live.reconnecting.hint': 'Actualizaciones en pausa; la página se actualiza cuando vuelva la conexión',
};
