import type { Tag } from '../../../identity/identity-store.js';
import { requestTagContext, resourceTagContext } from '../../common/tag-context.js';
import { defineOperation } from '../../service-types.js';
import { ssmErrors } from '../ssm-errors.js';
import { DEFAULT_SSM_KEY, kmsCheckFor, sealSecureString } from '../ssm-secure-string.js';
import { latest, type ParameterType, type ParameterVersion, type SsmStore } from '../ssm-store.js';
import { validateParameterName } from '../ssm-names.js';

interface Input {
  Name: string;
  Description?: string;
  Value: string;
  Type?: string;
  KeyId?: string;
  Overwrite?: boolean;
  AllowedPattern?: string;
  Tags?: Tag[];
  Tier?: string;
  DataType?: string;
}

const TYPES: readonly string[] = ['String', 'StringList', 'SecureString'];
const MAX_VERSIONS = 100;
const TIERS: readonly string[] = ['Standard', 'Advanced', 'Intelligent-Tiering'];

export const putParameter = defineOperation<SsmStore, Input, object>({
  name: 'PutParameter',
  authorize: (input, ctx) => {
    const arn = ctx.store.arn(ctx.region, input.Name);
    const existing = ctx.store.parameters.get(input.Name);
    const type = input.Type ?? (existing !== undefined ? latest(existing).type : undefined);
    return [
      {
        action: 'ssm:PutParameter',
        resource: arn,
        context: {
          ...resourceTagContext(existing?.tags),
          ...requestTagContext(input.Tags),
          // Policies can forbid overwriting (ssm:Overwrite "false").
          'ssm:Overwrite': String(input.Overwrite === true),
        },
      },
      ...(type === 'SecureString'
        ? kmsCheckFor(
            'kms:Encrypt',
            input.KeyId ?? latestKeyId(existing) ?? DEFAULT_SSM_KEY,
            arn,
            ctx,
          )
        : []),
    ];
  },
  handle: (input, ctx) => {
    const { store, region, now, principal } = ctx;
    // API_PutParameter: Name 1-2048, Description 0-1024, Tier one of three values.
    if (input.Name.length > 2048) throw ssmErrors.tooLong('name', 2048);
    validateParameterName(input.Name);
    if (input.Description !== undefined && input.Description.length > 1024)
      throw ssmErrors.tooLong('description', 1024);
    if (input.Tier !== undefined && !TIERS.includes(input.Tier))
      throw ssmErrors.invalidTier(input.Tier);
    const existing = store.parameters.get(input.Name);
    if (input.Overwrite === true && input.Tags !== undefined && input.Tags.length > 0)
      throw ssmErrors.tagsWithOverwrite();
    if (existing !== undefined && input.Overwrite !== true) throw ssmErrors.alreadyExists();
    const previous = existing === undefined ? undefined : latest(existing);
    if (input.Type === undefined && previous === undefined) throw ssmErrors.typeRequired();
    if (input.Type !== undefined && !TYPES.includes(input.Type))
      throw ssmErrors.invalidType(input.Type);
    const type = (input.Type ?? previous!.type) as ParameterType;
    // Standard parameters hold 4 KB, advanced ones 8 KB.
    // Intelligent-Tiering picks Advanced for a value over 4 KB.
    const limit = ['Advanced', 'Intelligent-Tiering'].includes(input.Tier ?? previous?.tier ?? '')
      ? 8192
      : 4096;
    if (Buffer.byteLength(input.Value) > limit)
      throw ssmErrors.valueTooLong(Buffer.byteLength(input.Value), limit);
    const allowedPattern = input.AllowedPattern ?? previous?.allowedPattern;
    if (allowedPattern !== undefined && !new RegExp(`^(?:${allowedPattern})$`).test(input.Value)) {
      throw ssmErrors.patternMismatch(allowedPattern);
    }
    // Parameter Store keeps the 100 newest versions: the oldest goes, unless it carries a label.
    if (existing !== undefined && existing.versions.length >= MAX_VERSIONS) {
      const oldest = existing.versions[0]!;
      if (oldest.labels.length > 0) throw ssmErrors.versionLimit(existing.name, oldest.version);
    }
    const arn = store.arn(region, input.Name);
    const version: ParameterVersion = {
      version: (previous?.version ?? 0) + 1,
      type,
      tier:
        input.Tier === 'Intelligent-Tiering'
          ? Buffer.byteLength(input.Value) > 4096 || previous?.tier === 'Advanced'
            ? 'Advanced'
            : 'Standard'
          : (input.Tier ?? previous?.tier ?? 'Standard'),
      dataType: input.DataType ?? previous?.dataType ?? 'text',
      labels: [],
      lastModifiedDate: now,
      lastModifiedUser: principal.arn,
      ...((input.Description ?? previous?.description) !== undefined && {
        description: input.Description ?? previous?.description,
      }),
      ...(allowedPattern !== undefined && { allowedPattern }),
    };
    if (type === 'SecureString') {
      version.keyId = input.KeyId ?? latestKeyId(existing) ?? DEFAULT_SSM_KEY;
      version.ciphertext = sealSecureString(input.Value, version.keyId, arn, ctx);
    } else {
      version.value = input.Value;
    }
    if (existing === undefined)
      store.parameters.set(input.Name, {
        name: input.Name,
        versions: [version],
        tags: input.Tags ?? [],
      });
    else {
      existing.versions.push(version);
      if (existing.versions.length > MAX_VERSIONS) existing.versions.shift();
    }
    return { Version: version.version, Tier: version.tier };
  },
});

function latestKeyId(parameter: { versions: ParameterVersion[] } | undefined): string | undefined {
  return parameter === undefined
    ? undefined
    : parameter.versions[parameter.versions.length - 1]!.keyId;
}
