import { useTranslation } from 'react-i18next';
import { organizationKinds, type OrganizationKind } from '@server/organizations/schema.ts';
import type { Option } from '../../../components/ui/options.ts';

export function useKindLabel(): (kind: OrganizationKind) => string {
  const { t } = useTranslation();
  return (kind) => t(`organizations.kind.${kind}`);
}

export function useKindOptions(): Option[] {
  const kindLabel = useKindLabel();
  return organizationKinds.map((kind) => ({ value: kind, label: kindLabel(kind) }));
}
