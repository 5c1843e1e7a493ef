import { demoAdministrations, demoPlatformAdmin } from './demo-data.js';
import { demoOversight } from './demo-oversight.js';

export type DemoAccount = { administration: string; email: string; label: string };

export function listDemoAccounts(): DemoAccount[] {
  const accounts: DemoAccount[] = [
    { administration: 'Plateforme', email: demoPlatformAdmin.email, label: 'Administrateur de la plateforme' },
  ];
  for (const a of demoAdministrations) {
    for (const p of a.people) if (p.account) accounts.push({ administration: a.shortName, email: p.email, label: p.account.label });
  }
  accounts.push({ administration: demoOversight.shortName, email: demoOversight.account.email, label: demoOversight.account.label });
  return accounts;
}

export function describeDemoAccounts(password: string): string[] {
  const accounts = listDemoAccounts();
  const width = Math.max(...accounts.map((a) => a.email.length));
  return [`Demo accounts (password: ${password}):`, ...accounts.map((a) => `  ${a.email.padEnd(width)}  ${a.label} (${a.administration})`)];
}
