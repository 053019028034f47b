import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@server/auth/schema.ts';
import { changeLocale, currentLocale } from '../../../lib/i18n.ts';
import { useSaveLocale } from '../api/save-locale.ts';

/**
 * One click switches between Swedish and English. The button names the other language in that
 * language ("English", "Svenska"), marked with lang so screen readers pronounce it right.
 */
export function LanguageSwitch({ isSignedIn }: { isSignedIn: boolean }) {
  const { t } = useTranslation();
  const saveLocale = useSaveLocale();
  const next: Locale = currentLocale() === 'sv' ? 'en' : 'sv';

  const handleClick = async () => {
    await changeLocale(next, { remember: true });
    if (isSignedIn) saveLocale.mutate(next);
  };

  return (
    <Button variant="subtle" size="sm" lang={next} onClick={handleClick}>
      {t('language.switch')}
    </Button>
  );
}
