import type { ReactNode } from 'react';

export interface SectionProps {
  id: string;
  title: ReactNode;
  description?: ReactNode;
  /** Controls shown at the right of the heading (e.g. "Add tier"). */
  actions?: ReactNode;
  children: ReactNode;
}

/** One titled section of a settings page; the page's navigation links to its `id`. */
export function Section({ id, title, description, actions, children }: SectionProps) {
  return (
    <section className="section" id={id} aria-labelledby={`${id}-title`}>
      <header className="section-header">
        <div>
          <h2 id={`${id}-title`} tabIndex={-1}>
            {title}
          </h2>
          {description && <p className="section-description">{description}</p>}
        </div>
        {actions && <div className="section-actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}
