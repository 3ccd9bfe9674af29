// The `policyTracker.documentYear` setting resolves relative deadlines in every document.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { getApi, seedUris, waitFor } from './helpers';

suite('Document year setting', () => {
  teardown(async () => {
    await vscode.workspace.getConfiguration('policyTracker').update('documentYear', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('overrides the inferred year and re-resolves relative deadlines', async () => {
    const api = await getApi();
    const uris = await seedUris();
    const inferred = uris.map((u) => api.index.get(u.toString())).find((facts) => facts && facts.year !== null && facts.targets.some((t) => t.deadline === String(facts.year)));
    assert.ok(inferred, 'a seed with an inferred year and a deadline in that year');
    const relative = inferred.targets.filter((t) => t.deadline === String(inferred.year)).length;
    const override = inferred.year! + 7;

    await vscode.workspace.getConfiguration('policyTracker').update('documentYear', override, vscode.ConfigurationTarget.Workspace);
    const updated = await waitFor('the document re-extracted with the set year', () => {
      const facts = api.index.get(inferred.uri);
      return facts?.year === override ? facts : undefined;
    }, 20_000);
    assert.ok(updated.targets.some((t) => t.deadline === String(override)), 'relative deadlines follow the set year');
    assert.ok(relative > 0);

    await vscode.workspace.getConfiguration('policyTracker').update('documentYear', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('the inferred year back', () => api.index.get(inferred.uri)?.year === inferred.year, 20_000);
  });
});
