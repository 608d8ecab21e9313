/**
 * One `buildAll` in a process of its own, for the province benchmark (bench-scale.ts): argv[2] is
 * the options as JSON (without `log`). Every progress line, each stage as it starts, and then the report go to the parent
 * over IPC. A fresh process per build is what `npm run build` is, so the memory measured is the
 * build's own, not what earlier builds of the benchmark left in its heap.
 */
import { buildAll, type BuildOptions, type BuildReport } from '../build/build-all.ts';
import { toTransferredError, type TransferredError } from '../build/transfer-error.ts';

export type BuildProcessMessage = { log: string } | { stage: string } | { report: BuildReport } | { error: TransferredError };

const send = (message: BuildProcessMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()));
const options = JSON.parse(process.argv[2] ?? '{}') as Omit<BuildOptions, 'log'>;
let result: BuildProcessMessage;
try {
  result = { report: await buildAll({ ...options, log: (line) => void send({ log: line }), onStage: (stage) => void send({ stage }) }) };
} catch (error) {
  result = { error: toTransferredError(error) };
}
await send(result);
process.exit('report' in result ? 0 : 1);
