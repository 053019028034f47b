import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import type { SearchHit } from '../api/search.ts';
import { HighlightedText } from './highlighted-text.tsx';

interface SearchResultsProps {
  hits: SearchHit[];
  /** Where a hit opens: the page composing this list knows the app's addresses. */
  hitHref: (hit: SearchHit) => string;
}

/** The hits as a list: what and where, the heading as a link to the record, the words in context. */
export function SearchResults({ hits, hitHref }: SearchResultsProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack component="ol" gap="md" className="search-results" aria-label={t('search.results.label')}>
      {hits.map((hit) => {
        const kind =
          hit.kind === 'importedMinutes'
            ? t('search.kindOfImported', { part: t(`search.part.${hit.part}`) })
            : t(`search.kind.${hit.kind}`);
        const where = [
          hit.forumName,
          hit.roundTitle,
          hit.meetingTitle,
          hit.itemNumber && t('search.results.item', { number: hit.itemNumber }),
        ].filter(Boolean);
        return (
          <li key={`${hit.kind}:${hit.id}`} className="search-hit">
            <Text size="sm" c="dimmed">
              {kind} · {formatDate(hit.date, locale)}
            </Text>
            <Title order={2} size="h4">
              <Anchor component={Link} to={hitHref(hit)}>
                <HighlightedText pieces={hit.title} />
              </Anchor>
            </Title>
            <Text size="sm">{where.join(' · ')}</Text>
            {hit.snippet.length > 0 && (
              <Text className="search-snippet">
                <HighlightedText pieces={hit.snippet} />
              </Text>
            )}
          </li>
        );
      })}
    </Stack>
  );
}
