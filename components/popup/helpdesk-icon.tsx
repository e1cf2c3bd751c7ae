import { t } from '../../lib/i18n';
import type { Helpdesk } from '../../lib/policy/types';

/** A small mark per helpdesk, with its name for assistive technology (the mark alone would be a colour code). */
export function HelpdeskIcon({ helpdesk }: { helpdesk: Helpdesk }) {
  const name = t(`common.helpdesk.${helpdesk}`);
  return (
    <span className={`cockpit-helpdesk cockpit-helpdesk-${helpdesk}`} role="img" aria-label={name} title={name}>
      {helpdesk === 'zendesk' ? 'Z' : 'J'}
    </span>
  );
}
