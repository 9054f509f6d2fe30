import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { postgresRequired } from '@creatorgraph/core/testing';
import { describe, expect, it } from 'vitest';
import { ROOT } from './process-server.js';

/**
 * `npm run bench -- --scale smoke` end to end, so the benchmark cannot rot: tiny catalogs of its own
 * (dropped afterwards), the real server and the baseline as child processes, every step once. Numbers at
 * this size mean nothing; what is checked is that every row was measured, that the API and the baseline
 * gave the same data (the harness exits 1 otherwise) and that nothing was written to RESULTS.md.
 */

function runBench(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', join(ROOT, 'bench/run.ts'), ...args],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe.skipIf(!postgresRequired())('npm run bench -- --scale smoke', () => {
  it('measures every row against the baseline and exits 0', { timeout: 150_000 }, async () => {
    const { code, output } = await runBench(['--scale', 'smoke', '--scratch', '--no-record']);
    expect(code, output.slice(-4_000)).toBe(0);
    const rows = output.split('\n').filter((l) => l.startsWith('| '));
    expect(rows[0]).toBe('| measure | target | result | holds? |');
    const row = (prefix: string) => rows.find((r) => r.startsWith(`| ${prefix}`)) ?? '';
    for (const engine of ['PostgreSQL', 'SQLite']) {
      for (const c of [1, 20]) {
        // A compared row has both throughputs and CPU ratios; a skipped one says "skipped".
        expect(row(`Q1, c=${c}, ${engine}`), output.slice(-4_000)).toMatch(/req\/s\); CPU\/request \d/);
      }
    }
    expect(row('creators by RELIABLE_ENGAGEMENT_RATE, warm')).toMatch(/p50 [\d.,]+ ms/);
    expect(row('planCampaign')).toMatch(/p50 [\d.,]+ ms/);
    expect(row('compareCampaigns')).toMatch(/SQL aggregate p50/);
    expect(row('c=50')).toMatch(/max [\d.,]+ ms, p50/);
    expect(row('server RSS')).toMatch(/peak \d+ MB/);
    expect(output).not.toContain('Recorded in bench/RESULTS.md');
  });
});
