// The helpdesk imitation's in-page app: renders page models into our own skeleton markup (research §7.2–§7.8),
// with a tiny client router (history.pushState), late rendering, recycled rows and test controls on window.__fx.
// Ticket text is always inserted as text (textContent), never as markup.
(() => {
  'use strict';
  const boot = JSON.parse(document.getElementById('fx-boot').textContent);
  const SITE = boot.site;
  const CTX = boot.contextPath || '';
  const root = document.getElementById('fx-root');
  const initialParams = new URLSearchParams(location.search);
  const TID = initialParams.get('testid') === 'legacy' ? 'data-test-id' : 'data-testid';
  const LANG = document.documentElement.lang || 'en';

  // Random styled-components-like classes, new on every load (catches class-based selectors).
  const scCache = new Map();
  const sc = (name) => {
    if (!scCache.has(name)) scCache.set(name, `sc-${Math.random().toString(36).slice(2, 8)} fx-${name}`);
    return scCache.get(name);
  };

  /** h('div', {attrs}, ...children): strings become text nodes. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'text') el.textContent = String(v);
      else if (k === 'class') el.className = v;
      else if (k === 'style') el.setAttribute('style', v);
      else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'tid') el.setAttribute(TID, v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return el;
  }

  const state = { model: boot.model, seq: 0, renders: 0, cleanup: [] };
  let renderedResolve;
  let rendered = new Promise((r) => (renderedResolve = r));

  function delay() {
    const q = new URLSearchParams(location.search).get('delay');
    if (q === 'random') return 200 + Math.random() * 1300;
    return q !== null ? Number(q) : boot.renderDelayMs;
  }

  /** Runs `fn` after the late-render delay unless another navigation happened meanwhile. */
  function later(fn) {
    const seq = state.seq;
    setTimeout(() => {
      if (seq !== state.seq) return;
      fn();
      state.renders++;
      document.documentElement.dataset.fxRendered = String(state.renders);
      window.dispatchEvent(new CustomEvent('fx:rendered', { detail: { kind: state.model.kind } }));
      renderedResolve();
    }, delay());
  }

  const fmtTime = (ms) => {
    const d = new Date(ms);
    return d.toLocaleString(LANG, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  };
  const ago = (ms) => {
    const m = Math.round((Date.now() - ms) / 60000);
    if (m < 60) return `${m} minutes ago`;
    if (m < 1440) return `${Math.round(m / 60)} hours ago`;
    return `${Math.round(m / 1440)} days ago`;
  };
  const cap = (s) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : '-');

  // ------------------------------------------------------------------------------------------------ router
  async function navigate(path, { replace = false } = {}) {
    const url = new URL(path, location.origin);
    const res = await fetch(`${CTX}/__fx/page?path=${encodeURIComponent(url.pathname + url.search)}`, {
      headers: { Accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`__fx.navigate: ${res.status} for ${path}`);
    const model = await res.json();
    if (replace) history.replaceState({ fx: true }, '', url.pathname + url.search);
    else history.pushState({ fx: true }, '', url.pathname + url.search);
    show(model);
  }

  window.addEventListener('popstate', () => {
    navigate(location.pathname + location.search, { replace: true }).catch((e) => console.error(e));
  });

  // In-app links navigate without reloads (like the real SPAs). Ctrl/middle clicks behave as normal links.
  document.addEventListener('click', (ev) => {
    const a = ev.target instanceof Element ? ev.target.closest('a[href]') : null;
    if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
    const url = new URL(a.href);
    if (url.origin !== location.origin || a.target === '_blank' || a.hasAttribute('data-fx-reload')) return;
    ev.preventDefault();
    navigate(url.pathname + url.search).catch((e) => console.error(e));
  });

  function show(model) {
    state.seq++;
    state.model = model;
    for (const fn of state.cleanup.splice(0)) fn();
    rendered = new Promise((r) => (renderedResolve = r));
    document.title = `${model.title || ''} - ${SITE === 'zendesk' ? 'Acme Support' : 'Jira'}`;
    const r = RENDERERS[model.kind];
    if (!r) {
      root.replaceChildren(h('div', { class: 'fx-notfound', text: `Not found (${model.kind})` }));
      return;
    }
    r(model);
  }

  // ------------------------------------------------------------------------------------------------ Zendesk
  const zd = { app: null, tablist: null, panes: null, viewPane: null, tabs: new Map(), view: null };

  function zdEnsureApp() {
    if (zd.app && root.contains(zd.app)) return;
    zd.tabs.clear();
    zd.viewPane = null;
    zd.tablist = h('div', { 'data-test-id': 'header-tablist', role: 'tablist', class: sc('tablist') });
    zd.panes = h('main', { id: 'main_panes', class: sc('panes') });
    zd.app = h(
      'div',
      { class: `${sc('app')} zd-app` },
      h(
        'nav',
        { class: `${sc('nav')} zd-nav`, 'aria-label': 'Main' },
        h('a', { href: '/agent/dashboard', class: 'zd-logo', 'aria-label': 'Home', text: 'Z' }),
        h('a', { href: '/agent/filters/360001', class: 'zd-navlink', 'aria-label': 'Views', text: '☰' }),
      ),
      h(
        'div',
        { class: `${sc('main')} zd-main` },
        h('header', { class: `${sc('header')} zd-header`, 'data-test-id': 'header' }, zd.tablist,
          h('div', { class: 'zd-header-right' }, h('span', { class: 'zd-avatar', 'aria-label': 'Ana Agent', text: 'AA' }))),
        zd.panes,
      ),
    );
    root.replaceChildren(zd.app);
  }

  function zdTab(t) {
    const el = h(
      'div',
      {
        role: 'tab',
        'data-test-id': 'header-tab',
        'data-entity-type': 'ticket',
        'data-entity-id': t.id,
        'data-selected': 'false',
        'aria-selected': 'false',
        class: `${sc('tab')} zd-tab`,
        onclick: (ev) => {
          if (ev.target instanceof Element && ev.target.closest('[data-test-id="close-button"]')) return;
          navigate(`/agent/tickets/${t.id}`);
        },
      },
      h('div', { 'data-test-id': 'header-tab-title', class: sc('tabtitle'), text: t.subject }),
      h('div', { 'data-test-id': 'header-tab-subtitle', class: sc('tabsub') }, h('span', { text: `#${t.id}` })),
      h('button', { 'data-test-id': 'close-button', 'aria-label': 'Close tab', class: sc('close'), text: '×',
        onclick: () => closeTab(t.id) }),
    );
    return el;
  }

  function zdHeaderRow(t) {
    return h(
      'div',
      { class: `${sc('headerrow')} zd-conv-header` },
      h('div', { class: sc('subjectwrap') },
        h('input', { 'data-test-id': 'omni-header-subject', 'aria-label': 'Subject', class: `${sc('subject')} zd-subject`, value: t.subject })),
      h('div', { 'data-test-id': 'omni-header-via-label', class: `${sc('via')} zd-via`, text: t.via }),
    );
  }

  function zdPane(t) {
    const pane = h('div', { class: `ticket-panes-grid-layout ${sc('pane')}`, 'data-is-active': 'false', 'data-fx-ticket': t.id });
    const anchor = h('div', { 'data-side-conversations-anchor-id': t.id, class: `${sc('anchor')} zd-ticket` },
      h('div', { class: 'zd-skeleton', 'aria-busy': 'true', text: 'Loading…' }));
    pane.append(anchor);
    later(() => {
      const input = zdHeaderRow(t);
      const log = h('div', { 'data-test-id': 'omni-log-container', class: `${sc('log')} zd-log` },
        t.log.map((e) =>
          h('article', { class: `${sc('article')} zd-article ${e.public ? '' : 'zd-internal'}` },
            h('div', { 'data-test-id': 'omni-log-item-sender', class: 'zd-sender', text: e.author }),
            h('time', { datetime: new Date(e.at).toISOString(), text: fmtTime(e.at) }),
            h('p', { text: e.body }))));
      const fields = h('aside', { class: `${sc('fields')} zd-fields` },
        h('label', { text: 'Requester' }),
        h('div', { 'data-test-id': 'ticket-system-field-requester-select', class: 'zd-field', text: t.requester }),
        h('label', { text: 'Organization' }),
        h('div', { 'data-test-id': 'ticket-system-field-organization-select', class: 'zd-field', text: t.organization || '-' }),
        h('label', { text: 'Status' }),
        h('div', { 'data-test-id': 'ticket-fields-status', class: 'zd-field' },
          h('div', { 'data-cy-test-id': 'status-badge-state', class: `zd-status zd-status-${t.status}`, text: t.statusLabel })),
        h('label', { text: 'Priority' }),
        h('div', { 'data-test-id': 'ticket-fields-priority-select', class: 'zd-field' },
          h('div', { 'data-garden-id': 'dropdowns.combobox.value', text: cap(t.priority) })),
        h('label', { text: 'Tags' }),
        h('div', { 'data-test-id': 'ticket-fields-tags', class: 'zd-field zd-tags' },
          t.tags.map((tag) => h('span', { 'data-test-id': 'ticket-system-field-tags-item-selected', class: 'zd-tag', text: tag }))),
      );
      anchor.replaceChildren(
        h('div', { class: `${sc('conversation')} zd-conversation`, 'data-support-suite-trial-onboarding-id': 'conversationPane' },
          input, log,
          h('div', { class: 'zd-composer' }, h('textarea', { 'aria-label': 'Public reply', placeholder: 'Public reply' }),
            h('button', { class: 'zd-submit', text: 'Submit as Open', onclick: () => saveTicket(t.id) }))),
        fields,
      );
    });
    return pane;
  }

  function zdActivate(id) {
    for (const [tid, { tab, pane }] of zd.tabs) {
      const on = String(tid) === String(id);
      tab.setAttribute('data-selected', String(on));
      tab.setAttribute('aria-selected', String(on));
      pane.setAttribute('data-is-active', String(on));
    }
    if (zd.viewPane) zd.viewPane.toggleAttribute('hidden', id !== 'view');
  }

  function renderZdTicket(model) {
    zdEnsureApp();
    for (const t of model.tabs) {
      if (zd.tabs.has(String(t.id))) continue;
      const tab = zdTab(t);
      const pane = zdPane(t);
      zd.tablist.append(tab);
      zd.panes.append(pane);
      zd.tabs.set(String(t.id), { tab, pane, model: t });
    }
    zdActivate(String(model.activeId));
    // A tab switch with nothing new to render still counts as rendered.
    later(() => {});
  }

  function closeTab(id) {
    const entry = zd.tabs.get(String(id));
    if (!entry) return;
    entry.tab.remove();
    entry.pane.remove();
    zd.tabs.delete(String(id));
  }

  /** "Save": Zendesk re-creates the subject input (header row) of the ticket. */
  function saveTicket(id) {
    const entry = zd.tabs.get(String(id ?? state.model.activeId));
    if (!entry) return;
    const old = entry.pane.querySelector('.zd-conv-header');
    if (old) old.replaceWith(zdHeaderRow(entry.model));
  }

  const ZD_COLUMNS = [
    ['checkbox', ''],
    ['id', 'ID'],
    ['subject', 'Subject'],
    ['requester', 'Requester'],
    ['requested', 'Requested'],
    ['priority', 'Priority'],
    ['status', 'Status'],
  ];

  function zdRowCells(model) {
    return ZD_COLUMNS.filter(([c]) => c !== 'id' || model.showId);
  }

  function zdMakeRow(model, split) {
    const tr = h('tr', {
      'data-garden-id': 'tables.row',
      'data-test-id': split ? undefined : 'generic-table-row',
      class: `${sc('row')} zd-row`,
    });
    for (const [c] of zdRowCells(model)) {
      const td = h('td', { 'data-garden-id': 'tables.cell', class: `${sc('cell')} zd-cell zd-cell-${c}` });
      if (c === 'checkbox') td.append(h('input', { type: 'checkbox', 'aria-label': 'Select ticket' }));
      if (c === 'id') td.setAttribute('data-test-id', 'generic-table-cells-id');
      if (c === 'subject') {
        td.setAttribute('data-test-id', 'ticket-table-cells-subject');
        td.append(h('a', { class: sc('subjectlink') }));
      }
      if (c === 'status') td.append(h('div', { 'data-cy-test-id': 'status-badge-state', class: 'zd-status' }));
      tr.append(td);
    }
    return tr;
  }

  /** Puts ticket `row` into an existing `<tr>` (recycling): only texts and attributes change. */
  function zdFillRow(tr, row) {
    tr.setAttribute('aria-describedby', `generic-table-row-${row.id}`);
    tr.dataset.fxId = String(row.id);
    const cell = (c) => tr.querySelector(`.zd-cell-${c}`);
    const idCell = cell('id');
    if (idCell) idCell.textContent = `#${row.id}`;
    const a = cell('subject').querySelector('a');
    a.setAttribute('href', `tickets/${row.id}`);
    a.textContent = row.subject;
    cell('requester').textContent = row.requester;
    cell('requested').textContent = ago(row.requested);
    cell('requested').title = new Date(row.requested).toISOString();
    cell('priority').textContent = cap(row.priority);
    const st = cell('status').firstChild;
    st.textContent = row.statusLabel;
    st.className = `zd-status zd-status-${row.status}`;
  }

  function zdFillBody(tbody, model, rows, reuse) {
    const split = model.layout === 'split';
    const pool = reuse ? [...reuse] : [];
    const frag = document.createDocumentFragment();
    let lastGroup = null;
    for (const row of rows) {
      if (model.groupBy === 'priority' && row.priority !== lastGroup) {
        lastGroup = row.priority;
        frag.append(h('tr', { 'data-garden-id': 'tables.group_row', 'data-test-id': 'generic-table-rows-group-by', class: 'zd-group' },
          h('td', { colspan: String(zdRowCells(model).length), text: `Priority: ${cap(row.priority)}` })));
      }
      const tr = pool.shift() || zdMakeRow(model, split);
      zdFillRow(tr, row);
      frag.append(tr);
    }
    tbody.replaceChildren(frag);
  }

  function renderZdView(model) {
    zdEnsureApp();
    if (zd.viewPane) zd.viewPane.remove();
    const split = model.layout === 'split';
    const header = h('thead', { 'data-garden-id': 'tables.head', class: sc('thead') },
      h('tr', { 'data-garden-id': 'tables.header_row' },
        zdRowCells(model).map(([c, label]) =>
          h('th', { 'data-garden-id': 'tables.header_cell', class: `${sc('th')} zd-th zd-th-${c}`, scope: 'col',
            onclick: () => c !== 'checkbox' && sort(c) }, label))));
    const tbody = h('tbody', { 'data-garden-id': 'tables.body', 'data-test-id': split ? undefined : 'generic-table-body', class: sc('tbody') });
    let tableArea;
    if (split) {
      tableArea = h('div', { 'data-test-id': 'table_container', class: `${sc('tablecontainer')} zd-split` },
        h('table', { 'data-test-id': 'table_header', 'data-garden-id': 'tables.table', class: 'zd-table' }, header),
        h('div', { class: 'zd-split-scroll' },
          h('table', { 'data-test-id': 'table_main', 'data-onboarding-id': 'table_main', 'data-garden-id': 'tables.table', class: 'zd-table' }, tbody)));
    } else {
      tableArea = h('table', { 'data-garden-id': 'tables.table', 'data-test-id': 'generic-table', class: `${sc('table')} zd-table` }, header, tbody);
    }
    const amount = h('span', { 'data-test-id': 'views_views-header-page-amount', class: 'zd-amount', text: `${model.rows.length} tickets` });
    zd.viewPane = h('div', { 'data-garden-id': 'pane', role: 'tabpanel', class: `${sc('viewpane')} zd-viewpane`, 'data-fx-view': model.viewId },
      h('div', { class: 'zd-viewlist' },
        h('h3', { text: 'Views' }),
        h('button', { 'data-test-id': 'views_views-list_header-refresh', class: 'zd-refresh', text: '⟳', 'aria-label': 'Refresh views',
          onclick: () => navigate(location.pathname + location.search, { replace: true }) }),
        h('a', { href: '/agent/filters/360001', class: 'zd-viewlink', text: 'Your unsolved tickets' },
          h('div', { 'data-test-id': 'views_views-list_item_count', class: 'zd-count', text: '' })),
        h('a', { href: '/agent/filters/360002?rows=250', class: 'zd-viewlink', text: 'All open (250)' }),
        h('a', { href: '/agent/filters/360003?layout=split', class: 'zd-viewlink', text: 'Split layout' })),
      h('div', { class: 'zd-viewmain' },
        h('div', { class: 'zd-viewheader' }, h('h1', { text: model.title }), amount),
        h('div', { id: model.search ? `search-ticket-${model.viewId}` : 'views_views-ticket-table', class: `${sc('tablewrap')} zd-tablewrap` },
          h('div', { class: 'zd-tablescroll' }, tableArea,
            h('div', { class: 'zd-loading', text: 'Loading tickets…' }))),
        h('ul', { 'data-garden-id': 'pagination.pagination', class: 'zd-pagination' },
          h('li', { 'data-garden-id': 'pagination.page', 'aria-current': 'true', text: '1' }))));
    zd.panes.prepend(zd.viewPane);
    zdActivate('view');
    zd.view = { model, rows: model.rows.slice(), tbody };
    later(() => {
      zd.viewPane.querySelector('.zd-loading')?.remove();
      zdFillBody(zd.view.tbody, model, zd.view.rows, null);
    });
  }

  // ------------------------------------------------------------------------------------------------ Jira
  const jiraPath = (key) => `${CTX}/browse/${key}`;
  const T = {
    en: { work: 'Work', issues: 'Issues' },
    de: { work: 'Arbeit', issues: 'Vorgänge' },
    ja: { work: '作業', issues: '課題' },
  }[LANG.slice(0, 2)] || { work: 'Work', issues: 'Issues' };

  function jiraApp(main) {
    const m = state.model;
    const p = m.project || 'SUP';
    const nav = h('nav', { class: `${sc('sidebar')} jr-sidebar`, 'aria-label': 'Project' },
      h('div', { class: 'jr-project', text: p === 'SUP' ? 'Support (SUP)' : p }),
      h('a', { href: `/jira/software/projects/${p}/boards/1`, text: 'Board' }),
      h('a', { href: `/jira/software/projects/${p}/list`, text: 'List' }),
      h('a', { href: `/jira/servicedesk/projects/${p}/queues/custom/3`, text: 'Queues' }),
      h('a', { href: `/issues/?jql=${encodeURIComponent(`project = ${p}`)}`, text: 'Filters' }));
    root.replaceChildren(
      h('div', { class: `${sc('app')} jr-app` },
        h('header', { class: `${sc('topnav')} jr-topnav` }, h('span', { class: 'jr-logo', text: '◆ Jira' }),
          h('input', { class: 'jr-search', 'aria-label': 'Search', placeholder: 'Search' })),
        h('div', { class: 'jr-layout' }, nav, h('main', { class: `${sc('main')} jr-main`, id: 'fx-main' }, main))));
  }

  function issueView(issue, compact) {
    const left = h('div', { tid: 'issue.views.issue-details.issue-layout.container-left', class: `${sc('left')} jr-left` },
      h('div', { id: 'jira-issue-header', class: sc('issueheader') },
        h('nav', { 'aria-label': 'Work item breadcrumbs', class: 'jr-crumbs' },
          h('ol', {},
            h('li', {}, h('a', { href: `/jira/software/projects/${issue.project}/boards/1`, text: issue.project })),
            h('li', {},
              h('div', { tid: 'issue.views.issue-base.foundation.breadcrumbs.breadcrumb-current-issue-container', class: sc('crumb') },
                h('a', { tid: 'issue.views.issue-base.foundation.breadcrumbs.current-issue.item', href: `/browse/${issue.key}` },
                  h('span', { text: issue.key }))))))),
      h('div', { class: 'jr-loading', text: 'Loading…' }));
    const right = h('div', { tid: 'issue.views.issue-details.issue-layout.container-right', class: `${sc('right')} jr-right` });
    const layout = h('div', { class: `${sc('issue')} jr-issue ${compact ? 'jr-compact' : ''}` }, left, right);
    later(() => {
      left.querySelector('.jr-loading')?.remove();
      left.append(
        h('h1', { tid: 'issue.views.issue-base.foundation.summary.heading', class: `${sc('summary')} jr-summary`, text: issue.summary }),
        h('div', { tid: 'issue.views.field.rich-text.description', class: 'jr-description' }, h('p', { text: issue.description })),
        h('h2', { class: 'jr-h2', text: 'Activity' }),
        issue.comments.map((c, i) =>
          h('div', { tid: `issue.activity.comments-list.comment-${i}`, class: `jr-comment ${c.public ? '' : 'jr-internal'}` },
            h('div', { tid: 'issue.activity.comment', class: 'jr-comment-inner' },
              h('strong', { text: c.author }), ' ', h('span', { class: 'jr-muted', text: c.public ? 'Reply to customer' : 'Internal note' }),
              h('p', { text: c.body })))));
      right.append(
        h('button', { tid: 'issue-field-status.ui.status-view.status-button.status-button', class: `jr-lozenge jr-cat-${issue.statusCategory}`, text: issue.status }),
        h('dl', { class: 'jr-details' },
          h('dt', { text: 'Priority' }), h('dd', { tid: 'issue.views.field.priority', text: issue.priority || 'None' }),
          h('dt', { text: 'Assignee' }), h('dd', { text: issue.assignee || 'Unassigned' }),
          h('dt', { text: 'Reporter' }), h('dd', { text: issue.reporter }),
          h('dt', { text: 'Organizations' }), h('dd', { text: issue.organization || '-' }),
          h('dt', { text: 'Labels' }), h('dd', {}, issue.labels.map((l) => h('span', { class: 'jr-label', text: l }))),
          h('dt', { text: 'Created' }), h('dd', { text: fmtTime(issue.created) })));
    });
    if (!compact) return layout;
    return h('div', { tid: 'issue.views.issue-details.issue-layout.compact-layout', class: `${sc('compact')} jr-sidepanel` },
      h('button', { class: 'jr-close', 'aria-label': 'Close', text: '×', onclick: () => navigate(location.pathname) }), layout);
  }

  function renderJiraIssue(model) {
    jiraApp(issueView(model.issue, false));
  }

  function cardKit(row) {
    return h('div', { tid: 'platform-board-kit.ui.card.card', id: `card-${row.key}`, class: `${sc('card')} jr-card`, draggable: 'true',
      onclick: (ev) => {
        if (ev.target instanceof Element && ev.target.closest('a')) return;
        navigate(`${location.pathname}?selectedIssue=${row.key}`);
      } },
      h('div', { tid: 'platform-board-kit.ui.card.card-contents.container', class: 'jr-card-contents' },
        h('span', { class: 'jr-card-summary', text: row.summary }),
        h('div', { class: 'jr-card-footer' },
          h('a', { href: jiraPath(row.key), class: 'jr-card-key' }, h('span', { tid: 'platform-card.common.ui.key.key', text: row.key })),
          h('span', { class: 'jr-prio', text: row.priority || '' }))));
  }

  function cardGhx(row) {
    return h('div', { class: 'ghx-issue js-issue', 'data-issue-key': row.key, 'data-issue-id': row.id },
      h('div', { class: 'ghx-issue-content' },
        h('div', { class: 'ghx-key' }, h('a', { href: jiraPath(row.key), class: 'js-key-link', text: row.key })),
        h('div', { class: 'ghx-summary', title: row.summary }, h('span', { class: 'ghx-inner', text: row.summary }))));
  }

  function renderJiraBoard(model) {
    const board = h('div', { class: 'jr-boardwrap' }, h('h1', { class: 'jr-pagetitle', text: model.title }),
      h('div', { class: 'jr-loading', text: 'Loading board…' }));
    const main = h('div', { class: 'jr-boardpage' }, board, model.selected ? issueView(model.selected, true) : null);
    if (SITE === 'jira-dc') root.replaceChildren(h('div', { class: 'dc-app' }, dcHeader(), h('main', { id: 'fx-main', class: 'dc-main' }, main)));
    else jiraApp(main);
    later(() => {
      board.querySelector('.jr-loading')?.remove();
      if (model.layout === 'ghx') {
        board.append(h('div', { id: 'ghx-pool', class: 'ghx-pool' },
          h('div', { class: 'ghx-swimlane' },
            h('ul', { class: 'ghx-column-headers' }, model.columns.map((c) => h('li', { class: 'ghx-column', 'data-id': c.id }, h('h2', { text: c.name })))),
            h('ul', { class: 'ghx-columns' },
              model.columns.map((c) => h('li', { class: 'ghx-column', 'data-column-id': c.id }, c.cards.map(cardGhx)))))));
      } else {
        board.append(h('div', { tid: 'software-board.board', class: `${sc('board')} jr-board` },
          model.columns.map((c) =>
            h('div', { tid: 'platform-board-kit.ui.column.draggable-column', class: `${sc('column')} jr-column`, 'data-fx-column': c.id },
              h('div', { class: 'jr-colhead' }, h('h2', { text: c.name }), h('span', { text: String(c.cards.length) })),
              h('div', { class: 'jr-cards' }, c.cards.map(cardKit))))));
      }
    });
  }

  /** Re-parents a card into another column (drag and drop). */
  function moveCard(key, columnIndex) {
    const card = document.getElementById(`card-${key}`) || document.querySelector(`.ghx-issue[data-issue-key="${key}"]`);
    const cols = document.querySelectorAll(`[${TID}="platform-board-kit.ui.column.draggable-column"] .jr-cards, .ghx-columns > .ghx-column`);
    const target = cols[columnIndex];
    if (card && target) target.prepend(card);
    return Boolean(card && target);
  }

  // Virtualised native issue table: renders the visible rows plus 5 and recycles <tr> nodes on scroll.
  const ROW_H = 40;
  function nativeTable(rows, { hrefFor, ariaLabel }) {
    const scroll = h('div', { tid: 'native-issue-table.ui.scroll-container.scroll-container', class: `${sc('scroll')} jr-scroll` });
    const tbody = h('tbody', { class: sc('tbody') });
    const top = h('tr', { class: 'jr-spacer', 'aria-hidden': 'true' });
    const bottom = h('tr', { class: 'jr-spacer', 'aria-hidden': 'true' });
    const table = h('table', { tid: 'native-issue-table.ui.issue-table', 'aria-label': ariaLabel, class: `${sc('table')} jr-table` },
      h('thead', {}, h('tr', {}, ['Type', 'Key', 'Summary', 'Status', 'Priority', 'Assignee', 'Created'].map((c) => h('th', { text: c })))),
      tbody);
    scroll.append(table);
    const pool = [];
    const makeRow = () => {
      const tr = h('tr', { tid: 'native-issue-table.ui.issue-row', class: `${sc('row')} jr-row` },
        h('td', { class: 'jr-c-type', text: '▣' }),
        h('td', { class: 'jr-c-key' }, h('a', { tid: 'native-issue-table.common.ui.issue-cells.issue-key.issue-key-cell' })),
        h('td', { class: 'jr-c-summary' }, h('a', { class: 'jr-summary-link' })),
        h('td', { class: 'jr-c-status' }, h('span', { class: 'jr-lozenge' })),
        h('td', { class: 'jr-c-priority' }),
        h('td', { class: 'jr-c-assignee' }),
        h('td', { class: 'jr-c-created' }));
      return tr;
    };
    const fill = (tr, row) => {
      tr.dataset.fxKey = row.key;
      const key = tr.querySelector('.jr-c-key a');
      key.href = hrefFor(row.key);
      key.textContent = row.key;
      const s = tr.querySelector('.jr-c-summary a');
      s.href = hrefFor(row.key);
      s.textContent = row.summary;
      const st = tr.querySelector('.jr-c-status span');
      st.textContent = row.status;
      st.className = `jr-lozenge jr-cat-${row.statusCategory}`;
      tr.querySelector('.jr-c-priority').textContent = row.priority || 'None';
      tr.querySelector('.jr-c-assignee').textContent = row.assignee || 'Unassigned';
      tr.querySelector('.jr-c-created').textContent = fmtTime(row.created);
    };
    let data = rows.slice();
    const update = () => {
      const viewport = scroll.clientHeight || 480;
      const first = Math.max(0, Math.floor(scroll.scrollTop / ROW_H));
      const count = Math.min(data.length - first, Math.ceil(viewport / ROW_H) + 5);
      while (pool.length < count) pool.push(makeRow());
      const used = pool.slice(0, Math.max(0, count));
      used.forEach((tr, i) => fill(tr, data[first + i]));
      top.style.height = `${first * ROW_H}px`;
      bottom.style.height = `${Math.max(0, data.length - first - count) * ROW_H}px`;
      tbody.replaceChildren(top, ...used, bottom);
    };
    scroll.addEventListener('scroll', update, { passive: true });
    return {
      el: scroll,
      start: update,
      setRows(next) {
        data = next.slice();
        update();
      },
      get rows() {
        return data;
      },
    };
  }

  let currentTable = null;

  function renderJiraList(model) {
    const tableHost = h('div', { class: 'jr-tablehost' }, h('div', { class: 'jr-loading', text: 'Loading…' }));
    const footer = h('div', { tid: 'native-issue-table.common.ui.components.footer.footer-container', class: 'jr-footer',
      text: `${model.rows.length} ${T.work.toLowerCase()} items` });
    jiraApp(h('div', { class: 'jr-listpage' }, h('h1', { class: 'jr-pagetitle', text: model.title }), tableHost, footer));
    later(() => {
      currentTable = nativeTable(model.rows, { hrefFor: jiraPath, ariaLabel: model.ariaLabel === 'issues' ? T.issues : T.work });
      tableHost.replaceChildren(currentTable.el);
      currentTable.start();
    });
  }

  function renderJsmQueue(model) {
    const host = h('div', { tid: 'servicedesk-queues-agent-view.layout.table.container', class: 'jr-tablehost' },
      h('div', { class: 'jr-loading', text: 'Loading…' }));
    const queueHref = (key) => `/jira/servicedesk/projects/${model.project}/queues/custom/${model.queueId}/${key}`;
    const details = h('div', { tid: 'servicedesk-queues-agent-view.layout.queues-details', class: `${sc('queue')} jr-queue` },
      h('h1', { class: 'jr-pagetitle', text: model.title }), host);
    jiraApp(h('div', { class: `jr-queuepage ${model.selected ? 'jr-split' : ''}` }, details,
      model.selected ? h('div', { class: 'jr-queue-issue' }, issueView(model.selected, false)) : null));
    later(() => {
      if (model.variant === 'grid') {
        const grid = h('div', { role: 'grid', 'aria-rowcount': String(model.rows.length + 1), class: `${sc('grid')} jr-grid` },
          h('div', { role: 'row', class: 'jr-grid-head' }, ['Key', 'Summary', 'Status', 'Created'].map((c) => h('div', { role: 'columnheader', text: c }))),
          model.rows.map((r) =>
            h('div', { role: 'row', class: `${sc('gridrow')} jr-grid-row` },
              h('div', { role: 'gridcell' }, h('a', { href: queueHref(r.key), text: r.key })),
              h('div', { role: 'gridcell' }, h('a', { href: queueHref(r.key), text: r.summary })),
              h('div', { role: 'gridcell' }, h('span', { class: `jr-lozenge jr-cat-${r.statusCategory}`, text: r.status })),
              h('div', { role: 'gridcell', text: fmtTime(r.created) }))));
        host.replaceChildren(grid);
      } else {
        currentTable = nativeTable(model.rows, { hrefFor: queueHref, ariaLabel: T.work });
        host.replaceChildren(currentTable.el);
        currentTable.start();
      }
    });
  }

  // ------------------------------------------------------------------------------------------------ Jira DC
  function dcHeader() {
    return h('header', { id: 'header', class: 'aui-header dc-header' }, h('span', { class: 'dc-logo', text: 'JIRA' }),
      h('a', { href: `${CTX}/issues/?jql=`, text: 'Issues' }), h('a', { href: `${CTX}/secure/RapidBoard.jspa?rapidView=5`, text: 'Boards' }));
  }

  function renderDcIssue(model) {
    const issue = model.issue;
    const content = h('div', { id: 'issue-content', class: 'issue-edit-form' },
      h('header', { id: 'stalker', class: 'issue-header' },
        h('div', { class: 'issue-header-content' },
          h('ol', { class: 'aui-nav aui-nav-breadcrumbs' },
            h('li', {}, h('a', { id: 'project-name-val', href: `${CTX}/projects/${issue.project}`, text: issue.project })),
            h('li', {}, h('a', { class: 'issue-link', id: 'key-val', 'data-issue-key': issue.key, href: `${CTX}/browse/${issue.key}`, text: issue.key }))),
          h('div', { class: 'dc-loading', text: 'Loading…' }))));
    root.replaceChildren(h('div', { class: 'dc-app' }, dcHeader(), h('main', { id: 'fx-main', class: 'dc-main' }, content)));
    later(() => {
      content.querySelector('.dc-loading')?.replaceWith(h('h1', { id: 'summary-val', text: issue.summary }));
      content.append(
        h('div', { id: 'opsbar-jira.issue.tools', class: 'dc-toolbar' }, h('button', { text: 'Edit' }), h('button', { text: 'Comment' })),
        h('div', { class: 'dc-body' },
          h('div', { id: 'details-module', class: 'module' },
            h('ul', { class: 'property-list' },
              h('li', {}, h('strong', { text: 'Status: ' }), h('span', { id: 'status-val', class: `jr-lozenge jr-cat-${issue.statusCategory}`, text: issue.status })),
              h('li', {}, h('strong', { text: 'Priority: ' }), h('span', { id: 'priority-val', text: issue.priority || 'None' })),
              h('li', {}, h('strong', { text: 'Labels: ' }), h('span', { class: 'labels', text: issue.labels.join(', ') || 'None' })))),
          h('div', { id: 'viewissuesidebar' }, h('dl', {}, h('dt', { text: 'Assignee' }), h('dd', { text: issue.assignee || 'Unassigned' }),
            h('dt', { text: 'Reporter' }), h('dd', { text: issue.reporter }))),
          h('div', { id: 'activitymodule' }, issue.comments.map((c) => h('div', { class: 'activity-comment' }, h('strong', { text: c.author }), h('p', { text: c.body }))))));
    });
  }

  function renderDcNavigator(model) {
    const host = h('div', { class: 'navigator-content' }, h('div', { class: 'dc-loading', text: 'Loading…' }));
    root.replaceChildren(h('div', { class: 'dc-app' }, dcHeader(), h('main', { id: 'fx-main', class: 'dc-main' },
      h('h1', { text: model.title }), host)));
    later(() => {
      host.replaceChildren(h('table', { id: 'issuetable', class: 'aui' },
        h('thead', {}, h('tr', { class: 'rowHeader' }, ['T', 'Key', 'Summary', 'Status', 'Priority', 'Created'].map((c) => h('th', { text: c })))),
        h('tbody', {}, model.rows.map((r) =>
          h('tr', { class: 'issuerow', id: `issuerow${r.id}`, rel: r.id, 'data-issuekey': r.key },
            h('td', { class: 'issuetype', text: '▣' }),
            h('td', { class: 'issuekey' }, h('a', { class: 'issue-link', 'data-issue-key': r.key, href: `${CTX}/browse/${r.key}`, text: r.key })),
            h('td', { class: 'summary' }, h('p', {}, h('a', { class: 'issue-link', 'data-issue-key': r.key, href: `${CTX}/browse/${r.key}`, text: r.summary }))),
            h('td', { class: 'status' }, h('span', { class: `jr-lozenge jr-cat-${r.statusCategory}`, text: r.status })),
            h('td', { class: 'priority', text: r.priority || 'None' }),
            h('td', { class: 'created', text: fmtTime(r.created) }))))));
    });
  }

  function renderZdHome(model) {
    zdEnsureApp();
    if (zd.viewPane) zd.viewPane.remove();
    zd.viewPane = h('div', { 'data-garden-id': 'pane', role: 'tabpanel', class: 'zd-viewpane zd-home' },
      h('div', { class: 'zd-viewmain' }, h('h1', { text: 'Home' }),
        model.views.map((v) => h('p', {}, h('a', { href: `filters/${v.id}`, text: v.title })))));
    zd.panes.prepend(zd.viewPane);
    zdActivate('view');
    later(() => {});
  }

  const RENDERERS = {
    'zd-ticket': renderZdTicket,
    'zd-view': renderZdView,
    'zd-home': renderZdHome,
    'jira-issue': renderJiraIssue,
    'jira-board': renderJiraBoard,
    'jira-list': renderJiraList,
    'jsm-queue': renderJsmQueue,
    'dc-issue': renderDcIssue,
    'dc-navigator': renderDcNavigator,
  };

  // ------------------------------------------------------------------------------------------------ controls
  /** Re-sorts the current list: a NEW tbody, the SAME <tr> elements, now showing different tickets. */
  function sort(column = 'id', dir) {
    if (zd.view && state.model.kind === 'zd-view') {
      const key = { id: 'id', subject: 'subject', requester: 'requester', requested: 'requested', priority: 'priority', status: 'status' }[column] || 'id';
      const d = dir || (zd.view.sortKey === key && zd.view.sortDir === 'asc' ? 'desc' : 'asc');
      zd.view.sortKey = key;
      zd.view.sortDir = d;
      zd.view.rows.sort((a, b) => (a[key] > b[key] ? 1 : a[key] < b[key] ? -1 : 0) * (d === 'asc' ? 1 : -1));
      const oldBody = zd.view.tbody;
      const trs = [...oldBody.querySelectorAll('tr[data-garden-id="tables.row"]')];
      const fresh = oldBody.cloneNode(false);
      oldBody.replaceWith(fresh);
      zd.view.tbody = fresh;
      zdFillBody(fresh, zd.view.model, zd.view.rows, trs);
      return true;
    }
    if (currentTable) {
      const rows = currentTable.rows.slice().sort((a, b) => (a.key > b.key ? -1 : 1));
      currentTable.setRows(rows);
      return true;
    }
    return false;
  }

  /** Reuses every row element for a different ticket (rotate by `by`, default half the rows). No node is created. */
  function recycle(by) {
    if (zd.view && state.model.kind === 'zd-view') {
      const rows = zd.view.rows;
      const n = by ?? Math.max(1, Math.floor(rows.length / 2));
      zd.view.rows = rows.slice(n).concat(rows.slice(0, n));
      const trs = [...zd.view.tbody.querySelectorAll('tr[data-garden-id="tables.row"]')];
      trs.forEach((tr, i) => zd.view.rows[i] && zdFillRow(tr, zd.view.rows[i]));
      return true;
    }
    if (currentTable) {
      const rows = currentTable.rows;
      const n = by ?? Math.max(1, Math.floor(rows.length / 2));
      currentTable.setRows(rows.slice(n).concat(rows.slice(0, n)));
      return true;
    }
    return false;
  }

  function scrollListTo(rowIndex) {
    const el = document.querySelector(`[${TID}="native-issue-table.ui.scroll-container.scroll-container"]`);
    if (!el) return false;
    el.scrollTop = rowIndex * ROW_H;
    el.dispatchEvent(new Event('scroll'));
    return true;
  }

  function setTheme(theme) {
    document.documentElement.dataset.theme = theme === 'dark' ? 'dark' : 'light';
  }

  window.__fx = {
    navigate,
    recycle,
    sort,
    switchTab: (id) => zdActivate(String(id)),
    closeTab,
    saveTicket,
    moveCard,
    scrollListTo,
    setTheme,
    whenRendered: () => rendered,
    get model() {
      return state.model;
    },
    get renders() {
      return state.renders;
    },
    site: SITE,
  };

  show(boot.model);
})();
