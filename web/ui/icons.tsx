// A few line icons (24×24, stroke), drawn here to avoid an icon package. Decorative: hidden from screen readers.
import type { SVGProps } from 'react';

type IconProps = SVGProps<SVGSVGElement> & { size?: number };

function makeIcon(paths: string[]) {
  return function Icon({ size = 18, ...props }: IconProps) {
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width={size}
        height={size}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
        {...props}
      >
        {paths.map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    );
  };
}

export const IconHome = makeIcon(['M5 12H3l9-9 9 9h-2', 'M5 12v7a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-7', 'M9 21v-6h6v6']);
export const IconSitemap = makeIcon([
  'M9 3h6v5H9z',
  'M3 16h6v5H3z',
  'M15 16h6v5h-6z',
  'M6 16v-2a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v2',
  'M12 8v5',
]);
export const IconBuilding = makeIcon(['M3 21h18', 'M5 21V7l7-4 7 4v14', 'M9 10h1', 'M14 10h1', 'M9 14h1', 'M14 14h1', 'M10 21v-3h4v3']);
export const IconBriefcase = makeIcon(['M4 7h16v12H4z', 'M9 7V5a2 2 0 0 1 2-2h2a2 2 0 0 1 2 2v2', 'M4 13h16']);
export const IconUsers = makeIcon([
  'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z',
  'M3 21v-2a4 4 0 0 1 4-4h4a4 4 0 0 1 4 4v2',
  'M16 3.1a4 4 0 0 1 0 7.8',
  'M21 21v-2a4 4 0 0 0-3-3.9',
]);
export const IconFileSpreadsheet = makeIcon([
  'M14 3v4a1 1 0 0 0 1 1h4',
  'M17 21H7a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h7l5 5v11a2 2 0 0 1-2 2z',
  'M8 11h8v7H8z',
  'M8 15h8',
  'M11 11v7',
]);
export const IconChevronRight = makeIcon(['M9 6l6 6-6 6']);
export const IconChevronDown = makeIcon(['M6 9l6 6 6-6']);
export const IconSearch = makeIcon(['M10 17a7 7 0 1 0 0-14 7 7 0 0 0 0 14z', 'M21 21l-6-6']);
export const IconPrinter = makeIcon([
  'M17 17h2a2 2 0 0 0 2-2v-4a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v4a2 2 0 0 0 2 2h2',
  'M17 9V5a2 2 0 0 0-2-2H9a2 2 0 0 0-2 2v4',
  'M7 13h10v8H7z',
]);
export const IconDownload = makeIcon(['M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2', 'M7 11l5 5 5-5', 'M12 4v12']);
export const IconUpload = makeIcon(['M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2', 'M7 9l5-5 5 5', 'M12 4v12']);
export const IconPlus = makeIcon(['M12 5v14', 'M5 12h14']);
export const IconPencil = makeIcon(['M4 20h4L18.5 9.5a2.8 2.8 0 0 0-4-4L4 16v4', 'M13.5 6.5l4 4']);
export const IconTrash = makeIcon([
  'M4 7h16',
  'M10 11v6',
  'M14 11v6',
  'M5 7l1 12a2 2 0 0 0 2 2h8a2 2 0 0 0 2-2l1-12',
  'M9 7V4a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v3',
]);
export const IconLogout = makeIcon([
  'M14 8V6a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h7a2 2 0 0 0 2-2v-2',
  'M9 12h12l-3-3',
  'M18 15l3-3',
]);
export const IconLanguage = makeIcon(['M4 5h7', 'M9 3v2c0 4.4-2.2 8-5 8', 'M5 9c0 2.1 2.9 3.9 6.6 4', 'M12 20l4-9 4 9', 'M19.1 18h-6.2']);
export const IconAlert = makeIcon([
  'M12 9v4',
  'M10.4 3.9L2.6 17.6A1.9 1.9 0 0 0 4.2 20.5h15.6a1.9 1.9 0 0 0 1.6-2.9L13.6 3.9a1.9 1.9 0 0 0-3.2 0z',
  'M12 16h.01',
]);
export const IconInfo = makeIcon(['M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z', 'M12 8h.01', 'M11 12h1v4h1']);
export const IconInbox = makeIcon(['M4 4h16v16H4z', 'M4 13h3l3 3h4l3-3h3']);
export const IconArrowLeft = makeIcon(['M5 12h14', 'M5 12l6 6', 'M5 12l6-6']);
export const IconSelector = makeIcon(['M8 9l4-4 4 4', 'M16 15l-4 4-4-4']);
export const IconUser = makeIcon(['M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z', 'M6 21v-2a4 4 0 0 1 4-4h4a4 4 0 0 1 4 4v2']);
export const IconFolder = makeIcon(['M4 5h5l2 2h9v11a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1z']);
export const IconHistory = makeIcon(['M12 8v4l2 2', 'M3.05 11a9 9 0 1 1 .5 4', 'M3 20v-5h5']);
export const IconCalendar = makeIcon([
  'M4 7a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2z',
  'M16 3v4',
  'M8 3v4',
  'M4 11h16',
]);
export const IconInboxIn = makeIcon([
  'M4 13h3l3 3h4l3-3h3',
  'M4 13V6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v7v5a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2z',
  'M12 7v5',
  'M9.5 9.5L12 12l2.5-2.5',
]);
export const IconNotes = makeIcon(['M5 3h14v18H5z', 'M9 7h6', 'M9 11h6', 'M9 15h4']);
export const IconRss = makeIcon(['M5 19h.01', 'M4 4a16 16 0 0 1 16 16', 'M4 11a9 9 0 0 1 9 9']);
export const IconChartBar = makeIcon(['M3 21h18', 'M6 17V11', 'M11 17V6', 'M16 17v-4', 'M21 17V8']);
export const IconReport = makeIcon([
  'M14 3v4a1 1 0 0 0 1 1h4',
  'M17 21H7a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h7l5 5v11a2 2 0 0 1-2 2z',
  'M9 17v-3',
  'M12 17v-5',
  'M15 17v-2',
]);
export const IconTarget = makeIcon(['M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z', 'M12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8z', 'M12 12h.01']);
export const IconChecklist = makeIcon(['M9 6h11', 'M9 12h11', 'M9 18h11', 'M4 6l1 1 2-2', 'M4 12l1 1 2-2', 'M4 18l1 1 2-2']);
export const IconFolders = makeIcon(['M4 6h5l2 2h9v10H4z', 'M4 10h16']);
export const IconBell = makeIcon([
  'M10 5a2 2 0 1 1 4 0a7 7 0 0 1 4 6v3a4 4 0 0 0 2 3H4a4 4 0 0 0 2-3v-3a7 7 0 0 1 4-6',
  'M9 17v1a3 3 0 0 0 6 0v-1',
]);
export const IconPaperclip = makeIcon(['M15 7l-6.5 6.5a1.5 1.5 0 0 0 3 3L18 10a3 3 0 0 0-6-6l-6.5 6.5a4.5 4.5 0 0 0 9 9L21 13']);
