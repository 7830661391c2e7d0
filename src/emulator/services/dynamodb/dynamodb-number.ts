import { ddbErrors } from './dynamodb-errors.js';

/**
 * DynamoDB numbers: up to 38 significant digits, exact decimal arithmetic, stored and returned
 * in canonical form ("1.50" comes back as "1.5", "007" as "7"). Represented as a BigInt
 * mantissa and a decimal scale so that comparison and ADD never lose precision.
 */
interface Decimal {
  mantissa: bigint;
  /** value = mantissa / 10^scale */
  scale: number;
}

const NUMBER = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/;

function parse(text: string): Decimal {
  const m = NUMBER.exec(text);
  if (m === null || (m[2] === '' && (m[3] ?? '') === ''))
    throw ddbErrors.validation('A value provided cannot be converted into a number');
  const digits = `${m[2]}${m[3] ?? ''}`;
  const exponent = Number(m[4] ?? '0');
  const scale = (m[3] ?? '').length - exponent;
  const mantissa = BigInt(digits === '' ? '0' : digits) * (m[1] === '-' ? -1n : 1n);
  const significant = digits.replace(/^0+/, '').replace(/0+$/, '');
  if (significant.length > 38) {
    throw ddbErrors.validation('Attempting to store more than 38 significant digits in a Number');
  }
  return { mantissa, scale };
}

function format({ mantissa, scale }: Decimal): string {
  if (mantissa === 0n) return '0';
  const negative = mantissa < 0n;
  let digits = (negative ? -mantissa : mantissa).toString();
  let s = scale;
  // Drop trailing zeros of the fraction: the canonical form has none.
  while (s > 0 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    s -= 1;
  }
  let text: string;
  if (s <= 0) text = digits + '0'.repeat(-s);
  else if (digits.length > s)
    text = `${digits.slice(0, digits.length - s)}.${digits.slice(digits.length - s)}`;
  else text = `0.${'0'.repeat(s - digits.length)}${digits}`;
  return negative ? `-${text}` : text;
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [
    a.mantissa * 10n ** BigInt(scale - a.scale),
    b.mantissa * 10n ** BigInt(scale - b.scale),
    scale,
  ];
}

/** Validates a number and returns its canonical text. */
export function canonicalNumber(text: string): string {
  return format(parse(text));
}

export function compareNumbers(a: string, b: string): number {
  const [x, y] = align(parse(a), parse(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

export function addNumbers(a: string, b: string, sign: 1 | -1 = 1): string {
  const [x, y, scale] = align(parse(a), parse(b));
  return format({ mantissa: x + (sign === 1 ? y : -y), scale });
}
