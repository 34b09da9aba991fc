// `npm run plant -- [flags]`: the demo plant's three simulators and its truth API on 127.0.0.1.
//   --seed 42 --days 90 --machines 40 --parts 200   the plant (same seed → byte-identical plant)
//   --speed 60                                      live mode: plant seconds per wall second (0 = history only)
//   --mess all|none|flag,flag,…                     which messes to inject (see MessConfig), default all
//   --fault erp=down --fault mes=busy …             start with a fault on (erp: latency|down|hang|error;
//                                                   mes: latency|down|busy|http503|garbage|timeout;
//                                                   cmms: latency|down|http503|rate429|garbage|timeout)
//   --upgrade erp=v2 --upgrade mes=v2 --upgrade cmms=2024-06-01   vendor-upgrade modes
//   --erp-port 14330 --mes-port 4102 --cmms-port 4103 --truth-port 4104
//   --truth-file path.json                          also write the ground truth JSON there
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createLogger } from '../common/index.ts';
import { startDemoPlant } from './demo-plant.ts';
import { allMess, groundTruthJson, noMess } from './plant/index.ts';
import type { MessConfig } from './plant/index.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '42' }, days: { type: 'string' }, machines: { type: 'string' }, parts: { type: 'string' },
    speed: { type: 'string', default: '0' }, mess: { type: 'string', default: 'all' },
    fault: { type: 'string', multiple: true, default: [] }, upgrade: { type: 'string', multiple: true, default: [] },
    'erp-port': { type: 'string', default: '14330' }, 'mes-port': { type: 'string', default: '4102' },
    'cmms-port': { type: 'string', default: '4103' }, 'truth-port': { type: 'string', default: '4104' },
    'truth-file': { type: 'string' },
  },
});

function int(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new Error(`--${name} must be a whole number, got "${v}"`);
  return Number(v);
}

function parseMess(spec: string): MessConfig {
  if (spec === 'all') return allMess;
  if (spec === 'none') return noMess;
  const on = new Set(spec.split(',').map((s) => s.trim()));
  for (const k of on) if (!(k in allMess)) throw new Error(`--mess: unknown mess "${k}"; known: ${Object.keys(allMess).join(', ')}`);
  return Object.fromEntries(Object.keys(allMess).map((k) => [k, on.has(k)])) as unknown as MessConfig;
}

function pairs(list: readonly string[], flag: string): [string, string][] {
  return list.map((p) => {
    const [sys, mode] = p.split('=');
    if (sys === undefined || mode === undefined || !['erp', 'mes', 'cmms'].includes(sys)) throw new Error(`--${flag} takes erp=…, mes=… or cmms=…, got "${p}"`);
    return [sys, mode];
  });
}

const logger = createLogger({ level: 'info', name: 'demo-plant' });
const plantConfig = Object.fromEntries(Object.entries({
  seed: int('seed', values.seed), days: int('days', values.days), machines: int('machines', values.machines), parts: int('parts', values.parts),
}).filter(([, v]) => v !== undefined));
const demo = await startDemoPlant({
  plant: plantConfig, mess: parseMess(values.mess), speed: int('speed', values.speed) ?? 0, logger,
  ports: { erp: int('erp-port', values['erp-port']) ?? 0, mes: int('mes-port', values['mes-port']) ?? 0, cmms: int('cmms-port', values['cmms-port']) ?? 0, truth: int('truth-port', values['truth-port']) ?? 0 },
});
for (const [sys, mode] of pairs(values.fault, 'fault')) {
  if (sys === 'erp') demo.erp.setFault({ mode: mode as never });
  if (sys === 'mes') demo.mes.setFault({ mode: mode as never });
  if (sys === 'cmms') demo.cmms.setFault({ mode: mode as never });
}
for (const [sys, mode] of pairs(values.upgrade, 'upgrade')) {
  if (sys === 'erp') demo.erp.setUpgrade(mode as never);
  if (sys === 'mes') demo.mes.setUpgrade(mode as never);
  if (sys === 'cmms') demo.cmms.setUpgrade(mode as never);
}
if (values['truth-file'] !== undefined) writeFileSync(values['truth-file'], groundTruthJson(demo.plant));
const env = demo.subgraphEnv();
process.stdout.write([
  '',
  `Demo plant, seed ${demo.plant.config.seed}: ${demo.plant.machines.length} machines, ${demo.plant.parts.length} parts, ${demo.plant.jobs.length} jobs`,
  `  ERP  (TDS / SQL Server): ${demo.erp.host}:${demo.erp.port} database ${demo.erp.database} (user plantgraph, demo-only password)`,
  `  MES  (SOAP 1.1):         ${demo.mes.wsdlUrl}   OPC XML-DA: ${demo.mes.opcWsdlUrl}`,
  `  CMMS (REST):             ${demo.cmms.url}   OpenAPI: ${demo.cmms.url}/openapi.json`,
  `  Ground truth:            ${demo.truthUrl}`,
  '',
  'Subgraph settings for these endpoints:',
  ...Object.entries(env).map(([k, v]) => `  ${k}=${v}`),
  '',
].join('\n') + '\n');
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => { void demo.close().then(() => process.exit(0)); });
