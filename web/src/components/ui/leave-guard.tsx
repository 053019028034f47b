import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { hasUnsavedChanges } from '../../lib/unsaved-changes.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';

/**
 * Asks before navigating within the app away from a page with unsaved text (the browser itself
 * asks before a reload or closing the tab). Leaving throws the text away only when confirmed.
 */
export function LeaveGuard() {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && hasUnsavedChanges(),
  );
  if (blocker.state !== 'blocked') return null;
  return (
    <ConfirmDialog
      title={t('forms.leave.title')}
      text={t('forms.leave.text')}
      confirmLabel={t('forms.leave.confirm')}
      cancelLabel={t('forms.leave.stay')}
      onConfirm={() => blocker.proceed()}
      onClose={() => blocker.reset()}
      isPending={false}
    />
  );
}
