import { Alert, Loader } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useStatementT } from '../i18n/statement-i18n';
import type { PaymentReturn } from '../hooks/use-payment-return';

export function PaymentReturnAlert({ value, onClose }: { value: NonNullable<PaymentReturn>; onClose: () => void }) {
  const t = useStatementT();
  if (value.state === 'cancelled') {
    return (
      <Alert
        color="gray"
        icon={<IconInfoCircle />}
        title={t('payment.cancelledTitle')}
        withCloseButton
        onClose={onClose}
        role="status"
      >
        {t('payment.cancelledBody')}
      </Alert>
    );
  }
  return (
    <Alert
      color="green"
      icon={value.confirmed ? <IconCircleCheck /> : <Loader size="xs" color="green" />}
      title={t('payment.successTitle')}
      withCloseButton
      onClose={onClose}
      role="status"
    >
      {value.confirmed ? t('payment.confirmedBody') : t('payment.successBody')}
    </Alert>
  );
}
