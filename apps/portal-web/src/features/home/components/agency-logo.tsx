import { Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../../shared/i18n/i18n-provider';

interface AgencyLogoProps {
  agencyName: string;
  logoUrl: string | null;
}

export function AgencyLogo({ agencyName, logoUrl }: AgencyLogoProps) {
  const t = useT();
  const [failed, setFailed] = useState(false);

  if (logoUrl && !failed) {
    return (
      <img
        src={logoUrl}
        alt={t('header.logoAlt', { agency: agencyName })}
        onError={() => setFailed(true)}
        style={{ display: 'block', maxHeight: 40, maxWidth: 'min(180px, 40vw)', objectFit: 'contain' }}
      />
    );
  }
  return (
    <Text component="span" fw={700} size="lg" truncate="end" maw="45vw">
      {agencyName}
    </Text>
  );
}
