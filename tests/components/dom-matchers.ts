/**
 * The few DOM matchers these tests use, without adding @testing-library/jest-dom as a dependency.
 */
import { expect } from 'vitest';

interface DomMatchers<R = unknown> {
  toBeInTheDocument(): R;
  toBeDisabled(): R;
  toBeEnabled(): R;
  toHaveValue(value: string | number): R;
  toHaveAttribute(name: string, value?: string): R;
  toHaveTextContent(text: string | RegExp): R;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends DomMatchers<T> {}
}

const result = (pass: boolean, message: string) => ({ pass, message: () => message });

expect.extend({
  toBeInTheDocument(element: Element | null) {
    return result(!!element && element.ownerDocument.contains(element), 'expected the element to be in the document');
  },
  toBeDisabled(element: HTMLButtonElement | HTMLInputElement) {
    return result(element.disabled || !!element.closest('fieldset:disabled'), `expected ${element.outerHTML.slice(0, 80)} to be disabled`);
  },
  toBeEnabled(element: HTMLButtonElement | HTMLInputElement) {
    return result(!element.disabled, `expected ${element.outerHTML.slice(0, 80)} to be enabled`);
  },
  toHaveValue(element: HTMLInputElement, value: string | number) {
    const actual = element.type === 'number' ? Number(element.value) : element.value;
    return result(actual === value, `expected value ${JSON.stringify(value)}, got ${JSON.stringify(actual)}`);
  },
  toHaveAttribute(element: Element, name: string, value?: string) {
    const actual = element.getAttribute(name);
    return result(
      value === undefined ? actual !== null : actual === value,
      `expected ${name}=${JSON.stringify(value)}, got ${JSON.stringify(actual)}`,
    );
  },
  toHaveTextContent(element: Element, text: string | RegExp) {
    const actual = element.textContent ?? '';
    return result(
      typeof text === 'string' ? actual.includes(text) : text.test(actual),
      `expected text ${String(text)}, got ${JSON.stringify(actual)}`,
    );
  },
});
