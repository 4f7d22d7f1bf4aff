// One line per thing the package check found wrong, grouped by kind when printed.
export interface Finding {
  /** missing: the app needs it and the package lacks it; extra: shipped but never used; wrong: there, but not as it must be. */
  kind: 'missing' | 'extra' | 'wrong';
  what: string;
}

export function formatFindings(findings: readonly Finding[]): string {
  const groups: [Finding['kind'], string][] = [
    ['missing', 'Missing from the package'],
    ['extra', 'In the package, but not used at run time'],
    ['wrong', 'Not as it must be'],
  ];
  return groups
    .map(([kind, title]) => [title, findings.filter((finding) => finding.kind === kind)] as const)
    .filter(([, found]) => found.length > 0)
    .map(([title, found]) => `${title} (${found.length}):\n${found.map((finding) => `  - ${finding.what}`).join('\n')}`)
    .join('\n');
}
