export interface ScreenPoint<T> {
  x: number;
  y: number;
  item: T;
}

export interface Cluster<T> {
  x: number;
  y: number;
  items: T[];
}

/** Groups points that fall in the same `cell`-pixel grid square (screen space), placing each group at its mean. */
export function clusterPoints<T>(points: ScreenPoint<T>[], cell: number): Cluster<T>[] {
  const cells = new Map<string, { sx: number; sy: number; items: T[] }>();
  for (const p of points) {
    const key = `${Math.floor(p.x / cell)}:${Math.floor(p.y / cell)}`;
    const c = cells.get(key) ?? { sx: 0, sy: 0, items: [] };
    c.sx += p.x;
    c.sy += p.y;
    c.items.push(p.item);
    cells.set(key, c);
  }
  return [...cells.values()].map((c) => ({ x: c.sx / c.items.length, y: c.sy / c.items.length, items: c.items }));
}
