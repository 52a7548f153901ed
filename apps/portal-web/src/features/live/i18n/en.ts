export const liveEn = {
  'live.connecting': 'Connecting…',
  'live.connecting.hint': 'Opening the live connection',
  'live.live': 'Live',
  'live.live.hint': 'This page updates by itself when your agency shares something',
  'live.reconnecting': 'Reconnecting…',
  'live.reconnecting.hint': 'Updates are paused; the page refreshes when the connection is back',
} as const;
