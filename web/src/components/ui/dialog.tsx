import { Modal } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  title: string;
  onClose: () => void;
  size?: 'md' | 'lg';
  children: ReactNode;
}

/**
 * A modal dialog, mounted while open. Mantine traps focus inside; because the dialog unmounts
 * instead of animating closed, it hands focus back to the element that opened it itself.
 */
export function Dialog({ title, onClose, size = 'md', children }: DialogProps) {
  const { t } = useTranslation();
  // Read during the first render, before the modal moves focus into itself.
  const [opener] = useState(() => document.activeElement);

  useEffect(
    () => () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    },
    [opener],
  );

  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size={size}
      returnFocus={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {children}
    </Modal>
  );
}
