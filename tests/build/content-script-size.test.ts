import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_BUDGET, CONTENT_SCRIPT_DIR, contentScriptSizes } from './content-script-size';

// Reads the last build; `npm run test:e2e` builds first and checks the same budget again (budgets.e2e.test.ts).
const sizes = contentScriptSizes();
if (sizes === undefined) {
  console.warn(`[size] SKIPPED: no build output at ${CONTENT_SCRIPT_DIR}; run \`npx wxt build\` or \`npm run test:e2e\`.`);
}

describe.skipIf(sizes === undefined)('content-script size budget (≤ 25 KB gzipped each)', () => {
  it('each helpdesk content script is within budget', () => {
    for (const s of sizes!) console.log(`[size] ${s.file}: ${s.raw} B raw, ${s.gzip} B gzip (budget ${CONTENT_SCRIPT_BUDGET})`);
    expect(sizes!.map((s) => s.file).sort()).toEqual(expect.arrayContaining(['jira.js', 'zendesk.js']));
    for (const s of sizes!) expect(s.gzip, s.file).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  });
});
