import { Box, VisuallyHidden } from '@mantine/core';
import { Line, LineChart, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { strainLevels, type StrainLevel } from '@server/rounds/strain-levels.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import { useRoundLabels } from './use-round-labels.ts';

/** An organisation's strain in one round; null when it did not report (a gap in the line). */
export interface StrainPoint {
  roundTitle: string;
  level: StrainLevel | null;
}

/**
 * A small line of an organisation's strain over recent rounds on a fixed scale (bottom normalläge,
 * top kritiskt; a round without a report is a gap, and a lone report a dot), with the same history
 * in words for those who cannot see it. Shape, not colour, carries the meaning. Recharts directly
 * rather than Mantine's Sparkline, which scales to the data and cannot fix the axis.
 */
export function StrainSparkline({ points }: { points: StrainPoint[] }) {
  const { t } = useTranslation();
  const labels = useRoundLabels();
  if (points.length < 2) return null;
  const history = new Intl.ListFormat(currentLocale(), { type: 'unit' }).format(
    points.map((point) =>
      t('rounds.trend.entry', {
        round: labels.title({ title: point.roundTitle }),
        level: point.level ? t(`strain.${point.level}`) : t('rounds.trend.noReport'),
      }),
    ),
  );
  const label = t('rounds.trend.label', { count: points.length, history });
  // The title shows the words on hover to those who see the line but not what it stands for.
  return (
    <Box className="strain-sparkline" title={label}>
      <Box aria-hidden>
        <LineChart
          // Not a control: no keyboard focus or role of its own; the words below stand for it.
          accessibilityLayer={false}
          tabIndex={-1}
          width={96}
          height={26}
          margin={{ top: 3, right: 3, bottom: 3, left: 3 }}
          data={points.map((point) => ({ level: point.level === null ? null : strainLevels.indexOf(point.level) }))}
        >
          <YAxis hide domain={[0, strainLevels.length - 1]} />
          <Line
            dataKey="level"
            type="linear"
            stroke="var(--mantine-color-gray-8)"
            strokeWidth={1.5}
            dot={{ r: 2, fill: 'var(--mantine-color-gray-8)' }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </Box>
      <VisuallyHidden>{label}</VisuallyHidden>
    </Box>
  );
}
