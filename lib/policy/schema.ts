import { z } from 'zod';
import { isIsoDate } from './iso-date';
import { policyMessages, type PolicyMessages } from './policy-messages';
import { canonicalTimeZone } from './time-zone';
import type {
  BusinessCalendar,
  CustomerTier,
  Escalation,
  Holiday,
  MappedStatus,
  Policy,
  Target,
  Tier,
  TimeWindow,
  Workday,
} from './types';
import { WALL_TIME_PATTERN, wallTimeToMinutes } from './wall-time';

// Extension pages forbid eval (MV3 CSP). zod 4 would probe `new Function` to compile fast parsers and fall back when
// the CSP refuses; say up front that it must not try, so no CSP violation is ever logged.
z.config({ jitless: true });

/**
 * The zod schema of policy version 1 (POLICY.md). Every object is strict, so an unknown key is an error.
 *
 * This schema checks the shape and everything local to one value: formats, ranges, window order, list bounds. Rules
 * that look across the document (unique ids, references, holiday/workday clashes, map keys that collide once
 * lower-cased) live in `check-consistency.ts`, because zod skips an object's refinements as soon as any field inside
 * it fails, and `parsePolicy` must report every error at once.
 *
 * Messages written here are the ones a team lead sees; generic ones come from `policy-issues.ts`. Each is read from
 * `policyMessages()` when the issue is raised, so it is in the language `parsePolicy` was asked for.
 */

/** Upper bounds from POLICY.md ("Lists have sane bounds"). */
export const POLICY_LIMITS = {
  calendars: 50,
  tiers: 200,
  holidaysPerCalendar: 2000,
  /** `JSON.stringify(input).length` */
  documentLength: 1_000_000,
  /** One year of minutes. */
  targetMinutes: 525_600,
} as const;

/**
 * A schema-level message for a value of the wrong kind. A missing field falls through to the generic
 * '"name" is required.' of `policy-issues.ts`, which reads better than "must be a number" for an absent key.
 */
function unlessMissing(pick: (m: PolicyMessages) => string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? undefined : pick(policyMessages()));
}

/** A fixed message, read in the language of the parse in progress. */
function say(pick: (m: PolicyMessages) => string) {
  return () => pick(policyMessages());
}

export const ID_PATTERN = /^[a-z0-9-]+$/;

const idSchema = z
  .string()
  .regex(ID_PATTERN, {
    error: say((m) => m.idPattern),
  });

const wallTimeSchema = z
  .string()
  .regex(WALL_TIME_PATTERN, { error: say((m) => m.wallTime) });

const isoDateSchema = z.string().refine(isIsoDate, {
  error: say((m) => m.isoDate),
});

const windowSchema = z
  .tuple([wallTimeSchema, wallTimeSchema], {
    error: say((m) => m.windowPair),
  })
  .superRefine(([start, end], ctx) => {
    if (wallTimeToMinutes(start) >= wallTimeToMinutes(end)) {
      ctx.addIssue({ code: 'custom', message: policyMessages().windowEndsFirst(start, end) });
    }
  }) satisfies z.ZodType<TimeWindow>;

/** Checks that one day's windows are sorted and do not overlap; windows that touch are fine. */
function checkWindowOrder(windows: TimeWindow[], ctx: z.RefinementCtx<TimeWindow[]>): void {
  for (let i = 1; i < windows.length; i++) {
    const [previousStart, previousEnd] = windows[i - 1]!;
    const [start] = windows[i]!;
    if (wallTimeToMinutes(start) < wallTimeToMinutes(previousEnd)) {
      ctx.addIssue({
        code: 'custom',
        path: [i],
        message: policyMessages().windowOverlaps(start, previousStart, previousEnd),
      });
    }
  }
}

const daySchema = z.array(windowSchema).superRefine(checkWindowOrder);

const weeklySchema = z.strictObject({
  mon: daySchema,
  tue: daySchema,
  wed: daySchema,
  thu: daySchema,
  fri: daySchema,
  sat: daySchema,
  sun: daySchema,
});

// Holidays are one object with optional keys rather than a zod union, so that an error names the exact field
// ("holidays[3].to") instead of a vague "matches no alternative".
const holidaySchema = z
  .strictObject({
    date: isoDateSchema.optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    name: z.string().optional(),
  })
  .superRefine((holiday, ctx) => {
    const { date, from, to } = holiday;
    if (date !== undefined) {
      for (const key of ['from', 'to'] as const) {
        if (holiday[key] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: policyMessages().holidayDateAndRange,
          });
        }
      }
      return;
    }
    if (from === undefined && to === undefined) {
      ctx.addIssue({ code: 'custom', message: policyMessages().holidayNeedsDate });
      return;
    }
    if (from === undefined || to === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [from === undefined ? 'from' : 'to'],
        message: policyMessages().holidayRangeNeedsBoth,
      });
      return;
    }
    if (from > to) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: policyMessages().holidayRangeReversed(from, to),
      });
    }
  })
  .transform((holiday): Holiday => {
    const named = holiday.name === undefined ? {} : { name: holiday.name };
    // The refinement above guarantees one of the two forms.
    return holiday.date !== undefined
      ? { date: holiday.date, ...named }
      : { from: holiday.from!, to: holiday.to!, ...named };
  });

const workdaySchema = z
  .strictObject({
    date: isoDateSchema,
    hours: z
      .array(windowSchema)
      .min(1, { error: say((m) => m.workdayNeedsWindow) })
      .superRefine(checkWindowOrder),
    name: z.string().optional(),
  })
  .transform(
    ({ date, hours, name }): Workday => (name === undefined ? { date, hours } : { date, hours, name }),
  );

const timeZoneSchema = z.string().transform((timeZone, ctx) => {
  const canonical = canonicalTimeZone(timeZone);
  if (canonical === undefined) {
    ctx.addIssue({
      code: 'custom',
      input: timeZone,
      message: policyMessages().notATimeZone(timeZone),
    });
    return z.NEVER;
  }
  return canonical;
});

export const calendarSchema = z.strictObject({
  id: idSchema,
  name: z.string(),
  timeZone: timeZoneSchema,
  weekly: weeklySchema,
  holidays: z.array(holidaySchema).max(POLICY_LIMITS.holidaysPerCalendar, {
    error: say((m) => m.tooManyHolidays(POLICY_LIMITS.holidaysPerCalendar)),
  }),
  workdays: z.array(workdaySchema),
}) satisfies z.ZodType<BusinessCalendar, unknown>;

export const customerTierSchema = z.strictObject({
  id: idSchema,
  name: z.string(),
  tags: z.array(z.string()),
  organizations: z.array(z.string()),
}) satisfies z.ZodType<CustomerTier, unknown>;

const targetSchema = z.strictObject({
  minutes: z
    .number({ error: unlessMissing((m) => m.targetNotNumber) })
    .gt(0, { error: say((m) => m.targetNotPositive) })
    .max(POLICY_LIMITS.targetMinutes, { error: say((m) => m.targetTooLong) }),
  calendar: z.string({
    error: unlessMissing((m) => m.targetNeedsCalendar),
  }),
}) satisfies z.ZodType<Target, unknown>;

const percentSchema = z
  .number({ error: unlessMissing((m) => m.thresholdNotNumber) })
  .gt(0, { error: say((m) => m.thresholdNotPositive) })
  .lt(100, { error: say((m) => m.thresholdTooHigh) });

export const escalationSchema = z
  .strictObject({ warningAt: percentSchema, criticalAt: percentSchema })
  .superRefine(({ warningAt, criticalAt }, ctx) => {
    if (warningAt >= criticalAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['criticalAt'],
        message: policyMessages().thresholdsOutOfOrder(criticalAt, warningAt),
      });
    }
  }) satisfies z.ZodType<Escalation, unknown>;

const targetsSchema = z
  .strictObject({
    firstResponse: targetSchema.optional(),
    nextResponse: targetSchema.optional(),
    resolution: targetSchema.optional(),
  })
  .superRefine((targets, ctx) => {
    if (Object.values(targets).every((target) => target === undefined)) {
      ctx.addIssue({ code: 'custom', message: policyMessages().tierNeedsTarget });
    }
  });

export const tierSchema = z.strictObject({
  id: idSchema,
  name: z.string(),
  priorities: z.array(z.string()),
  customerTiers: z.array(z.string()),
  targets: targetsSchema,
  escalation: escalationSchema.optional(),
}) satisfies z.ZodType<Tier, unknown>;

/** A map from raw helpdesk values to policy values. Keys are lower-cased; `check-consistency.ts` rejects collisions. */
function lowerCasedMap<T extends string>(valueSchema: z.ZodType<T>) {
  return z
    .record(z.string(), valueSchema)
    .transform((map) => Object.fromEntries(Object.entries(map).map(([key, value]) => [key.toLowerCase(), value])));
}

const statusSchema = z.enum(['active', 'paused', 'done'], {
  error: say((m) => m.statusValue),
}) satisfies z.ZodType<MappedStatus>;

export const policySchema = z.strictObject({
  version: z.literal(1, { error: unlessMissing((m) => m.versionMustBe1) }),
  name: z.string(),
  calendars: z.array(calendarSchema).max(POLICY_LIMITS.calendars, {
    error: say((m) => m.tooManyCalendars(POLICY_LIMITS.calendars)),
  }),
  customerTiers: z.array(customerTierSchema),
  tiers: z
    .array(tierSchema)
    .min(1, { error: say((m) => m.needsTier) })
    .max(POLICY_LIMITS.tiers, { error: say((m) => m.tooManyTiers(POLICY_LIMITS.tiers)) }),
  defaultPriority: z
    .string({ error: unlessMissing((m) => m.defaultPriority) })
    .nullable(),
  priorityMap: z.strictObject({ zendesk: lowerCasedMap(z.string()), jira: lowerCasedMap(z.string()) }),
  statusMap: z.strictObject({ zendesk: lowerCasedMap(statusSchema), jira: lowerCasedMap(statusSchema) }),
  escalation: escalationSchema,
  preferNativeSla: z.boolean({ error: unlessMissing((m) => m.preferNativeSla) }),
}) satisfies z.ZodType<Policy, unknown>;

/** What the schema produces; the type test in `tests/policy` pins that it is exactly `Policy`. */
export type PolicySchemaOutput = z.output<typeof policySchema>;
