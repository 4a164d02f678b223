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
