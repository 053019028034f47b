import { useTranslation } from 'react-i18next';
import { strainLevels, type StrainLevel } from '@server/rounds/strain-levels.ts';

/** A strain level in words, with a colour and a marker that grows with the strain: never colour alone. */
export function StrainBadge({ level }: { level: StrainLevel }) {
  const { t } = useTranslation();
  return (
    <span className={`strain-badge strain-${level}`}>
      <span className="strain-marker" aria-hidden>
        {'●'.repeat(strainLevels.indexOf(level) + 1)}
      </span>
      {t(`strain.${level}`)}
    </span>
  );
}
