import { browser } from 'wxt/browser';
import type { ToolbarBadge } from './toolbar-badge';

/** Chrome and Firefox MV3 have `action`; Firefox MV2 builds still have `browserAction`. */
function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function showToolbarBadge(badge: ToolbarBadge, tooltip: string): Promise<void> {
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeText({ text: badge.text }),
    badge.text ? action.setBadgeBackgroundColor({ color: badge.color }) : undefined,
    action.setTitle({ title: tooltip }),
  ]);
}
