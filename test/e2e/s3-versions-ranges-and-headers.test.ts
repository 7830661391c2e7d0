/**
 * Conformance with boto3 (and the authorization log) for S3 behaviours real workloads rely on:
 * - versioning: VersionId on writes, ListObjectVersions, delete markers, GET/HEAD/DELETE by
 *   versionId, Suspended writes as version `null`
 *   https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html
 *   https://docs.aws.amazon.com/AmazonS3/latest/userguide/DeleteMarker.html
 *   and the IAM actions versioned calls need (s3:GetObjectVersion, s3:DeleteObjectVersion,
 *   s3:ListBucketVersions, s3:PutBucketVersioning, s3:Get/PutObjectVersionTagging)
 *   https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html
 * - Range / partNumber answer 206 with Content-Range; a range that is not valid (`bytes=1-0`)
 *   is ignored (200, whole body)
 *   https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html (Range, partNumber),
 *   https://www.rfc-editor.org/rfc/rfc9110.html#section-14.2
 * - CreateBucket location constraints
 *   https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucket.html
 * - StorageClass, website redirect, SSE-KMS headers and presigned-PUT metadata kept
 *   https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type RunningEmulator, startEmulator } from '../../src/emulator/start-emulator.js';
import { readAuthzLog } from '../helpers/authz-log.js';
import { ADMIN, boto3 } from '../helpers/aws-subprocess.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('S3 versions, ranges, location constraints and kept headers (boto3)', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ port: 0, enforcement: 'strict' });
  });
  after(() => emulator.stop());

  it('versioning: ids on writes, delete markers, reads and deletes by version', async () => {
    const out = (await boto3(
      emulator.url,
      ADMIN,
      `
s3 = client('s3')
s3.create_bucket(Bucket='ver')
before = s3.put_object(Bucket='ver', Key='k', Body=b'v0')
s3.put_bucket_versioning(Bucket='ver', VersioningConfiguration={'Status': 'Enabled'})
v1 = s3.put_object(Bucket='ver', Key='k', Body=b'v1')['VersionId']
v2 = s3.put_object(Bucket='ver', Key='k', Body=b'v2')['VersionId']
head = s3.head_object(Bucket='ver', Key='k')
old = s3.get_object(Bucket='ver', Key='k', VersionId=v1)
null = s3.get_object(Bucket='ver', Key='k', VersionId='null')['Body'].read().decode()
s3.put_object_tagging(Bucket='ver', Key='k', VersionId=v1, Tagging={'TagSet': [{'Key': 'old', 'Value': 'yes'}]})
tags = [s3.get_object_tagging(Bucket='ver', Key='k', VersionId=v1)['TagSet'], s3.get_object_tagging(Bucket='ver', Key='k')['TagSet']]
deleted = s3.delete_object(Bucket='ver', Key='k')
gone = call(lambda: s3.get_object(Bucket='ver', Key='k'))
marker_get = call(lambda: s3.get_object(Bucket='ver', Key='k', VersionId=deleted['VersionId']))
missing = call(lambda: s3.get_object(Bucket='ver', Key='k', VersionId='AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'))
listing = s3.list_object_versions(Bucket='ver')
undeleted = s3.delete_object(Bucket='ver', Key='k', VersionId=deleted['VersionId'])
back = s3.get_object(Bucket='ver', Key='k')['Body'].read().decode()
s3.delete_object(Bucket='ver', Key='k', VersionId=v2)
now_v1 = s3.get_object(Bucket='ver', Key='k')
s3.put_bucket_versioning(Bucket='ver', VersioningConfiguration={'Status': 'Suspended'})
s1 = s3.put_object(Bucket='ver', Key='k', Body=b's1').get('VersionId')
s2 = s3.put_object(Bucket='ver', Key='k', Body=b's2').get('VersionId')
after = s3.list_object_versions(Bucket='ver')
print(json.dumps({
  'before': before.get('VersionId'), 'v1': v1, 'v2': v2,
  'headVersion': head.get('VersionId'), 'old': old['Body'].read().decode(), 'oldVersion': old.get('VersionId'),
  'null': null, 'tags': tags, 'deleted': {k: deleted.get(k) for k in ['DeleteMarker', 'VersionId']},
  'gone': gone, 'markerGet': marker_get, 'missing': missing,
  'versions': [[v['VersionId'], v['IsLatest']] for v in listing.get('Versions', [])],
  'markers': [[m['VersionId'], m['IsLatest']] for m in listing.get('DeleteMarkers', [])],
  'undeleted': {k: undeleted.get(k) for k in ['DeleteMarker', 'VersionId']}, 'back': back,
  'nowV1': [now_v1['Body'].read().decode(), now_v1.get('VersionId')],
  's1': s1, 's2': s2, 'after': [[v['VersionId'], v['IsLatest'], v['Size']] for v in after.get('Versions', [])],
}))
`,
    )) as Json;
    assert.equal(out.before, null, 'no VersionId before versioning is enabled');
    assert.match(out.v1, /^[A-Za-z0-9._-]{32}$/);
    assert.notEqual(out.v1, out.v2);
    assert.equal(out.headVersion, out.v2);
    assert.equal(out.old, 'v1');
    assert.equal(out.oldVersion, out.v1);
    assert.equal(out.null, 'v0', 'the object from before versioning is version null');
    assert.deepEqual(out.tags, [[{ Key: 'old', Value: 'yes' }], []], 'tags of one version only');
    assert.equal(out.deleted.DeleteMarker, true);
    assert.match(out.deleted.VersionId, /^[A-Za-z0-9._-]{32}$/);
    assert.equal(out.gone.error.Code, 'NoSuchKey');
    assert.equal(out.markerGet.status, 405);
    assert.equal(out.missing.status, 404);
    assert.equal(out.missing.error.Code, 'NoSuchVersion');
    assert.deepEqual(out.versions, [
      [out.v2, false],
      [out.v1, false],
      ['null', false],
    ]);
    assert.deepEqual(out.markers, [[out.deleted.VersionId, true]]);
    assert.deepEqual(out.undeleted, { DeleteMarker: true, VersionId: out.deleted.VersionId });
    assert.equal(out.back, 'v2', 'removing the delete marker restores the previous version');
    assert.deepEqual(out.nowV1, ['v1', out.v1]);
    assert.equal(out.s1, 'null');
    assert.equal(out.s2, 'null');
    // Suspended writes replace the null version (v0 -> s1 -> s2) and keep v1.
    assert.deepEqual(out.after, [
      ['null', true, 2],
      [out.v1, false, 2],
    ]);

    const actions = (await readAuthzLog(emulator.url)).map((r) => `${r.operation} ${r.action}`);
    for (const expected of [
      'PutBucketVersioning s3:PutBucketVersioning',
      'GetObject s3:GetObjectVersion',
      'HeadObject s3:GetObject',
      'DeleteObject s3:DeleteObjectVersion',
      'DeleteObject s3:DeleteObject',
      'ListObjectVersions s3:ListBucketVersions',
      'PutObjectTagging s3:PutObjectVersionTagging',
      'GetObjectTagging s3:GetObjectVersionTagging',
      'GetObjectTagging s3:GetObjectTagging',
    ])
      assert.ok(actions.includes(expected), `${expected} in ${[...new Set(actions)].join(', ')}`);
  });

  it('Range and partNumber answer 206 with Content-Range; bytes=1-0 is ignored', async () => {
    const out = (await boto3(
      emulator.url,
      ADMIN,
      `
s3 = client('s3')
s3.create_bucket(Bucket='ranges')
s3.put_object(Bucket='ranges', Key='one', Body=b'0123456789')
def meta(r):
    h = r['ResponseMetadata']['HTTPHeaders']
    return {'status': r['ResponseMetadata']['HTTPStatusCode'], 'range': h.get('content-range'), 'length': h.get('content-length'), 'parts': h.get('x-amz-mp-parts-count')}
def get(**kw):
    r = s3.get_object(Bucket='ranges', **kw)
    return dict(meta(r), body=r['Body'].read().decode())
out = {
  'range': get(Key='one', Range='bytes=2-4'),
  'suffix': get(Key='one', Range='bytes=-3'),
  'inverted': get(Key='one', Range='bytes=1-0'),
  'headRange': meta(s3.head_object(Bucket='ranges', Key='one', Range='bytes=0-0')),
  'part1': get(Key='one', PartNumber=1),
  'headPart1': meta(s3.head_object(Bucket='ranges', Key='one', PartNumber=1)),
  'part2': call(lambda: s3.get_object(Bucket='ranges', Key='one', PartNumber=2)),
  'past': call(lambda: s3.get_object(Bucket='ranges', Key='one', Range='bytes=20-30')),
}
up = s3.create_multipart_upload(Bucket='ranges', Key='multi')['UploadId']
p1 = s3.upload_part(Bucket='ranges', Key='multi', UploadId=up, PartNumber=1, Body=b'a' * (5 * 1024 * 1024))['ETag']
p2 = s3.upload_part(Bucket='ranges', Key='multi', UploadId=up, PartNumber=2, Body=b'bcd')['ETag']
s3.complete_multipart_upload(Bucket='ranges', Key='multi', UploadId=up, MultipartUpload={'Parts': [{'PartNumber': 1, 'ETag': p1}, {'PartNumber': 2, 'ETag': p2}]})
out['multi2'] = get(Key='multi', PartNumber=2)
out['multiHead'] = meta(s3.head_object(Bucket='ranges', Key='multi', PartNumber=1))
print(json.dumps(out))
`,
    )) as Json;
    assert.deepEqual(out.range, {
      status: 206,
      range: 'bytes 2-4/10',
      length: '3',
      parts: null,
      body: '234',
    });
    assert.equal(out.suffix.body, '789');
    assert.equal(out.suffix.range, 'bytes 7-9/10');
    assert.deepEqual(out.inverted, {
      status: 200,
      range: null,
      length: '10',
      parts: null,
      body: '0123456789',
    });
    assert.deepEqual(out.headRange, {
      status: 206,
      range: 'bytes 0-0/10',
      length: '1',
      parts: null,
    });
    assert.equal(out.part1.status, 206);
    assert.equal(out.part1.range, 'bytes 0-9/10');
    assert.equal(out.part1.body, '0123456789');
    assert.equal(out.headPart1.status, 206);
    assert.equal(out.headPart1.range, 'bytes 0-9/10');
    assert.equal(out.part2.error.Code, 'InvalidPartNumber');
    assert.equal(out.part2.status, 416);
    assert.equal(out.past.error.Code, 'InvalidRange');
    const size = 5 * 1024 * 1024;
    assert.deepEqual(out.multi2, {
      status: 206,
      range: `bytes ${size}-${size + 2}/${size + 3}`,
      length: '3',
      parts: '2',
      body: 'bcd',
    });
    assert.equal(out.multiHead.range, `bytes 0-${size - 1}/${size + 3}`);
    assert.equal(out.multiHead.parts, '2');
  });

  it('CreateBucket location constraints: InvalidLocationConstraint, IllegalLocationConstraintException, BucketAlreadyOwnedByYou', async () => {
    const out = (await boto3(
      emulator.url,
      ADMIN,
      `
east = client('s3')
west = boto3.client('s3', endpoint_url=ENDPOINT, region_name='eu-west-1')
out = {
  'explicitEast': call(lambda: east.create_bucket(Bucket='lc-east', CreateBucketConfiguration={'LocationConstraint': 'us-east-1'})),
  'unspecifiedWest': call(lambda: west.create_bucket(Bucket='lc-west')),
  'mismatch': call(lambda: west.create_bucket(Bucket='lc-west', CreateBucketConfiguration={'LocationConstraint': 'ap-south-1'})),
  'west': call(lambda: west.create_bucket(Bucket='lc-west', CreateBucketConfiguration={'LocationConstraint': 'eu-west-1'})),
  'againWest': call(lambda: west.create_bucket(Bucket='lc-west', CreateBucketConfiguration={'LocationConstraint': 'eu-west-1'})),
  'globalToWest': call(lambda: east.create_bucket(Bucket='lc-other', CreateBucketConfiguration={'LocationConstraint': 'eu-west-1'})),
  'plainEast': call(lambda: east.create_bucket(Bucket='lc-plain')),
  'againEast': call(lambda: east.create_bucket(Bucket='lc-plain')),
}
out['location'] = east.get_bucket_location(Bucket='lc-other').get('LocationConstraint')
print(json.dumps(out, default=str))
`,
    )) as Json;
    assert.equal(out.explicitEast.error.Code, 'InvalidLocationConstraint');
    assert.equal(out.explicitEast.error.Message, 'The specified location-constraint is not valid');
    assert.equal(out.unspecifiedWest.error.Code, 'IllegalLocationConstraintException');
    assert.equal(
      out.unspecifiedWest.error.Message,
      'The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.',
    );
    assert.equal(out.mismatch.error.Code, 'IllegalLocationConstraintException');
    assert.ok(out.west.Location !== undefined, JSON.stringify(out.west));
    assert.equal(out.againWest.error.Code, 'BucketAlreadyOwnedByYou');
    assert.equal(out.againWest.status, 409);
    assert.ok(
      out.globalToWest.Location !== undefined,
      'the us-east-1 endpoint may name any region',
    );
    assert.equal(out.location, 'eu-west-1');
    assert.ok(out.againEast.Location !== undefined, 'us-east-1 keeps the legacy success');
  });

  it('StorageClass, website redirect, SSE-KMS headers and presigned-PUT metadata are kept', async () => {
    const out = (await boto3(
      emulator.url,
      ADMIN,
      `
import http.client, urllib.parse
from botocore.config import Config
s3 = client('s3')
s3.create_bucket(Bucket='kept')
put = s3.put_object(Bucket='kept', Key='k', Body=b'x', StorageClass='STANDARD_IA',
  WebsiteRedirectLocation='/elsewhere.html', ServerSideEncryption='aws:kms',
  SSEKMSKeyId='arn:aws:kms:us-east-1:000000000000:key/1234abcd-12ab-34cd-56ef-1234567890ab', BucketKeyEnabled=True)
head = s3.head_object(Bucket='kept', Key='k')
got = s3.get_object(Bucket='kept', Key='k')
listed = s3.list_objects_v2(Bucket='kept')['Contents'][0]['StorageClass']
std = s3.put_object(Bucket='kept', Key='std', Body=b'x', StorageClass='STANDARD')
std_head = s3.head_object(Bucket='kept', Key='std')
bad = call(lambda: s3.put_object(Bucket='kept', Key='bad', Body=b'x', StorageClass='COLD'))
presigned = {}
for sig in ['s3', 's3v4']:
    c = boto3.client('s3', endpoint_url=ENDPOINT, region_name='us-east-1', config=Config(signature_version=sig))
    url = c.generate_presigned_url('put_object', Params={'Bucket': 'kept', 'Key': 'p-' + sig, 'Metadata': {'owner': 'team-a'}})
    # urllib would add a Content-Type the URL was not signed with: plain http.client instead.
    parsed = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parsed.hostname, parsed.port)
    signed_meta = 'x-amz-meta-owner=' in url
    conn.request('PUT', parsed.path + '?' + parsed.query, body=b'hello', headers={} if signed_meta else {'x-amz-meta-owner': 'team-a'})
    resp = conn.getresponse()
    status = resp.status
    if status != 200:
        print(resp.read().decode(), file=sys.stderr)
    conn.close()
    presigned[sig] = [status, s3.head_object(Bucket='kept', Key='p-' + sig).get('Metadata'), signed_meta]
def pick(r):
    return {k: r.get(k) for k in ['StorageClass', 'WebsiteRedirectLocation', 'ServerSideEncryption', 'SSEKMSKeyId', 'BucketKeyEnabled']}
print(json.dumps({'put': pick(put), 'head': pick(head), 'get': pick(got), 'listed': listed,
  'stdPut': std.get('StorageClass'), 'stdHead': std_head.get('StorageClass'), 'bad': bad, 'presigned': presigned}))
`,
    )) as Json;
    const key = 'arn:aws:kms:us-east-1:000000000000:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const kept = {
      StorageClass: 'STANDARD_IA',
      WebsiteRedirectLocation: '/elsewhere.html',
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: key,
      BucketKeyEnabled: true,
    };
    assert.deepEqual(out.put, {
      ...kept,
      StorageClass: null,
      WebsiteRedirectLocation: null,
    });
    assert.deepEqual(out.head, kept);
    assert.deepEqual(out.get, kept);
    assert.equal(out.listed, 'STANDARD_IA');
    assert.equal(out.stdHead, null, 'S3 sends no x-amz-storage-class for STANDARD');
    assert.equal(out.bad.error.Code, 'InvalidStorageClass');
    assert.deepEqual(out.presigned.s3, [200, { owner: 'team-a' }, true]);
    assert.equal(out.presigned.s3v4[0], 200);
    assert.deepEqual(out.presigned.s3v4[1], { owner: 'team-a' });
  });
});
