import { Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { checkTaxId } from '@clientflow/domain';
import { DatePickerInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { IconAt, IconCalendar, IconCircleCheck, IconPhone, IconWorld } from '@tabler/icons-react';
import { humanizeEnum } from '../../../shared/lib/format';
import { CLIENT_SIZES, MAX_TAGS, SIZE_LABELS, TAX_ID_TYPES, type ClientFormValues } from '../lib/client-form-values';
import { ClientAddressFields } from './client-address-fields';

const SIZE_OPTIONS = CLIENT_SIZES.map((value) => ({ value, label: SIZE_LABELS[value] }));
const TAX_OPTIONS = TAX_ID_TYPES.map((value) => ({ value, label: value === 'OTHER' ? 'Other' : value }));

interface ClientProfileFieldsProps {
  form: UseFormReturnType<ClientFormValues>;
  locale: string;
  /** Rendered between the company details and the tax section (contact name, status…). */
  children?: React.ReactNode;
  autoFocusName?: boolean;
}

export function ClientProfileFields({ form, locale, children, autoFocusName = false }: ClientProfileFieldsProps) {
  const today = new Date().toISOString().slice(0, 10);
  const { taxId, taxIdType } = form.values;
  // Live check-digit feedback while typing; the validation rule turns a wrong id into an error on blur/submit.
  const taxCheck = taxId.trim() && taxIdType && taxIdType !== 'OTHER' ? checkTaxId(taxIdType, taxId) : null;
  const taxFeedback = !taxCheck ? undefined : taxCheck.ok ? (
    <Text span size="xs" c="teal.7" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <IconCircleCheck size={14} aria-hidden /> Valid {taxIdType}: {taxCheck.value}
    </Text>
  ) : (
    taxCheck.message
  );

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={4}>Company</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="Company name"
            required
            withAsterisk
            // eslint-disable-next-line jsx-a11y/no-autofocus -- only the New client page asks for it, and there the form is the page
            autoFocus={autoFocusName}
            {...form.getInputProps('name')}
          />
          <TextInput label="Legal name" placeholder="As it appears on invoices" {...form.getInputProps('legalName')} />
          <TextInput
            label="Email"
            type="email"
            required
            withAsterisk
            leftSection={<IconAt size={16} />}
            {...form.getInputProps('email')}
          />
          <TextInput label="Phone" type="tel" leftSection={<IconPhone size={16} />} {...form.getInputProps('phone')} />
          <TextInput
            label="Website"
            placeholder="acme.com"
            leftSection={<IconWorld size={16} />}
            {...form.getInputProps('website')}
          />
          <TextInput label="Industry" placeholder="e.g. Retail, SaaS" {...form.getInputProps('industry')} />
          <Select label="Size" placeholder="Not set" data={SIZE_OPTIONS} clearable {...form.getInputProps('size')} />
          <DatePickerInput
            label="First contact"
            placeholder="Pick a date"
            leftSection={<IconCalendar size={16} />}
            clearable
            maxDate={today}
            valueFormat="D MMM YYYY"
            {...form.getInputProps('firstContactAt')}
          />
        </SimpleGrid>
      </Stack>

      {children}

      <Stack gap="sm">
        <Title order={4}>Tax</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label="Tax id type"
            placeholder="Choose"
            data={TAX_OPTIONS}
            clearable
            {...form.getInputProps('taxIdType')}
            onChange={(value) => {
              form.setFieldValue('taxIdType', value as ClientFormValues['taxIdType']);
              if (form.values.taxId.trim()) form.validateField('taxId');
            }}
          />
          <TextInput
            label="Tax id"
            placeholder={form.values.taxIdType ? humanizeEnum(form.values.taxIdType) : undefined}
            description={form.errors.taxId ? undefined : taxFeedback}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            {...form.getInputProps('taxId')}
          />
        </SimpleGrid>
      </Stack>

      <ClientAddressFields form={form} locale={locale} />

      <Stack gap="sm">
        <Title order={4}>Tags</Title>
        <TagsInput
          aria-label="Tags"
          placeholder="Type a tag and press Enter"
          description={`Up to ${MAX_TAGS} tags, used to group and find clients`}
          maxTags={MAX_TAGS}
          clearable
          {...form.getInputProps('tags')}
        />
      </Stack>
    </Stack>
  );
}
