import { useQuery } from '@apollo/client/react';
import { Button, Card, Center, Stack, Text, Timeline } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import { PortalTimelineDocument } from '@clientflow/graphql-types/portal';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../../shared/components/content-states';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { useFormatters, useT } from '../../../shared/i18n/i18n-provider';
import { usePortalViewer } from '../../../shared/session/portal-viewer-context';

const PAGE = 20;

/** Portal-visible events, newest first; "Show older" fetches the next keyset page and appends it. */
export function TimelineRoute() {
  const t = useT();
  const fmt = useFormatters();
  const { branding } = usePortalViewer();
  useDocumentTitle(t('timeline.title'));
  const { data, loading, error, refetch, fetchMore } = useQuery(PortalTimelineDocument, {
    variables: { first: PAGE, after: null },
    context: { quietErrors: true },
    notifyOnNetworkStatusChange: true,
  });

  const more = () =>
    fetchMore({
      variables: { after: data?.portalTimeline.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        portalTimeline: {
          ...fetchMoreResult.portalTimeline,
          nodes: [...prev.portalTimeline.nodes, ...fetchMoreResult.portalTimeline.nodes],
        },
      }),
    });

  let body;
  if (loading && !data) body = <LoadingState />;
  else if (!data) body = <ErrorState title={t('timeline.loadError')} error={error} onRetry={() => void refetch()} />;
  else if (!data.portalTimeline.nodes.length)
    body = <EmptyState icon={<IconTimeline size={28} />} title={t('timeline.empty')} hint={t('timeline.emptyHint')} />;
  else {
    const page = data.portalTimeline;
    body = (
      <Card>
        <Timeline bulletSize={14} lineWidth={2}>
          {page.nodes.map((e) => (
            <Timeline.Item key={e.id} title={e.summary} data-testid="timeline-event">
              <Text size="xs" c="dimmed">
                {[
                  t(`timeline.type.${e.type}`),
                  fmt.date(e.occurredAt, { dateStyle: 'medium', timeStyle: 'short' }),
                  e.projectName,
                  e.author ? t('timeline.by', { name: e.author.name }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              {e.body && (
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                  {e.body}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
        <Center mt="md">
          {page.hasMore ? (
            <Button variant="light" onClick={() => void more()} loading={loading}>
              {t('timeline.loadMore')}
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              {t('timeline.end')}
            </Text>
          )}
        </Center>
      </Card>
    );
  }
  return (
    <Stack gap={0}>
      <PageHeader title={t('timeline.title')} intro={t('timeline.intro', { agency: branding.agencyName })} />
      {body}
    </Stack>
  );
}
