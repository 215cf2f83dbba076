// Every kind of statement Front Door makes passes Learning Locker's xAPI validation
// (@learninglocker/xapi-validation): campaign and encounter initialized/completed,
// decision answered, for an actor by email and by account. Run by ctest.
'use strict';
const validate = require('@learninglocker/xapi-validation').default;
const t = require('./support');

t.main([
  ['every statement of a campaign and a lone encounter passes xAPI validation', async () => {
    const dir = t.tempDir('xapi');
    const lrs = { endpoint: 'http://127.0.0.1:9/xAPI/' };  // configured, never reached: statements queue
    t.play(dir, lrs, 'scripts/campaign.lua', 'Ana', ['--email', 'ana@example.com', '--pick', 'best']);
    t.play(dir, lrs, 'scripts/encounters/late_fee.lua', 'Bo', ['--employee-id', 'E-042']);
    const all = t.statements(dir);
    const kinds = new Set();
    for (const s of all) {
      const warnings = validate(s);
      if (warnings.length) console.error(JSON.stringify(s, null, 1), warnings.map(String));
      t.check(warnings.length === 0, `${s.verb.id.split('/').pop()} ${s.object.id} is valid xAPI`);
      kinds.add(`${s.object.definition.type.split('/').pop()} ${s.verb.id.split('/').pop()}`);
    }
    for (const k of ['course initialized', 'course completed', 'simulation initialized', 'simulation completed',
                     'cmi.interaction answered'])
      t.check(kinds.has(k), `a ${k} statement is among them`);
    const answered = all.find((s) => s.verb.id.endsWith('/answered'));
    t.check(/\/encounter\/[^/]+\/decision\/[^/]+$/.test(answered.object.id), 'a decision is .../encounter/<id>/decision/<beat>');
    t.check(answered.result.score.scaled >= 0 && answered.result.score.scaled <= 1, 'score.scaled is the fit over 5');
    t.check(all.some((s) => s.actor.mbox === 'mailto:ana@example.com'), 'the email is the actor mbox');
    t.check(all.some((s) => s.actor.account && s.actor.account.name === 'E-042'), 'the employee id is the account name');
    const done = all.find((s) => s.verb.id.endsWith('/completed') && s.object.definition.type.endsWith('/course'));
    t.check(Object.keys(done.result.extensions).some((k) => k.endsWith('/ext/profile')), 'the campaign completion carries the profile');
    t.check(new Set(all.map((s) => s.id)).size === all.length, 'every statement id is different');
  }],
]);
