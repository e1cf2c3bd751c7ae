import { Section } from '../../../components/section';
import { SiteList } from '../../../components/sites/site-list';
import { t } from '../../../lib/i18n';
import { useDataCenterSites } from '../../../lib/sites/use-sites';
import { ALERT_LEVELS } from '../../../lib/tracking/settings';
import { useNotificationSettings } from '../../../lib/tracking/use-notification-settings';

/**
 * The agent-side settings that live outside the policy document: Jira Data Center sites (each one asks for its own
 * host permission) and which levels raise a system notification. They save at once; the policy's Save bar is not
 * involved, and a managed policy does not lock them.
 */
export function HelpdesksSection() {
  const { sites, add, remove } = useDataCenterSites();
  const { settings, setLevel } = useNotificationSettings();
  return (
    <Section id="helpdesks" title={t('options.helpdesks.title')} description={t('options.helpdesks.description')}>
      <SiteList sites={sites} onAdd={add} onRemove={remove} />
      <fieldset className="notification-levels">
        <legend>{t('popup.notifications.title')}</legend>
        <p className="field-hint">{t('popup.notifications.intro')}</p>
        {ALERT_LEVELS.map((level) => (
          <label className="checkbox" key={level}>
            <input
              type="checkbox"
              checked={settings?.levels[level] ?? false}
              disabled={settings === null}
              onChange={(e) => void setLevel(level, e.target.checked)}
            />
            {t(`popup.notifications.level.${level}`)}
          </label>
        ))}
      </fieldset>
    </Section>
  );
}
