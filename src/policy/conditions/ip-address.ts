/**
 * IpAddress / NotIpAddress: the request address (aws:SourceIp) against IPv4 or IPv6 CIDR
 * blocks; a policy address without a prefix length is a single host (/32 or /128).
 * Addresses are compared as 128-bit integers; IPv4 never matches an IPv6 block or vice versa.
 */
import { FALSE, TRUE, type Tri } from '../tri-state.js';
import { type OperatorFamily, unusableValue } from './condition-value.js';

interface IpAddress {
  version: 4 | 6;
  value: bigint;
}

export function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255 || (p.length > 1 && p.startsWith('0')))
      return undefined;
    value = (value << 8n) | BigInt(p);
  }
  return value;
}

export function parseIpv6(text: string): bigint | undefined {
  let groups: string[];
  // An embedded IPv4 tail (::ffff:192.0.2.1) counts as two groups.
  const v4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  let tail: bigint | undefined;
  let body = text;
  if (v4) {
    tail = parseIpv4(v4[2]!);
    if (tail === undefined) return undefined;
    body = `${v4[1]}0:0`;
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const rest = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  if (halves.length === 2) {
    const missing = 8 - head.length - rest.length;
    if (missing < 1) return undefined;
    groups = [...head, ...Array<string>(missing).fill('0'), ...rest];
  } else groups = head;
  if (groups.length !== 8) return undefined;
  let value = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    value = (value << 16n) | BigInt(parseInt(g, 16));
  }
  if (tail !== undefined) value = (value & ~0xffffffffn) | tail;
  return value;
}

export function parseIpAddress(text: string): IpAddress | undefined {
  const trimmed = text.trim();
  if (trimmed.includes(':')) {
    const value = parseIpv6(trimmed);
    return value === undefined ? undefined : { version: 6, value };
  }
  const value = parseIpv4(trimmed);
  return value === undefined ? undefined : { version: 4, value };
}

export interface CidrBlock {
  version: 4 | 6;
  network: bigint;
  mask: bigint;
}

export function parseCidr(text: string): CidrBlock | undefined {
  const [addressText, prefixText, extra] = text.trim().split('/');
  if (extra !== undefined || addressText === undefined) return undefined;
  const address = parseIpAddress(addressText);
  if (!address) return undefined;
  const bits = address.version === 4 ? 32 : 128;
  let prefix = bits;
  if (prefixText !== undefined) {
    if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) return undefined;
    prefix = Number(prefixText);
  }
  const all = (1n << BigInt(bits)) - 1n;
  const mask = all ^ ((1n << BigInt(bits - prefix)) - 1n);
  return { version: address.version, network: address.value & mask, mask };
}

export function cidrContains(block: CidrBlock, address: IpAddress): boolean {
  return block.version === address.version && (address.value & block.mask) === block.network;
}

export const ipAddress: OperatorFamily = {
  compile(policyValue) {
    const block = parseCidr(policyValue);
    if (!block) return unusableValue(`"${policyValue}" is not an IP address or CIDR block`);
    return {
      test(requestValue): Tri {
        if (typeof requestValue !== 'string') return FALSE;
        const address = parseIpAddress(requestValue);
        return address !== undefined && cidrContains(block, address) ? TRUE : FALSE;
      },
    };
  },
};
