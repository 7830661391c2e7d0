import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { AuthorizationLog } from '../../src/emulator/authz/authz-log.js';
import { enforcementFromLocalEmu } from '../../src/emulator/authz/enforcement.js';

function record(action: string) {
  return {
    time: new Date().toISOString(),
    requestId: 'r',
    service: 's3',
    operation: 'GetObject',
    principal: { arn: 'arn:aws:iam::000000000000:user/u', kind: 'user' },
    action,
    resource: '*',
    context: {},
    decision: 'allow' as const,
    enforcement: 'strict' as const,
    enforced: false,
    matched: [],
  };
}

describe('authorization log', () => {
  it('reads with a cursor so pollers see only new records', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'authz-'));
    const file = path.join(dir, 'log.jsonl');
    const log = new AuthorizationLog(3, file);
    log.append(record('s3:A'));
    log.append(record('s3:B'));
    const first = log.read(0);
    assert.deepEqual(
      first.records.map((r) => r.action),
      ['s3:A', 's3:B'],
    );
    assert.equal(first.cursor, 2);
    log.append(record('s3:C'));
    assert.deepEqual(
      log.read(first.cursor).records.map((r) => r.action),
      ['s3:C'],
    );
    assert.deepEqual(log.read(log.latest()).records, []);
    log.append(record('s3:D'));
    log.append(record('s3:E'));
    assert.deepEqual(
      log.read(0).records.map((r) => r.seq),
      [3, 4, 5],
      'keeps a bounded window (trimmed in batches)',
    );
    await log.close();
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { action: string });
    assert.deepEqual(
      lines.map((l) => l.action),
      ['s3:A', 's3:B', 's3:C', 's3:D', 's3:E'],
    );
  });

  it("maps LocalEmu's IAM_ENFORCEMENT values", () => {
    assert.equal(enforcementFromLocalEmu('1'), 'strict');
    assert.equal(enforcementFromLocalEmu('soft'), 'soft');
    assert.equal(enforcementFromLocalEmu('0'), 'off');
    assert.equal(enforcementFromLocalEmu(undefined), undefined);
    assert.equal(enforcementFromLocalEmu('maybe'), undefined);
  });
});
