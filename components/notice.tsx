import type { ReactNode } from 'react';

export interface NoticeProps {
  tone: 'info' | 'success' | 'warning' | 'error';
  title?: ReactNode;
  children?: ReactNode;
  /** Buttons or links that resolve the notice. */
  actions?: ReactNode;
}

// Text glyphs, not emoji: they render in every font and inherit the tone's colour.
const ICON = { info: 'ℹ', success: '✓', warning: '⚠', error: '✕' } as const;

/** A banner. Errors and warnings are announced (`role="alert"`); the tone is also spelled by the icon and title. */
export function Notice({ tone, title, children, actions }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' || tone === 'warning' ? 'alert' : 'status'}>
      <span className="notice-icon" aria-hidden="true">
        {ICON[tone]}
      </span>
      <div className="notice-body">
        {title && <p className="notice-title">{title}</p>}
        {children}
        {actions && <div className="notice-actions">{actions}</div>}
      </div>
    </div>
  );
}
