/**
 * One URL detector, with the example URLs it must accept beside it (RGH `github-url-detection` style). The
 * test in `tests/adapters/page-detect.test.ts` checks every detector accepts its own examples and rejects every
 * other detector's, across both helpdesks.
 */
import type { PageKind } from './types';

export interface PageMatch {
  kind: PageKind;
  /** The ticket the URL names, if any. */
  key?: string;
}

export interface PageDetector {
  name: string;
  /**
   * `contextPath` is Jira Data Center's path prefix (`''` or `'/jira'`); the other detectors ignore it.
   * Returns undefined when the URL is not this page.
   */
  match(url: URL, contextPath: string): PageMatch | undefined;
  /**
   * Example URLs this detector accepts. Data Center examples use the `/jira` context path. They are for the tests:
   * each call site writes `import.meta.env.PROD ? [] : [...]`, which Vite turns into a constant so production builds
   * drop the lists (content scripts have a 25 KB gzip budget), as RGH's url-detection drops its labels.
   */
  examples: readonly string[];
}

/** First detector that matches. */
export function matchFirst(
  detectors: readonly PageDetector[],
  url: URL,
  contextPath: string,
): PageMatch | undefined {
  for (const detector of detectors) {
    const match = detector.match(url, contextPath);
    if (match) return match;
  }
  return undefined;
}
