import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  statementLineRanges,
  suggestStatementChange,
  type StatementSuggestion,
} from '../../../src/action/github/statement-suggestion.js';

const policy = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Read",
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::b/*"
    },
    {
      "Sid": "Everything",
      "Effect": "Allow",
      "Action": "*",
      "Resource": "*"
    },
    {
      "Sid": "Last",
      "Effect": "Allow",
      "Action": "sqs:SendMessage",
      "Resource": "*"
    }
  ]
}
`;

/** Applies a suggestion the way GitHub does: replace lines startLine..endLine with the text. */
function apply(text: string, s: StatementSuggestion): string {
  const lines = text.split('\n');
  const repl = s.replacement === '' ? [] : s.replacement.split('\n');
  lines.splice(s.startLine - 1, s.endLine - s.startLine + 1, ...repl);
  return lines.join('\n');
}
function ok(o: ReturnType<typeof suggestStatementChange>): StatementSuggestion {
  assert.ok(!('skipped' in o), JSON.stringify(o));
  return o;
}
const sids = (text: string) =>
  (JSON.parse(text) as { Statement: { Sid: string }[] }).Statement.map((s) => s.Sid);

describe('statement suggestions', () => {
  it('locates each statement’s lines', () => {
    assert.deepEqual(statementLineRanges(policy), [
      { startLine: 4, endLine: 9 },
      { startLine: 10, endLine: 15 },
      { startLine: 16, endLine: 21 },
    ]);
  });

  it('replaces a statement with the narrowed one, indented like the file, comma kept', () => {
    const s = ok(
      suggestStatementChange(policy, 1, {
        Sid: 'Everything',
        Effect: 'Allow',
        Action: 'sqs:ReceiveMessage',
        Resource: 'arn:aws:sqs:us-east-1:1:q',
      }),
    );
    assert.equal(s.startLine, 10);
    assert.equal(s.endLine, 15);
    assert.equal(
      s.replacement,
      '    {\n      "Sid": "Everything",\n      "Effect": "Allow",\n      "Action": "sqs:ReceiveMessage",\n      "Resource": "arn:aws:sqs:us-east-1:1:q"\n    },',
    );
    assert.equal(apply(policy, s), s.resultText);
    assert.deepEqual(sids(s.resultText), ['Read', 'Everything', 'Last']);
  });

  it('removes a middle statement as whole lines (an empty suggestion)', () => {
    const s = ok(suggestStatementChange(policy, 1, null));
    assert.deepEqual([s.startLine, s.endLine, s.replacement], [10, 15, '']);
    assert.equal(apply(policy, s), s.resultText);
    assert.deepEqual(sids(apply(policy, s)), ['Read', 'Last']);
  });

  it('removes the last statement and the comma before it', () => {
    const s = ok(suggestStatementChange(policy, 2, null));
    assert.deepEqual([s.startLine, s.endLine, s.replacement], [15, 21, '    }']);
    const after = apply(policy, s);
    assert.deepEqual(sids(after), ['Read', 'Everything']);
    assert.match(after, /"Resource": "\*"\n {4}}\n {2}]/);
  });

  it('removes the first statement', () => {
    const s = ok(suggestStatementChange(policy, 0, null));
    assert.deepEqual([s.startLine, s.endLine], [4, 9]);
    assert.deepEqual(sids(apply(policy, s)), ['Everything', 'Last']);
  });

  it('removes the only statement, leaving an empty list', () => {
    const only =
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": "*", "Resource": "*" }\n  ]\n}\n';
    const s = ok(suggestStatementChange(only, 0, null));
    assert.deepEqual([s.startLine, s.endLine, s.replacement], [3, 5, '  "Statement": []']);
    assert.deepEqual(JSON.parse(apply(only, s)).Statement, []);
  });

  it('handles a single-object Statement, compact statements and tab indentation', () => {
    const single =
      '{\n\t"Version": "2012-10-17",\n\t"Statement": {\n\t\t"Effect": "Allow",\n\t\t"Action": "*",\n\t\t"Resource": "*"\n\t}\n}';
    const r = ok(
      suggestStatementChange(single, 0, { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }),
    );
    assert.equal(
      r.replacement,
      '\t"Statement": {\n\t\t"Effect": "Allow",\n\t\t"Action": "s3:GetObject",\n\t\t"Resource": "*"\n\t}',
    );
    assert.equal(JSON.parse(apply(single, r)).Statement.Action, 's3:GetObject');
    const removed = ok(suggestStatementChange(single, 0, null));
    assert.deepEqual(JSON.parse(apply(single, removed)).Statement, []);
    const compact =
      '{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":"*","Resource":"*"},{"Sid":"B","Effect":"Allow","Action":"s3:*","Resource":"*"}]}';
    const c = ok(suggestStatementChange(compact, 0, null));
    assert.deepEqual(sids(apply(compact, c)), ['B']);
    const c2 = ok(suggestStatementChange(compact, 1, null));
    assert.deepEqual(sids(apply(compact, c2)), ['A']);
  });

  it('skips what it cannot change safely', () => {
    assert.deepEqual(suggestStatementChange('{"Version":', 0, null), {
      skipped: 'the policy file is not valid JSON',
    });
    assert.deepEqual(suggestStatementChange(policy, 7, null), {
      skipped: 'the policy has no statement 7',
    });
  });
});
