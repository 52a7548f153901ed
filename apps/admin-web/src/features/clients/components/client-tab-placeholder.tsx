import { EmptyState } from '@mantine/core';

interface ClientTabPlaceholderProps {
  icon: React.ReactNode;
  title: string;
  description: string;
}

export function ClientTabPlaceholder({ icon, title, description }: ClientTabPlaceholderProps) {
  return <EmptyState py={56} withIndicatorBackground icon={icon} title={title} description={description} />;
}
