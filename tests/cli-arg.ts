/** A command-line option's value, as `--name value` or `--name=value` (the test tools' CLIs). */
export function argValue(name: string, fallback?: string, argv: string[] = process.argv): string | undefined {
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  if (eq) return eq.slice(name.length + 3);
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
}
