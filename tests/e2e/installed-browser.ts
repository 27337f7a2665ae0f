/**
 * Finding a browser the real-browser tests can drive: an environment variable, then the usual
 * places. On Debian as root a missing one is installed from apt, and we say so; elsewhere the
 * error names the one command to run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface BrowserSpec {
  label: string;
  /** The variable that points at an executable of the reader's choice. */
  env: string;
  candidates: readonly string[];
  aptPackages: readonly string[];
}

export const installHint = (b: BrowserSpec) => `No ${b.label} found. Install it: sudo apt-get install -y ${b.aptPackages.join(' ')} (Debian/Ubuntu), or set ${b.env}.`;

export function findBrowser(b: BrowserSpec): string | null {
  const fromEnv = process.env[b.env];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return b.candidates.find((p) => existsSync(p)) ?? null;
}

export function ensureBrowser(b: BrowserSpec): string {
  const found = findBrowser(b);
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`${b.label} is missing: installing it from Debian (apt-get install -y ${b.aptPackages.join(' ')})…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...b.aptPackages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const now = findBrowser(b);
    if (now) return now;
  }
  throw new Error(installHint(b));
}
