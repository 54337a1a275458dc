import { chromium } from '@playwright/test';
const [,, url, out, w='1280', h='800', action=''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
page.on('console', m => { if (m.type() === 'error' || m.type()==='warning') console.log('console:', m.text()); });
page.on('pageerror', e => console.log('pageerror:', e.message));
await page.goto(url);
await page.waitForSelector('.react-flow__node');
await page.waitForTimeout(500);
if (action) { await (new (Object.getPrototypeOf(async function(){}).constructor)("page", action))(page); await page.waitForTimeout(400); }
await page.screenshot({ path: out });
await browser.close();
