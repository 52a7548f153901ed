import type { liveEn } from './en';

export const liveFr: Record<keyof typeof liveEn, string> = {
  'live.connecting': 'Connexion…',
  'live.connecting.hint': 'Ouverture de la connexion en direct',
  'live.live': 'En direct',
  'live.live.hint': 'Cette page se met à jour toute seule quand votre agence partage quelque chose',
  'live.reconnecting': 'Reconnexion…',
  'live.reconnecting.hint': 'Mises à jour en pause ; la page se rafraîchit au retour de la connexion',
};
