import type { Tag } from '../../identity/identity-store.js';
import type { EmulatorCore } from '../service-types.js';
import { ssmErrors } from './ssm-errors.js';
import { partitionOfRegion } from '../../../policy/partition.js';

export type ParameterType = 'String' | 'StringList' | 'SecureString';

/** One version of a parameter. SecureString values are kept only as KMS ciphertext. */
export interface ParameterVersion {
  version: number;
  type: ParameterType;
  /** Plain text for String/StringList; undefined for SecureString. */
  value?: string;
  /** SecureString: the KMS ciphertext blob (encryption context PARAMETER_ARN). */
  ciphertext?: Buffer;
  /** SecureString: the KeyId as SSM reports it (`alias/aws/ssm` by default). */
  keyId?: string;
  description?: string;
  allowedPattern?: string;
  tier: string;
  dataType: string;
  labels: string[];
  lastModifiedDate: Date;
  lastModifiedUser: string;
}

export interface Parameter {
  name: string;
  versions: ParameterVersion[];
  tags: Tag[];
}

/** A name as callers may write it: `name`, `name:3` (version), `name:label`, or its ARN. */
export interface ParameterSelector {
  name: string;
  selector?: string;
}

const PARAMETER_ARN = /^arn:aws[a-z-]*:ssm:[^:]*:\d{12}:parameter\/(.*)$/;

/**
 * The store key of a name: a one-level name is the same parameter with or without its leading
 * slash (`/x` is `x`; both have the ARN `parameter/x`), so both spellings find it. Deeper names
 * always begin with `/` and are kept as written.
 */
export function parameterKey(name: string): string {
  const bare = name.startsWith('/') ? name.slice(1) : name;
  return bare.includes('/') ? name : bare;
}

/** Parameters by name, where `/x` and `x` are one key (see parameterKey). */
class ParameterMap extends Map<string, Parameter> {
  override get(name: string): Parameter | undefined {
    return super.get(parameterKey(name));
  }
  override has(name: string): boolean {
    return super.has(parameterKey(name));
  }
  override set(name: string, parameter: Parameter): this {
    return super.set(parameterKey(name), parameter);
  }
  override delete(name: string): boolean {
    return super.delete(parameterKey(name));
  }
}

export class SsmStore {
  readonly parameters: Map<string, Parameter> = new ParameterMap();

  constructor(readonly core: EmulatorCore) {}

  /**
   * The parameter's ARN: names that begin with `/` do not double the slash
   * (`/iam-mvp/runtime-config` -> `parameter/iam-mvp/runtime-config`).
   */
  arn(region: string, name: string): string {
    return `arn:${partitionOfRegion(region)}:ssm:${region}:${this.core.accountId}:parameter/${name.startsWith('/') ? name.slice(1) : name}`;
  }

  /** Splits `name:selector` and turns an ARN back into the name it was made from. */
  select(text: string): ParameterSelector {
    let name = text;
    const arn = PARAMETER_ARN.exec(text);
    if (arn !== null) {
      const rest = arn[1]!;
      // Hierarchical names are stored with their leading slash; flat names without.
      name =
        rest.includes('/') ||
        (!this.parameters.has(rest.split(':')[0]!) &&
          this.parameters.has(`/${rest.split(':')[0]!}`))
          ? `/${rest}`
          : rest;
    }
    const colon = name.lastIndexOf(':');
    if (colon > 0) return { name: name.slice(0, colon), selector: name.slice(colon + 1) };
    return { name };
  }

  /** The version a selector names, or ParameterNotFound / ParameterVersionNotFound. */
  resolve(text: string): { parameter: Parameter; version: ParameterVersion; selector?: string } {
    const { name, selector } = this.select(text);
    const parameter = this.parameters.get(name);
    if (parameter === undefined) throw ssmErrors.parameterNotFound();
    if (selector === undefined) return { parameter, version: latest(parameter) };
    const version = /^\d+$/.test(selector)
      ? parameter.versions.find((v) => v.version === Number(selector))
      : parameter.versions.find((v) => v.labels.includes(selector));
    if (version === undefined) {
      if (/^\d+$/.test(selector)) throw ssmErrors.versionNotFound(name, selector);
      throw ssmErrors.parameterNotFound();
    }
    return { parameter, version, selector: `:${selector}` };
  }
}

export function latest(parameter: Parameter): ParameterVersion {
  return parameter.versions[parameter.versions.length - 1]!;
}
