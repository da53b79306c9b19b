/**
 * When an LMS refuses to save, we try again on this schedule (seconds after each
 * failure), then every minute until it works or the learner leaves. The learner can also
 * try at once. Stated in the README so administrators know what to expect.
 */
export const RETRY_SECONDS = [2, 5, 15, 30, 60];

export function retryDelayMs(failures: number): number {
  return RETRY_SECONDS[Math.min(failures, RETRY_SECONDS.length) - 1] * 1000;
}
