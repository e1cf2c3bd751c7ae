import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  detectLanguage,
  formatDateTime,
  formatDurationLong,
  formatMinutes,
  formatRemaining,
  normalizeLanguage,
  parseDuration,
  t,
} from '../../lib/i18n';

describe('language detection', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh_TW', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['en-GB', 'en'],
    ['de', 'en'],
    [undefined, 'en'],
  ])('maps %s to %s', (tag, expected) => {
    expect(normalizeLanguage(tag)).toBe(expected);
  });

  it('follows browser.i18n.getUILanguage()', () => {
    fakeBrowser.i18n.getUILanguage = () => 'zh-CN';
    expect(detectLanguage()).toBe('zh-CN');
  });
});

describe('t', () => {
  it('translates into the given language and fills placeholders', () => {
    expect(t('common.unit.hours', { n: 4 }, 'en')).toBe('4 h');
    expect(t('common.unit.hours', { n: 4 }, 'zh-CN')).toBe('4 小时');
  });

  it('picks plural forms', () => {
    expect(t('common.unit.businessDays', { count: 1 }, 'en')).toBe('1 business day');
    expect(t('common.unit.businessDays', { count: 3 }, 'en')).toBe('3 business days');
  });
});

describe('formatMinutes', () => {
  it.each([
    [15, undefined, '15 min'],
    [240, undefined, '4 h'],
    [90, undefined, '1 h 30 min'],
    [1440, 480, '3 business days'],
    [480, 480, '1 business day'],
    [600, 480, '10 h'],
  ])('%s min (business day %s) reads %s', (minutes, day, expected) => {
    expect(formatMinutes(minutes, { businessDayMinutes: day, language: 'en' })).toBe(expected);
  });

  it('speaks Chinese', () => {
    expect(formatMinutes(1440, { businessDayMinutes: 480, language: 'zh-CN' })).toBe('3 个工作日');
    expect(formatMinutes(90, { language: 'zh-CN' })).toBe('1 小时 30 分钟');
  });
});

describe('formatRemaining and formatDurationLong', () => {
  it('counts down in whole minutes and marks overdue time', () => {
    expect(formatRemaining(125 * 60_000 + 59_000, 'en')).toBe('2 h 5 min');
    expect(formatRemaining(-15 * 60_000, 'en')).toBe('15 min overdue');
    expect(formatRemaining(26 * 3600_000, 'en')).toBe('1 d 2 h');
  });

  it('uses date-fns locales for words', () => {
    expect(formatDurationLong(1680, 'en')).toBe('1 day 4 hours');
    expect(formatDurationLong(1680, 'zh-CN')).toBe('1 天 4 小时');
  });

  it('formats dates in the calendar zone and the UI language', () => {
    const at = Date.UTC(2026, 10 /* Nov */, 23, 1);
    expect(formatDateTime(at, 'Asia/Shanghai', 'en')).toBe('Nov 23, 2026, 9:00 AM');
    expect(formatDateTime(at, 'Asia/Shanghai', 'zh-CN')).toContain('2026年11月23日');
  });
});

describe('parseDuration', () => {
  it.each([
    ['15 min', 15],
    ['15', 15],
    ['4 h', 240],
    ['1.5h', 90],
    ['1,5 h', 90],
    ['1 h 30 min', 90],
    ['1h30m', 90],
    ['2 days', 2880],
    ['1 week', 10080],
    ['3 business days', 1440],
    ['3 bd', 1440],
    ['3 working days', 1440],
    ['4 小时', 240],
    ['30分钟', 30],
    ['3 个工作日', 1440],
  ])('reads %s as %s minutes (480-minute business day)', (text, minutes) => {
    expect(parseDuration(text, 480)).toMatchObject({ ok: true, minutes });
  });

  it.each([
    ['', 'empty'],
    ['soon', 'syntax'],
    ['4 hours later', 'syntax'],
    ['0 min', 'range'],
    ['2 years', 'syntax'],
    ['400 days', 'range'],
  ])('rejects %j (%s)', (text, reason) => {
    expect(parseDuration(text, 480)).toEqual({ ok: false, reason });
  });

  it('needs a calendar with business hours for business days', () => {
    expect(parseDuration('3 business days')).toEqual({ ok: false, reason: 'no-business-day' });
  });
});
