// The sidebar tree: targets, commitments and slogans grouped by document, deadline or slogan.
// Reads the WorkspaceIndex; converts core spans to tree items at the edge. Nodes are cached by id
// so TreeView.reveal (which walks getParent/getChildren) sees the same objects.
import * as vscode from 'vscode';
import { calendarDate, DUE_BUCKETS, dueDate, effectiveDeadline, formatDate, groupByDue, type CalendarDate, type DueBucket } from '../core/due';
import { formatDeadline, itemLabel, itemSummary } from '../core/itemLabel';
import type { LedgerEntry, Slogan, Span, TrackedItem } from '../core/types';
import type { TermPlace, WorkspaceIndex } from '../core/workspaceIndex';
import { readConfig } from './config';
import { statusDescription, statusIcon, statusMarkdown, type ItemStatusSource } from './itemStatusSource';
import { plainMarkdown } from './markdownText';

export type GroupBy = 'document' | 'deadline' | 'slogan';
export const GROUPINGS: readonly GroupBy[] = ['document', 'deadline', 'slogan'];
export type ShownKind = 'target' | 'commitment' | 'slogan';
export const SHOWN_KINDS: readonly ShownKind[] = ['target', 'commitment', 'slogan'];

export const OPEN_LOCATION = 'policyTracker.openLocation';

interface BaseNode {
  id: string;
  parent: Node | undefined;
}
export interface DocNode extends BaseNode {
  type: 'doc';
  uri: string;
}
export interface KindNode extends BaseNode {
  type: 'kind';
  uri: string;
  kind: ShownKind;
}
/** A deadline group; `finished` holds done and dropped items (per the ledger), whatever their deadline. */
export type TreeBucket = DueBucket | 'finished';
export const TREE_BUCKETS: readonly TreeBucket[] = [...DUE_BUCKETS, 'finished'];

export interface BucketNode extends BaseNode {
  type: 'bucket';
  bucket: TreeBucket;
}
export interface ItemNode extends BaseNode {
  type: 'item';
  uri: string;
  item: TrackedItem;
  /** Shown under a deadline bucket: the document name goes into the description. */
  showDocument: boolean;
}
export interface SloganNode extends BaseNode {
  type: 'slogan';
  term: string;
  /** Set under a document (document grouping): places in that document only. */
  uri?: string;
}
export interface TermDocNode extends BaseNode {
  type: 'termDoc';
  term: string;
  uri: string;
}
export interface PlaceNode extends BaseNode {
  type: 'place';
  term: string;
  place: TermPlace;
}
export type Node = DocNode | KindNode | BucketNode | ItemNode | SloganNode | TermDocNode | PlaceNode;

/** Arguments of the openLocation command: the document and the UTF-16 range to select. */
export type OpenLocationArgs = [uri: string, start: number, end: number];

function basename(uri: string): string {
  const path = vscode.Uri.parse(uri).path;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

function relativeFolder(uri: string): string {
  const relative = vscode.workspace.asRelativePath(vscode.Uri.parse(uri), (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  const slash = relative.lastIndexOf('/');
  return slash >= 0 ? relative.slice(0, slash) : '';
}

function itemKey(item: TrackedItem): string {
  return `${item.kind}:${item.start}-${item.end}:${item.id}`;
}

export class PolicyTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly nodes = new Map<string, Node>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly unsubscribe: () => void;
  private groupByValue: GroupBy = 'document';
  private filterValue = '';
  private readonly hidden = new Set<ShownKind>();
  /** Fires after the tree content changed (filters, grouping or index), debounced. */
  private readonly refreshed = new vscode.EventEmitter<void>();
  readonly onDidRefresh = this.refreshed.event;
  private statuses: ItemStatusSource | undefined;
  private statusSubscription: vscode.Disposable | undefined;

  constructor(
    readonly index: WorkspaceIndex,
    private readonly today: () => CalendarDate = () => calendarDate(new Date()),
  ) {
    this.unsubscribe = index.onDidChange(() => this.scheduleRefresh());
  }

  /** Ledger statuses (icons, descriptions, due overrides); optional. */
  setStatusSource(source: ItemStatusSource | undefined): void {
    this.statusSubscription?.dispose();
    this.statuses = source;
    this.statusSubscription = source?.onDidChange(() => this.scheduleRefresh());
    this.refresh();
  }

  private entryOf(item: TrackedItem): LedgerEntry | undefined {
    try {
      return this.statuses?.statusOf(item.id);
    } catch {
      return undefined;
    }
  }

  private isFinished(item: TrackedItem): boolean {
    const status = this.entryOf(item)?.status;
    return status === 'done' || status === 'dropped';
  }

  get groupBy(): GroupBy {
    return this.groupByValue;
  }

  set groupBy(value: GroupBy) {
    if (value === this.groupByValue) return;
    this.groupByValue = value;
    this.refresh();
  }

  get filter(): string {
    return this.filterValue;
  }

  set filter(value: string) {
    const next = value.trim();
    if (next === this.filterValue) return;
    this.filterValue = next;
    this.refresh();
  }

  isShown(kind: ShownKind): boolean {
    return !this.hidden.has(kind);
  }

  setShown(kind: ShownKind, shown: boolean): void {
    if (shown === this.isShown(kind)) return;
    if (shown) this.hidden.delete(kind);
    else this.hidden.add(kind);
    this.refresh();
  }

  /** Is any filter (text or kind) narrowing the tree? */
  get isFiltered(): boolean {
    return this.filterValue !== '' || this.hidden.size > 0;
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => this.refresh(), 50);
  }

  refresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.nodes.clear();
    this.dueGroupsCache = undefined;
    this.changed.fire(undefined);
    this.refreshed.fire();
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.statusSubscription?.dispose();
    this.unsubscribe();
    this.changed.dispose();
    this.refreshed.dispose();
  }

  // ---- building nodes (cached by id) ----

  private node<T extends Node>(made: T): T {
    const existing = this.nodes.get(made.id);
    if (existing) return existing as T;
    this.nodes.set(made.id, made);
    return made;
  }

  private docNode(uri: string, prefix: string): DocNode {
    return this.node({ type: 'doc', id: `${prefix}doc:${uri}`, uri, parent: undefined });
  }

  private kindNode(parent: DocNode, kind: ShownKind): KindNode {
    return this.node({ type: 'kind', id: `${parent.id}/${kind}`, uri: parent.uri, kind, parent });
  }

  private bucketNode(bucket: TreeBucket): BucketNode {
    return this.node({ type: 'bucket', id: `due:${bucket}`, bucket, parent: undefined });
  }

  private itemNode(parent: Node, uri: string, item: TrackedItem): ItemNode {
    return this.node({ type: 'item', id: `${parent.id}/${itemKey(item)}`, uri, item, parent, showDocument: parent.type === 'bucket' });
  }

  private sloganNode(term: string, parent?: KindNode): SloganNode {
    const id = parent ? `${parent.id}/slogan:${term}` : `term:${term}`;
    return this.node({ type: 'slogan', id, term, parent, ...(parent ? { uri: parent.uri } : {}) });
  }

  private termDocNode(parent: SloganNode, uri: string): TermDocNode {
    return this.node({ type: 'termDoc', id: `${parent.id}/doc:${uri}`, term: parent.term, uri, parent });
  }

  private placeNode(parent: SloganNode | TermDocNode, place: TermPlace): PlaceNode {
    const id = `${parent.id}/${place.role}:${place.span.start}-${place.span.end}`;
    return this.node({ type: 'place', id, term: parent.term, place, parent });
  }

  // ---- what is visible ----

  private matchesText(...texts: string[]): boolean {
    if (!this.filterValue) return true;
    const needle = this.filterValue.toLowerCase();
    return texts.some((text) => text.toLowerCase().includes(needle));
  }

  /** Visible targets or commitments of one document. */
  visibleItems(uri: string, kind: 'target' | 'commitment'): TrackedItem[] {
    if (!this.isShown(kind)) return [];
    const facts = this.index.get(uri);
    if (!facts) return [];
    const items: TrackedItem[] = kind === 'target' ? facts.targets : facts.commitments;
    return items.filter((item) => this.matchesText(item.text));
  }

  /** Visible slogans of one document. */
  visibleSlogans(uri: string): Slogan[] {
    if (!this.isShown('slogan')) return [];
    return (this.index.get(uri)?.slogans ?? []).filter((s) => this.matchesText(s.term, ...s.definitions.map((d) => d.source)));
  }

  private visibleCount(uri: string, kind: ShownKind): number {
    return kind === 'slogan' ? this.visibleSlogans(uri).length : this.visibleItems(uri, kind).length;
  }

  private groupItems<T extends { item: TrackedItem }>(entries: T[]): Record<TreeBucket, T[]> {
    const open = entries.filter((entry) => !this.isFinished(entry.item));
    const groups = groupByDue(open, (entry) => entry.item.deadline, this.today(), {
      soonDays: readConfig().dueSoonDays,
      dueOf: (entry) => this.entryOf(entry.item)?.due,
    });
    return { ...groups, finished: entries.filter((entry) => this.isFinished(entry.item)) };
  }

  /** Deadline groups of the visible items; computed once per refresh. */
  private dueGroupsCache: Record<TreeBucket, { uri: string; item: TrackedItem }[]> | undefined;

  private dueGroups(): Record<TreeBucket, { uri: string; item: TrackedItem }[]> {
    return (this.dueGroupsCache ??= this.groupItems(
      this.index.uris().flatMap((uri) => [...this.visibleItems(uri, 'target'), ...this.visibleItems(uri, 'commitment')].map((item) => ({ uri, item }))),
    ));
  }

  /** Overdue targets and commitments in the whole workspace (filters ignored; done and dropped ones never count). */
  overdueCount(): number {
    return this.groupItems(this.index.items().map((entry) => ({ item: entry.value }))).overdue.length;
  }

  /** The deadline that applies to an item: the ledger's `due` when set, else the extracted one. */
  private deadlineOf(item: TrackedItem): string | null {
    return effectiveDeadline(item.deadline, this.entryOf(item)?.due);
  }

  private visibleTerms(): string[] {
    if (!this.isShown('slogan')) return [];
    const terms = this.index.sloganTerms().filter((term) => this.matchesText(term));
    const documentCount = new Map(terms.map((term) => [term, this.index.term(term).documentCount]));
    return terms.sort((a, b) => documentCount.get(b)! - documentCount.get(a)! || a.localeCompare(b, 'zh'));
  }

  // ---- TreeDataProvider ----

  getChildren(element?: Node): Node[] {
    if (!element) return this.roots();
    switch (element.type) {
      case 'doc':
        return SHOWN_KINDS.filter((kind) => this.visibleCount(element.uri, kind) > 0).map((kind) => this.kindNode(element, kind));
      case 'kind':
        if (element.kind === 'slogan') return this.visibleSlogans(element.uri).map((s) => this.sloganNode(s.term, element));
        return this.visibleItems(element.uri, element.kind).map((item) => this.itemNode(element, element.uri, item));
      case 'bucket':
        return this.dueGroups()[element.bucket].map(({ uri, item }) => this.itemNode(element, uri, item));
      case 'slogan': {
        const places = this.index.term(element.term).places;
        if (element.uri !== undefined) return places.filter((p) => p.uri === element.uri).map((p) => this.placeNode(element, p));
        return [...new Set(places.map((p) => p.uri))].map((uri) => this.termDocNode(element, uri));
      }
      case 'termDoc':
        return this.index.term(element.term).places.filter((p) => p.uri === element.uri).map((p) => this.placeNode(element, p));
      default:
        return [];
    }
  }

  private roots(): Node[] {
    switch (this.groupByValue) {
      case 'document':
        return this.index.uris().filter((uri) => SHOWN_KINDS.some((kind) => this.visibleCount(uri, kind) > 0)).map((uri) => this.docNode(uri, ''));
      case 'deadline': {
        const groups = this.dueGroups();
        return TREE_BUCKETS.filter((bucket) => groups[bucket].length > 0).map((bucket) => this.bucketNode(bucket));
      }
      case 'slogan':
        return this.visibleTerms().map((term) => this.sloganNode(term));
    }
  }

  getParent(element: Node): Node | undefined {
    return element.parent;
  }

  getTreeItem(element: Node): vscode.TreeItem {
    switch (element.type) {
      case 'doc':
        return this.docItem(element);
      case 'kind':
        return this.kindItem(element);
      case 'bucket':
        return this.bucketItem(element);
      case 'item':
        return this.itemItem(element);
      case 'slogan':
        return this.sloganItem(element);
      case 'termDoc':
        return this.termDocItem(element);
      case 'place':
        return this.placeItem(element);
    }
  }

  private docItem(node: DocNode): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.Uri.parse(node.uri), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    item.label = basename(node.uri);
    item.iconPath = vscode.ThemeIcon.File;
    item.description = relativeFolder(node.uri);
    const facts = this.index.get(node.uri);
    item.tooltip = facts?.year ? `${vscode.workspace.asRelativePath(vscode.Uri.parse(node.uri))} · ${facts.year}` : vscode.workspace.asRelativePath(vscode.Uri.parse(node.uri));
    item.contextValue = 'policyTracker.document';
    return item;
  }

  private kindItem(node: KindNode): vscode.TreeItem {
    const item = new vscode.TreeItem(kindLabel(node.kind), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    item.description = String(this.visibleCount(node.uri, node.kind));
    item.iconPath = kindIcon(node.kind);
    item.contextValue = 'policyTracker.kind';
    return item;
  }

  private bucketItem(node: BucketNode): vscode.TreeItem {
    const item = new vscode.TreeItem(bucketLabel(node.bucket, readConfig().dueSoonDays), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    item.description = String(this.dueGroups()[node.bucket].length);
    item.iconPath = bucketIcon(node.bucket);
    item.contextValue = 'policyTracker.bucket';
    return item;
  }

  private itemItem(node: ItemNode): vscode.TreeItem {
    const { item: tracked, uri } = node;
    const label = itemLabel(tracked);
    const anchor = tracked.kind === 'target' ? tracked.anchor : '';
    const anchorAt = anchor ? label.indexOf(anchor) : -1;
    const item = new vscode.TreeItem(
      anchorAt >= 0 ? { label, highlights: [[anchorAt, anchorAt + anchor.length]] } : label,
      vscode.TreeItemCollapsibleState.None,
    );
    item.id = node.id;
    const entry = this.entryOf(tracked);
    const deadline = this.deadlineOf(tracked);
    const due = dueDate(deadline);
    const parts = [itemSummary(tracked, deadline)];
    if (node.showDocument) {
      if (due && !deadline?.match(/^\d{4}-\d{2}-\d{2}$/)) parts.push(`→ ${formatDate(due)}`);
      parts.push(basename(uri));
    }
    parts.push(statusDescription(entry));
    item.description = parts.filter(Boolean).join(' · ');
    const tooltip = itemTooltip(tracked, uri, deadline);
    const status = statusMarkdown(entry);
    if (status) tooltip.appendMarkdown('\n\n---\n\n').appendMarkdown(status.value);
    item.tooltip = tooltip;
    item.iconPath = entry?.status ? statusIcon(entry.status) : itemIcon(tracked, this.bucketOf(tracked));
    item.contextValue = `policyTracker.item.${tracked.kind}`;
    item.command = openCommand(uri, tracked);
    item.accessibilityInformation = { label: `${kindLabel(tracked.kind)}: ${tracked.text}` };
    return item;
  }

  bucketOf(item: TrackedItem): TreeBucket {
    const groups = this.groupItems([{ item }]);
    return TREE_BUCKETS.find((bucket) => groups[bucket].length > 0) ?? 'none';
  }

  private sloganItem(node: SloganNode): vscode.TreeItem {
    const summary = this.index.term(node.term);
    const places = node.uri === undefined ? summary.places : summary.places.filter((p) => p.uri === node.uri);
    const item = new vscode.TreeItem(node.term, places.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    const uses = places.filter((p) => p.role === 'use').length;
    const definitions = places.filter((p) => p.role === 'definition').length;
    item.description = [node.uri === undefined ? countText(summary.documentCount, 'document') : '', countText(uses, 'use'), countText(definitions, 'definition')]
      .filter(Boolean)
      .join(' · ');
    const tooltip = new vscode.MarkdownString();
    tooltip.isTrusted = false;
    tooltip.supportHtml = false;
    tooltip.appendMarkdown('**').appendMarkdown(plainMarkdown(node.term)).appendMarkdown('**\n\n');
    for (const def of summary.definitions.filter((d) => node.uri === undefined || d.uri === node.uri)) {
      tooltip.appendMarkdown(plainMarkdown(`${basename(def.uri)}:${def.value.line + 1}  ${def.value.components.map((c) => c.text).join('、')}`)).appendMarkdown('\n\n');
    }
    if (summary.findings.length) tooltip.appendMarkdown('$(warning) ').appendMarkdown(plainMarkdown(summary.findings.map((f) => f.value.message).join('\n'))).appendMarkdown('\n');
    tooltip.supportThemeIcons = true;
    item.tooltip = tooltip;
    item.iconPath = new vscode.ThemeIcon(summary.findings.length ? 'warning' : 'quote', summary.findings.length ? new vscode.ThemeColor('list.warningForeground') : undefined);
    item.contextValue = 'policyTracker.slogan';
    const first = places.find((p) => p.role === 'definition') ?? places[0];
    if (first) item.command = openCommand(first.uri, first.span);
    return item;
  }

  private termDocItem(node: TermDocNode): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.Uri.parse(node.uri), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    item.label = basename(node.uri);
    item.iconPath = vscode.ThemeIcon.File;
    const places = this.index.term(node.term).places.filter((p) => p.uri === node.uri);
    item.description = String(places.length);
    item.tooltip = vscode.workspace.asRelativePath(vscode.Uri.parse(node.uri));
    item.contextValue = 'policyTracker.document';
    return item;
  }

  private placeItem(node: PlaceNode): vscode.TreeItem {
    const { place } = node;
    const role = place.role === 'definition' ? vscode.l10n.t('Definition') : vscode.l10n.t('Use');
    const item = new vscode.TreeItem(vscode.l10n.t('{0}, line {1}', role, place.span.line + 1), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    const detail = place.definition ? place.definition.components.map((c) => c.text).join('、') : place.explanation ?? '';
    item.description = detail;
    if (place.definition || place.explanation) {
      const tooltip = new vscode.MarkdownString();
      tooltip.isTrusted = false;
      tooltip.supportHtml = false;
      tooltip.appendMarkdown(plainMarkdown(place.definition?.source ?? place.explanation ?? ''));
      item.tooltip = tooltip;
    }
    item.iconPath = new vscode.ThemeIcon(place.role === 'definition' ? 'symbol-key' : 'location');
    item.contextValue = 'policyTracker.place';
    item.command = openCommand(place.uri, place.span);
    return item;
  }

  // ---- finding nodes for "reveal in tree" ----

  /** The node showing what stands at an offset, in the current grouping, or undefined when hidden. */
  nodeAt(uri: string, offset: number): Node | undefined {
    const found = this.index.at(uri, offset);
    if (!found) return undefined;
    if (found.type !== 'item') {
      const node = this.termPlaceNode(uri, found.term, found.span.start);
      if (node) return node;
      const item = this.index.itemAt(uri, offset);
      return item ? this.nodeForItem(uri, item) : undefined;
    }
    return this.nodeForItem(uri, found.item);
  }

  /** The node of one item in the current grouping (undefined when filtered out or not shown). */
  nodeForItem(uri: string, item: TrackedItem): Node | undefined {
    if (!this.isShown(item.kind) || !this.matchesText(item.text)) return undefined;
    if (this.groupByValue === 'document') return this.itemNode(this.kindNode(this.docNode(uri, ''), item.kind), uri, item);
    if (this.groupByValue === 'deadline') return this.itemNode(this.bucketNode(this.bucketOf(item)), uri, item);
    return undefined;
  }

  private termPlaceNode(uri: string, term: string, start: number): Node | undefined {
    if (!this.isShown('slogan')) return undefined;
    const place = this.index.term(term).places.find((p) => p.uri === uri && p.span.start === start);
    if (!place) return undefined;
    if (this.groupByValue === 'document') {
      if (!this.visibleSlogans(uri).some((s) => s.term === term)) return undefined;
      return this.placeNode(this.sloganNode(term, this.kindNode(this.docNode(uri, ''), 'slogan')), place);
    }
    if (this.groupByValue === 'slogan' && this.matchesText(term)) return this.placeNode(this.termDocNode(this.sloganNode(term), uri), place);
    return undefined;
  }
}

// ---- presentation helpers ----

/** `1 document`, `3 uses`, `2 definitions` (zh: `1 个文件`, `3 处使用`, `2 处定义`); '' for zero uses or definitions. */
export function countText(count: number, what: 'document' | 'use' | 'definition'): string {
  if (count === 0 && what !== 'document') return '';
  switch (what) {
    case 'document':
      return count === 1 ? vscode.l10n.t('1 document') : vscode.l10n.t('{0} documents', count);
    case 'use':
      return count === 1 ? vscode.l10n.t('1 use') : vscode.l10n.t('{0} uses', count);
    case 'definition':
      return count === 1 ? vscode.l10n.t('1 definition') : vscode.l10n.t('{0} definitions', count);
  }
}

export function kindLabel(kind: ShownKind): string {
  switch (kind) {
    case 'target':
      return vscode.l10n.t('Targets');
    case 'commitment':
      return vscode.l10n.t('Commitments');
    case 'slogan':
      return vscode.l10n.t('Slogans');
  }
}

export function bucketLabel(bucket: TreeBucket, soonDays: number): string {
  switch (bucket) {
    case 'overdue':
      return vscode.l10n.t('Overdue');
    case 'soon':
      return vscode.l10n.t('Due within {0} days', soonDays);
    case 'thisYear':
      return vscode.l10n.t('This year');
    case 'later':
      return vscode.l10n.t('Later');
    case 'none':
      return vscode.l10n.t('No deadline');
    case 'finished':
      return vscode.l10n.t('Done or dropped');
  }
}

function kindIcon(kind: ShownKind): vscode.ThemeIcon {
  return new vscode.ThemeIcon(kind === 'target' ? 'target' : kind === 'commitment' ? 'tasklist' : 'quote');
}

function bucketIcon(bucket: TreeBucket): vscode.ThemeIcon {
  switch (bucket) {
    case 'overdue':
      return new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
    case 'soon':
      return new vscode.ThemeIcon('clock', new vscode.ThemeColor('list.warningForeground'));
    case 'thisYear':
      return new vscode.ThemeIcon('calendar');
    case 'later':
      return new vscode.ThemeIcon('history');
    case 'none':
      return new vscode.ThemeIcon('circle-slash');
    case 'finished':
      return new vscode.ThemeIcon('pass');
  }
}

function itemIcon(item: TrackedItem, bucket: TreeBucket): vscode.ThemeIcon {
  const color =
    bucket === 'overdue' ? new vscode.ThemeColor('list.errorForeground') : bucket === 'soon' ? new vscode.ThemeColor('list.warningForeground') : undefined;
  return new vscode.ThemeIcon(item.kind === 'target' ? 'target' : 'tasklist', color);
}

export function openCommand(uri: string, span: Span): vscode.Command {
  const args: OpenLocationArgs = [uri, span.start, span.end];
  return { command: OPEN_LOCATION, title: vscode.l10n.t('Open Location'), arguments: args };
}

/** The whole sentence and the item's fields; every piece of document text is escaped. */
export function itemTooltip(item: TrackedItem, uri: string, deadline: string | null = item.deadline): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown('**').appendMarkdown(plainMarkdown(kindLabel(item.kind))).appendMarkdown('**\n\n');
  md.appendMarkdown(plainMarkdown(item.text)).appendMarkdown('\n\n');
  const fields: [string, string][] = [];
  if (item.kind === 'target') {
    fields.push([vscode.l10n.t('Quantity'), item.anchor]);
    if (item.value !== null) fields.push([vscode.l10n.t('Value'), `${item.comparator} ${item.value}${item.unit ?? ''}`]);
  }
  fields.push([vscode.l10n.t('Deadline'), formatDeadline(deadline) || '—']);
  const due = dueDate(deadline);
  if (due) fields.push([vscode.l10n.t('Due by'), formatDate(due)]);
  if (item.actor) fields.push([vscode.l10n.t('Responsible'), item.actor]);
  fields.push([vscode.l10n.t('Location'), `${basename(uri)}:${item.line + 1}`]);
  for (const [name, value] of fields) md.appendMarkdown('- ').appendMarkdown(plainMarkdown(`${name}: ${value}`)).appendMarkdown('\n');
  return md;
}
