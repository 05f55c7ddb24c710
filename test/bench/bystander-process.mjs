// A bystander for the blocking measure (sync-kiosk-process.ts): a process of its own at the
// kiosk main thread's priority that does nothing but wake every millisecond, measured the same
// way over the same interval. The kiosk's main thread can be late for its own work (code, GC,
// waiting for its sync threads) or because the machine gave the cores to others; the bystander
// has no work, so how late it is comes from the machine alone. Plain JavaScript: it starts fast.
// Messages: 'start' resets and starts the measure, 'stop' replies { p99, max } in ms.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import process from 'node:process';

const delay = monitorEventLoopDelay({ resolution: 1 });
process.on('message', (message) => {
  if (message === 'start') {
    delay.reset();
    delay.enable();
  } else if (message === 'stop') {
    delay.disable();
    process.send({ p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 });
    process.disconnect();
  }
});
process.send('ready');
