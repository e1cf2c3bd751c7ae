import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * fakeBrowser leaves `permissions` and `scripting` unmocked; these in-memory stand-ins behave like Chrome's for the
 * calls lib/sites makes. `answer` is what the user clicks in the permission prompt.
 */
export function installFakePermissionsAndScripting(options: { answer: boolean }) {
  const granted = new Set<string>();
  const scripts = new Map<string, { id: string; matches?: string[]; js?: string[]; persistAcrossSessions?: boolean }>();
  const requests: string[][] = [];
  const removedListeners: (() => void)[] = [];
  const browser = fakeBrowser as unknown as Record<string, unknown>;
  browser.permissions = {
    request: async ({ origins = [] }: { origins?: string[] }) => {
      requests.push(origins);
      if (options.answer) origins.forEach((origin) => granted.add(origin));
      return options.answer;
    },
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((origin) => granted.has(origin)),
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      origins.forEach((origin) => granted.delete(origin));
      removedListeners.forEach((listener) => listener());
      return true;
    },
    onAdded: { addListener: () => {} },
    onRemoved: { addListener: (listener: () => void) => removedListeners.push(listener) },
  };
  browser.scripting = {
    registerContentScripts: async (list: { id: string }[]) => {
      for (const script of list) {
        if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        scripts.set(script.id, script);
      }
    },
    updateContentScripts: async (list: { id: string }[]) => list.forEach((script) => scripts.set(script.id, script)),
    unregisterContentScripts: async ({ ids = [] }: { ids?: string[] }) => ids.forEach((id) => scripts.delete(id)),
    getRegisteredContentScripts: async (filter?: { ids?: string[] }) =>
      [...scripts.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)),
  };
  return {
    granted,
    scripts,
    requests,
    /** The user revokes the permission in the browser's extension settings. */
    revoke: (origin: string) => granted.delete(origin),
    setAnswer: (answer: boolean) => (options.answer = answer),
  };
}
