/** The text file users keep with their recovery codes. */
export function recoveryCodesText(codes: readonly string[], account: string, createdAt = new Date()): string {
  return [
    'ClientFlow recovery codes',
    `Account: ${account}`,
    `Created: ${createdAt.toISOString().slice(0, 10)}`,
    '',
    'Each code signs you in once when you cannot use your authenticator app.',
    '',
    ...codes,
    '',
  ].join('\n');
}

/** Saves the codes as clientflow-recovery-codes.txt through a temporary link. */
export function downloadRecoveryCodes(codes: readonly string[], account: string): void {
  const blob = new Blob([recoveryCodesText(codes, account)], { type: 'text/plain;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'clientflow-recovery-codes.txt';
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
