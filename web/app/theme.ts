import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A deep institutional green, sober enough for official documents.
const pilotage: MantineColorsTuple = [
  '#e9f6f0',
  '#d5ebe0',
  '#a8d5bf',
  '#78bf9c',
  '#51ac7f',
  '#38a06c',
  '#299a62',
  '#1a8651',
  '#0d7746',
  '#00673a',
];

const systemFonts = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";

export const theme = createTheme({
  primaryColor: 'pilotage',
  primaryShade: { light: 8, dark: 6 },
  colors: { pilotage },
  fontFamily: systemFonts,
  headings: { fontFamily: systemFonts, fontWeight: '650' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    // Badges read as normal words and are never cut short inside a narrow table cell.
    Badge: { defaultProps: { radius: 'sm' }, styles: { root: { textTransform: 'none', minWidth: 'max-content' } } },
  },
});
