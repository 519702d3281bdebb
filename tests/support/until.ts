/**
 * Waits for something the code under test does after it has replied (a log line, a stored row). The
 * bound is generous and only stops a broken test from hanging; nothing is asserted about how long it took.
 */
export async function until(check: () => boolean, what = 'the expected condition', timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
