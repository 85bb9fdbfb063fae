// End-to-end tests of `gongkai serve` in real headless Chromium (Debian's /usr/bin/chromium driven
// by playwright-core): a member of the public files and tracks an application, a clerk works it
// through 登记 → 补正 → 答复 and sees the annual report change, and bad input shows Chinese field
// errors. Each test starts its own server on a copy of one demo database (`--demo --port 0`) and a
// fresh browser profile. Screenshots of the key pages go to GONGKAI_SCREENSHOT_DIR.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync,
} from 'node:fs';
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
    page, url: server.url, db,
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

// Logs the demo clerk in; lands on the work queue.
async function logIn(page, url) {
  await page.goto(`${url}login`);
  await page.fill('#f-user', demoUser);
  await page.fill('#f-password', demoPassword);
  await page.click('button[type=submit]');
  await page.waitForURL(/\/staff\/cases$/);
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
      await logIn(page, url);
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

test('a clerk enters the report\'s own parts, sees them in the report and downloads the XLSX',
  async () => {
    const { page, url, close } = await startSession('annual-inputs');
    try {
      await logIn(page, url);
      const year = Number(todayInChina().slice(0, 4));
      await page.goto(`${url}staff/reports/${agency}/${year}?scope=agency`);
      await page.click('#edit-inputs');
      await page.waitForURL(new RegExp(`/staff/reports/${agency}/${year}/inputs$`));
      const figures = {
        rules_issued: '0', rules_abolished: '0', rules_in_force: '0',
        normative_issued: '14', normative_abolished: '13', normative_in_force: '76',
        licensing_decisions: '3492', penalty_decisions: '1402', coercion_decisions: '329',
        fees_wan_yuan: '38.949',
      };
      for (const [name, value] of Object.entries(figures)) {
        await page.fill(`#f-${name}`, value);
      }
      // The labels are the template's, next to their inputs.
      assert.equal((await page.textContent('label[for=f-fees_wan_yuan]')).trim(),
        '本年收费金额（单位：万元）');
      await page.fill('#f-overview', '本年度主动公开政府信息 2,315 条。\n政务公开平台运行平稳。');
      // Issue 9: a section of the full 30,000 characters is saved whole (it was an empty 413
      // while the forms were URL-encoded: 9 bytes a character against httplib's 8 KB limit).
      const longText = '依申请公开答复文书的规范性仍需提高。'.repeat(1667).slice(0, 29_990) + '规范性仍需提高。结束';
      assert.equal([...longText].length, 30_000);
      await page.fill('#f-problems', longText);
      await page.fill('#f-other_matters', '本年度未收取信息处理费。');
      await shot(page, 'annual-inputs.png');
      await page.click('#annual-inputs button[type=submit]');
      await page.waitForURL(/saved=1$/);
      assert.match(await page.textContent('.notice.success'), /已保存/);

      const proactive = await page.textContent('#proactive-table');
      assert.match(proactive, /行政事业性收费[\s\S]*38\.949/);
      const licensing = await page.locator('#proactive-table tr', { hasText: '行政许可' })
        .locator('td.num').innerText();
      assert.equal(licensing.trim(), '3492');
      assert.match(await page.textContent('#text-overview'), /政务公开平台运行平稳/);
      assert.match(await page.textContent('#text-problems'), /规范性仍需提高。结束/);
      assert.match(await page.textContent('#text-other-matters'), /未收取信息处理费/);
      await shot(page, 'staff-report-with-inputs.png');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('#downloads a:has-text("XLSX")'),
      ]);
      assert.equal(download.suggestedFilename().endsWith('.xlsx'), true);
      const bytes = readFileSync(await download.path());
      assert.deepEqual([...bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04], 'a zip archive');
      assert.ok(bytes.includes(Buffer.from('[Content_Types].xml')), 'an OOXML package');
      assert.ok(bytes.includes(Buffer.from('xl/workbook.xml')), 'a workbook');

      // A bad figure is refused with the Chinese message next to the field; nothing is saved.
      await page.goto(`${url}staff/reports/${agency}/${year}/inputs`);
      await page.fill('#f-fees_wan_yuan', '38.94901');
      await page.fill('#f-penalty_decisions', '-2');
      const [response] = await Promise.all([
        page.waitForNavigation(),
        page.click('#annual-inputs button[type=submit]'),
      ]);
      assert.equal(response.status(), 400);
      assert.equal((await page.textContent('#e-fees_wan_yuan')).trim(),
        '收费金额以万元为单位，最多保留四位小数');
      assert.equal((await page.textContent('#e-penalty_decisions')).trim(), '不能为负数');
      assert.equal(await page.getAttribute('#f-fees_wan_yuan', 'aria-invalid'), 'true');
      assert.equal(await page.inputValue('#f-fees_wan_yuan'), '38.94901');
      assert.match(await page.textContent('#error-summary'), /行政处罚 · 本年处理决定数量/);
      await shot(page, 'annual-inputs-errors.png');
      await page.goto(`${url}staff/reports/${agency}/${year}?scope=agency`);
      assert.match(await page.textContent('#proactive-table'), /38\.949(?!0)/);
    } finally {
      await close();
    }
  });

test('the work queue is paged with the total shown', async () => {
  const { page, url, close } = await startSession('queue');
  try {
    await logIn(page, url);
    await page.goto(`${url}staff/cases?state=all`);
    const count = await page.textContent('#case-count');
    const total = Number(count.match(/共 (\d+) 件/)[1]);
    assert.ok(total > 50, `the demo has more than one page of cases (${total})`);
    assert.equal(await page.locator('#case-list tbody tr').count(), 50);
    await page.click('nav.pagination a[rel=next]');
    assert.match(await page.textContent('#case-count'), /第 2 \//);
    assert.equal(await page.textContent('nav.pagination [aria-current=page]'), '2');
  } finally {
    await close();
  }
});

// Issue 7: the holiday schedule of a new year is imported in the console and the running server
// uses it at once; one imported with the CLI into the same database is picked up without a
// restart. Far-future years keep the test independent of the date it runs on.
test('an administrator imports a holiday schedule; the running server picks up a CLI import',
  async () => {
    const { page, url, db, close } = await startSession('calendar');
    try {
      await logIn(page, url);
      await page.goto(`${url}staff/calendar`);
      await shot(page, 'calendar-before.png');
      await page.fill('#calendar-json', JSON.stringify({
        2041: { source: '测试通知（2041）', off: ['2041-01-01'], work: [] } }));
      await Promise.all([page.waitForNavigation(), page.click('form[action="/staff/calendar"] button')]);
      assert.match(await page.textContent('main'), /已导入2041年节假日安排/);
      assert.match(await page.textContent('#calendar-years'), /测试通知（2041）/);
      await shot(page, 'calendar-imported.png');

      // A malformed file: a Chinese error, the text kept, nothing imported.
      await page.fill('#calendar-json', '{"2042": {"source": "s", "off": ["2042-02-30"]');
      const [bad] = await Promise.all([
        page.waitForNavigation(), page.click('form[action="/staff/calendar"] button')]);
      assert.equal(bad.status(), 400);
      assert.match(await page.textContent('main'), /未导入/);
      assert.match(await page.inputValue('#calendar-json'), /2042-02-30/);

      const file = path.join(workDir, 'calendar-2043.json');
      writeFileSync(file, JSON.stringify({
        2043: { source: '命令行导入（2043）', off: ['2043-01-01'], work: [] } }));
      const cli = spawnSync(gongkai, ['calendar', 'import', file, '--db', db], { encoding: 'utf8' });
      assert.equal(cli.status, 0, cli.stderr);
      let seen = false;
      for (let attempt = 0; attempt < 20 && !seen; attempt += 1) {
        await new Promise((done) => setTimeout(done, 500));
        await page.goto(`${url}staff/calendar`);
        seen = /命令行导入（2043）/.test(await page.textContent('#calendar-years'));
      }
      assert.ok(seen, 'the server shows the year imported by the CLI within 10 s');
    } finally {
      await close();
    }
  });
