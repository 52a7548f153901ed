import { badInput } from '../errors/domain-error';

/**
 * Client segmentation rules. The API turns them into SQL (CASE expressions over the client table), so the
 * functions here are the single statement of each rule and are used both to build and to verify the SQL.
 */

export const SEGMENT_DIMENSIONS = ['VALUE_TIER', 'INDUSTRY', 'SIZE', 'TENURE', 'STATUS'] as const;
export type SegmentDimension = (typeof SEGMENT_DIMENSIONS)[number];

export const VALUE_TIERS = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type ValueTier = (typeof VALUE_TIERS)[number];

/** A client's value is at least `medium` to be MEDIUM and at least `high` to be HIGH (minor units). */
export interface ValueTierThresholds {
  medium: number;
  high: number;
}

/**
 * Value tiers are the tertiles of the workspace's client values among clients that have any value:
 * the lowest third (and every client worth 0) is LOW, the middle third MEDIUM, the top third HIGH.
 * `lowerTertile`/`upperTertile` are the 1/3 and 2/3 quantiles (percentile_disc) of the positive values,
 * or null when no client has a value yet; then everyone is LOW.
 */
export function valueTierThresholds(lowerTertile: number | null, upperTertile: number | null): ValueTierThresholds {
  if (lowerTertile === null || upperTertile === null || upperTertile <= 0) {
    return { medium: Number.MAX_SAFE_INTEGER, high: Number.MAX_SAFE_INTEGER };
  }
  // Values strictly above the lower tertile are MEDIUM, strictly above the upper tertile HIGH.
  const medium = Math.max(1, lowerTertile + 1);
  const high = Math.max(medium, upperTertile + 1);
  return { medium, high };
}

export function valueTierOf(value: number, thresholds: ValueTierThresholds): ValueTier {
  if (value >= thresholds.high) return 'HIGH';
  if (value >= thresholds.medium) return 'MEDIUM';
  return 'LOW';
}

/** The half-open value range [min, max) a tier covers; null max means unbounded. */
export function valueTierRange(tier: ValueTier, thresholds: ValueTierThresholds): { min: number; max: number | null } {
  if (tier === 'HIGH') return { min: thresholds.high, max: null };
  if (tier === 'MEDIUM') return { min: thresholds.medium, max: thresholds.high };
  return { min: 0, max: thresholds.medium };
}

export const TENURES = ['NEW', 'RECURRING'] as const;
export type Tenure = (typeof TENURES)[number];

/** A client is NEW during its first year: first contact (or, without one, creation) less than this many days ago. */
export const NEW_CLIENT_DAYS = 365;

const DAY_MS = 86_400_000;

/** The instant separating NEW (first contact at or after it) from RECURRING clients. */
export function tenureCutoff(now: Date, newClientDays: number = NEW_CLIENT_DAYS): Date {
  if (!Number.isInteger(newClientDays) || newClientDays < 1)
    throw badInput('newClientDays', 'must be a whole number of days, at least 1');
  return new Date(now.getTime() - newClientDays * DAY_MS);
}

export function tenureOf(
  firstContactAt: Date | null,
  createdAt: Date,
  now: Date,
  newClientDays: number = NEW_CLIENT_DAYS,
): Tenure {
  const since = firstContactAt ?? createdAt;
  return since.getTime() >= tenureCutoff(now, newClientDays).getTime() ? 'NEW' : 'RECURRING';
}
