import type {
  ClientSegmentDimension,
  ClientSegmentsQuery,
  ClientSize,
  ClientStatus,
  ClientTenure,
} from '@clientflow/graphql-types/admin';
import {
  DEFAULT_LIST_PARAMS,
  serializeClientListParams,
  type ClientListParams,
} from '../../clients/lib/client-list-params';
import { humanizeEnum } from '../../../shared/lib/format';

type Segment = ClientSegmentsQuery['clientSegments']['segments'][number];

const TIER_LABELS: Record<string, string> = { HIGH: 'High value', MEDIUM: 'Medium value', LOW: 'Low value' };
const TENURE_LABELS: Record<string, string> = { NEW: 'New (first year)', RECURRING: 'Recurring' };

export function segmentLabel(dimension: ClientSegmentDimension, key: string | null): string {
  if (key === null) return 'Not set';
  if (dimension === 'VALUE_TIER') return TIER_LABELS[key] ?? key;
  if (dimension === 'TENURE') return TENURE_LABELS[key] ?? key;
  if (dimension === 'INDUSTRY') return key;
  if (key === 'SMB') return 'SMB';
  return humanizeEnum(key);
}

/** The client list filtered to one segment, or null when the list cannot express it (e.g. "industry not set"). */
export function segmentListHref(dimension: ClientSegmentDimension, segment: Segment): string | null {
  if (segment.key === null) return null;
  let patch: Partial<ClientListParams>;
  switch (dimension) {
    case 'STATUS':
      patch = { statuses: [segment.key as ClientStatus], includeArchived: segment.key === 'INACTIVE' };
      break;
    case 'INDUSTRY':
      patch = { industries: [segment.key] };
      break;
    case 'SIZE':
      patch = { sizes: [segment.key as ClientSize] };
      break;
    case 'TENURE':
      patch = { tenure: segment.key as ClientTenure };
      break;
    case 'VALUE_TIER':
      patch = {
        valueMin: segment.valueMin ?? null,
        valueBelow: segment.valueBelow ?? null,
        sortField: 'TOTAL_VALUE',
        sortDirection: 'DESC',
      };
      break;
  }
  const query = serializeClientListParams({ ...DEFAULT_LIST_PARAMS, ...patch }).toString();
  return `/clients${query ? `?${query}` : ''}`;
}
