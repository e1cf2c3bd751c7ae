import { useEffect, useLayoutEffect, useMemo } from 'react';
import { Cockpit } from '../../components/popup/cockpit';
import { openReportPage } from '../../lib/report/open-report-page';
import { useNow } from '../../components/use-now';
import { cockpitActions, startCockpitSync, useCockpitStore } from '../../lib/tracking/cockpit-store';
import { compareByTimeToBreach } from '../../lib/tracking/time-to-breach';
import type { CockpitItem, SnoozeMinutes } from '../../lib/tracking/types';

// Stable handlers, so the memoised rows don't re-render with every tick of the clock.
const onOpen = (id: string) => void cockpitActions.open(id);
const onAcknowledge = (id: string) => void cockpitActions.acknowledge(id);
const onSnooze = (id: string, minutes: SnoozeMinutes) => void cockpitActions.snooze(id, minutes);
const onUnsnooze = (id: string) => void cockpitActions.unsnooze(id);
const onOpenOptions = () => void cockpitActions.openOptions();
const onOpenReports = () => void openReportPage();

// Wiring only: the tracked tickets and the background's summaries of them, sorted by time to breach, into the
// cockpit, with the popup's one clock for the countdowns.
export function App() {
  const { loaded, tickets, summaries, alerts } = useCockpitStore();
  useEffect(() => startCockpitSync(), []);
  const now = useNow(1000);
  const items = useMemo(() => {
    const list: CockpitItem[] = [];
    for (const ticket of tickets) {
      const sla = summaries[ticket.id];
      if (sla) list.push({ ticket, sla });
    }
    return list.sort(compareByTimeToBreach(now));
    // Breach instants don't move while nothing happens, so the order only changes with the data, not with `now`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tickets, summaries]);
  // A performance mark the end-to-end suite reads (budget: 500 tickets render in under 100 ms).
  useLayoutEffect(() => {
    if (loaded) performance.mark('sla-popup-rendered', { detail: { tickets: items.length } });
  }, [loaded, items]);
  return (
    <Cockpit
      loaded={loaded}
      views={items}
      alerts={alerts}
      now={now}
      onOpen={onOpen}
      onAcknowledge={onAcknowledge}
      onSnooze={onSnooze}
      onUnsnooze={onUnsnooze}
      onOpenOptions={onOpenOptions}
      onOpenReports={onOpenReports}
    />
  );
}
