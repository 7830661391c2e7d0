/**
 * The partition an AWS Region belongs to, as ARNs name it (`arn:PARTITION:service:region:...`):
 * China Regions are `aws-cn`, GovCloud (US) Regions `aws-us-gov`, the isolated Regions
 * `aws-iso`, `aws-iso-b`, `aws-iso-e`, `aws-iso-f`, every other Region `aws` (IAM User Guide,
 * "IAM identifiers", ARN format; AWS General Reference, "Amazon Resource Names").
 */
export function partitionOfRegion(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  if (region.startsWith('eu-isoe-')) return 'aws-iso-e';
  if (region.startsWith('us-isof-')) return 'aws-iso-f';
  return 'aws';
}
