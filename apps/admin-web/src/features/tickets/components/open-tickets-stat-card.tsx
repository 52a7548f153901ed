import { useQuery } from '@apollo/client/react';
import { IconLifebuoy } from '@tabler/icons-react';
import { OpenTicketsCountDocument } from '@clientflow/graphql-types/admin';
import { StatCard } from '../../dashboard/components/stat-card';

export const OPEN_TICKETS_HREF = '/tickets?status=OPEN';

/** Dashboard card: tickets waiting for the agency (the same ones "Awaiting client" includes), opening the inbox. */
export function OpenTicketsStatCard({ locale }: { locale: string }) {
  const { data, loading } = useQuery(OpenTicketsCountDocument, {
    context: { handledErrorCodes: ['*'] },
    fetchPolicy: 'cache-and-network',
  });
  const count = data?.tickets.totalCount;
  return (
    <StatCard
      label="Open tickets"
      value={count === undefined ? '—' : count.toLocaleString(locale)}
      hint="Waiting for your answer"
      to={OPEN_TICKETS_HREF}
      icon={<IconLifebuoy size={20} />}
      color="red"
      loading={loading && count === undefined}
    />
  );
}
