/**
 * The frame the library and the trash share in the sidebar: a navigation
 * landmark named by its heading, one action beside the heading, then the
 * panel's own content (its list, empty state, messages).
 */
import { useId, type ReactNode } from 'react';

export function SidebarPanel({
  title,
  action,
  children,
}: {
  title: string;
  /** The button beside the heading ("New article", "Back to articles"). */
  action: ReactNode;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <nav className="sidebar" aria-labelledby={headingId}>
      <div className="sidebar-head">
        <h2 id={headingId} className="sidebar-title">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </nav>
  );
}
