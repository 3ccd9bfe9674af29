// The `policyTracker.openLocation` command: opens a document with exactly [start, end) selected
// (UTF-16 offsets, as the index stores them) and revealed in the centre. Used by the tree,
// hovers (as a command link) and anything else that points at a place in a document.
import * as vscode from 'vscode';
import { OPEN_LOCATION } from './tree';

/** Accepts the tree's argument list, a hover link's JSON arguments, or a vscode.Uri. */
export function parseOpenLocationArgs(args: unknown[]): { uri: vscode.Uri; start: number; end: number } | undefined {
  const [first, start, end] = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  const uri = first instanceof vscode.Uri ? first : typeof first === 'string' ? vscode.Uri.parse(first) : undefined;
  if (!uri || typeof start !== 'number' || !Number.isFinite(start)) return undefined;
  const stop = typeof end === 'number' && Number.isFinite(end) ? end : start;
  return { uri, start: Math.min(start, stop), end: Math.max(start, stop) };
}

export async function openLocation(...args: unknown[]): Promise<vscode.TextEditor | undefined> {
  const target = parseOpenLocationArgs(args);
  if (!target) return undefined;
  const document = await vscode.workspace.openTextDocument(target.uri);
  const selection = new vscode.Selection(document.positionAt(target.start), document.positionAt(target.end));
  const editor = await vscode.window.showTextDocument(document, { selection, preview: true });
  editor.selection = selection;
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenter);
  return editor;
}

export function registerOpenLocation(): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_LOCATION, openLocation);
}
