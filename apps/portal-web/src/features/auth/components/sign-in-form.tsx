import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMail } from '@tabler/icons-react';
import { isEmail, normalizeEmail } from '@clientflow/domain';
import { useT } from '../../../shared/i18n/i18n-provider';
import type { MessageKey } from '../../../shared/i18n/dictionary.types';

interface SignInFormProps {
  initialEmail: string;
  submitting: boolean;
  onSubmit: (email: string) => void;
}

// Errors are kept as message keys so they follow a language switch.
function validateEmail(value: string): MessageKey | null {
  const email = normalizeEmail(value);
  if (!email) return 'signIn.emailRequired';
  return isEmail(email) ? null : 'signIn.emailInvalid';
}

export function SignInForm({ initialEmail, submitting, onSubmit }: SignInFormProps) {
  const t = useT();
  const form = useForm({
    initialValues: { email: initialEmail },
    validate: { email: validateEmail },
    validateInputOnBlur: true,
  });
  const errorKey = form.errors.email as MessageKey | undefined;

  return (
    <form noValidate onSubmit={form.onSubmit(({ email }) => onSubmit(normalizeEmail(email)))}>
      <Stack gap="md">
        <div>
          <Title order={1} size="h2">
            {t('signIn.title')}
          </Title>
          <Text c="dimmed" mt={6}>
            {t('signIn.subtitle')}
          </Text>
        </div>
        <TextInput
          {...form.getInputProps('email')}
          error={errorKey ? t(errorKey) : undefined}
          label={t('signIn.emailLabel')}
          placeholder={t('signIn.emailPlaceholder')}
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          leftSection={<IconMail size={16} aria-hidden />}
          size="md"
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the sign-in page is this form, and the email is its only field
          autoFocus
        />
        <Button type="submit" size="md" fullWidth loading={submitting}>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
