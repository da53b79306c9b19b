/**
 * Session time in each version's format: SCORM 1.2 wants
 * CMITimespan HHHH:MM:SS.SS, SCORM 2004 an ISO 8601 duration. Sending the other format
 * is rejected (405 / 406). 1.2 times always carry two decimals: a one-digit fraction is
 * valid, but Moodle reads ":01.3" as 1.03 seconds.
 */

export function timespan12(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360000));
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const [whole, frac] = seconds.toFixed(2).split('.');
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(Number(whole), 2)}.${frac}`;
}

export function duration2004(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours}H${minutes}M${Number(seconds.toFixed(2))}S`;
}

/**
 * 2004 timestamps. The time zone may only follow fractional seconds
 * (YYYY-MM-DDThh:mm:ss.sTZD), so "10:05:30Z" is refused and "10:05:30.0Z" is not.
 */
export function timestamp2004(date: Date): string {
  return date.toISOString().replace(/\.(\d)\d{2}Z$/, '.$1Z');
}

/** 1.2 interaction time: the time of day, HH:MM:SS. */
export function timeOfDay12(date: Date): string {
  return date.toTimeString().slice(0, 8);
}
