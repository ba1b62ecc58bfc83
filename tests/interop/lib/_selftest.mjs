import { startSandbox } from './sandbox.mjs';
const t0 = Date.now();
const s = await startSandbox(['--extra']);
console.log('ready', s.api_url, s.ws_port, s.stderr());
console.log('stop', await s.stop(), Date.now() - t0);
process.env.SANDBOX_BIN = '/tmp/fake2.sh';
try { await startSandbox(); } catch (e) { console.log('expected error:', e.message.split('\n')[0], Date.now() - t0); }
