// Shared helpers for the extension-host suites: the extension's test API, polling, and the
// expected facts of a file computed with the same core code the extension uses.
import * as vscode from 'vscode';
import { decodeBytes } from '../../src/core/decode';
import { extractDocument } from '../../src/core/extract';
import type { DocumentFacts } from '../../src/core/types';
import type { PolicyTrackerApi } from '../../src/extension';

export const EXTENSION_ID = 'policy-tracker.policy-tracker';

/** Activates the extension and waits for its first index. */
export async function getApi(): Promise<PolicyTrackerApi> {
  const extension = vscode.extensions.getExtension<PolicyTrackerApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} not found`);
  const api = await extension.activate();
  await api.ready;
  return api;
}

/** Polls until `check` returns a truthy value (returned), or fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  return folder;
}

/** The seed files in the workspace, sorted by URI. */
export async function seedUris(): Promise<vscode.Uri[]> {
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(workspaceFolder(), '*.txt'));
  return uris.sort((a, b) => a.toString().localeCompare(b.toString()));
}

/** What the extractor finds in a file, read and decoded like the indexer does. */
export async function expectedFacts(uri: vscode.Uri): Promise<DocumentFacts> {
  const { text } = decodeBytes(await vscode.workspace.fs.readFile(uri));
  return extractDocument(text, { uri: uri.toString() });
}

export async function expectedFactsOfText(uri: vscode.Uri, text: string): Promise<DocumentFacts> {
  return extractDocument(text, { uri: uri.toString() });
}

/** The seed document whose name starts with `prefix` (e.g. `001_`). */
export async function seed(prefix: string): Promise<vscode.Uri> {
  const uri = (await seedUris()).find((u) => u.path.slice(u.path.lastIndexOf('/') + 1).startsWith(prefix));
  if (!uri) throw new Error(`no seed ${prefix}`);
  return uri;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
