/** Median, 95th percentile and count of some timings. */
export function summarise(times: readonly number[]): {
  count: number;
  median: number;
  p95: number;
} {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (quantile: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] ??
    NaN;
  return {count: sorted.length, median: at(0.5), p95: at(0.95)};
}

/** The middle value of some numbers (the mean of the two middle ones). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]!
    : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
