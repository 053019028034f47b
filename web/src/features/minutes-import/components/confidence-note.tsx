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

type Field = keyof ImportPreview['confidence'];

/**
 * A file's fields the importer guessed or is unsure of, named in a line of the list of files, so the person knows
 * which files to review before importing them all. A field not found is left out: most files lack some.
 */
export function ConfidenceSummary({ confidence }: { confidence: ImportPreview['confidence'] }) {
  const { t } = useTranslation();
  const names = (fields: Field[]) => fields.map((field) => t(`minutesImport.batch.field.${field}`)).join(', ');
  // In the order of the form (the server's schema).
  const fields = Object.keys(confidence) as Field[];
  const guessed = fields.filter((field) => confidence[field].guessed);
  const uncertain = fields.filter(
    (field) => !confidence[field].guessed && confidence[field].score > 0 && level(confidence[field].score) === 'low',
  );
  if (guessed.length === 0 && uncertain.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('minutesImport.batch.sure')}
      </Text>
    );
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Badge component="span" size="xs" color="orange" variant="light">
        {t('minutesImport.batch.check')}
      </Badge>
      <Text size="xs">
        {[
          guessed.length > 0 && t('minutesImport.batch.guessedFields', { fields: names(guessed) }),
          uncertain.length > 0 && t('minutesImport.batch.lowFields', { fields: names(uncertain) }),
        ]
          .filter(Boolean)
          .join(' ')}
      </Text>
    </Group>
  );
}
