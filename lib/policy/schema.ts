import { z } from 'zod';
import { isIsoDate } from './iso-date';
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
 * Messages written here are the ones a team lead sees; generic ones come from `policy-issues.ts`.
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
function unlessMissing(message: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? undefined : message);
}

export const ID_PATTERN = /^[a-z0-9-]+$/;

const idSchema = z
  .string()
  .regex(ID_PATTERN, {
    error: 'An id may contain only lower-case letters a–z, digits and hyphens, such as "office" or "p1".',
  });

const wallTimeSchema = z
  .string()
  .regex(WALL_TIME_PATTERN, { error: 'A time must be written HH:mm, from 00:00 to 24:00, such as "09:00".' });

const isoDateSchema = z.string().refine(isIsoDate, {
  error: 'A date must be a real calendar date written YYYY-MM-DD, such as "2026-10-01".',
});

const windowSchema = z
  .tuple([wallTimeSchema, wallTimeSchema], {
    error: 'A business window must be a pair of times such as ["09:00", "12:00"].',
  })
  .superRefine(([start, end], ctx) => {
    if (wallTimeToMinutes(start) >= wallTimeToMinutes(end)) {
      ctx.addIssue({
        code: 'custom',
        message:
          `The window ${start}–${end} must end after it starts. A window cannot cross midnight: ` +
          'write 22:00–24:00 on one day and 00:00–06:00 on the next.',
      });
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
        message:
          `This window starts at ${start}, before the previous window (${previousStart}–${previousEnd}) ends. ` +
          'List the windows of a day in order, without overlaps.',
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
            message: 'A holiday has either a single "date" or a "from"–"to" range, not both.',
          });
        }
      }
      return;
    }
    if (from === undefined && to === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'A holiday needs a "date", or a "from" and "to" range.',
      });
      return;
    }
    if (from === undefined || to === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [from === undefined ? 'from' : 'to'],
        message: 'A holiday range needs both "from" and "to" (both days included).',
      });
      return;
    }
    if (from > to) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `The holiday range ends (${to}) before it starts (${from}).`,
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
      .min(1, { error: 'A special workday needs at least one business window; to close a day, add a holiday.' })
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
      message:
        `"${timeZone}" is not a time zone name. Use an IANA name such as "Asia/Shanghai", ` +
        '"Europe/Berlin" or "UTC"; offsets such as "+08:00" are not accepted.',
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
    error: `A calendar can have at most ${POLICY_LIMITS.holidaysPerCalendar} holiday entries; use ranges for runs of days.`,
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
    .number({ error: unlessMissing('The target must be a number of minutes, such as 240.') })
    .gt(0, { error: 'The target must be more than 0 minutes.' })
    .max(POLICY_LIMITS.targetMinutes, { error: 'The target can be at most 525600 minutes (one year).' }),
  calendar: z.string({
    error: unlessMissing('The target needs a calendar: "24x7" or the id of a calendar in this policy.'),
  }),
}) satisfies z.ZodType<Target, unknown>;

const percentSchema = z
  .number({ error: unlessMissing('A threshold must be a percentage of the target, such as 75.') })
  .gt(0, { error: 'A threshold must be more than 0 percent.' })
  .lt(100, { error: 'A threshold must be less than 100 percent; 100 percent is the breach itself.' });

export const escalationSchema = z
  .strictObject({ warningAt: percentSchema, criticalAt: percentSchema })
  .superRefine(({ warningAt, criticalAt }, ctx) => {
    if (warningAt >= criticalAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['criticalAt'],
        message: `The critical threshold (${criticalAt}%) must be higher than the warning threshold (${warningAt}%).`,
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
      ctx.addIssue({
        code: 'custom',
        message: 'A tier needs at least one target: firstResponse, nextResponse or resolution.',
      });
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
  error: 'A status must map to "active", "paused" or "done".',
}) satisfies z.ZodType<MappedStatus>;

export const policySchema = z.strictObject({
  version: z.literal(1, { error: unlessMissing('This policy format is version 1; "version" must be 1.') }),
  name: z.string(),
  calendars: z.array(calendarSchema).max(POLICY_LIMITS.calendars, {
    error: `A policy can have at most ${POLICY_LIMITS.calendars} calendars.`,
  }),
  customerTiers: z.array(customerTierSchema),
  tiers: z
    .array(tierSchema)
    .min(1, { error: 'A policy needs at least one tier.' })
    .max(POLICY_LIMITS.tiers, { error: `A policy can have at most ${POLICY_LIMITS.tiers} tiers.` }),
  defaultPriority: z
    .string({ error: unlessMissing('The default priority must be a priority such as "P3", or null.') })
    .nullable(),
  priorityMap: z.strictObject({ zendesk: lowerCasedMap(z.string()), jira: lowerCasedMap(z.string()) }),
  statusMap: z.strictObject({ zendesk: lowerCasedMap(statusSchema), jira: lowerCasedMap(statusSchema) }),
  escalation: escalationSchema,
  preferNativeSla: z.boolean({ error: unlessMissing('"preferNativeSla" must be true or false.') }),
}) satisfies z.ZodType<Policy, unknown>;

/** What the schema produces; the type test in `tests/policy` pins that it is exactly `Policy`. */
export type PolicySchemaOutput = z.output<typeof policySchema>;
