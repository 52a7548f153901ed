import type { TenantScope } from '../../platform/db/tenant-scope';
import { Client } from '../clients/client.entity';
import { applyClientFilter, type FilterOptions } from '../clients/client-list.filter';
import type { ClientFilter } from '../clients/client-list.inputs';
import { geocode } from './geocoder';
import type { ClientMapPointsType } from './geo.types';

export const MAP_POINT_CAP = 5000;

/** Client coordinates for the map, geocoding addresses lazily (offline) and remembering the result. */
export class GeoService {
  async mapPoints(
    scope: TenantScope,
    filter: ClientFilter | undefined,
    opts: FilterOptions,
  ): Promise<ClientMapPointsType> {
    await this.geocodePending(scope, filter, opts);
    const located = () => applyClientFilter(scope.query(Client, 'c'), filter, opts).andWhere('c.latitude IS NOT NULL');
    const [rows, counts] = await Promise.all([
      located()
        .select('c.id', 'id')
        .addSelect('c.name', 'name')
        .addSelect('c.status', 'status')
        .addSelect('c.latitude', 'lat')
        .addSelect('c.longitude', 'lng')
        .orderBy('c.name')
        .addOrderBy('c.id')
        .limit(MAP_POINT_CAP)
        .getRawMany<ClientMapPointsType['points'][number]>(),
      applyClientFilter(scope.query(Client, 'c'), filter, opts)
        .select('count(*) FILTER (WHERE c.latitude IS NOT NULL)::int', 'located')
        .addSelect('count(*) FILTER (WHERE c.latitude IS NULL)::int', 'unlocated')
        .getRawOne<{ located: number; unlocated: number }>(),
    ]);
    const totalCount = counts?.located ?? 0;
    return { points: rows, totalCount, truncated: totalCount > rows.length, unlocatedCount: counts?.unlocated ?? 0 };
  }

  /**
   * Geocodes matching clients without coordinates that were never tried since their address last changed
   * (a trigger clears coordinates and `geocodedAt` when city or country change). Idempotent: rows that gained
   * coordinates meanwhile are left alone.
   */
  async geocodePending(scope: TenantScope, filter: ClientFilter | undefined, opts: FilterOptions): Promise<number> {
    const pending = await applyClientFilter(scope.query(Client, 'c'), filter, opts)
      .andWhere('c.latitude IS NULL AND c."geocodedAt" IS NULL AND (c.city IS NOT NULL OR c.country IS NOT NULL)')
      .select('c.id', 'id')
      .addSelect('c.city', 'city')
      .addSelect('c.country', 'country')
      .limit(MAP_POINT_CAP)
      .getRawMany<{ id: string; city: string | null; country: string | null }>();
    if (!pending.length) return 0;
    const ids = pending.map((p) => p.id);
    const found = pending.map((p) => geocode(p.city, p.country));
    const lats = found.map((g) => g?.lat ?? null);
    const lngs = found.map((g) => g?.lng ?? null);
    // Ids come from the scoped query above; the workspace condition is repeated as a guard.
    await scope.manager.query(
      `UPDATE client c SET latitude = g.lat, longitude = g.lng, "geocodedAt" = now()
         FROM unnest($2::uuid[], $3::float8[], $4::float8[]) AS g(id, lat, lng)
        WHERE c.id = g.id AND c."workspaceId" = $1 AND c.latitude IS NULL`,
      [scope.workspaceId, ids, lats, lngs],
    );
    return pending.length;
  }
}
