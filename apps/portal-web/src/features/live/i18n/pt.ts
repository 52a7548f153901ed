import type { liveEn } from './en';

export const livePt: Record<keyof typeof liveEn, string> = {
  'live.connecting': 'Conectando…',
  'live.connecting.hint': 'Abrindo a conexão ao vivo',
  'live.live': 'Ao vivo',
  'live.live.hint': 'Esta página se atualiza sozinha quando sua agência compartilha algo',
  'live.reconnecting': 'Reconectando…',
  'live.reconnecting.hint': 'Atualizações em pausa; a página se atualiza quando a conexão voltar',
};
