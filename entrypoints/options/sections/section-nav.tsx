import { t } from '../../../lib/i18n';
import { useValidation } from '../../../lib/store';
import { sectionOf } from './section-of';

const SECTIONS = [
  ['tiers', 'options.nav.tiers'],
  ['calendars', 'options.nav.calendars'],
  ['customers', 'options.nav.customers'],
  ['mapping', 'options.nav.mapping'],
  ['escalation', 'options.nav.escalation'],
  ['preview', 'options.nav.preview'],
  ['import-export', 'options.nav.io'],
  ['helpdesks', 'options.nav.helpdesks'],
] as const;

/** The left navigation; a section with errors carries a count, so problems are findable at a glance. */
export function SectionNav() {
  const { errors } = useValidation();
  return (
    <nav className="section-nav" aria-label={t('options.nav.label')}>
      <ul>
        {SECTIONS.map(([id, key]) => {
          const count = errors.filter((issue) => issue.path && sectionOf(issue.path) === id).length;
          return (
            <li key={id}>
              <a href={`#${id}`}>
                {t(key)}
                {count > 0 && (
                  <span className="nav-count" aria-label={t('options.nav.errors', { count })}>
                    {count}
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
