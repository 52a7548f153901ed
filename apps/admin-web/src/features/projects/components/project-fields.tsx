import {
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { currencyDecimals } from '@clientflow/domain';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import type { ProjectFieldValues } from '../lib/project-form-values';
import { PROJECT_TYPE_OPTIONS } from '../lib/project-labels';

/** The project's own fields, shared by the new-project form and the edit drawer. */
export function ProjectFields<V extends ProjectFieldValues>({ form }: { form: UseFormReturnType<V> }) {
  const f = form as unknown as UseFormReturnType<ProjectFieldValues>;
  const withMoney = useCan('financials.view');
  const { currency } = useWorkspaceFormat();
  const digits = currencyDecimals(currency);
  const billingMode = f.values.billingMode;
  return (
    <Stack gap="sm">
      <TextInput label="Project name" required maxLength={200} {...f.getInputProps('name')} />
      <Textarea label="Description" autosize minRows={2} maxRows={6} {...f.getInputProps('description')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Select label="Type" data={PROJECT_TYPE_OPTIONS} allowDeselect={false} {...f.getInputProps('type')} />
        <NumberInput label="Budget (hours)" min={0} decimalScale={2} {...f.getInputProps('budgetHours')} />
        <TextInput type="date" label="Start date" {...f.getInputProps('startDate')} />
        <TextInput type="date" label="Estimated end date" {...f.getInputProps('estimatedEndDate')} />
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          Billing
        </Text>
        <SegmentedControl
          aria-label="Billing mode"
          data={[
            { value: 'FIXED', label: 'Fixed price' },
            { value: 'HOURLY', label: 'Hourly' },
          ]}
          {...f.getInputProps('billingMode')}
        />
      </Stack>
      {withMoney && (
        <Group grow align="flex-start" wrap="wrap">
          <NumberInput
            label={`Value (${currency})`}
            min={0}
            decimalScale={digits}
            thousandSeparator
            {...f.getInputProps('value')}
          />
          <NumberInput
            label={`Hourly rate (${currency})`}
            min={0}
            decimalScale={digits}
            required={billingMode === 'HOURLY'}
            {...f.getInputProps('hourlyRate')}
          />
        </Group>
      )}
      <NumberInput
        label="Progress override (%)"
        description="Leave empty to follow completed tasks"
        min={0}
        max={100}
        allowDecimal={false}
        {...f.getInputProps('progressOverride')}
      />
    </Stack>
  );
}
