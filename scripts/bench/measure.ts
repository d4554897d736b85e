/** Run `fn` `runs` times and answer the median duration in milliseconds. */
export async function medianMs(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  return median(times)
}

/** The middle value (the upper middle for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** A number of milliseconds as a short string: 0.42 ms, 12.3 ms, 1,234 ms. */
export function ms(value: number): string {
  if (value < 1) return `${value.toFixed(2)} ms`
  if (value < 100) return `${value.toFixed(1)} ms`
  return `${Math.round(value).toLocaleString('en-GB')} ms`
}
