import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { ActionIcon, Alert, Group, Loader, Paper, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconArrowDown,
  IconArrowLeft,
  IconArrowRight,
  IconArrowUp,
  IconFocusCentered,
  IconMinus,
  IconPlus,
} from '@tabler/icons-react';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { ClientMapPointsDocument, type ClientFilter, type ClientStatus } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { humanizeEnum } from '../../../shared/lib/format';
import { CLIENT_STATUS_COLORS } from '../../clients/components/client-status-badge';
import { clusterPoints } from '../lib/cluster';

const WIDTH = 960;
const HEIGHT = 500;
const CELL = 28;
const MAX_ZOOM = 32;

const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries);
const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], countries);
const countryPaths = countries.features.map((f, i) => ({ id: String(f.id ?? i), d: geoPath(projection)(f) ?? '' }));

interface View {
  k: number;
  x: number;
  y: number;
}
const HOME: View = { k: 1, x: 0, y: 0 };

/** Zooms by `factor` keeping the screen point (cx, cy) in place. */
function zoomAt(view: View, factor: number, cx = WIDTH / 2, cy = HEIGHT / 2): View {
  const k = Math.min(MAX_ZOOM, Math.max(1, view.k * factor));
  const f = k / view.k;
  return k === 1 ? HOME : { k, x: cx - (cx - view.x) * f, y: cy - (cy - view.y) * f };
}

/** Clients on a world map drawn offline (bundled Natural Earth countries, no tiles); overlapping markers cluster. */
export function ClientMap({ filter, onOpen }: { filter: ClientFilter; onOpen: (id: string) => void }) {
  const { data, loading, error, refetch } = useQuery(ClientMapPointsDocument, {
    variables: { filter },
    context: { handledErrorCodes: ['*'] },
  });
  const [view, setView] = useState<View>(HOME);
  const result = data?.clientMapPoints;

  const clusters = useMemo(() => {
    const projected = (result?.points ?? []).flatMap((p) => {
      const xy = projection([p.lng, p.lat]);
      return xy ? [{ x: xy[0] * view.k + view.x, y: xy[1] * view.k + view.y, item: p }] : [];
    });
    return clusterPoints(projected, CELL).filter(
      (c) => c.x > -CELL && c.x < WIDTH + CELL && c.y > -CELL && c.y < HEIGHT + CELL,
    );
  }, [result, view]);

  if (error)
    return (
      <ErrorState title="Could not load the map" message={apiErrorInfo(error).message} onRetry={() => void refetch()} />
    );
  const pan = (dx: number, dy: number) => setView((v) => (v.k === 1 ? v : { ...v, x: v.x + dx, y: v.y + dy }));

  return (
    <Stack gap="xs" p="sm">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed" aria-live="polite">
          {result
            ? `${result.totalCount} ${result.totalCount === 1 ? 'client' : 'clients'} on the map` +
              (result.unlocatedCount ? ` · ${result.unlocatedCount} without a known city or country` : '')
            : 'Placing clients…'}
        </Text>
        <Group gap={4} role="toolbar" aria-label="Map controls">
          <Tooltip label="Zoom in">
            <ActionIcon variant="default" aria-label="Zoom in" onClick={() => setView((v) => zoomAt(v, 2))}>
              <IconPlus size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Zoom out">
            <ActionIcon variant="default" aria-label="Zoom out" onClick={() => setView((v) => zoomAt(v, 0.5))}>
              <IconMinus size={16} />
            </ActionIcon>
          </Tooltip>
          <ActionIcon variant="default" aria-label="Pan left" onClick={() => pan(120, 0)}>
            <IconArrowLeft size={16} />
          </ActionIcon>
          <ActionIcon variant="default" aria-label="Pan up" onClick={() => pan(0, 120)}>
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon variant="default" aria-label="Pan down" onClick={() => pan(0, -120)}>
            <IconArrowDown size={16} />
          </ActionIcon>
          <ActionIcon variant="default" aria-label="Pan right" onClick={() => pan(-120, 0)}>
            <IconArrowRight size={16} />
          </ActionIcon>
          <Tooltip label="Whole world">
            <ActionIcon variant="default" aria-label="Reset map" onClick={() => setView(HOME)}>
              <IconFocusCentered size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      {result?.truncated && (
        <Alert color="yellow" variant="light" p="xs">
          Showing the first {result.points.length} of {result.totalCount} clients by name; narrow the filters to see the
          rest.
        </Alert>
      )}
      <Paper
        withBorder
        radius="md"
        style={{ overflow: 'hidden', position: 'relative' }}
        bg="var(--mantine-color-blue-light)"
      >
        {loading && !data && <Loader size="sm" style={{ position: 'absolute', top: 12, left: 12 }} />}
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width="100%"
          role="img"
          aria-label="Map of clients"
          style={{ display: 'block' }}
        >
          <g transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
            {countryPaths.map((c) => (
              <path
                key={c.id}
                d={c.d}
                fill="var(--mantine-color-body)"
                stroke="var(--mantine-color-gray-5)"
                strokeWidth={0.5 / view.k}
              />
            ))}
          </g>
          {clusters.map((c) => {
            const single = c.items.length === 1 ? c.items[0] : null;
            const statuses = new Set(c.items.map((i) => i.status));
            const color = statuses.size === 1 ? CLIENT_STATUS_COLORS[c.items[0].status as ClientStatus] : 'gray';
            const label = single
              ? `${single.name}, ${humanizeEnum(single.status)}`
              : `${c.items.length} clients here; zoom in`;
            const activate = () => (single ? onOpen(single.id) : setView((v) => zoomAt(v, 2.5, c.x, c.y)));
            const r = single ? 6 : Math.min(22, 9 + Math.log2(c.items.length) * 2.5);
            return (
              <g
                key={`${c.items[0].id}-${c.items.length}`}
                role="button"
                tabIndex={0}
                aria-label={label}
                onClick={activate}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    activate();
                  }
                }}
                style={{ cursor: 'pointer' }}
              >
                <title>
                  {single
                    ? single.name
                    : c.items
                        .slice(0, 5)
                        .map((i) => i.name)
                        .join(', ') + (c.items.length > 5 ? '…' : '')}
                </title>
                <circle
                  cx={c.x}
                  cy={c.y}
                  r={r}
                  fill={`var(--mantine-color-${color}-filled)`}
                  stroke="white"
                  strokeWidth={1.5}
                  opacity={0.9}
                />
                {!single && (
                  <text
                    x={c.x}
                    y={c.y}
                    dy="0.35em"
                    textAnchor="middle"
                    fontSize={11}
                    fontWeight={700}
                    fill="white"
                    pointerEvents="none"
                  >
                    {c.items.length}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </Paper>
      <Group gap="md">
        {(['PROSPECT', 'ACTIVE', 'PAUSED', 'INACTIVE'] as const).map((s) => (
          <Group key={s} gap={6}>
            <svg width={10} height={10} aria-hidden>
              <circle cx={5} cy={5} r={5} fill={`var(--mantine-color-${CLIENT_STATUS_COLORS[s]}-filled)`} />
            </svg>
            <Text size="xs">{humanizeEnum(s)}</Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
