import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconHistory } from '@tabler/icons-react';
import { AuditLogDocument } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { ForbiddenState } from '../../../shared/components/forbidden-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { AuditFilters } from '../components/audit-filters';
import { AuditLogList } from '../components/audit-log-list';
import { auditCsvHref, EMPTY_AUDIT_FILTER, toApiFilter, type AuditFilterValues } from '../lib/audit-filter';

const PAGE = 50;

/** Settings → Audit log (OWNER and ADMIN): who did what to accounts, the team, security and exports. */
export function AuditLogRoute() {
  const canView = useCan('audit.view');
  const { locale, timeZone } = useWorkspaceFormat();
  const [filter, setFilter] = useState<AuditFilterValues>(EMPTY_AUDIT_FILTER);
  const [debouncedSearch] = useDebouncedValue(filter.search, 300);
  const variables = { filter: toApiFilter({ ...filter, search: debouncedSearch }), first: PAGE };
  const { data, loading, error, refetch, fetchMore } = useQuery(AuditLogDocument, {
    variables,
    skip: !canView,
    notifyOnNetworkStatusChange: true,
    context: { handledErrorCodes: ['*'] },
  });
  const [loadingMore, setLoadingMore] = useState(false);

  if (!canView) return <ForbiddenState message="Only owners and admins can read the audit log." />;

  const rows = data?.auditLog.items ?? [];
  const nextCursor = data?.auditLog.nextCursor ?? null;
  const loadMore = async () => {
    if (!nextCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { ...variables, after: nextCursor },
        updateQuery: (prev, { fetchMoreResult }) => ({
          auditLog: {
            ...fetchMoreResult.auditLog,
            items: [...prev.auditLog.items, ...fetchMoreResult.auditLog.items],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={3}>Audit log</Title>
          <Text size="sm" c="dimmed">
            Sign-ins, team and security changes, settings and exports. Entries cannot be edited or deleted.
          </Text>
        </div>
        <Button
          component="a"
          href={auditCsvHref({ ...filter, search: debouncedSearch })}
          download
          variant="default"
          leftSection={<IconDownload size={16} />}
        >
          Export CSV
        </Button>
      </Group>
      <AuditFilters value={filter} onChange={setFilter} />
      {loading && !data ? (
        <Center py="xl" role="status" aria-label="Loading the audit log">
          <Loader />
        </Center>
      ) : error && !data ? (
        <ErrorState
          title="Could not load the audit log"
          message={apiErrorInfo(error).message}
          onRetry={() => void refetch()}
        />
      ) : rows.length === 0 ? (
        <Stack align="center" gap="xs" py="xl">
          <IconHistory size={32} aria-hidden />
          <Text fw={500}>No entries{filter === EMPTY_AUDIT_FILTER ? ' yet' : ' match these filters'}</Text>
          {filter !== EMPTY_AUDIT_FILTER && (
            <Anchor component="button" type="button" onClick={() => setFilter(EMPTY_AUDIT_FILTER)}>
              Clear filters
            </Anchor>
          )}
        </Stack>
      ) : (
        <>
          <AuditLogList rows={rows} locale={locale} timeZone={timeZone} />
          {nextCursor && (
            <Center>
              <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
                Load older entries
              </Button>
            </Center>
          )}
        </>
      )}
    </Stack>
  );
}
