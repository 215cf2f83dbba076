// Front Door against a real LRS running locally (Learning Locker's xapi-statements,
// in memory): play, send, read back; the LRS down during play and back later; a
// statement the LRS rejects is kept with its reason while the rest go. Run by ctest.
'use strict';
const t = require('./support');

async function playSendReadBack() {
  const lrs = await t.startLrs();
  try {
    const dir = t.tempDir('lrs-play');
    t.play(dir, lrs, 'scripts/campaign.lua', 'Ana', ['--email', 'ana@example.com', '--pick', 'best']);
    const queued = t.statements(dir);
    const reg = queued[0].context.registration;
    const sent = t.run(t.frontdoor, ['records', 'send'], dir, lrs);
    t.check(sent.code === 0, `records send succeeds (${sent.out.trim()})`);
    t.check(!(sent.out + sent.err).includes('not-to-be-printed'), 'the password is not printed');
    const back = await t.readBack(lrs, reg);
    t.check(back.length === queued.length, `the LRS holds all ${queued.length} statements of the attempt`);
    const decision = back.find((s) => s.verb.id.endsWith('/answered'));
    const mine = queued.find((s) => s.id === decision.id);
    t.check(decision.result.response === mine.result.response, 'a decision comes back with its mode');
    t.check(decision.actor.mbox === 'mailto:ana@example.com', 'and its actor');
    t.check(t.statements(dir).length === 0, 'nothing is waiting afterwards');
    // Sending the same statements again changes nothing: their ids are derived.
    const again = await t.post(lrs, queued.slice(0, 3));
    t.check(again.status === 200 || again.status === 204, `posting them again is accepted (${again.status})`);
    t.check((await t.readBack(lrs, reg)).length === queued.length, 'and the LRS still holds the same number');
  } finally {
    await t.stopLrs(lrs);
  }
}

async function lrsDownThenUp() {
  const dir = t.tempDir('lrs-down');
  const first = await t.startLrs();
  const port = first.port;
  t.play(dir, first, 'scripts/encounters/late_fee.lua', 'Bo', ['--employee-id', 'E-7']);
  t.check(t.run(t.frontdoor, ['records', 'send'], dir, first).code === 0, 'with the LRS up the first game goes');
  await t.stopLrs(first);  // the LRS goes down; play goes on
  t.play(dir, first, 'scripts/campaign.lua', 'Bo', ['--employee-id', 'E-7']);
  const queued = t.statements(dir);
  const down = t.run(t.frontdoor, ['records', 'send'], dir, first);
  t.check(down.code === 1 && /waiting [1-9]/.test(down.out), `with the LRS down they wait (${down.out.split('\n')[0]})`);
  t.check(/cannot reach/.test(down.out), 'and the reason says the LRS cannot be reached');
  const status = t.run(t.frontdoor, ['records', 'status'], dir, first);
  t.check(status.out.includes(`${queued.length} statements waiting`), `status shows ${queued.length} statements waiting`);
  const lrs = await t.startLrs(port);
  try {
    const up = t.run(t.frontdoor, ['records', 'send'], dir, lrs);
    t.check(up.code === 0, `once it is back they go (${up.out.trim()})`);
    const back = await t.readBack(lrs, queued[0].context.registration);
    t.check(back.length === queued.length, `all ${queued.length} arrived`);
  } finally {
    await t.stopLrs(lrs);
  }
}

async function rejectedStatement() {
  const lrs = await t.startLrs();
  try {
    const dir = t.tempDir('lrs-reject');
    t.play(dir, lrs, 'scripts/encounters/late_fee.lua', 'Cy', ['--email', 'cy@example.com']);
    const queued = t.statements(dir);
    // Someone else already stored a different statement under one of our ids: the LRS
    // must refuse ours (409 Conflict).
    const victim = { ...queued[1], verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' } };
    const pre = await t.post(lrs, [victim]);
    t.check(pre.status === 200, 'the conflicting statement is stored first');
    const sent = t.run(t.frontdoor, ['records', 'send'], dir, lrs);
    t.check(sent.code === 1 && /rejected 1/.test(sent.out), `the send reports one rejected (${sent.out.split('\n')[0]})`);
    t.check(sent.out.includes(queued[1].id) && /HTTP 409/.test(sent.out), 'naming the statement and the LRS reason');
    const status = t.run(t.frontdoor, ['records', 'status'], dir, lrs);
    t.check(/0 statements waiting, 1 rejected/.test(status.out), 'status keeps it as rejected, not waiting');
    const kept = t.statements(dir);
    t.check(kept.length === 1 && kept[0].id === queued[1].id, 'the rejected statement is kept whole');
    const back = await t.readBack(lrs, queued[0].context.registration);
    t.check(back.length === queued.length, 'every other statement arrived (and the conflicting one is there)');
    const again = t.run(t.frontdoor, ['records', 'send'], dir, lrs);
    t.check(/sent 0, rejected 0/.test(again.out), 'a later send does not retry it');
  } finally {
    await t.stopLrs(lrs);
  }
}

t.main([
  ['play, send and read back', playSendReadBack],
  ['the LRS down during play, then up', lrsDownThenUp],
  ['a statement the LRS rejects', rejectedStatement],
]);
