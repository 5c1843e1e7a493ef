export const TEST_PASSWORD = 'Pilotage-2026!';
