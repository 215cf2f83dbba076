// Opens the workshop handout in headless Chromium: it must load nothing but
// itself, show its charts, fit an A4 page's width without overflow, and print
// to A4. Saves a full-page screenshot and the PDF for a person to look at.
// usage: node handout_in_chromium.js HANDOUT.html SHOT.png OUT.pdf
const path = require('path');
const { chromium } = require(path.join(process.cwd(), 'node_modules', 'playwright-core'));

async function main() {
  const [html, shot, pdf] = process.argv.slice(2);
  const args = process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : [];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
  const problems = [];
  try {
    // 210 mm at 96 dpi: an A4 page's width.
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    const url = 'file://' + path.resolve(html);
    page.on('request', (r) => { if (r.url() !== url) problems.push('loads ' + r.url()); });
    page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
    await page.goto(url);
    const facts = await page.evaluate(() => {
      const doc = document.documentElement;
      const wide = [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > doc.clientWidth + 1)
        .map((e) => e.tagName + '.' + e.className);
      return {
        svgs: document.querySelectorAll('svg').length,
        decisions: document.querySelectorAll('.decision').length,
        overflow: doc.scrollWidth > doc.clientWidth,
        wide: wide.slice(0, 5),
      };
    });
    if (facts.svgs < 2) problems.push('expected the plane and the vote bars, found ' + facts.svgs + ' charts');
    if (facts.decisions < 1) problems.push('no decision in the handout');
    if (facts.overflow) problems.push('wider than an A4 page: ' + facts.wide.join(', '));
    await page.screenshot({ path: shot, fullPage: true });
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    console.log(`handout: ${facts.decisions} decisions, ${facts.svgs} charts; screenshot ${shot}, PDF ${pdf}`);
  } finally {
    await browser.close();
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
