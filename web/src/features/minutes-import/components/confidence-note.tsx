import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../api/import-minutes.ts';

type Confidence = ImportPreview['confidence'][keyof ImportPreview['confidence']];

function level(score: number): 'high' | 'medium' | 'low' {
  if (score >= 0.8) return 'high';
  return score >= 0.5 ? 'medium' : 'low';
}

/**
 * How sure the importer is of one field, in words (never by colour alone): a guess is marked so the
 * person checks it; a field that was not found says so, since an empty field may be right or missed.
 */
export function ConfidenceNote({ confidence }: { confidence: Confidence | undefined }) {
  const { t } = useTranslation();
  if (!confidence) return null;
  if (confidence.score === 0 && !confidence.guessed)
    return (
      <Text span size="xs" c="dimmed">
        {t('minutesImport.confidence.notFound')}
      </Text>
    );
  const sureness = t(`minutesImport.confidence.${level(confidence.score)}`);
  return (
    <Group component="span" gap={6} wrap="nowrap" style={{ display: 'inline-flex' }}>
      {confidence.guessed && (
        <Badge component="span" size="xs" color="orange" variant="light">
          {t('minutesImport.confidence.guessed')}
        </Badge>
      )}
      <Text span size="xs">
        {confidence.guessed
          ? t('minutesImport.confidence.guessedText', { sureness })
          : t('minutesImport.confidence.read', { sureness })}
      </Text>
    </Group>
  );
}
