/** axe-core run inside the real side panel (injected over CDP: the panel is not a Playwright page). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SidePanel } from './browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

export async function seriousViolations(panel: SidePanel): Promise<AxeViolation[]> {
  await panel.evaluate(`(() => { if (!window.axe) { ${axeSource}; } return true; })()`);
  const all = await panel.evaluate<AxeViolation[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length })))`,
  );
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
