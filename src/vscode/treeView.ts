// The view around the tree: the TreeView itself, the title-bar commands (group by, filter,
// kind toggles, refresh), copy text, "reveal in tree", the badge and the filter description.
// The grouping is remembered per workspace.
import * as vscode from 'vscode';
import { VIEW_ID } from './indexer';
import { GROUPINGS, PolicyTreeProvider, SHOWN_KINDS, type GroupBy, type Node, type ShownKind } from './tree';

const GROUP_BY_KEY = 'policyTracker.groupBy';
const HIDDEN_KINDS_KEY = 'policyTracker.hiddenKinds';

const GROUP_COMMANDS: Record<GroupBy, string> = {
  document: 'policyTracker.groupByDocument',
  deadline: 'policyTracker.groupByDeadline',
  slogan: 'policyTracker.groupBySlogan',
};

const KIND_COMMAND_SUFFIX: Record<ShownKind, string> = { target: 'Targets', commitment: 'Commitments', slogan: 'Slogans' };

/** The text a node stands for, for "copy". */
export function nodeText(provider: PolicyTreeProvider, node: Node): string {
  switch (node.type) {
    case 'item':
      return node.item.text;
    case 'slogan':
      return node.term;
    case 'place':
      return node.place.definition?.source ?? node.place.explanation ?? node.term;
    case 'doc':
    case 'termDoc':
      return vscode.workspace.asRelativePath(vscode.Uri.parse(node.uri));
    case 'kind':
    case 'bucket':
      return provider
        .getChildren(node)
        .map((child) => (child.type === 'item' ? child.item.text : child.type === 'slogan' ? child.term : ''))
        .filter(Boolean)
        .join('\n');
  }
}

export class PolicyTreeView implements vscode.Disposable {
  readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly provider: PolicyTreeProvider,
    readonly state: vscode.Memento,
  ) {
    const saved = state.get<string>(GROUP_BY_KEY);
    provider.groupBy = GROUPINGS.find((g) => g === saved) ?? 'document';
    for (const kind of state.get<string[]>(HIDDEN_KINDS_KEY, [])) {
      if (SHOWN_KINDS.includes(kind as ShownKind)) provider.setShown(kind as ShownKind, false);
    }
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
    this.disposables.push(this.view, provider.onDidRefresh(() => this.update()));
    this.registerCommands();
    this.update();
  }

  private registerCommands(): void {
    const register = (id: string, run: (...args: never[]) => unknown): void => {
      this.disposables.push(vscode.commands.registerCommand(id, run));
    };
    for (const grouping of GROUPINGS) register(GROUP_COMMANDS[grouping], () => this.setGroupBy(grouping));
    for (const kind of SHOWN_KINDS) {
      register(`policyTracker.show${KIND_COMMAND_SUFFIX[kind]}`, () => this.setShown(kind, true));
      register(`policyTracker.hide${KIND_COMMAND_SUFFIX[kind]}`, () => this.setShown(kind, false));
    }
    register('policyTracker.filter', (text?: string) => this.askFilter(text));
    register('policyTracker.clearFilter', () => this.setFilter(''));
    register('policyTracker.copyItemText', (node?: Node) => this.copy(node));
    register('policyTracker.revealInTree', () => this.revealFromEditor());
  }

  async setGroupBy(grouping: GroupBy): Promise<void> {
    this.provider.groupBy = grouping;
    await this.state.update(GROUP_BY_KEY, grouping);
    this.update();
  }

  async setShown(kind: ShownKind, shown: boolean): Promise<void> {
    this.provider.setShown(kind, shown);
    await this.state.update(HIDDEN_KINDS_KEY, SHOWN_KINDS.filter((k) => !this.provider.isShown(k)));
    this.update();
  }

  setFilter(text: string): void {
    this.provider.filter = text;
    this.update();
  }

  /** With an argument (tests, keybindings) the filter is set directly; otherwise an input box asks. */
  private async askFilter(text?: string): Promise<void> {
    if (typeof text === 'string') return this.setFilter(text);
    const value = await vscode.window.showInputBox({
      title: vscode.l10n.t('Filter Policy Tracker'),
      prompt: vscode.l10n.t('Show only items whose text contains this (empty to clear)'),
      value: this.provider.filter,
      placeHolder: vscode.l10n.t('e.g. 2025, 亿元, 五个三'),
    });
    if (value !== undefined) this.setFilter(value);
  }

  private async copy(node?: Node): Promise<void> {
    const target = node ?? this.view.selection[0];
    if (!target) return;
    await vscode.env.clipboard.writeText(nodeText(this.provider, target));
  }

  /** Reveals what stands at the active editor's cursor. Returns the node, or undefined when none. */
  async revealFromEditor(): Promise<Node | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const node = this.provider.nodeAt(editor.document.uri.toString(), editor.document.offsetAt(editor.selection.active));
    if (!node) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Nothing tracked at the cursor is shown in the Policy Tracker view.'));
      return undefined;
    }
    await this.view.reveal(node, { select: true, focus: true, expand: true });
    return node;
  }

  /** Context keys for the menus, the filter description, the empty-filter message and the badge. */
  update(): void {
    const { provider } = this;
    void vscode.commands.executeCommand('setContext', GROUP_BY_KEY, provider.groupBy);
    void vscode.commands.executeCommand('setContext', 'policyTracker.filtered', provider.filter !== '');
    for (const kind of SHOWN_KINDS) void vscode.commands.executeCommand('setContext', `policyTracker.hidden.${kind}`, !provider.isShown(kind));
    const hidden = SHOWN_KINDS.filter((k) => !provider.isShown(k));
    const parts: string[] = [];
    if (provider.filter) parts.push(vscode.l10n.t('Filter: {0}', provider.filter));
    if (hidden.length) parts.push(vscode.l10n.t('Showing: {0}', SHOWN_KINDS.filter((k) => provider.isShown(k)).map(kindName).join(', ') || '—'));
    this.view.description = parts.join(' · ') || undefined;
    const totals = provider.index.totals();
    const hasItems = totals.targets + totals.commitments + totals.slogans > 0;
    // The welcome view (no documents) only shows when nothing at all was found.
    void vscode.commands.executeCommand('setContext', 'policyTracker.hasItems', hasItems);
    const empty = hasItems && provider.getChildren().length === 0;
    this.view.message = !empty
      ? undefined
      : provider.isFiltered
        ? vscode.l10n.t('Nothing matches the filter.')
        : vscode.l10n.t('Nothing to show in this grouping.');
    const overdue = provider.overdueCount();
    this.view.badge = overdue > 0 ? { value: overdue, tooltip: vscode.l10n.t('{0} overdue targets and commitments', overdue) } : undefined;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function kindName(kind: ShownKind): string {
  return kind === 'target' ? vscode.l10n.t('Targets') : kind === 'commitment' ? vscode.l10n.t('Commitments') : vscode.l10n.t('Slogans');
}
