// End-to-end tests of `gongkai serve` in real headless Chromium (Debian's /usr/bin/chromium driven
// by playwright-core): a member of the public files and tracks an application, a clerk works it
// through 登记 → 补正 → 答复 and sees the annual report change, and bad input shows Chinese field
// errors. Each test starts its own server on a copy of one demo database (`--demo --port 0`) and a
// fresh browser profile. Screenshots of the key pages go to GONGKAI_SCREENSHOT_DIR.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const gongkai = process.env.GONGKAI_BIN;
const screenshots = process.env.GONGKAI_SCREENSHOT_DIR ?? path.join(tmpdir(), 'gongkai-shots');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync'];
const demoUser = 'clerk';
const demoPassword = 'gongkai-demo';
const agency = 'bj-scjg';

let workDir;
let templateDb;

// Starts `gongkai serve` on `db`; resolves with {url, stop} once it prints its URL.
function startServer(db) {
  return new Promise((resolve, reject) => {
    const child = spawn(gongkai, ['serve', '--db', db, '--demo', '--port', '0'],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`server did not start in time:\n${output}`));
    }, 300_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/gongkai 已启动：(http:\/\/\S+\/)/);
      if (match) {
        clearTimeout(timer);
        const stop = () => new Promise((done) => {
          if (child.exitCode !== null) {
            done();
            return;
          }
          child.once('exit', () => done());
          child.kill('SIGTERM');
        });
        resolve({ url: match[1], stop });
      }
    });
    child.stderr.on('data', () => {});  // request log; drained so the pipe never fills
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

// A server on a fresh copy of the demo database, and a browser with a fresh profile.
async function startSession(name) {
  const db = path.join(workDir, `${name}.db`);
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(templateDb + suffix)) {
      copyFileSync(templateDb + suffix, db + suffix);
    }
  }
  const server = await startServer(db);
  const context = await chromium.launchPersistentContext(
    mkdtempSync(path.join(workDir, `profile-${name}-`)),
    { executablePath: chromiumPath, headless: true, args: chromiumArgs, locale: 'zh-CN',
      viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('dialog', (dialog) => dialog.accept());  // the confirm() before 答复 and 归档
  return {
    page, url: server.url,
    close: async () => { await context.close(); await server.stop(); },
  };
}

async function shot(page, file) {
  await page.screenshot({ path: path.join(screenshots, file), fullPage: true });
}

// Fills and submits the application form; returns the receipt code.
async function fileApplication(page, url, applicantName) {
  await page.goto(`${url}apply`);
  await page.selectOption('select[name=agency_id]', agency);
  await page.selectOption('select[name=applicant_kind]', 'natural_person');
  await page.fill('input[name=applicant_name]', applicantName);
  await page.fill('input[name=id_document]', '110101199001011234');
  await page.fill('input[name=contact]', '13800000000');
  await page.fill('input[name=info_name]', '2025年度“双随机、一公开”抽查计划');
  await page.fill('textarea[name=info_description]', '市场监管局制定的年度抽查计划全文');
  await page.selectOption('select[name=provision_form]', 'electronic');
  await page.selectOption('select[name=provision_route]', 'email');
  await page.click('button[type=submit]');
  await page.waitForSelector('#receipt-code');
  return (await page.textContent('#receipt-code')).trim();
}

// The 自然人 cell of one row of the staff report's section 三 table.
async function requestCell(page, url, year, rowLabel) {
  await page.goto(`${url}staff/reports/${agency}/${year}?scope=agency`);
  const text = await page.locator('#request-table tr', { hasText: rowLabel })
    .locator('td').first().innerText();
  return Number(text.trim() || '0');
}

function todayInChina(offsetDays = 0) {
  const date = new Date(Date.now() + 8 * 3600_000 + offsetDays * 86400_000);
  return date.toISOString().slice(0, 10);
}

before(async () => {
  assert.ok(gongkai, 'GONGKAI_BIN must name the gongkai binary');
  mkdirSync(screenshots, { recursive: true });
  workDir = mkdtempSync(path.join(tmpdir(), 'gongkai-browser-'));
  templateDb = path.join(workDir, 'template.db');
  // Generating the demo data takes a while; do it once and copy the database per test.
  const server = await startServer(templateDb);
  await server.stop();
});

after(() => {
  if (workDir) {
    rmSync(workDir, { recursive: true, force: true });
  }
});

test('a member of the public files an application and tracks it', async () => {
  const { page, url, close } = await startSession('public');
  try {
    await page.goto(url);
    assert.match(await page.textContent('h1'), /政府信息公开申请服务/);
    await shot(page, 'home.png');
    await page.goto(`${url}apply`);
    await shot(page, 'apply-form.png');
    const receipt = await fileApplication(page, url, '王小明');
    assert.match(receipt, /^\d+-[0-9A-F]{10}$/);
    assert.match(await page.textContent('h1'), /申请已提交/);
    await shot(page, 'apply-receipt.png');

    await page.goto(`${url}track`);
    await page.fill('input[name=number]', receipt);
    await page.click('button[type=submit]');
    assert.equal((await page.textContent('#case-state')).trim(), '已接收');
    const body = await page.textContent('main');
    assert.match(body, /收到申请之日/);
    assert.match(body, /法定答复期限/);
    assert.ok(!body.includes('王小明'), 'the tracking page shows no personal data');
    await shot(page, 'track.png');
  } finally {
    await close();
  }
});

test('bad form input shows a Chinese field error', async () => {
  const { page, url, close } = await startSession('errors');
  try {
    await page.goto(`${url}apply`);
    await page.selectOption('select[name=agency_id]', agency);
    await page.fill('input[name=contact]', '13800000000');
    const [response] = await Promise.all([
      page.waitForNavigation(),
      page.click('button[type=submit]'),
    ]);
    assert.equal(response.status(), 400);
    const nameError = page.locator('#e-applicant_name');
    assert.equal((await nameError.textContent()).trim(), '请填写申请人姓名或者名称');
    assert.equal(await page.getAttribute('#f-applicant_name', 'aria-invalid'), 'true');
    assert.match(await page.textContent('#e-info_name'), /请至少填写所需政府信息的名称、文号/);
    // What was typed is kept.
    assert.equal(await page.inputValue('#f-contact'), '13800000000');
    await shot(page, 'apply-errors.png');
  } finally {
    await close();
  }
});

test('a clerk registers, requests 补正, receives it, replies, and the report changes',
  async () => {
    const { page, url, close } = await startSession('clerk');
    try {
      const receipt = await fileApplication(page, url, '李华');
      await page.goto(`${url}login`);
      await page.fill('#f-user', demoUser);
      await page.fill('#f-password', demoPassword);
      await page.click('button[type=submit]');
      await page.waitForURL(/\/staff\/cases$/);
      assert.ok(await page.locator('#case-list tbody tr').count() > 0);
      await page.screenshot({ path: path.join(screenshots, 'staff-cases.png') });

      const year = Number(todayInChina().slice(0, 4));
      const grantedBefore = await requestCell(page, url, year, '（一）予以公开');

      await page.goto(`${url}staff/cases/by-number?number=${receipt}`);
      await page.click('#step-register button[type=submit]');
      assert.equal((await page.textContent('#case-state')).trim(), '已登记');

      await page.fill('#f-request_correction-correction_due', todayInChina(15));
      await page.fill('#f-request_correction-items', '请说明所需抽查计划的年份和发布机关');
      await page.click('#step-request_correction button[type=submit]');
      assert.equal((await page.textContent('#case-state')).trim(), '待补正');

      await page.click('#step-receive_correction button[type=submit]');
      assert.equal((await page.textContent('#case-state')).trim(), '已登记');

      await page.selectOption('#f-reply-outcome', '予以公开');
      await page.fill('#f-reply-provision_form', '电子邮件发送电子文本');
      await page.click('#step-reply button[type=submit]');
      assert.equal((await page.textContent('#case-state')).trim(), '已答复');
      assert.match(await page.textContent('#timeline'), /告知补正/);
      await shot(page, 'case-detail.png');

      // An illegal step shows the lifecycle's explanation instead of changing anything.
      await page.click('#other-steps');
      await page.click('#step-register button[type=submit]');
      assert.match(await page.textContent('#step-register .notice.error'), /\S/);
      assert.equal((await page.textContent('#case-state')).trim(), '已答复');
      await shot(page, 'illegal-step.png');

      const grantedAfter = await requestCell(page, url, year, '（一）予以公开');
      assert.equal(grantedAfter, grantedBefore + 1);
      await shot(page, 'staff-report.png');
      await page.locator('#request-table tr', { hasText: '（一）予以公开' })
        .locator('td a').first().click();
      assert.match(await page.textContent('#explained-cases'), new RegExp(`${agency}-${year}-`));
    } finally {
      await close();
    }
  });
