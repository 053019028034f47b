import { Anchor, Chip, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Overview } from '@server/rounds/schema.ts';
import { strainLevels, type StrainLevel } from '@server/rounds/strain-levels.ts';
import {
  SituationTable as SituationTableView,
  type SituationTableRow,
} from '../../../components/ui/situation-table.tsx';
import { StrainSparkline, type StrainPoint } from './strain-sparkline.tsx';
import { useRoundLabels } from './use-round-labels.ts';

type Row = Overview['rows'][number];
type Status = Row['status'];

const sortOrders = ['strain', 'change', 'status', 'forum'] as const;
type SortOrder = (typeof sortOrders)[number];
const statuses: readonly Status[] = ['missing', 'late', 'submitted'];

/** Higher is worse; organisations without a stated strain come after every stated one. */
const strainRank = (level: StrainLevel | null) => (level === null ? -1 : strainLevels.indexOf(level));
const changeRank = (row: Row) =>
  row.strainLevel === null || row.previous?.strainLevel == null
    ? Number.NEGATIVE_INFINITY
    : strainRank(row.strainLevel) - strainRank(row.previous.strainLevel);

/** Each order ends in the forum's order, so equal rows keep the order the members know. */
function sortRows(rows: readonly Row[], order: SortOrder): Row[] {
  const position = new Map(rows.map((row, index) => [row.organizationId, index]));
  const byForum = (a: Row, b: Row) => position.get(a.organizationId)! - position.get(b.organizationId)!;
  const compareBy: Record<SortOrder, (a: Row, b: Row) => number> = {
    strain: (a, b) => strainRank(b.strainLevel) - strainRank(a.strainLevel) || changeRank(b) - changeRank(a),
    change: (a, b) => changeRank(b) - changeRank(a) || strainRank(b.strainLevel) - strainRank(a.strainLevel),
    status: (a, b) => statuses.indexOf(a.status) - statuses.indexOf(b.status),
    forum: () => 0,
  };
  return [...rows].sort((a, b) => compareBy[order](a, b) || byForum(a, b));
}

function StrainNote({ row }: { row: Row }) {
  const { t } = useTranslation();
  if (!row.previous) return null;
  const before = row.previous.strainLevel
    ? t(`strain.${row.previous.strainLevel}`)
    : t(`rounds.overview.previousStatus.${row.previous.status}`);
  return (
    <Text size="sm" className={row.strainChange ? `strain-change-${row.strainChange}` : undefined}>
      {row.strainChange
        ? t(`rounds.overview.strainChange.${row.strainChange}`, { before })
        : t('rounds.overview.previousOnly', { before })}
    </Text>
  );
}

/** Chips that narrow the table; none chosen shows everything. */
function ChipFilter(props: {
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  options: { value: string; label: string }[];
}) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {props.label}
      </Text>
      <Chip.Group multiple value={props.value} onChange={props.onChange}>
        <Group gap={6} role="group" aria-labelledby={labelId}>
          {props.options.map((option) => (
            <Chip key={option.value} value={option.value} size="sm">
              {option.label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Stack>
  );
}

interface SituationTableProps {
  overview: Overview;
  /** The report form of an organisation, where the user may open it, and how to name the link. */
  reportLink: (row: Row) => { href: string; label: string } | undefined;
  /** Each organisation's strain over recent rounds up to this one, oldest first, where known. */
  strainHistory?: (organizationId: string) => StrainPoint[] | undefined;
}

/**
 * The table the members used to read aloud: Verksamhet / Läge / Nuläge / Utmaning / Medskick,
 * most strained first unless the reader picks another order, filterable by strain and status.
 */
export function SituationTable({ overview, reportLink, strainHistory }: SituationTableProps) {
  const { t } = useTranslation();
  const labels = useRoundLabels();
  const [order, setOrder] = useState<SortOrder>('strain');
  const [shownStrains, setShownStrains] = useState<string[]>([]);
  const [shownStatuses, setShownStatuses] = useState<string[]>([]);
  const visible = sortRows(overview.rows, order).filter(
    (row) =>
      (shownStrains.length === 0 || shownStrains.includes(row.strainLevel ?? 'unstated')) &&
      (shownStatuses.length === 0 || shownStatuses.includes(row.status)),
  );
  const rows = visible.map((row): SituationTableRow => {
    const link = reportLink(row);
    const history = strainHistory?.(row.organizationId);
    const trend = history && <StrainSparkline points={history} />;
    return {
      key: row.organizationId,
      missing: row.status === 'missing',
      dataStatus: row.status,
      heading: (
        <Stack gap={4}>
          <span>{row.organizationName}</span>
          {row.status === 'late' && row.submittedAt && (
            <Text size="sm" fw={600} className="late-note">
              {t('rounds.table.late', { at: labels.dateTime(row.submittedAt) })}
            </Text>
          )}
          {row.onBehalf && (
            <Text size="sm" fw={400}>
              {t('rounds.table.onBehalf')}
            </Text>
          )}
          {row.version !== null && row.version > 1 && (
            <Text size="sm" fw={400} c="dimmed">
              {t('rounds.table.amended', { version: row.version })}
            </Text>
          )}
          {link && (
            <Anchor
              component={Link}
              to={link.href}
              size="sm"
              fw={400}
              className="no-print"
              aria-label={t('forms.names.ofOrganization', { label: link.label, organization: row.organizationName })}
            >
              {link.label}
            </Anchor>
          )}
        </Stack>
      ),
      missingContent: (
        <>
          <Text fw={650}>{t('rounds.table.noReport')}</Text>
          {row.hasDraft && (
            <Text size="sm" c="dimmed">
              {t('rounds.table.draftStarted')}
            </Text>
          )}
          <StrainNote row={row} />
          {trend}
        </>
      ),
      strainLevel: row.strainLevel,
      strainNote: (
        <>
          <StrainNote row={row} />
          {trend}
        </>
      ),
      currentSituation: row.currentSituation,
      challenges: row.challenges,
      input: row.input,
    };
  });
  const isFiltered = visible.length < overview.rows.length;
  return (
    <Stack gap="sm">
      <Group gap="lg" align="flex-end" className="no-print">
        <NativeSelect
          label={t('rounds.overview.sort')}
          data={sortOrders.map((value) => ({ value, label: t(`rounds.overview.sortBy.${value}`) }))}
          value={order}
          onChange={(event) => setOrder(event.currentTarget.value as SortOrder)}
          w={240}
        />
        <ChipFilter
          label={t('rounds.overview.filterStrain')}
          value={shownStrains}
          onChange={setShownStrains}
          options={[
            ...[...strainLevels].reverse().map((level) => ({ value: level, label: t(`strain.${level}`) })),
            { value: 'unstated', label: t('rounds.strain.unstated') },
          ]}
        />
        <ChipFilter
          label={t('rounds.overview.filterStatus')}
          value={shownStatuses}
          onChange={setShownStatuses}
          options={statuses.map((status) => ({ value: status, label: t(`rounds.overview.status.${status}`) }))}
        />
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {isFiltered
          ? t('rounds.overview.showing', { shown: visible.length, count: overview.rows.length })
          : t('rounds.overview.showingAll', { count: overview.rows.length })}
      </Text>
      <SituationTableView
        caption={t(`rounds.overview.caption.${order}`, { title: labels.title(overview.round) })}
        rows={rows}
        minWidth={860}
        strainWidth="13%"
      />
    </Stack>
  );
}
