/** ConsumedCapacity when asked for (TOTAL or INDEXES): one unit per item touched, at least one. */
export function consumedCapacity(
  mode: string | undefined,
  tableName: string,
  units: number,
): Record<string, unknown> | undefined {
  if (mode !== 'TOTAL' && mode !== 'INDEXES') return undefined;
  const capacity = Math.max(1, units);
  return {
    TableName: tableName,
    CapacityUnits: capacity,
    ...(mode === 'INDEXES' && { Table: { CapacityUnits: capacity } }),
  };
}
