// Entry point: wires the core to the VS Code adapters. No logic of its own.
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const emptyTree: vscode.TreeDataProvider<never> = { getTreeItem: (item) => item, getChildren: () => [] };
  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('policyTracker.items', emptyTree),
    vscode.commands.registerCommand('policyTracker.refresh', () => undefined),
  );
}

export function deactivate(): void {}
