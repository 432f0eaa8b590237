// Prints one summary line the CI log can grep: "widget e2e: N passed, N failed, N skipped".
export default class SummaryReporter {
  constructor() {
    this.counts = { passed: 0, failed: 0, skipped: 0 };
    this.failed = [];
  }
  onTestEnd(test, result) {
    if (result.status === 'passed') this.counts.passed++;
    else if (result.status === 'skipped') this.counts.skipped++;
    else if (result.retry === test.retries) {
      this.counts.failed++;
      this.failed.push(test.titlePath().slice(2).join(' › '));
    }
  }
  onEnd(result) {
    const { passed, failed, skipped } = this.counts;
    console.log(`\nwidget e2e: ${passed} passed, ${failed} failed, ${skipped} skipped (${result.status})`);
    for (const f of this.failed) console.log(`  failed: ${f}`);
  }
  printsToStdio() {
    return true;
  }
}
