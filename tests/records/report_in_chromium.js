// The manager's HTML report opens in headless Chromium with nothing fetched from the
// network, shows its charts, and is saved as a screenshot (records_report.png in the
// build folder) for a person to look at. Run by ctest.
'use strict';
const path = require('path');
const fs = require('fs');
const { chromium } = require('playwright-core');
const t = require('./support');

t.main([
  ['the HTML report renders offline in Chromium with its charts', async () => {
    const dir = t.tempDir('report');
    const picks = ['best', 'worst', 'cycle'];
    const names = ['Ana Lima', 'Bo Chen', 'Cy Okafor', 'Dee Ross', 'Eli Novak', 'Fay Ortiz'];
    names.forEach((n, i) => t.play(dir, null, 'scripts/campaign.lua', n, ['--pick', picks[i % 3]]));
    t.play(dir, null, 'scripts/encounters/late_fee.lua', 'Gus Park', ['--pick', 'best']);
    const html = path.join(dir, 'report.html');
    const r = t.run(t.frontdoor, ['report', 'records', '--html', html, '--csv', path.join(dir, 'report.csv')], dir);
    t.check(r.code === 0, 'frontdoor report records writes the files');
    t.check(r.out.includes('Ana Lima'), 'the text report names the players');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
                                            args: process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : [] });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const fetched = [];
      page.on('request', (req) => { if (!req.url().startsWith('file:')) fetched.push(req.url()); });
      await page.goto('file://' + html);
      t.check(fetched.length === 0, `nothing is fetched from the network (${fetched.join(' ')})`);
      t.check(await page.locator('svg[aria-label^="profiles"] circle').count() === names.length + 1, 'the plane has a dot per player with a profile');
      t.check(await page.locator('table').nth(1).locator('tr').count() === names.length + 2, 'the table has a row per player');
      const shot = path.join(process.env.FD_BUILD_DIR || dir, 'records_report.png');
      await page.screenshot({ path: shot, fullPage: true });
      t.check(fs.statSync(shot).size > 10000, `the screenshot is saved: ${shot}`);
    } finally {
      await browser.close();
    }
  }],
]);
