import path from 'node:path';
import { InputError } from '../common/errors.js';
import type { IamMutateConfig } from '../mutate/config/config-types.js';
import type { Report } from '../report/report-types.js';
import { configHash } from './config-hash.js';
import { loadShardPlan, parsePlanJson, readPlanFile } from './load-shard-plan.js';
import { shardTargets, type ShardPlan } from './plan-shards.js';
import type { ShardSpec } from './shard-spec.js';

export interface ShardRunInputs {
  config: IamMutateConfig;
  /** The config file as the user named it (the report and the PR comment name it). */
  configPath: string;
  cwd: string;
  spec: ShardSpec;
  /** `--plan FILE`: the matrix `iam-mutate plan` printed; else the plan is recomputed. */
  planFile?: string;
  /** The same matrix as text (the action's `plan` input). */
  planJson?: string;
  timingsFile?: string;
  changedFrom?: string;
}

export interface ShardRun {
  plan: ShardPlan;
  /** This shard's policies, in config order (may be empty). */
  targets: string[];
  /** Stamps the shard's metadata (docs/report-format.md, `shard`) on its report. */
  finishReport: (report: Report) => Report;
}

/** What `iam-mutate run --shard I/N` runs, and the metadata `merge` checks its report by. */
export async function prepareShardRun(inputs: ShardRunInputs): Promise<ShardRun> {
  const plan =
    inputs.planJson !== undefined
      ? parsePlanJson(inputs.planJson, 'the plan input', inputs.cwd, inputs.config)
      : inputs.planFile !== undefined
        ? readPlanFile(inputs.planFile, inputs.cwd, inputs.config)
        : await loadShardPlan({
            config: inputs.config,
            cwd: inputs.cwd,
            count: inputs.spec.count,
            ...(inputs.timingsFile !== undefined && { timingsFile: inputs.timingsFile }),
            ...(inputs.changedFrom !== undefined && { changedFrom: inputs.changedFrom }),
          });
  if (plan.count !== inputs.spec.count) {
    throw new InputError(
      `--shard ${inputs.spec.index}/${inputs.spec.count} does not match the plan ${inputs.planFile ?? ''}, which has ${plan.count} shards`,
    );
  }
  const hash = configHash(inputs.config.file);
  const configName = inputs.configPath.replace(/\\/g, '/');
  return {
    plan,
    targets: shardTargets(plan, inputs.spec.index),
    finishReport: (report) => ({
      ...report,
      shard: {
        index: inputs.spec.index,
        count: plan.count,
        config: path.isAbsolute(configName) ? path.relative(inputs.cwd, configName) : configName,
        configHash: hash,
        plan: plan.targets,
      },
    }),
  };
}
