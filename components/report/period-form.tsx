import { useId, type FormEvent } from 'react';
import { t } from '../../lib/i18n';
import type { Period, PresetName } from '../../lib/report/period';

export interface PeriodFormProps {
  site: string;
  period: Period;
  /** Sites to offer (tracked helpdesks). */
  suggestions: string[];
  running: boolean;
  canRun: boolean;
  /** Why Run is refused, if the lead should be told ('' otherwise). */
  error: string;
  onSite(site: string): void;
  onPeriod(period: Period): void;
  onPreset(name: PresetName): void;
  onRun(): void;
  onCancel(): void;
}

const PRESETS: PresetName[] = ['lastMonth', 'thisMonth', 'last4Weeks'];

/** Site and period, quick periods, and Run / Cancel. */
export function PeriodForm(props: PeriodFormProps) {
  const id = useId();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!props.running && props.canRun) props.onRun();
  };
  return (
    <form className="panel period-form" onSubmit={submit} noValidate>
      <fieldset disabled={props.running}>
        <legend>{t('report.form.legend')}</legend>
        <div className="field field-site">
          <label htmlFor={`${id}-site`}>{t('report.form.site')}</label>
          <input
            id={`${id}-site`}
            type="text"
            list={`${id}-sites`}
            value={props.site}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-site-help`}
            onChange={(e) => props.onSite(e.target.value)}
          />
          <datalist id={`${id}-sites`}>
            {props.suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <span className="field-help" id={`${id}-site-help`}>
            {t('report.form.siteHelp')}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('report.form.from')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={props.period.from}
            onChange={(e) => props.onPeriod({ ...props.period, from: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('report.form.to')}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={props.period.to}
            onChange={(e) => props.onPeriod({ ...props.period, to: e.target.value })}
          />
        </div>
        <div className="field">
          <span className="field-label" id={`${id}-presets`}>
            <strong>{t('report.form.presets')}</strong>
          </span>
          <div className="presets" role="group" aria-labelledby={`${id}-presets`}>
            {PRESETS.map((name) => (
              <button key={name} type="button" onClick={() => props.onPreset(name)}>
                {t(`report.preset.${name}`)}
              </button>
            ))}
          </div>
        </div>
      </fieldset>
      <div className="form-actions" style={{ marginTop: 12 }}>
        {props.running ? (
          <button type="button" onClick={props.onCancel}>
            {t('report.form.cancel')}
          </button>
        ) : (
          <button type="submit" className="primary" disabled={!props.canRun}>
            {t('report.form.run')}
          </button>
        )}
      </div>
      {props.error && !props.running && (
        <p className="form-error" role="alert">
          {props.error}
        </p>
      )}
    </form>
  );
}
