/** The file's name: the site and the days the view spans, "pyongyang-moscow-timeline-2020-01-01-2025-12-31". */
export function imageStem(t0: number, t1: number): string {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
  return `pyongyang-moscow-timeline-${day(t0)}-${day(t1)}`
}
