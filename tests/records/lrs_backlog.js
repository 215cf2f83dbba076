// Games played before an LRS was configured: their statements wait on this machine
// (nothing is sent), and once the organisation writes its lrs.json, `frontdoor records
// send` delivers all of them to the real LRS (xapi-statements, in memory), addressed to
// the configured home page and activity base, with the same ids: sending twice changes
// nothing. Run by ctest.
'use strict';
const fs = require('fs');
const path = require('path');
const t = require('./support');

function configure(dir, lrs) {
  const folder = path.join(dir, 'config', 'frontdoor');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'lrs.json'), JSON.stringify({
    endpoint: lrs.endpoint, username: 'frontdoor-key', password: 'not-to-be-printed',
    account_home_page: 'https://people.example.com', activity_base: 'https://learning.example.com/frontdoor',
  }));
}

async function readAll(lrs, queued) {
  const regs = [...new Set(queued.map((s) => s.context.registration))];
  let back = [];
  for (const reg of regs) back = back.concat(await t.readBack(lrs, reg));
  return back;
}

async function backlogGoesOnceConfigured() {
  const dir = t.tempDir('lrs-backlog');
  t.play(dir, null, 'scripts/encounters/late_fee.lua', 'Di', ['--employee-id', 'E-42']);
  t.play(dir, null, 'scripts/campaign.lua', 'Di', ['--employee-id', 'E-42', '--pick', 'best']);
  const queued = t.statements(dir);
  t.check(queued.length > 10, `with no LRS configured ${queued.length} statements wait on this machine`);
  const status = t.run(t.frontdoor, ['records', 'status'], dir);
  t.check(status.out.includes(`${queued.length} statements waiting`), 'records status says how many');
  t.check(/until an LRS is configured/.test(status.out), 'and that they go once an LRS is configured');
  const none = t.run(t.frontdoor, ['records', 'send'], dir);
  t.check(none.code === 1 && t.statements(dir).length === queued.length, 'with no LRS, send sends nothing');
  const lrs = await t.startLrs();
  try {
    configure(dir, lrs);
    const sent = t.run(t.frontdoor, ['records', 'send'], dir);
    t.check(sent.code === 0 && sent.out.startsWith(`sent ${queued.length},`), `once configured all go (${sent.out.trim()})`);
    t.check(!(sent.out + sent.err).includes('not-to-be-printed'), 'the password is not printed');
    const back = await readAll(lrs, queued);
    t.check(back.length === queued.length, `the LRS holds all ${queued.length}`);
    const ids = new Set(back.map((s) => s.id));
    t.check(queued.every((s) => ids.has(s.id)), 'under the ids they were queued with');
    t.check(back.every((s) => s.actor.account && s.actor.account.homePage === 'https://people.example.com' &&
                              s.actor.account.name === 'E-42'), 'the actor is the employee id on the configured home page');
    t.check(back.every((s) => s.object.id.startsWith('https://learning.example.com/frontdoor/')),
            'the activities are under the configured base');
    t.check(!JSON.stringify(back).includes('frontdoor.invalid'), 'no placeholder address reached the LRS');
    const again = t.run(t.frontdoor, ['records', 'send'], dir);
    t.check(again.code === 0 && /^sent 0, rejected 0, waiting 0/.test(again.out), 'sending again sends nothing');
    t.check((await readAll(lrs, queued)).length === queued.length, 'and the LRS still holds the same statements');
  } finally {
    await t.stopLrs(lrs);
  }
}

t.main([['games played before an LRS was configured', backlogGoesOnceConfigured]]);
