import { createTheme, Notification, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';
import i18next from 'i18next';

// A calm public-sector blue; shades 7–9 reach at least 4.5:1 against white (WCAG AA).
const samverkanBlue: MantineColorsTuple = [
  '#eaf2fb',
  '#d3e2f3',
  '#a6c3e6',
  '#76a3da',
  '#4f87cf',
  '#3675c8',
  '#276bc6',
  '#1b5aae',
  '#13508f',
  '#0b3d6e',
];

export const theme = createTheme({
  primaryColor: 'samverkan',
  // Shade 8 keeps white text on filled buttons above 4.5:1 (Mantine's default shade 6 fails axe).
  primaryShade: 8,
  colors: { samverkan: samverkanBlue },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    // A notification's close button is an icon; it needs a name in the current language.
    Notification: Notification.extend({
      defaultProps: {
        closeButtonProps: {
          get 'aria-label'() {
            return i18next.t('common.close');
          },
        },
      },
    }),
  },
});

// Mantine's "dimmed" grey (descriptions, secondary text) and its error red are below 4.5:1 on
// white; gray.7 and red.9 pass. The text of a light alert is shade 9 on shade 1, which is 4.3:1 for
// teal and 3.9:1 for orange: darker tones give 6.2:1 and 5.3:1.
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': current.colors.gray[7],
    '--mantine-color-error': current.colors.red[9],
    '--mantine-color-teal-light-color': '#06644a',
    '--mantine-color-orange-light-color': '#a34100',
  },
  dark: {},
});
