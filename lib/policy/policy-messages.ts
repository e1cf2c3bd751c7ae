/**
 * Every sentence `parsePolicy` can say, in English and Simplified Chinese (PRODUCT.md "Languages": the team lead
 * reads the editor's errors in the browser's language). Both catalogues have the same keys, which the type checks.
 *
 * `parsePolicy` selects the catalogue for the length of one call (`withPolicyMessages`); the schema, the consistency
 * checks and the warnings read it through `policyMessages()` when they report an issue. The call is synchronous,
 * so no other parse can observe the choice.
 */

export type PolicyLanguage = 'en' | 'zh-CN';

/** How a value is described in "Expected …, but found …". */
export type ValueKind = 'text' | 'number' | 'boolean' | 'list' | 'object' | 'null' | 'true' | 'false' | 'bigint' | 'function';

/** The lists whose ids must be unique. */
export type IdListName = 'calendars' | 'customerTiers' | 'tiers';

export interface PolicyMessages {
  // Shapes and formats (schema.ts)
  idPattern: string;
  wallTime: string;
  isoDate: string;
  windowPair: string;
  windowEndsFirst(start: string, end: string): string;
  windowOverlaps(start: string, previousStart: string, previousEnd: string): string;
  holidayDateAndRange: string;
  holidayNeedsDate: string;
  holidayRangeNeedsBoth: string;
  holidayRangeReversed(from: string, to: string): string;
  workdayNeedsWindow: string;
  notATimeZone(zone: string): string;
  tooManyHolidays(max: number): string;
  targetNotNumber: string;
  targetNotPositive: string;
  targetTooLong: string;
  targetNeedsCalendar: string;
  thresholdNotNumber: string;
  thresholdNotPositive: string;
  thresholdTooHigh: string;
  thresholdsOutOfOrder(criticalAt: number, warningAt: number): string;
  tierNeedsTarget: string;
  statusValue: string;
  versionMustBe1: string;
  tooManyCalendars(max: number): string;
  needsTier: string;
  tooManyTiers(max: number): string;
  defaultPriority: string;
  preferNativeSla: string;
  // Generic zod issues (policy-issues.ts)
  unknownField(key: string): string;
  notAnObject: string;
  required(field: string | undefined): string;
  expected(expected: string, found: string): string;
  kind: Record<ValueKind, string>;
  listTooShort(min: string): string;
  tooSmall(min: string): string;
  listTooLong(max: string): string;
  tooBig(max: string): string;
  invalidKey: string;
  // Across the document (check-consistency.ts)
  reservedCalendarId: string;
  duplicateId(list: IdListName, where: string, id: string): string;
  noSuchCalendar(id: string): string;
  noSuchCustomerTier(id: string): string;
  workdayListedTwice(date: string, where: string): string;
  holidayAndWorkday(date: string, holidayName: string | undefined): string;
  forbiddenKey(key: string): string;
  keysCollide(key: string, first: string): string;
  // The whole document (parse-policy.ts, migrations.ts)
  unreadable(reason: string): string;
  /** The organisation's managed setting `policyJson` (docs/managed-policy.md) does not parse as JSON. */
  managedNotJson: string;
  notJsonData: string;
  tooLarge(length: number): string;
  notValid: string;
  noVersion(current: number): string;
  newerVersion(version: number, current: number): string;
  unsupportedVersion(version: number, current: number): string;
  upgradeFailed(from: number, reason: string): string;
  // Warnings (policy-warnings.ts)
  tierNeverApplies(tier: string, earlier: string, where: string): string;
  priorityInNoTier(priority: string): string;
  calendarNeverOpen(calendar: string): string;
}

const en: PolicyMessages = {
  idPattern: 'An id may contain only lower-case letters a–z, digits and hyphens, such as "office" or "p1".',
  wallTime: 'A time must be written HH:mm, from 00:00 to 24:00, such as "09:00".',
  isoDate: 'A date must be a real calendar date written YYYY-MM-DD, such as "2026-10-01".',
  windowPair: 'A business window must be a pair of times such as ["09:00", "12:00"].',
  windowEndsFirst: (start, end) =>
    `The window ${start}–${end} must end after it starts. A window cannot cross midnight: ` +
    'write 22:00–24:00 on one day and 00:00–06:00 on the next.',
  windowOverlaps: (start, previousStart, previousEnd) =>
    `This window starts at ${start}, before the previous window (${previousStart}–${previousEnd}) ends. ` +
    'List the windows of a day in order, without overlaps.',
  holidayDateAndRange: 'A holiday has either a single "date" or a "from"–"to" range, not both.',
  holidayNeedsDate: 'A holiday needs a "date", or a "from" and "to" range.',
  holidayRangeNeedsBoth: 'A holiday range needs both "from" and "to" (both days included).',
  holidayRangeReversed: (from, to) => `The holiday range ends (${to}) before it starts (${from}).`,
  workdayNeedsWindow: 'A special workday needs at least one business window; to close a day, add a holiday.',
  notATimeZone: (zone) =>
    `"${zone}" is not a time zone name. Use an IANA name such as "Asia/Shanghai", ` +
    '"Europe/Berlin" or "UTC"; offsets such as "+08:00" are not accepted.',
  tooManyHolidays: (max) => `A calendar can have at most ${max} holiday entries; use ranges for runs of days.`,
  targetNotNumber: 'The target must be a number of minutes, such as 240.',
  targetNotPositive: 'The target must be more than 0 minutes.',
  targetTooLong: 'The target can be at most 525600 minutes (one year).',
  targetNeedsCalendar: 'The target needs a calendar: "24x7" or the id of a calendar in this policy.',
  thresholdNotNumber: 'A threshold must be a percentage of the target, such as 75.',
  thresholdNotPositive: 'A threshold must be more than 0 percent.',
  thresholdTooHigh: 'A threshold must be less than 100 percent; 100 percent is the breach itself.',
  thresholdsOutOfOrder: (criticalAt, warningAt) =>
    `The critical threshold (${criticalAt}%) must be higher than the warning threshold (${warningAt}%).`,
  tierNeedsTarget: 'A tier needs at least one target: firstResponse, nextResponse or resolution.',
  statusValue: 'A status must map to "active", "paused" or "done".',
  versionMustBe1: 'This policy format is version 1; "version" must be 1.',
  tooManyCalendars: (max) => `A policy can have at most ${max} calendars.`,
  needsTier: 'A policy needs at least one tier.',
  tooManyTiers: (max) => `A policy can have at most ${max} tiers.`,
  defaultPriority: 'The default priority must be a priority such as "P3", or null.',
  preferNativeSla: '"preferNativeSla" must be true or false.',

  unknownField: (key) => `"${key}" is not a field here. Remove it, or check its spelling.`,
  notAnObject: 'The policy must be a JSON object, like the file the options page exports.',
  required: (field) => (field ? `"${field}" is required.` : 'This value is required.'),
  expected: (expected, found) => `Expected ${expected}, but found ${found}.`,
  kind: {
    text: 'text',
    number: 'a number',
    boolean: 'true or false',
    list: 'a list',
    object: 'an object',
    null: 'null',
    true: 'true',
    false: 'false',
    bigint: 'a BigInt, which JSON cannot hold',
    function: 'a function, which JSON cannot hold',
  },
  listTooShort: (min) => `This list needs at least ${min} entries.`,
  tooSmall: (min) => `This must be at least ${min}.`,
  listTooLong: (max) => `This list can have at most ${max} entries.`,
  tooBig: (max) => `This must be at most ${max}.`,
  invalidKey: 'This key is not valid here.',

  reservedCalendarId: '"24x7" is reserved for round-the-clock targets; give this calendar another id.',
  duplicateId: (list, where, id) =>
    `Another ${{ calendars: 'calendar', customerTiers: 'customer tier', tiers: 'tier' }[list]} (${where}) ` +
    `already has the id "${id}". Ids must be unique.`,
  noSuchCalendar: (id) =>
    `There is no calendar with the id "${id}". Use "24x7" or the id of one of this policy's calendars.`,
  noSuchCustomerTier: (id) => `There is no customer tier with the id "${id}".`,
  workdayListedTwice: (date, where) => `${date} is already listed as a special workday (${where}). List each date once.`,
  holidayAndWorkday: (date, holidayName) =>
    `${date} is both a holiday${holidayName ? ` ("${holidayName}")` : ''} and a special workday. ` +
    'A date can be only one of the two.',
  forbiddenKey: (key) => `"${key}" cannot be used as a key.`,
  keysCollide: (key, first) =>
    `"${key}" and "${first}" are the same key once letters are lower-cased ` +
    '(keys are matched case-insensitively). Keep one.',

  unreadable: (reason) => `The policy could not be read: ${reason}`,
  managedNotJson: 'policyJson is not valid JSON.',
  notJsonData:
    'The policy is not plain JSON data: it contains a circular reference or a value JSON cannot hold, such as a BigInt.',
  tooLarge: (length) =>
    `The policy is too large: at most 1,000,000 characters of JSON, and this one has ${length.toLocaleString('en-US')}.`,
  notValid: 'The policy is not valid.',
  noVersion: (current) => `The policy has no valid "version"; this app reads version ${current}.`,
  newerVersion: (version, current) =>
    `This policy is version ${version}, made by a newer release; this app reads up to version ${current}. ` +
    'Update the extension to import it.',
  unsupportedVersion: (version, current) => `Policy version ${version} is not supported; this app reads version ${current}.`,
  upgradeFailed: (from, reason) => `The policy could not be upgraded from version ${from}: ${reason}`,

  tierNeverApplies: (tier, earlier, where) =>
    `Tier "${tier}" can never apply: the earlier tier "${earlier}" (${where}) matches every ticket ` +
    'it would match. Move it up or narrow the earlier tier.',
  priorityInNoTier: (priority) =>
    `Priority "${priority}" is produced by the priority map but no tier lists it, so such tickets get no SLA. ` +
    'Add it to a tier, or map it to another priority.',
  calendarNeverOpen: (calendar) =>
    `Calendar "${calendar}" has no business hours on any day, so targets on it would never come due. ` +
    'Add weekly hours or special workdays.',
};

// Terms follow the options page's Chinese catalogue: 服务等级 (tier), 工作日历 (calendar), 客户等级 (customer tier),
// 调休工作日 (special workday), 时段 (window), 目标时限 (target), 预警/严重阈值 (thresholds).
const zhCn: PolicyMessages = {
  idPattern: 'ID 只能包含小写字母 a–z、数字和连字符，例如 "office" 或 "p1"。',
  wallTime: '时间须写成 HH:mm，范围 00:00 至 24:00，例如 "09:00"。',
  isoDate: '日期须是真实存在的日期，写成 YYYY-MM-DD，例如 "2026-10-01"。',
  windowPair: '工作时段须是一对时间，例如 ["09:00", "12:00"]。',
  windowEndsFirst: (start, end) =>
    `时段 ${start}–${end} 的结束时间须晚于开始时间。时段不能跨越午夜：请在当天写 22:00–24:00，次日写 00:00–06:00。`,
  windowOverlaps: (start, previousStart, previousEnd) =>
    `此时段从 ${start} 开始，早于上一时段（${previousStart}–${previousEnd}）的结束时间。请按顺序列出一天的时段，且不要重叠。`,
  holidayDateAndRange: '节假日要么是单个 "date"，要么是 "from"–"to" 区间，不能两者都有。',
  holidayNeedsDate: '节假日需要 "date"，或 "from" 和 "to" 区间。',
  holidayRangeNeedsBoth: '节假日区间需要同时填写 "from" 和 "to"（两端日期都包含在内）。',
  holidayRangeReversed: (from, to) => `节假日区间的结束日期（${to}）早于开始日期（${from}）。`,
  workdayNeedsWindow: '调休工作日至少需要一个工作时段；如要休息一天，请添加节假日。',
  notATimeZone: (zone) =>
    `"${zone}" 不是时区名称。请使用 IANA 名称，例如 "Asia/Shanghai"、"Europe/Berlin" 或 "UTC"；不接受 "+08:00" 这样的偏移。`,
  tooManyHolidays: (max) => `一个日历最多可有 ${max} 条节假日；连续多天请使用区间。`,
  targetNotNumber: '目标时限须是分钟数，例如 240。',
  targetNotPositive: '目标时限须大于 0 分钟。',
  targetTooLong: '目标时限最多为 525600 分钟（一年）。',
  targetNeedsCalendar: '目标时限需要一个日历："24x7" 或此策略中某个日历的 ID。',
  thresholdNotNumber: '阈值须是目标时限的百分比，例如 75。',
  thresholdNotPositive: '阈值须大于 0%。',
  thresholdTooHigh: '阈值须小于 100%；100% 即为超时本身。',
  thresholdsOutOfOrder: (criticalAt, warningAt) => `严重阈值（${criticalAt}%）须高于预警阈值（${warningAt}%）。`,
  tierNeedsTarget: '服务等级至少需要一个目标时限：firstResponse、nextResponse 或 resolution。',
  statusValue: '状态只能映射为 "active"、"paused" 或 "done"。',
  versionMustBe1: '此策略格式为第 1 版；"version" 须为 1。',
  tooManyCalendars: (max) => `一个策略最多可有 ${max} 个日历。`,
  needsTier: '策略至少需要一个服务等级。',
  tooManyTiers: (max) => `一个策略最多可有 ${max} 个服务等级。`,
  defaultPriority: '默认优先级须是 "P3" 这样的优先级，或 null。',
  preferNativeSla: '"preferNativeSla" 须为 true 或 false。',

  unknownField: (key) => `此处没有 "${key}" 字段。请删除它，或检查拼写。`,
  notAnObject: '策略须是 JSON 对象，与选项页导出的文件相同。',
  required: (field) => (field ? `"${field}" 为必填项。` : '此值为必填项。'),
  expected: (expected, found) => `应为${expected}，但实际是${found}。`,
  // A Latin word gets a space before it, as Chinese typography sets it apart: "应为 true 或 false".
  kind: {
    text: '文本',
    number: '数字',
    boolean: ' true 或 false',
    list: '列表',
    object: '对象',
    null: ' null',
    true: ' true',
    false: ' false',
    bigint: ' BigInt（JSON 无法保存）',
    function: '函数（JSON 无法保存）',
  },
  listTooShort: (min) => `此列表至少需要 ${min} 项。`,
  tooSmall: (min) => `此值至少为 ${min}。`,
  listTooLong: (max) => `此列表最多可有 ${max} 项。`,
  tooBig: (max) => `此值最多为 ${max}。`,
  invalidKey: '此处的键无效。',

  reservedCalendarId: '"24x7" 保留给全天候目标时限，请为此日历换一个 ID。',
  duplicateId: (list, where, id) =>
    `另一个${{ calendars: '日历', customerTiers: '客户等级', tiers: '服务等级' }[list]}（${where}）已使用 ID "${id}"。ID 不能重复。`,
  noSuchCalendar: (id) => `没有 ID 为 "${id}" 的日历。请使用 "24x7" 或此策略中某个日历的 ID。`,
  noSuchCustomerTier: (id) => `没有 ID 为 "${id}" 的客户等级。`,
  workdayListedTwice: (date, where) => `${date} 已列为调休工作日（${where}）。每个日期只列一次。`,
  holidayAndWorkday: (date, holidayName) =>
    `${date} 既是节假日${holidayName ? `（"${holidayName}"）` : ''}又是调休工作日。一个日期只能是其中之一。`,
  forbiddenKey: (key) => `"${key}" 不能用作键。`,
  keysCollide: (key, first) => `"${key}" 与 "${first}" 转为小写后是同一个键（键不区分大小写）。请只保留一个。`,

  unreadable: (reason) => `无法读取策略：${reason}`,
  managedNotJson: 'policyJson 不是有效的 JSON。',
  notJsonData: '策略不是纯 JSON 数据：其中有循环引用，或有 JSON 无法保存的值（例如 BigInt）。',
  tooLarge: (length) => `策略过大：JSON 最多 1,000,000 个字符，而此策略有 ${length.toLocaleString('en-US')} 个。`,
  notValid: '策略无效。',
  noVersion: (current) => `策略没有有效的 "version"；本应用读取第 ${current} 版。`,
  newerVersion: (version, current) =>
    `此策略为第 ${version} 版，由更新的版本创建；本应用最多读取第 ${current} 版。请更新扩展后再导入。`,
  unsupportedVersion: (version, current) => `不支持第 ${version} 版策略；本应用读取第 ${current} 版。`,
  upgradeFailed: (from, reason) => `无法从第 ${from} 版升级策略：${reason}`,

  tierNeverApplies: (tier, earlier, where) =>
    `服务等级 "${tier}" 永远不会生效：前面的服务等级 "${earlier}"（${where}）已匹配它能匹配的所有工单。请把它上移，或缩小前面等级的范围。`,
  priorityInNoTier: (priority) =>
    `优先级映射会产生优先级 "${priority}"，但没有服务等级包含它，这类工单将没有 SLA。请把它加入某个服务等级，或映射为其他优先级。`,
  calendarNeverOpen: (calendar) =>
    `日历 "${calendar}" 每天都没有工作时间，使用它的目标时限永远不会到期。请添加每周工作时间或调休工作日。`,
};

const CATALOGUES: Record<PolicyLanguage, PolicyMessages> = { en, 'zh-CN': zhCn };

let current: PolicyMessages = en;

/** The catalogue of the parse in progress (English outside one). */
export function policyMessages(): PolicyMessages {
  return current;
}

/** One language's catalogue, for a message given outside a parse (English for an unknown language). */
export function policyMessagesIn(language: PolicyLanguage): PolicyMessages {
  return CATALOGUES[language] ?? en;
}

/** Runs `parse` with `language`'s catalogue selected, and restores the previous one afterwards, even on a throw. */
export function withPolicyMessages<T>(language: PolicyLanguage, parse: () => T): T {
  const previous = current;
  current = policyMessagesIn(language);
  try {
    return parse();
  } finally {
    current = previous;
  }
}
