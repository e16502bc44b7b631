// Run Assignment Rules from the lead list: a dry run says what will happen per rule entry, nothing changes
// until the user confirms, the report counts what happened, and Undo gives the owners back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
// Counts as the English UI writes them: 1,000.
const num = (n) => n.toLocaleString('en-US');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('run rules: the numbers first, then the run, then Undo puts the owners back', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  const queueId = (await app.command({ cmd: 'CreateQueue', name: 'Finland Queue' })).data.queueId;
  const ruleId = (await app.command({ cmd: 'CreateAssignmentRule', name: 'Finland first', active: true })).data.ruleId;
  await app.command({ cmd: 'AddAssignmentRuleEntry', ruleId,
    criteria: [{ field: 'Country', op: 'equals', value: 'Finland' }], target: { queueId } });
  const expected = (await app.command({ cmd: 'RunAssignmentRules', all: true, dryRun: true })).data;
  assert.ok(expected.changed > 0);

  await app.click('Leads', { window: /SalesNav/ });
  await app.click('Run Assignment Rules (all leads)');
  const head = await app.readText(/^Run assignment rules on [\d,]+ leads: [\d,]+ will change owner/);
  assert.match(head, new RegExp(`: ${num(expected.changed)} will change owner, of which ${num(expected.changedToDefault)} to the default owner`));
  await app.expectText(/Country equals 'Finland' → Finland Queue: [\d,]+/);
  await app.expectText(/skipped, closed or converted: [\d,]+$/);
  await app.screenshot('bulk-undo-01-dry-run');
  // Nothing has changed yet.
  assert.equal((await app.command({ cmd: 'RunAssignmentRules', all: true, dryRun: true })).data.changed, expected.changed);

  await app.click('Run assignment rules');
  await app.expectText(`Done: ${num(expected.changed)} ${expected.changed === 1 ? 'lead' : 'leads'} changed owner.`);
  assert.equal((await app.command({ cmd: 'RunAssignmentRules', all: true, dryRun: true })).data.changed, 0,
    'after the run every lead already has the owner the rule gives');
  await app.screenshot('bulk-undo-02-done');

  await app.click(/^Undo: Run assignment rules \([\d,]+ leads\)$/);
  await app.expectText(/^Undid: Run assignment rules/);
  assert.equal((await app.command({ cmd: 'RunAssignmentRules', all: true, dryRun: true })).data.changed, expected.changed,
    'the owners are back as before the run');
  await app.screenshot('bulk-undo-03-undone');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
