import { useEffect } from 'react';
import {
  Alert,
  Button,
  ColorInput,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCoin, IconInfoCircle } from '@tabler/icons-react';
import { DomainError, formatMoney, validateWorkspaceSettings } from '@clientflow/domain';
import type { WorkspaceSettingsFieldsFragment } from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { formatDate } from '../../../shared/lib/format';
import { useUpdateWorkspaceSettings } from '../hooks/use-update-workspace-settings';
import { currencyOptions, localeOptions, timeZoneOptions } from './workspace-settings-options';

type Values = Omit<
  WorkspaceSettingsFieldsFragment,
  'id' | 'slug' | 'previousSlugs' | 'portalOrigin' | 'logoUrl' | 'accentColor' | '__typename'
> & {
  accentColor: string;
};

const SWATCHES = ['#4c6ef5', '#0ca678', '#7048e8', '#e64980', '#f76707', '#1098ad', '#2f9e44', '#495057'];
const valuesFrom = (s: WorkspaceSettingsFieldsFragment): Values => ({
  name: s.name,
  currency: s.currency,
  locale: s.locale,
  timezone: s.timezone,
  primaryColor: s.primaryColor,
  accentColor: s.accentColor ?? '',
  memberCanViewFinancials: s.memberCanViewFinancials,
});

function validate(values: Values): Record<string, string> {
  try {
    validateWorkspaceSettings(values);
    return {};
  } catch (error) {
    if (error instanceof DomainError && error.field)
      return { [error.field]: error.message.replace(/^./, (c) => c.toUpperCase()) };
    throw error;
  }
}

export function WorkspaceSettingsForm({ settings }: { settings: WorkspaceSettingsFieldsFragment }) {
  const [update, { loading }] = useUpdateWorkspaceSettings();
  const form = useForm<Values>({ initialValues: valuesFrom(settings), validate, validateInputOnBlur: true });

  // Stable methods of `form`, which itself is a new object every render.
  const { setValues, resetDirty } = form;
  useEffect(() => {
    setValues(valuesFrom(settings));
    resetDirty();
  }, [settings, setValues, resetDirty]);

  const submit = form.onSubmit(async (values) => {
    try {
      await update({ variables: { input: { ...values, accentColor: values.accentColor.trim() || null } } });
      notifications.show({ color: 'teal', title: 'Saved', message: 'Workspace settings were updated.' });
    } catch (error) {
      if (applyServerFieldError(form, error)) return;
      const { code, message } = apiErrorInfo(error);
      if (code === 'BAD_USER_INPUT') notifications.show({ color: 'red', title: 'Check the form', message });
    }
  }, focusFirstError(form));

  const preview = (() => {
    const v = form.values;
    if (Object.keys(validate(v)).length) return null;
    const format = { locale: v.locale, currency: v.currency, timeZone: v.timezone };
    return `${formatMoney(1234567, format)} · ${formatDate(new Date(Date.UTC(2026, 2, 14, 15)).toISOString(), format)}`;
  })();

  return (
    <form onSubmit={submit} noValidate aria-label="Workspace settings">
      <Stack gap="lg">
        <Paper withBorder p="lg">
          <Stack gap="md">
            <Title order={4}>General</Title>
            <TextInput label="Workspace name" required maxLength={100} {...form.getInputProps('name')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label="Currency"
                description="Used for project values and invoices"
                searchable
                data={currencyOptions()}
                allowDeselect={false}
                {...form.getInputProps('currency')}
              />
              <Select
                label="Locale"
                description="How numbers and dates are written"
                searchable
                data={localeOptions(settings.locale)}
                allowDeselect={false}
                {...form.getInputProps('locale')}
              />
              <Select
                label="Time zone"
                description="Dates are shown in this zone"
                searchable
                data={timeZoneOptions(settings.timezone)}
                allowDeselect={false}
                limit={200}
                {...form.getInputProps('timezone')}
              />
              <Stack gap={4} justify="flex-end">
                <Text size="sm" fw={500}>
                  Preview
                </Text>
                <Text size="sm" c={preview ? undefined : 'dimmed'} data-testid="format-preview">
                  {preview ?? '—'}
                </Text>
              </Stack>
            </SimpleGrid>
          </Stack>
        </Paper>
        <Paper withBorder p="lg">
          <Stack gap="md">
            <Title order={4}>Branding</Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <ColorInput
                label="Primary colour"
                description="Buttons and highlights in the client portal"
                format="hex"
                swatches={SWATCHES}
                {...form.getInputProps('primaryColor')}
              />
              <ColorInput
                label="Accent colour"
                description="Optional"
                format="hex"
                swatches={SWATCHES}
                placeholder="None"
                {...form.getInputProps('accentColor')}
              />
            </SimpleGrid>
          </Stack>
        </Paper>
        <Paper withBorder p="lg">
          <Stack gap="md">
            <Title order={4}>Permissions</Title>
            <Switch
              size="md"
              label="Members can see financial figures"
              description="Client values, project budgets and invoice totals. Owners, admins and managers always see them."
              thumbIcon={<IconCoin size={12} />}
              {...form.getInputProps('memberCanViewFinancials', { type: 'checkbox' })}
            />
            <Alert variant="light" icon={<IconInfoCircle size={18} />} p="sm">
              {form.values.memberCanViewFinancials
                ? 'Members will see money amounts on the clients they manage, as soon as you save.'
                : 'Members see their clients without money amounts: values and totals stay hidden from them.'}
            </Alert>
          </Stack>
        </Paper>
        <Group justify="flex-end">
          <Button variant="default" disabled={!form.isDirty() || loading} onClick={() => form.reset()}>
            Discard changes
          </Button>
          <Button type="submit" loading={loading} disabled={!form.isDirty()}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
