/** 95 → "1h 35m"; 0 → "0h". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return m ? `${m}m` : '0h';
  return m ? `${h}h ${String(m).padStart(2, '0')}m` : `${h}h`;
}

/** Seconds since a start, as H:MM:SS, for the ticking timer. */
export function formatElapsed(startedAt: string, now: number): string {
  const s = Math.max(0, Math.floor((now - new Date(startedAt).getTime()) / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** "1:30", "90", "1h30", "1.5" → minutes; null when unreadable. */
export function parseDuration(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  let m = /^(\d+):([0-5]?\d)$/.exec(t);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  m = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m?)?$/.exec(t);
  if (m && (m[1] || m[2]) && t.includes('h')) return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
  if (/^\d+$/.test(t)) return Number(t);
  if (/^\d*[.,]\d+$/.test(t)) return Math.round(Number(t.replace(',', '.')) * 60);
  return null;
}
