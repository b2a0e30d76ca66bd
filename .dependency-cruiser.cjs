// The import rules of ARCHITECTURE.md («Layers»), checked by `npm run lint` (dependency-cruiser).
// A layer imports only layers below it, never one above it and never cli/; the domains do not
// import each other except for the exceptions listed here, each also in ARCHITECTURE.md «Known
// debts»; no import cycles anywhere in src/. A new folder of src/ goes into `layers` (and the
// table of ARCHITECTURE.md) before anything may import it.

/** From the bottom up; the folders of one entry are one layer (the domains side by side). */
const layers = [
  ['util'],
  ['text'],
  ['i18n'],
  ['schema'],
  ['calendar'],
  ['docs'],
  ['reports', 'import', 'analysis', 'site', 'contest'],
  ['kinds'],
  ['workspace'],
  ['cli'],
];

/** Imports from one domain into another that ARCHITECTURE.md allows (or lists as a known debt). */
const sideways = [
  {
    // Known debt: contest/ uses the cell reader, the column letters and the streaming writer of
    // reports/ sideways, where a lower XLSX module should hold them; lists of people in CSV are
    // decoded («;», Windows-1251) by the decoder of the school forms.
    from: 'contest',
    to: ['^src/reports/(columns|xlsx-cells|xlsx-writer|csv)\\.ts$'],
  },
  {
    // plan import --update marks the record's entries with the change type of `centre done`
    // (type-only; the type belongs in a lower layer once records have one).
    from: 'import',
    to: ['^src/analysis/record-edit\\.ts$'],
  },
  {
    // The analysis prints the comparison of two monitoring rounds (the row type of reports/compare.ts, type-only).
    from: 'analysis',
    to: ['^src/reports/compare\\.ts$'],
  },
  {
    // The site's «Мониторинг» page reads a summary workbook with the one summary reader of
    // reports/ (ARCHITECTURE.md, file formats: «XLSX, summary»).
    from: 'site',
    to: ['^src/reports/(read-summary|summary-data)\\.ts$'],
  },
  {
    // «Итоги года» and a news draft from the record count what was held with the analysis's own
    // figures (one count for the DOCX and the site).
    from: 'site',
    to: ['^src/analysis/figures\\.ts$'],
  },
];

const folder = (names) => `^src/(${names.join('|')})/`;
const allFolders = layers.flat();
const forbidden = [
  {
    name: 'no-circular',
    comment: 'An import cycle: modules that need each other belong in one module, or the shared part in a lower one.',
    severity: 'error',
    // Type-only imports count too: a cycle of types is still modules that cannot be read one
    // without the other. Known debts, each closed through a type-only import (so nothing loads in
    // a cycle at run time), to be removed from this list when fixed (ARCHITECTURE.md «Known debts»):
    from: {
      path: '^src/',
      pathNot: [
        // the palette type of the terminal colours, declared beside the colours that load chalk lazily.
        '^src/cli/output/(chalk-palette|colours)\\.ts$',
      ],
    },
    to: { circular: true },
  },
  {
    name: 'no-command-imports-command',
    comment:
      'A command never imports another command (ARCHITECTURE.md «Layers»): what two commands share is a use case of src/workspace/, or, for the terminal, beside them in src/cli/.',
    severity: 'error',
    from: { path: '^src/cli/commands/' },
    to: { path: '^src/cli/commands/' },
  },
  {
    name: 'command-calls-use-case',
    comment:
      'A command parses its options, calls its use case of src/workspace/use-cases/ and renders what it returns (ARCHITECTURE.md «Layers»): it takes only types from the layers below the application, besides the one error type and the date type.',
    severity: 'error',
    from: { path: '^src/cli/commands/' },
    to: {
      path: folder(
        layers
          .slice(
            0,
            layers.findIndex((layer) => layer.includes('workspace')),
          )
          .flat(),
      ),
      pathNot: '^src/schema/(diagnostic|iso-date)\\.ts$',
      dependencyTypesNot: ['type-only'],
    },
  },
  {
    name: 'known-layer',
    comment: 'Every folder of src/ is a layer of ARCHITECTURE.md; add a new one to `layers` in .dependency-cruiser.cjs and to the table.',
    severity: 'error',
    from: { path: '^src/', pathNot: `${folder(allFolders)}` },
    to: {},
  },
  ...layers.flatMap((layer, index) => {
    const above = layers.slice(index + 1).flat();
    if (above.length === 0) return [];
    return [
      {
        name: `layer-${layer.join('-')}`,
        comment: `${layer.join(', ')} may import only the layers below it (ARCHITECTURE.md «Layers»), never ${above.join(', ')}.`,
        severity: 'error',
        from: { path: folder(layer) },
        to: { path: folder(above) },
      },
    ];
  }),
  ...layers
    .filter((layer) => layer.length > 1)
    .flatMap((domains) =>
      domains.map((domain) => {
        const allowed = sideways.filter((exception) => exception.from === domain).flatMap((exception) => exception.to);
        return {
          name: `domain-${domain}`,
          comment: `${domain}/ imports no other domain (${domains.filter((other) => other !== domain).join(', ')}) except the exceptions of .dependency-cruiser.cjs; shared code goes to a lower layer.`,
          severity: 'error',
          from: { path: folder([domain]) },
          to: { path: folder(domains.filter((other) => other !== domain)), ...(allowed.length > 0 ? { pathNot: allowed.join('|') } : {}) },
        };
      }),
    ),
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
// Not an option of dependency-cruiser (so not enumerable, which its config check would refuse):
// test/architecture.test.ts compares the list with the table of ARCHITECTURE.md.
Object.defineProperty(module.exports, 'layers', { value: layers, enumerable: false });
