import { useEffect, useLayoutEffect, useMemo } from 'react';
import { Cockpit } from '../../components/popup/cockpit';
import { useNow } from '../../components/use-now';
import { evaluateTicket } from '../../lib/sla/evaluate-ticket';
import { cockpitActions, startCockpitSync, useCockpitStore } from '../../lib/tracking/cockpit-store';
import { evaluateTracked, hasLiveClock } from '../../lib/tracking/evaluate-tracked';
import { compareByTimeToBreach } from '../../lib/tracking/time-to-breach';
import type { SnoozeMinutes } from '../../lib/tracking/types';

// Stable handlers, so the memoised rows don't re-render with every tick of the clock.
const onOpen = (id: string) => void cockpitActions.open(id);
const onAcknowledge = (id: string) => void cockpitActions.acknowledge(id);
const onSnooze = (id: string, minutes: SnoozeMinutes) => void cockpitActions.snooze(id, minutes);
const onOpenOptions = () => void cockpitActions.openOptions();

// Wiring only: the stored tickets, evaluated with the policy in force at the popup's one clock, into the cockpit.
export function App() {
  const { loaded, tickets, alerts, policy } = useCockpitStore();
  useEffect(() => startCockpitSync(), []);
  const now = useNow(1000);
  // Levels move at most once a minute; countdowns follow `now` every second without re-evaluating.
  const minute = Math.floor(now / 60_000);
  const views = useMemo(
    () =>
      policy
        ? evaluateTracked(tickets, policy, now, evaluateTicket)
            .filter((view) => hasLiveClock(view.sla))
            .sort(compareByTimeToBreach(now))
        : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `minute`, not `now`: see above.
    [tickets, policy, minute],
  );
  // A performance mark the end-to-end suite reads (PRODUCT budget: 500 tickets render in under 100 ms).
  useLayoutEffect(() => {
    if (loaded) performance.mark('sla-popup-rendered', { detail: { tickets: views.length } });
  }, [loaded, views]);
  return (
    <Cockpit
      loaded={loaded}
      views={views}
      alerts={alerts}
      now={now}
      onOpen={onOpen}
      onAcknowledge={onAcknowledge}
      onSnooze={onSnooze}
      onOpenOptions={onOpenOptions}
    />
  );
}
