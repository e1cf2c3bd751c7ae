import { t } from '../../lib/i18n';
import { openReportPage } from '../../lib/report/open-report-page';
import { useEditor } from '../../lib/store';
import { CalendarsSection } from './sections/calendars-section';
import { CustomerTiersSection } from './sections/customer-tiers-section';
import { EscalationSection } from './sections/escalation-section';
import { HelpdesksSection } from './sections/helpdesks-section';
import { ImportExportSection } from './sections/import-export-section';
import { IssuesSummary } from './sections/issues-summary';
import { MappingSection } from './sections/mapping-section';
import { PreviewSection } from './sections/preview-section';
import { SaveBar } from './sections/save-bar';
import { SectionNav } from './sections/section-nav';
import { StatusNotices } from './sections/status-notices';
import { StorageStatus } from './sections/storage-status';
import { TiersSection } from './sections/tiers-section';

/** The team lead's policy editor: composition only; each section is its own component. */
export function App() {
  const ready = useEditor((state) => state.ready);
  return (
    <div className="options-page">
      <header className="page-header">
        <div>
          <h1>{t('options.title')}</h1>
          <p className="page-subtitle">{t('options.subtitle')}</p>
        </div>
        <div className="page-header-actions">
          <button type="button" className="link-button" onClick={() => void openReportPage()}>
            {t('report.title')}
          </button>
          <StorageStatus />
        </div>
      </header>
      <div className="page-body">
        <SectionNav />
        <main className="editor" aria-busy={!ready}>
          {ready ? (
            <>
              <SaveBar />
              <StatusNotices />
              <IssuesSummary />
              <TiersSection />
              <CalendarsSection />
              <CustomerTiersSection />
              <MappingSection />
              <EscalationSection />
              <PreviewSection />
              <ImportExportSection />
              <HelpdesksSection />
            </>
          ) : (
            <p className="loading">{t('options.loading')}</p>
          )}
        </main>
      </div>
    </div>
  );
}
