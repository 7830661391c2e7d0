/**
 * Which statements of a policy allow each of a fixed list of concrete actions: the question
 * PRIVILEGE_ESCALATION asks over the whole policy after wildcard expansion (and
 * DATA_EXFILTRATION / CREDENTIALS_EXPOSURE per statement). Action patterns match as IAM matches them; NotAction allows everything it does not list; an unconditional
 * Deny on "*" takes the action away.
 *
 * Fast on purpose: each distinct pattern is turned once into a bit mask over the list (at most
 * 31 actions), so a corpus of 45,000 patterns costs one mask per distinct pattern, and a mask
 * costs one pass over the pattern's cached expansion (one entry for a concrete action).
 */
import type { ActionInfo, Located, ParsedPolicy, ParsedStatement } from '../policy/index.js';
import { actionInfo, expandPattern } from './action-facts.js';

export interface Grant {
  statement: ParsedStatement;
  /** The Action value that matched (or the statement's first NotAction value). */
  at: Located<string> | ParsedStatement;
}

export class ActionSet {
  private readonly masks = new Map<string, number>();
  /** Catalog entry -> bits of the list's actions it is; built on first use (decodes services). */
  private bits?: Map<ActionInfo, number>;
  constructor(readonly actions: readonly string[]) {
    if (actions.length > 31) throw new Error('ActionSet holds at most 31 actions');
  }

  /** Bits of the list's actions that the pattern covers (as IAM matches; unknown: none). */
  maskOf(pattern: string): number {
    let m = this.masks.get(pattern);
    if (m === undefined) {
      m = 0;
      const bits = this.bitsByInfo();
      const trimmed = pattern.trim();
      if (trimmed === '*') {
        // Every known action: the same bits as expanding "*", without decoding the whole
        // catalog (22,000 actions) just to find the list's own.
        for (const b of bits.values()) m |= b;
      } else for (const info of expandPattern(trimmed)) m |= bits.get(info) ?? 0;
      this.masks.set(pattern, m);
    }
    return m;
  }

  private bitsByInfo(): Map<ActionInfo, number> {
    if (!this.bits) {
      this.bits = new Map();
      this.actions.forEach((a, i) => {
        const info = actionInfo(a);
        if (info) this.bits!.set(info, (this.bits!.get(info) ?? 0) | (1 << i));
      });
    }
    return this.bits;
  }

  /** For each action of the list (by index), the statements that allow it. */
  grantsOf(policy: ParsedPolicy): Grant[][] {
    const all = (1 << this.actions.length) - 1;
    let denied = 0;
    for (const st of policy.statements) {
      if (st.effect.value === 'Deny' && deniesEverywhere(st)) denied |= this.statementMask(st, all);
    }
    const out: Grant[][] = [];
    for (let i = 0; i < this.actions.length; i++) out.push([]);
    for (const st of policy.statements) {
      if (st.effect.value !== 'Allow' || (!st.resource && !st.notResource)) continue;
      const mask = this.statementMask(st, all) & ~denied;
      if (mask === 0) continue;
      for (let i = 0; i < this.actions.length; i++) {
        if (!(mask & (1 << i))) continue;
        const at = st.action
          ? st.action.find((a) => this.maskOf(a.value) & (1 << i))!
          : (st.notAction?.[0] ?? st);
        out[i]!.push({ statement: st, at });
      }
    }
    return out;
  }

  private statementMask(st: ParsedStatement, all: number): number {
    if (st.action) return st.action.reduce((m, a) => m | this.maskOf(a.value), 0);
    if (st.notAction) return all & ~st.notAction.reduce((m, a) => m | this.maskOf(a.value), 0);
    return 0;
  }
}

function deniesEverywhere(st: ParsedStatement): boolean {
  return (
    st.conditions.length === 0 &&
    !st.principal &&
    !st.notPrincipal &&
    (st.resource?.some((r) => r.value.trim() === '*') ?? false)
  );
}
