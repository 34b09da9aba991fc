import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { silentLogger } from '../common/index.ts';
import type { Logger } from '../common/index.ts';
import { startCmmsSimulator } from './cmms/index.ts';
import type { CmmsSimulatorHandle } from './cmms/index.ts';
import { startErpSimulator } from './erp/index.ts';
import type { ErpSimulatorHandle } from './erp/index.ts';
import { startMesSimulator } from './mes/index.ts';
import type { MesSimulatorHandle } from './mes/index.ts';
import { writeShiftLogDropFolder } from './spreadsheet/index.ts';
import type { DropFolderFiles } from './spreadsheet/index.ts';
import { allMess, buildGroundTruth, generatePlant, groundTruthJson, startLivePlant } from './plant/index.ts';
import type { GroundTruth, LivePlant, MessConfig, Plant, PlantConfig } from './plant/index.ts';

export interface DemoPlantOptions {
  readonly plant?: Partial<PlantConfig>;
  /** Which messes the simulators inject; default all on. */
  readonly mess?: MessConfig;
  /** Live mode: plant seconds per wall second; 0 or absent = history only, the clock stays at the anchor. */
  readonly speed?: number;
  readonly host?: string;
  /** Fixed ports (0 = ephemeral, the default) for erp (TDS), mes (HTTP), cmms (HTTP) and the truth API. */
  readonly ports?: Partial<Record<'erp' | 'mes' | 'cmms' | 'truth', number>>;
  /** CMMS rate limit per API key; the demo default is generous so a GraphiQL session is not throttled. */
  readonly cmmsRateLimit?: { readonly max: number; readonly windowMs: number };
  readonly logger?: Logger;
  /** Where to write the supervisors' shift-log drop folder and its mapping; default a fresh temporary directory, removed on close. */
  readonly spreadsheetDir?: string;
}

export interface DemoPlant {
  readonly plant: Plant;
  /** Ground truth, computed from the clean model before any mess is injected. */
  readonly truth: GroundTruth;
  readonly erp: ErpSimulatorHandle;
  readonly mes: MesSimulatorHandle;
  readonly cmms: CmmsSimulatorHandle;
  /** The supervisors' shift log (xlsx + csv) in a drop folder, and the mapping file for the spreadsheet subgraph. */
  readonly spreadsheet: DropFolderFiles;
  /** GET `${truthUrl}` answers the ground truth JSON (byte-identical for the same seed). */
  readonly truthUrl: string;
  /** The plant clock (epoch ms). */
  clock(): number;
  /**
   * Environment for the subgraphs' loadConfig() pointing at this demo plant (demo-only credentials).
   * An operator's real-system settings are simply not used while the demo runs.
   */
  subgraphEnv(): Record<string, string>;
  close(): Promise<void>;
}

/** Generates the plant from its seed and starts the ERP, MES and CMMS simulators and the truth API on 127.0.0.1. */
export async function startDemoPlant(opts: DemoPlantOptions = {}): Promise<DemoPlant> {
  const logger = opts.logger ?? silentLogger;
  const host = opts.host ?? '127.0.0.1';
  const mess = opts.mess ?? allMess;
  const plant = generatePlant(opts.plant ?? {});
  const truth = buildGroundTruth(plant);
  const truthJson = groundTruthJson(plant);
  let live: LivePlant | null = null;
  if (opts.speed !== undefined && opts.speed > 0) live = startLivePlant(plant, { speed: opts.speed });
  const clock = live === null ? () => plant.config.anchorMs : () => live!.nowMs();

  const started: { close(): Promise<void> }[] = [];
  const sheetDir = opts.spreadsheetDir ?? mkdtempSync(join(tmpdir(), 'plantgraph-shiftlog-'));
  if (opts.spreadsheetDir === undefined) started.push({ close: async () => rmSync(sheetDir, { recursive: true, force: true }) });
  try {
    const spreadsheet = await writeShiftLogDropFolder(plant, sheetDir, { disagreements: mess.sourceDisagreements, exoticTimes: mess.exoticTimes });
    // The ERP database is a snapshot; in live mode it is rebuilt every 5 wall minutes (a full rebuild blocks the
    // event loop for about a second on the default plant, so not more often).
    const erp = await startErpSimulator({ plant, mess, host, port: opts.ports?.erp ?? 0, clock, logger, ...(live === null ? {} : { refreshEveryMs: 300_000 }) });
    started.push(erp);
    const mes = await startMesSimulator({ plant, mess, host, port: opts.ports?.mes ?? 0, clock, logger });
    started.push(mes);
    const cmms = await startCmmsSimulator({
      plant, mess, host, port: opts.ports?.cmms ?? 0, clock, logger,
      rateLimit: opts.cmmsRateLimit ?? { max: 6000, windowMs: 60_000 },
    });
    started.push(cmms);
    const truthServer = await listen(createServer((req, res) => {
      if (req.url === '/truth' || req.url === '/truth.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(truthJson);
      } else {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"error":"not found"}');
      }
    }), opts.ports?.truth ?? 0, host);
    const truthPort = (truthServer.address() as AddressInfo).port;

    return {
      plant, truth, erp, mes, cmms, spreadsheet,
      truthUrl: `http://${host}:${truthPort}/truth`,
      clock,
      subgraphEnv: () => ({
        ERP_DEMO: 'true', ERP_SQL_SERVER: erp.host, ERP_SQL_PORT: String(erp.port), ERP_SQL_DATABASE: erp.database,
        ERP_COMPANY: plant.site.company, ERP_PLANT: plant.site.plant, ERP_SITE_TIME_ZONE: plant.site.timeZone,
        MES_WSDL_URL: mes.wsdlUrl, MES_OPC_WSDL_URL: mes.opcWsdlUrl, MES_USER: 'plantgraph', MES_PASSWORD: 'demo-only-password',
        MES_SITE_CODE: plant.site.id, MES_SITE_TIME_ZONE: plant.site.timeZone, MES_ERP_COMPANY: plant.site.company,
        CMMS_DEMO: 'true', CMMS_BASE_URL: cmms.url, CMMS_API_KEY: 'demo-only-api-key',
        SPREADSHEET_DROP_DIR: spreadsheet.dropDir, SPREADSHEET_MAPPING_FILE: spreadsheet.mappingFile,
      }),
      async close() {
        live?.stop();
        await new Promise<void>((r) => { truthServer.close(() => r()); truthServer.closeAllConnections(); });
        await Promise.all(started.map((s) => s.close()));
      },
    };
  } catch (e) {
    live?.stop();
    await Promise.allSettled(started.map((s) => s.close()));
    throw e;
  }
}

function listen(server: Server, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => { server.off('error', reject); resolve(server); });
  });
}
