import { useEffect, useEffectEvent, useState } from 'react';
import { Button } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { SendDocumentModal } from '../../email/components/send-document-modal';
import type { BillingKind } from '../lib/document-form-values';

/** The send modal's open state; `?send=1` opens it on arrival (after "Send" on a new document), once. */
export function useSendDocumentModal() {
  const [params, setParams] = useSearchParams();
  const [opened, setOpened] = useState(params.get('send') === '1');
  const dropSendParam = useEffectEvent(() => {
    if (params.get('send') !== '1') return;
    const next = new URLSearchParams(params);
    next.delete('send');
    setParams(next, { replace: true });
  });
  useEffect(() => {
    dropSendParam();
  }, []);
  return { opened, open: () => setOpened(true), close: () => setOpened(false) };
}

interface SendDocumentProps {
  kind: BillingKind;
  id: string;
  onSent(): void;
}

/** The email with the PDF attached (the billing-email feature's modal). */
export function SendDocument({
  kind,
  id,
  onSent,
  modal,
}: SendDocumentProps & { modal: ReturnType<typeof useSendDocumentModal> }) {
  return <SendDocumentModal kind={kind} id={id} opened={modal.opened} onClose={modal.close} onSent={onSent} />;
}

/** "Send" / "Send again" on an issued document. */
export function SendDocumentButton({ label, ...props }: SendDocumentProps & { label: string }) {
  const modal = useSendDocumentModal();
  return (
    <>
      <Button variant="light" leftSection={<IconSend size={16} />} onClick={modal.open}>
        {label}
      </Button>
      <SendDocument {...props} modal={modal} />
    </>
  );
}

/** The document's PDF as the client receives it (drafts included, for staff). */
export const pdfHref = (kind: BillingKind, id: string) =>
  `/files/${kind === 'INVOICE' ? 'invoices' : 'quotes'}/${id}/pdf`;
