import { useTranslation } from 'react-i18next';
import { higherIsSchema, indicatorKindSchema, type IndicatorKind } from '@server/indicators/schema.ts';
import { organizationKinds, type OrganizationKind } from '@server/organizations/schema.ts';
import type { Option } from '../../../components/ui/options.ts';

export type HigherIs = (typeof higherIsSchema.options)[number];

export function useIndicatorLabels() {
  const { t } = useTranslation();
  const kindLabel = (kind: IndicatorKind) => t(`indicators.kind.${kind}`);
  const higherIsLabel = (higherIs: HigherIs) => t(`indicators.higherIs.${higherIs}`);
  const organizationKindLabel = (kind: OrganizationKind) => t(`organizations.kind.${kind}`);
  const kindOptions: Option[] = indicatorKindSchema.options.map((kind) => ({ value: kind, label: kindLabel(kind) }));
  const higherIsOptions: Option[] = higherIsSchema.options.map((value) => ({ value, label: higherIsLabel(value) }));
  const organizationKindOptions: Option[] = organizationKinds.map((kind) => ({
    value: kind,
    label: organizationKindLabel(kind),
  }));
  return { kindLabel, higherIsLabel, organizationKindLabel, kindOptions, higherIsOptions, organizationKindOptions };
}
