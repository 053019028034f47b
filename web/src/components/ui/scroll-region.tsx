import { Table } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface ScrollRegionProps {
  /** Names the region for screen readers: usually the table's caption. */
  label: string;
  minWidth: number;
  children: ReactNode;
}

/**
 * A wide table's horizontal scroll box. When it actually scrolls (on a phone) it becomes a named,
 * focusable region, so a keyboard user can scroll it with the arrow keys; when everything fits it
 * adds no tab stop.
 */
export function ScrollRegion({ label, minWidth, children }: ScrollRegionProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [isScrollable, setIsScrollable] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // The observer reports once on observe and again on every size change, e.g. turning the phone.
    const observer = new ResizeObserver(() => setIsScrollable(element.scrollWidth > element.clientWidth + 1));
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      ref={ref}
      {...(isScrollable ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
    >
      {children}
    </Table.ScrollContainer>
  );
}
