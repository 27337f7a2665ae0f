/**
 * Where the large data sets live: benchmarks and evaluations read them from one place, never the
 * tests (they run from the repository alone, on `tests/fixtures/`).
 *
 *   PARALLAX_DATA   the data folder (default: `../shared/data` beside the checkout)
 *   PARALLAX_TOOLS  the team's reference scorers (default: `tools` beside the data folder)
 *
 * A missing set is said in one line, with where to put it, and the run stops: a benchmark never
 * skips silently and never reports a figure on data it did not read.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

export const DATA_DIR = resolve(REPO, process.env.PARALLAX_DATA ?? '../shared/data');
export const TOOLS_DIR = resolve(REPO, process.env.PARALLAX_TOOLS ?? join(dirname(DATA_DIR), 'tools'));

function required(root: string, variable: string, rel: string): string {
  const path = join(root, rel);
  if (!existsSync(path)) {
    console.error(`Missing ${rel}: this benchmark reads it from ${root} — put the data set there, or set ${variable} to the folder that holds it.`);
    process.exit(2);
  }
  return path;
}

/** The path of a data set (file or folder) under PARALLAX_DATA; stops the run with one line if it is missing. */
export const dataPath = (rel: string): string => required(DATA_DIR, 'PARALLAX_DATA', rel);

/** The path of a reference scorer under PARALLAX_TOOLS; stops the run with one line if it is missing. */
export const toolPath = (rel: string): string => required(TOOLS_DIR, 'PARALLAX_TOOLS', rel);
