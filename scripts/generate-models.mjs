#!/usr/bin/env node
// Generates the compact service models the embedded emulator's protocol layers run on
// (src/emulator/models/<service>.generated.json) from the official AWS models shipped in the
// `aws-sdk` v2 package (apis/<service>-<version>.min.json, a devDependency).
//
// Why committed, generated files: dist/ is an ncc bundle that must work from a clean clone
// without node_modules, and the emulator needs only the wire-relevant parts of each model
// (operations, HTTP bindings, shapes), not documentation, endpoint rules or validation limits.
//
//   node scripts/generate-models.mjs          rewrite the generated files
//   node scripts/generate-models.mjs --check  fail (exit 1) if any generated file is stale
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apis = path.join(root, 'node_modules', 'aws-sdk', 'apis');
const outDir = path.join(root, 'src', 'emulator', 'models');

/** Emulator service name -> aws-sdk v2 model uid. Add a line here to support a new service. */
export const SERVICES = {
  iam: 'iam-2010-05-08',
  sts: 'sts-2011-06-15',
  s3: 's3-2006-03-01',
  dynamodb: 'dynamodb-2012-08-10',
  kms: 'kms-2014-11-01',
  ssm: 'ssm-2014-11-06',
  secretsmanager: 'secretsmanager-2017-10-17',
  sns: 'sns-2010-03-31',
  sqs: 'sqs-2012-11-05',
  logs: 'logs-2014-03-28',
  lambda: 'lambda-2015-03-31',
};

const METADATA_KEYS = [
  'apiVersion',
  'endpointPrefix',
  'jsonVersion',
  'protocol',
  'serviceId',
  'signingName',
  'targetPrefix',
  'uid',
  'xmlNamespace',
  'awsQueryCompatible',
];
// `deprecated` breaks ties between operations with one HTTP binding (GetBucketLifecycle vs
// GetBucketLifecycleConfiguration): the current one wins.
const OPERATION_KEYS = ['http', 'input', 'output', 'endpoint', 'deprecated'];
// Everything that changes how a value travels on the wire; validation limits and docs are dropped.
const SHAPE_KEYS = [
  'type',
  'required',
  'members',
  'member',
  'key',
  'value',
  'shape',
  'resultWrapper',
  'timestampFormat',
  'locationName',
  'xmlAttribute',
  'xmlNamespace',
  'flattened',
  'location',
  'payload',
  'streaming',
  'eventstream',
  'hostLabel',
  'idempotencyToken',
  'queryName',
  'jsonvalue',
  'exception',
];

function pick(object, keys) {
  const out = {};
  for (const key of keys) if (object[key] !== undefined) out[key] = object[key];
  return out;
}

function compactShape(shape) {
  if (shape === undefined) return undefined;
  const out = pick(shape, SHAPE_KEYS);
  if (out.members) {
    out.members = Object.fromEntries(
      Object.entries(out.members).map(([name, member]) => [name, compactShape(member)]),
    );
  }
  for (const key of ['member', 'key', 'value']) if (out[key]) out[key] = compactShape(out[key]);
  return out;
}

export function compactModel(model) {
  const operations = {};
  for (const name of Object.keys(model.operations).sort()) {
    const op = pick(model.operations[name], OPERATION_KEYS);
    if (op.input) op.input = compactShape(op.input);
    if (op.output) op.output = compactShape(op.output);
    operations[name] = op;
  }
  const shapes = {};
  for (const name of Object.keys(model.shapes).sort())
    shapes[name] = compactShape(model.shapes[name]);
  return { metadata: pick(model.metadata, METADATA_KEYS), operations, shapes };
}

function render(service) {
  const source = path.join(apis, `${SERVICES[service]}.min.json`);
  const model = JSON.parse(readFileSync(source, 'utf8'));
  return `${JSON.stringify(compactModel(model))}\n`;
}

const check = process.argv.includes('--check');
if (!existsSync(apis)) {
  process.stderr.write('aws-sdk is not installed (npm ci installs it as a devDependency)\n');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const stale = [];
for (const service of Object.keys(SERVICES)) {
  const file = path.join(outDir, `${service}.generated.json`);
  const text = render(service);
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text)
      stale.push(path.relative(root, file));
  } else {
    writeFileSync(file, text);
  }
}
if (check && stale.length > 0) {
  process.stderr.write(
    `stale generated models (run node scripts/generate-models.mjs):\n  ${stale.join('\n  ')}\n`,
  );
  process.exit(1);
}
process.stderr.write(
  check ? 'generated models are fresh\n' : `wrote ${Object.keys(SERVICES).length} models\n`,
);
