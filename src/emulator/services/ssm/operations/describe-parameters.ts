import { defineOperation } from '../../service-types.js';
import { matchesFilters, type ParameterFilter } from '../ssm-filters.js';
import { page } from '../ssm-paging.js';
import { metadataShape } from '../ssm-shapes.js';
import { latest, type SsmStore } from '../ssm-store.js';

interface Input {
  Filters?: { Key: string; Values: string[] }[];
  ParameterFilters?: ParameterFilter[];
  MaxResults?: number;
  NextToken?: string;
}

// ssm:DescribeParameters takes no resource: AWS authorizes it on `*`.
export const describeParameters = defineOperation<SsmStore, Input, object>({
  name: 'DescribeParameters',
  authorize: () => [{ action: 'ssm:DescribeParameters', resource: '*' }],
  handle: (input, ctx) => {
    const filters: ParameterFilter[] = [
      ...(input.Filters ?? []).map((f) => ({ Key: f.Key, Values: f.Values })),
      ...(input.ParameterFilters ?? []),
    ];
    const all = [...ctx.store.parameters.values()]
      .filter((p) => matchesFilters(p, filters))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const { items, nextToken } = page(all, input.MaxResults, 50, input.NextToken);
    return {
      Parameters: items.map((p) => metadataShape(p, latest(p), ctx)),
      ...(nextToken !== undefined && { NextToken: nextToken }),
    };
  },
});
