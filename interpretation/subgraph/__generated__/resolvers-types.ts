import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProcessVariableRep, QualityCharacteristicRep, EquipmentRep, ProductionOrderRep, WorkCenterRep, SiteRep, AreaRep } from '../models.ts';
import type { FigureParent, QuantitiesParent, ShiftFigureParent, ShiftProductionParent, DiscrepancyPage, DiscrepancyParent } from '../reconciliation.ts';
import type { FigureCandidate } from '../../core/index.ts';
import type { InterpretationContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, ISO-8601 in UTC with a trailing Z, e.g. 2026-03-08T08:30:00.000Z. */
  DateTime: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AnomalyAssessment = {
  __typename?: 'AnomalyAssessment';
  /** Anomalous rows among the last `recentPoints` rows. */
  anomalousPoints: Array<Scalars['DateTime']['output']>;
  /** Start of the current run of anomalous rows; null when the latest row is normal. */
  anomalousSince?: Maybe<Scalars['DateTime']['output']>;
  detector: AnomalyDetector;
  explanation: Explanation;
  modelStatus: AnomalyModelStatus;
  /** Latest score divided by the threshold: > 1 is anomalous (heuristic scale, both detectors). */
  score?: Maybe<Scalars['Float']['output']>;
  state: AnomalyState;
  /** Process variables in the model, in column order. */
  variables: Array<Scalars['ID']['output']>;
};

export const AnomalyDetector = {
  /** The trained autoencoder. */
  Autoencoder: 'AUTOENCODER',
  /** Per-variable robust z-scores against the baseline, used while the model trains or when it cannot be trained. */
  Statistical: 'STATISTICAL'
} as const;

export type AnomalyDetector = typeof AnomalyDetector[keyof typeof AnomalyDetector];
export const AnomalyModelStatus = {
  Absent: 'ABSENT',
  Failed: 'FAILED',
  Ready: 'READY',
  Training: 'TRAINING'
} as const;

export type AnomalyModelStatus = typeof AnomalyModelStatus[keyof typeof AnomalyModelStatus];
export const AnomalyState = {
  Anomalous: 'ANOMALOUS',
  InsufficientData: 'INSUFFICIENT_DATA',
  Normal: 'NORMAL'
} as const;

export type AnomalyState = typeof AnomalyState[keyof typeof AnomalyState];
export type Area = {
  __typename?: 'Area';
  id: Scalars['ID']['output'];
  workCenters?: Maybe<Array<WorkCenter>>;
};

/** A capability index with its two-sided confidence interval. */
export type CapabilityIndex = {
  __typename?: 'CapabilityIndex';
  lower: Scalars['Float']['output'];
  upper: Scalars['Float']['output'];
  value: Scalars['Float']['output'];
};

/**
 * How old a piece of data is. `stale: false` — read from the source system within its cache TTL. `stale: true` — the
 * source system failed, and this is the last good value (stale-if-error), read at `asOf`; such an answer carries no
 * GraphQL error (the data is there, only old). `asOf: null` — unknown (e.g. an empty list).
 */
export type DataFreshness = {
  __typename?: 'DataFreshness';
  /** When the data was read from the source system. */
  asOf?: Maybe<Scalars['DateTime']['output']>;
  stale: Scalars['Boolean']['output'];
};

/**
 * How complete, fresh and plausible one canonical record is, and what normalisation did to it. Unit convention:
 * quantity fields take an optional `unit:` argument (any unit spelling normalization knows, e.g. psi, degF, in) and
 * convert on read; across kinds the answer is a UNIT_INCOMPATIBLE error, never a number.
 */
export type DataQuality = {
  __typename?: 'DataQuality';
  /** When the data was read from the source system (null when unknown). */
  asOf?: Maybe<Scalars['DateTime']['output']>;
  /** Share of the record's expected source fields that carried a usable value, 0–1. */
  completeness: Scalars['Float']['output'];
  issues: Array<DataQualityIssue>;
  /**
   * What was normalised: UNIT_CONVERTED, LOCAL_TIME_RESOLVED, DST_GAP_SHIFTED, DST_SEQUENCE_RESOLVED, SENTINEL_NULLED,
   * CODE_TABLE, CODE_CLASSIFIED, REVISION_REPLACED, DUPLICATE_DROPPED, COUNTER_RESET, COUNTER_ROLLOVER, STATUS_MAPPED,
   * EPOCH_DECODED (an epoch number, s or ms by magnitude), EXCEL_SERIAL_DECODED (an Excel 1900-system serial).
   */
  normalized: Array<Scalars['String']['output']>;
};

/** One data-quality finding on a canonical record. */
export type DataQualityIssue = {
  __typename?: 'DataQualityIssue';
  /**
   * SENTINEL (a 'no value' marker became null), UNMAPPED_CODE (a code or free text below the classifier's threshold;
   * raw kept), UNKNOWN_UNIT, AMBIGUOUS_TIME, NEGATIVE_QUANTITY, IMPLAUSIBLE_VALUE, ABOVE_CAPACITY (a count more than
   * the equipment could make in its time at 1.25 × the source's planned rate), UNMAPPED_EQUIPMENT.
   */
  code: Scalars['String']['output'];
  /** Why, in words, where the code alone does not say it (ABOVE_CAPACITY: the pieces, hours, rate and the plausible maximum). */
  detail?: Maybe<Scalars['String']['output']>;
  /** The canonical field the finding is about. */
  field: Scalars['String']['output'];
  /** The source value as text, kept verbatim. */
  raw?: Maybe<Scalars['String']['output']>;
};

export type DegradationAssessment = {
  __typename?: 'DegradationAssessment';
  accelerating: Scalars['Boolean']['output'];
  acceleratingSince?: Maybe<Scalars['DateTime']['output']>;
  crossingAt?: Maybe<Scalars['DateTime']['output']>;
  explanation: Explanation;
  levelNow?: Maybe<Scalars['Float']['output']>;
  /** Remaining useful life in days with its band (linear extrapolation); null when not trending toward the threshold. */
  rulDays?: Maybe<Scalars['Float']['output']>;
  rulLowerDays?: Maybe<Scalars['Float']['output']>;
  rulUpperDays?: Maybe<Scalars['Float']['output']>;
  slopeLowerPerDay?: Maybe<Scalars['Float']['output']>;
  /** Theil–Sen slope in value units per day, with Sen's interval. */
  slopePerDay?: Maybe<Scalars['Float']['output']>;
  slopeUpperPerDay?: Maybe<Scalars['Float']['output']>;
  state: DegradationState;
};

export const DegradationDirection = {
  Down: 'DOWN',
  Up: 'UP'
} as const;

export type DegradationDirection = typeof DegradationDirection[keyof typeof DegradationDirection];
export const DegradationState = {
  InsufficientData: 'INSUFFICIENT_DATA',
  NotTrending: 'NOT_TRENDING',
  ThresholdReached: 'THRESHOLD_REACHED',
  TrendingToThreshold: 'TRENDING_TO_THRESHOLD'
} as const;

export type DegradationState = typeof DegradationState[keyof typeof DegradationState];
/** Systems disagree on a figure beyond the policy's tolerance. */
export type Discrepancy = {
  __typename?: 'Discrepancy';
  candidates: Array<ReconciliationCandidate>;
  chosenSource: ReconciliationSource;
  chosenValue: Scalars['Float']['output'];
  disagreeing: Array<ReconciliationSource>;
  /** goodQuantity, scrapQuantity, producedQuantity (an order's totals, or an equipment's per shift), completion (orders), downtimeMinutes (per shift). */
  field: Scalars['String']['output'];
  /** Stable id: `<SubjectType>/<subjectId>/<field>[@<shiftStart>]`. */
  id: Scalars['ID']['output'];
  /** maxDeviation × the field's impactPerUnit: what the lists are ranked by. */
  impact: Scalars['Float']['output'];
  maxDeviation: Scalars['Float']['output'];
  /** The shift for per-shift figures; null for order figures. */
  shiftStart?: Maybe<Scalars['DateTime']['output']>;
  subjectId: Scalars['ID']['output'];
  subjectType: Scalars['String']['output'];
  tolerance: Scalars['Float']['output'];
  unit: Scalars['String']['output'];
};

/** A page of a ranked discrepancy list. */
export type DiscrepancyConnection = {
  __typename?: 'DiscrepancyConnection';
  edges: Array<DiscrepancyEdge>;
  pageInfo: PageInfo;
  /** Discrepancies on every page. */
  totalCount: Scalars['Int']['output'];
};

export type DiscrepancyEdge = {
  __typename?: 'DiscrepancyEdge';
  cursor: Scalars['String']['output'];
  node: Discrepancy;
};

export type DriftAssessment = {
  __typename?: 'DriftAssessment';
  direction: TrendDirection;
  explanation: Explanation;
  /** First time a detector alarmed after the baseline, even if it recovered. */
  firstAlarmAt?: Maybe<Scalars['DateTime']['output']>;
  /** Mean shift since the onset in baseline sigmas; null when the baseline is constant and the level moved. */
  magnitudeSigma?: Maybe<Scalars['Float']['output']>;
  /** Maintenance resets seen in the inputs, oldest first; the baseline starts after the latest one. */
  resets: Array<MaintenanceReset>;
  /** 0..1 heuristic severity (0.5 = just at the control limit); not a probability. */
  score: Scalars['Float']['output'];
  /** Estimated onset of the current drift; null unless DRIFTING. */
  since?: Maybe<Scalars['DateTime']['output']>;
  state: DriftState;
};

export const DriftState = {
  Drifting: 'DRIFTING',
  InsufficientData: 'INSUFFICIENT_DATA',
  InControl: 'IN_CONTROL'
} as const;

export type DriftState = typeof DriftState[keyof typeof DriftState];
export type Equipment = {
  __typename?: 'Equipment';
  /**
   * Multivariate anomaly of the equipment's process variables aligned on time: a TF.js autoencoder trained on a
   * day-aligned 7-day baseline and cached by a hash of it. Training never blocks a read: until the model is ready
   * the answer comes from per-variable statistical detectors and `detector` says so.
   */
  anomaly?: Maybe<AnomalyAssessment>;
  /** Dated derived events of the last 14 days, oldest first. */
  events: Array<InterpretationEvent>;
  id: Scalars['ID']['output'];
  processVariables?: Maybe<Array<ProcessVariable>>;
  qualityCharacteristics?: Maybe<Array<QualityCharacteristic>>;
  recentLabor?: Maybe<RecentLabor>;
  recentMaintenance?: Maybe<Array<MaintenanceWorkOrder>>;
  recentNotes?: Maybe<Array<OperatorNote>>;
  recentProduction?: Maybe<RecentProduction>;
  recentStates?: Maybe<Array<EquipmentStateInterval>>;
  /** Downtime minutes (DOWN_UNPLANNED + DOWN_PLANNED) per shift of the policy's calendar, over the windows MES or the spreadsheet cover, oldest first. */
  reconciledDowntime: Array<ShiftDowntimeFigure>;
  /**
   * Good, scrap and produced pieces per shift of the policy's calendar (every order and operation on this equipment),
   * from MES production records and ERP labour (each by the shift it started / clocked in in) and the shift log's
   * lines, resolved by the policy (default: the ERP once the shift's labour is posted, the MES while the shift runs,
   * the spreadsheet only when the others are missing). Oldest first, over the shifts the sources' windows cover;
   * `range` keeps the shifts that overlap it.
   */
  reconciledProduction: Array<ShiftProductionFigure>;
  spreadsheetDowntime?: Maybe<SpreadsheetDowntime>;
  spreadsheetProduction?: Maybe<SpreadsheetProduction>;
  /**
   * What happened to this equipment, from every system, as one ordered stream: MES state changes, production records
   * and out-of-spec quality measurements, CMMS work orders, operator notes and the derived events above; each item
   * names its source.
   * Ordered by time (ties: source, kind, reference), oldest first unless `newestFirst`; `range` filters on the item's
   * time, `kinds`/`sources` narrow it, `first` (1–1000) and `after` page it. It covers the inputs' windows (14 days
   * of MES data, 90 of CMMS work orders, 30 of notes); older history is on the owners' own fields.
   */
  timeline: TimelineConnection;
  /** Ranked early warnings (heuristic noisy-OR of drift, stability, degradation and anomaly signals), most urgent first. */
  warnings: Array<Warning>;
};


export type EquipmentAnomalyArgs = {
  recentPoints?: InputMaybe<Scalars['Int']['input']>;
};


export type EquipmentReconciledProductionArgs = {
  range?: InputMaybe<TimeRange>;
};


export type EquipmentTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<TimelineItemKind>>;
  newestFirst?: InputMaybe<Scalars['Boolean']['input']>;
  range?: InputMaybe<TimeRange>;
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
};

export const EquipmentState = {
  DownPlanned: 'DOWN_PLANNED',
  DownUnplanned: 'DOWN_UNPLANNED',
  IdleBlocked: 'IDLE_BLOCKED',
  IdleStarved: 'IDLE_STARVED',
  Offline: 'OFFLINE',
  Running: 'RUNNING',
  Setup: 'SETUP',
  Unknown: 'UNKNOWN'
} as const;

export type EquipmentState = typeof EquipmentState[keyof typeof EquipmentState];
export type EquipmentStateInterval = {
  __typename?: 'EquipmentStateInterval';
  endTime: Scalars['DateTime']['output'];
  reasonCode?: Maybe<Scalars['String']['output']>;
  startTime: Scalars['DateTime']['output'];
  state?: Maybe<EquipmentState>;
};

/** How a figure was obtained, so it can be reproduced: same inputs + parameters + algorithmVersion → same inputsHash and numbers. */
export type Explanation = {
  __typename?: 'Explanation';
  algorithmVersion: Scalars['String']['output'];
  baseline?: Maybe<ExplanationBaseline>;
  /** Which subgraph fields fed the figure. */
  inputs: Array<InputProvenance>;
  /** sha256 (hex, 16 chars) of the finite inputs + parameters + algorithm version. */
  inputsHash: Scalars['String']['output'];
  method: Scalars['String']['output'];
  notes: Array<Scalars['String']['output']>;
  parameters: Array<ExplanationParameter>;
  window: ExplanationWindow;
};

export type ExplanationBaseline = {
  __typename?: 'ExplanationBaseline';
  from?: Maybe<Scalars['DateTime']['output']>;
  mean?: Maybe<Scalars['Float']['output']>;
  n: Scalars['Int']['output'];
  sigma?: Maybe<Scalars['Float']['output']>;
  to?: Maybe<Scalars['DateTime']['output']>;
};

export type ExplanationParameter = {
  __typename?: 'ExplanationParameter';
  name: Scalars['String']['output'];
  /** The value as JSON text (numbers, strings, booleans, null, arrays). */
  value: Scalars['String']['output'];
};

export type ExplanationWindow = {
  __typename?: 'ExplanationWindow';
  from?: Maybe<Scalars['DateTime']['output']>;
  n: Scalars['Int']['output'];
  to?: Maybe<Scalars['DateTime']['output']>;
};

export type FailureReport = {
  __typename?: 'FailureReport';
  classCode: Scalars['String']['output'];
  problemCode?: Maybe<Scalars['String']['output']>;
  remedyCode?: Maybe<Scalars['String']['output']>;
};

export type InputProvenance = {
  __typename?: 'InputProvenance';
  /** How many items the field carried. */
  count: Scalars['Int']['output'];
  /** Type.field, e.g. ProcessVariable.recentSamples. */
  field: Scalars['String']['output'];
  /** Owning subgraph, e.g. mes. */
  subgraph: Scalars['String']['output'];
};

export type InterpretationEvent = {
  __typename?: 'InterpretationEvent';
  at: Scalars['DateTime']['output'];
  detail: Scalars['String']['output'];
  kind: InterpretationEventKind;
  /** The process variable or quality characteristic id. */
  subject: Scalars['ID']['output'];
};

export const InterpretationEventKind = {
  DegradationAccelerating: 'DEGRADATION_ACCELERATING',
  DriftBegan: 'DRIFT_BEGAN',
  QualityExcursionAfterMaintenance: 'QUALITY_EXCURSION_AFTER_MAINTENANCE',
  StabilityLost: 'STABILITY_LOST'
} as const;

export type InterpretationEventKind = typeof InterpretationEventKind[keyof typeof InterpretationEventKind];
export type LaborRecord = {
  __typename?: 'LaborRecord';
  clockIn?: Maybe<Scalars['DateTime']['output']>;
  clockOut?: Maybe<Scalars['DateTime']['output']>;
  dataQuality: DataQuality;
  quantity?: Maybe<Quantity>;
  scrapQuantity?: Maybe<Quantity>;
};


export type LaborRecordQuantityArgs = {
  unit?: InputMaybe<Scalars['String']['input']>;
};


export type LaborRecordScrapQuantityArgs = {
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** ISO 22400-2 loss categories a downtime reason is booked to (normalization/codes). */
export const LossCategory = {
  /** ADET: starved of material, operator or transport; blocked; waiting QC */
  Delay: 'DELAY',
  /** PDOT / outside planned operating time: no shift, no orders */
  PlannedDown: 'PLANNED_DOWN',
  /** PDOT, maintenance share: PM, calibration */
  PlannedMaintenance: 'PLANNED_MAINTENANCE',
  /** AUST: changeovers and tool changes */
  Setup: 'SETUP',
  /** no time element: lowers effectiveness inside APT */
  SpeedLoss: 'SPEED_LOSS',
  /** not booked: the raw text is kept and counted until someone maps it */
  Unmapped: 'UNMAPPED',
  /** ADOT: breakdowns, jams, faults */
  UnplannedDown: 'UNPLANNED_DOWN'
} as const;

export type LossCategory = typeof LossCategory[keyof typeof LossCategory];
/** A maintenance event that restarts baselines. */
export type MaintenanceReset = {
  __typename?: 'MaintenanceReset';
  at: Scalars['DateTime']['output'];
  /** e.g. 'MES SETUP TOOL_CHANGE' or 'CMMS CALIBRATION work order'. */
  kind: Scalars['String']['output'];
};

export type MaintenanceWorkOrder = {
  __typename?: 'MaintenanceWorkOrder';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  failure?: Maybe<FailureReport>;
  id: Scalars['ID']['output'];
  reportedAt: Scalars['DateTime']['output'];
  status: MaintenanceWorkOrderStatus;
  title?: Maybe<Scalars['String']['output']>;
  type?: Maybe<MaintenanceWorkOrderType>;
};

export const MaintenanceWorkOrderStatus = {
  Cancelled: 'CANCELLED',
  Completed: 'COMPLETED',
  InProgress: 'IN_PROGRESS',
  OnHold: 'ON_HOLD',
  Open: 'OPEN'
} as const;

export type MaintenanceWorkOrderStatus = typeof MaintenanceWorkOrderStatus[keyof typeof MaintenanceWorkOrderStatus];
export const MaintenanceWorkOrderType = {
  Calibration: 'CALIBRATION',
  Corrective: 'CORRECTIVE',
  Inspection: 'INSPECTION',
  Preventive: 'PREVENTIVE'
} as const;

export type MaintenanceWorkOrderType = typeof MaintenanceWorkOrderType[keyof typeof MaintenanceWorkOrderType];
export type NelsonRuleViolation = {
  __typename?: 'NelsonRuleViolation';
  description: Scalars['String']['output'];
  rule: Scalars['Int']['output'];
  /** Times of the points at which the rule fired. */
  times: Array<Scalars['DateTime']['output']>;
};

export const NoteCategory = {
  Downtime: 'DOWNTIME',
  General: 'GENERAL',
  MaintenanceRequest: 'MAINTENANCE_REQUEST',
  MaterialLotChange: 'MATERIAL_LOT_CHANGE',
  QualityConcern: 'QUALITY_CONCERN',
  SensorSuspect: 'SENSOR_SUSPECT',
  Setup: 'SETUP',
  ToolChange: 'TOOL_CHANGE',
  Unclassified: 'UNCLASSIFIED'
} as const;

export type NoteCategory = typeof NoteCategory[keyof typeof NoteCategory];
export type NoteMention = {
  __typename?: 'NoteMention';
  kind: NoteMentionKind;
  value?: Maybe<Scalars['String']['output']>;
};

export const NoteMentionKind = {
  Equipment: 'EQUIPMENT',
  PartNumber: 'PART_NUMBER',
  ProductionOrder: 'PRODUCTION_ORDER',
  Tooling: 'TOOLING',
  VariableTag: 'VARIABLE_TAG'
} as const;

export type NoteMentionKind = typeof NoteMentionKind[keyof typeof NoteMentionKind];
export type OperatorNote = {
  __typename?: 'OperatorNote';
  category: NoteCategory;
  confidence: Scalars['Float']['output'];
  endTime?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  mentions: Array<NoteMention>;
  text: Scalars['String']['output'];
  time: Scalars['DateTime']['output'];
};

/** Relay cursor pagination facts for one page of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * A source time resolved in the site's IANA zone (normalization/time). Sources store naive plant-local wall times;
 * `utc` is the instant, `local` the plant-local wall time with the zone's offset at that instant.
 */
export type PlantTime = {
  __typename?: 'PlantTime';
  /** The wall time happened twice (DST fall-back) and nothing decided which: `utc` is the earlier instant. */
  ambiguous: Scalars['Boolean']['output'];
  /** ISO-8601 plant-local time with offset, e.g. 2026-11-01T01:30:00.000-05:00. */
  local: Scalars['String']['output'];
  /** The wall time never happened (DST spring-forward gap) and was moved forward by the gap. */
  shiftedFromGap: Scalars['Boolean']['output'];
  utc: Scalars['DateTime']['output'];
};

export type ProcessSample = {
  __typename?: 'ProcessSample';
  time: Scalars['DateTime']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

export type ProcessVariable = {
  __typename?: 'ProcessVariable';
  /**
   * Robust (Theil–Sen) trend of the variable as a health indicator and the remaining time until it reaches
   * `threshold` (same unit as the variable), over the samples since the latest maintenance reset.
   */
  degradation?: Maybe<DegradationAssessment>;
  /**
   * Is the variable moving away from its baseline (EWMA + CUSUM, onset by binary segmentation)? The baseline is the
   * first `baselinePoints` samples after the latest maintenance reset in the last 14 days. `sensitivity` (0.25–4)
   * divides the control-limit widths: 2 alarms on half the deviation, 0.5 on twice it.
   */
  drift?: Maybe<DriftAssessment>;
  equipment: Equipment;
  id: Scalars['ID']['output'];
  lowerSpecLimit?: Maybe<Scalars['Float']['output']>;
  recentSamples?: Maybe<Array<ProcessSample>>;
  /**
   * Capability (Cp/Cpk/Pp/Ppk against lowerSpecLimit/upperSpecLimit, with confidence intervals) and the Nelson rules
   * over the last `windowPoints` samples after the latest maintenance reset (the whole window when fewer than 20
   * remain after it). Without both spec limits the indices are null and only the rules judge.
   */
  stability?: Maybe<StabilityAssessment>;
  unit?: Maybe<Scalars['String']['output']>;
  upperSpecLimit?: Maybe<Scalars['Float']['output']>;
};


export type ProcessVariableDegradationArgs = {
  confidence?: InputMaybe<Scalars['Float']['input']>;
  direction?: InputMaybe<DegradationDirection>;
  threshold: Scalars['Float']['input'];
};


export type ProcessVariableDriftArgs = {
  baselinePoints?: InputMaybe<Scalars['Int']['input']>;
  sensitivity?: InputMaybe<Scalars['Float']['input']>;
};


export type ProcessVariableStabilityArgs = {
  confidence?: InputMaybe<Scalars['Float']['input']>;
  windowPoints?: InputMaybe<Scalars['Int']['input']>;
};

export type ProductionOrder = {
  __typename?: 'ProductionOrder';
  freshness: DataFreshness;
  id: Scalars['ID']['output'];
  operations?: Maybe<Array<ProductionOrderOperation>>;
  plannedQuantity?: Maybe<Quantity>;
  recentProduction?: Maybe<RecentProduction>;
  /**
   * Whether the order's production is complete, as 1 (complete) or 0: the ERP's status (COMPLETE or CLOSED; HELD
   * says nothing), and the MES's and the shift log's final-operation good against the ERP's planned quantity. Default
   * policy: the ERP once it says complete, else the MES.
   */
  reconciledCompletion: ReconciledFigure;
  /**
   * Good (final operation), scrap (all operations) and produced (good + scrap) quantities from ERP, MES and the
   * shift log, resolved by the policy (default: ERP once posted, MES while the order is open, the spreadsheet only
   * when both are missing).
   */
  reconciledQuantities: ReconciledProductionQuantities;
  spreadsheetProduction?: Maybe<SpreadsheetProduction>;
  status?: Maybe<ProductionOrderStatus>;
};


export type ProductionOrderPlannedQuantityArgs = {
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type ProductionOrderOperation = {
  __typename?: 'ProductionOrderOperation';
  actualStart?: Maybe<Scalars['DateTime']['output']>;
  completedQuantity?: Maybe<Quantity>;
  scrapQuantity?: Maybe<Quantity>;
  sequence: Scalars['Int']['output'];
};


export type ProductionOrderOperationCompletedQuantityArgs = {
  unit?: InputMaybe<Scalars['String']['input']>;
};


export type ProductionOrderOperationScrapQuantityArgs = {
  unit?: InputMaybe<Scalars['String']['input']>;
};

export const ProductionOrderStatus = {
  Closed: 'CLOSED',
  Complete: 'COMPLETE',
  Held: 'HELD',
  InProgress: 'IN_PROGRESS',
  Released: 'RELEASED',
  Unreleased: 'UNRELEASED'
} as const;

export type ProductionOrderStatus = typeof ProductionOrderStatus[keyof typeof ProductionOrderStatus];
export type ProductionRecord = {
  __typename?: 'ProductionRecord';
  endTime: Scalars['DateTime']['output'];
  goodQuantity?: Maybe<Quantity>;
  operationSequence?: Maybe<Scalars['Int']['output']>;
  productionOrder?: Maybe<ProductionOrder>;
  recordId: Scalars['ID']['output'];
  recordedTime: Scalars['DateTime']['output'];
  scrapQuantity?: Maybe<Quantity>;
  startTime: Scalars['DateTime']['output'];
};


export type ProductionRecordGoodQuantityArgs = {
  unit?: InputMaybe<Scalars['String']['input']>;
};


export type ProductionRecordScrapQuantityArgs = {
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type QualityCharacteristic = {
  __typename?: 'QualityCharacteristic';
  equipment: Equipment;
  id: Scalars['ID']['output'];
  lsl?: Maybe<Scalars['Float']['output']>;
  recentMeasurements?: Maybe<Array<QualityMeasurement>>;
  /** Capability against lsl/usl and the Nelson rules over the last `windowPoints` measurements after the latest maintenance reset. */
  stability?: Maybe<StabilityAssessment>;
  unit?: Maybe<Scalars['String']['output']>;
  usl?: Maybe<Scalars['Float']['output']>;
};


export type QualityCharacteristicStabilityArgs = {
  confidence?: InputMaybe<Scalars['Float']['input']>;
  windowPoints?: InputMaybe<Scalars['Int']['input']>;
};

export type QualityMeasurement = {
  __typename?: 'QualityMeasurement';
  time: Scalars['DateTime']['output'];
  value?: Maybe<Quantity>;
};

/** A measured or counted amount with its unit. `value`/`unit` are canonical; `sourceValue`/`sourceUnit` are what the source system said. */
export type Quantity = {
  __typename?: 'Quantity';
  sourceUnit?: Maybe<Scalars['String']['output']>;
  sourceValue?: Maybe<Scalars['Float']['output']>;
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type RecentLabor = {
  __typename?: 'RecentLabor';
  from: Scalars['DateTime']['output'];
  records: Array<LaborRecord>;
  to: Scalars['DateTime']['output'];
};

export type RecentProduction = {
  __typename?: 'RecentProduction';
  from: Scalars['DateTime']['output'];
  records: Array<ProductionRecord>;
  to: Scalars['DateTime']['output'];
};

/** A figure resolved from several systems under the policy. */
export type ReconciledFigure = {
  __typename?: 'ReconciledFigure';
  /** When the chosen system's figure was current. */
  asOf?: Maybe<Scalars['DateTime']['output']>;
  candidates: Array<ReconciliationCandidate>;
  chosenSource?: Maybe<ReconciliationSource>;
  /** 0..1 heuristic: rule confidence × share of candidates agreeing (× the single-source factor when alone). */
  confidence: Scalars['Float']['output'];
  /** Set when a candidate is outside the field's tolerance of the chosen value. */
  discrepancy?: Maybe<Discrepancy>;
  /** The name of the policy rule that chose. */
  rule?: Maybe<Scalars['String']['output']>;
  unit: Scalars['String']['output'];
  /** The chosen value; null when no rule found a usable candidate. */
  value?: Maybe<Scalars['Float']['output']>;
};

export type ReconciledProductionQuantities = {
  __typename?: 'ReconciledProductionQuantities';
  goodQuantity: ReconciledFigure;
  producedQuantity: ReconciledFigure;
  scrapQuantity: ReconciledFigure;
};

/** One system's report of a figure. */
export type ReconciliationCandidate = {
  __typename?: 'ReconciliationCandidate';
  asOf?: Maybe<Scalars['DateTime']['output']>;
  /** The figure in the field's unit; null when the system does not cover it (outside its window, or its input failed). */
  normalized?: Maybe<Scalars['Float']['output']>;
  /** What the system said and where (records, lines with file/sheet/row), or why it is not usable. */
  raw: Scalars['String']['output'];
  /**
   * Why the source's own data-quality checks doubt this figure (e.g. ABOVE_CAPACITY on a labour count); null when they
   * do not. A suspect candidate is chosen only when no policy rule finds another; it still counts as disagreeing.
   */
  suspect?: Maybe<Scalars['String']['output']>;
  system: ReconciliationSource;
};

export const ReconciliationSource = {
  Erp: 'ERP',
  Mes: 'MES',
  Spreadsheet: 'SPREADSHEET'
} as const;

export type ReconciliationSource = typeof ReconciliationSource[keyof typeof ReconciliationSource];
/** Canonical scrap/reject reasons (normalization/codes table). UNMAPPED: the table does not know the text; the raw text is served beside it and counted. */
export const ScrapReason = {
  DimOversize: 'DIM_OVERSIZE',
  DimUndersize: 'DIM_UNDERSIZE',
  Material: 'MATERIAL',
  Setup: 'SETUP',
  Surface: 'SURFACE',
  Unmapped: 'UNMAPPED'
} as const;

export type ScrapReason = typeof ScrapReason[keyof typeof ScrapReason];
export type ShiftDowntimeFigure = {
  __typename?: 'ShiftDowntimeFigure';
  downtimeMinutes: ReconciledFigure;
  /** Shift name from the policy's calendar, e.g. '1'. */
  shift: Scalars['String']['output'];
  /** Shift end, or the end of the covering data for the running shift. */
  shiftEnd: Scalars['DateTime']['output'];
  shiftStart: Scalars['DateTime']['output'];
};

export type ShiftProductionFigure = {
  __typename?: 'ShiftProductionFigure';
  /** True when the shift has ended by the newest source clock (MES or ERP): the policy's `shiftClosed` condition. */
  closed: Scalars['Boolean']['output'];
  goodQuantity: ReconciledFigure;
  /** good + scrap */
  producedQuantity: ReconciledFigure;
  scrapQuantity: ReconciledFigure;
  /** Shift name from the policy's calendar, e.g. '1'. */
  shift: Scalars['String']['output'];
  /** Shift end, or the newest source clock for the running shift. */
  shiftEnd: Scalars['DateTime']['output'];
  shiftStart: Scalars['DateTime']['output'];
};

export type Site = {
  __typename?: 'Site';
  areas?: Maybe<Array<Area>>;
  /**
   * Every discrepancy of the site's work centers (recent orders' quantities and completion, equipment downtime and
   * production per shift), largest impact first, each order once. Impact = deviation × the field's impactPerUnit from
   * the policy. `first` is 1–500; page on with `after` (the previous page's `pageInfo.endCursor`).
   */
  discrepancies: DiscrepancyConnection;
  id: Scalars['ID']['output'];
};


export type SiteDiscrepanciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SpreadsheetCoverage = {
  __typename?: 'SpreadsheetCoverage';
  from: Scalars['DateTime']['output'];
  to: Scalars['DateTime']['output'];
};

export type SpreadsheetDowntime = {
  __typename?: 'SpreadsheetDowntime';
  coverage: SpreadsheetCoverage;
  lines: Array<SpreadsheetDowntimeLine>;
};

export type SpreadsheetDowntimeLine = {
  __typename?: 'SpreadsheetDowntimeLine';
  minutes: Scalars['Float']['output'];
  provenance: SpreadsheetProvenance;
  shiftStart: Scalars['DateTime']['output'];
};

export type SpreadsheetProduction = {
  __typename?: 'SpreadsheetProduction';
  coverage: SpreadsheetCoverage;
  lines: Array<SpreadsheetProductionLine>;
};

export type SpreadsheetProductionLine = {
  __typename?: 'SpreadsheetProductionLine';
  goodQuantity: Quantity;
  operationSequence: Scalars['Int']['output'];
  provenance: SpreadsheetProvenance;
  scrapQuantity: Quantity;
  shiftStart: Scalars['DateTime']['output'];
};

export type SpreadsheetProvenance = {
  __typename?: 'SpreadsheetProvenance';
  file: Scalars['String']['output'];
  modifiedAt: Scalars['DateTime']['output'];
  row: Scalars['Int']['output'];
  sheet: Scalars['String']['output'];
};

export type StabilityAssessment = {
  __typename?: 'StabilityAssessment';
  cp?: Maybe<CapabilityIndex>;
  cpk?: Maybe<CapabilityIndex>;
  cpm?: Maybe<Scalars['Float']['output']>;
  explanation: Explanation;
  /** The spec limits used; null when the owner has none. */
  lowerSpecLimit?: Maybe<Scalars['Float']['output']>;
  mean?: Maybe<Scalars['Float']['output']>;
  pp?: Maybe<CapabilityIndex>;
  ppk?: Maybe<CapabilityIndex>;
  sigmaOverall?: Maybe<Scalars['Float']['output']>;
  sigmaWithin?: Maybe<Scalars['Float']['output']>;
  /** Earliest recent violation that decided an UNSTABLE/DRIFTING state. */
  since?: Maybe<Scalars['DateTime']['output']>;
  state: StabilityState;
  upperSpecLimit?: Maybe<Scalars['Float']['output']>;
  violations: Array<NelsonRuleViolation>;
};

export const StabilityState = {
  Drifting: 'DRIFTING',
  InsufficientData: 'INSUFFICIENT_DATA',
  Stable: 'STABLE',
  Unstable: 'UNSTABLE'
} as const;

export type StabilityState = typeof StabilityState[keyof typeof StabilityState];
/** A half-open time range [from, to) used by filters. */
export type TimeRange = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  edges: Array<TimelineEdge>;
  pageInfo: PageInfo;
  /** Items matching the filters, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  cursor: Scalars['String']['output'];
  node: TimelineItem;
};

/** One thing that happened, as its source recorded it. */
export type TimelineItem = {
  __typename?: 'TimelineItem';
  at: Scalars['DateTime']['output'];
  detail?: Maybe<Scalars['String']['output']>;
  /** End of an interval (a state, a work order until completion, a note about a period); null for an instant or one still open. */
  endAt?: Maybe<Scalars['DateTime']['output']>;
  equipmentId: Scalars['ID']['output'];
  kind: TimelineItemKind;
  /** The system it comes from: MES, CMMS, OPERATOR_NOTES or INTERPRETATION. */
  source: Scalars['String']['output'];
  /** The record's reference in that system (work order id, note id, `<variable>@<time>`). */
  sourceRef: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export const TimelineItemKind = {
  Interpretation: 'INTERPRETATION',
  Maintenance: 'MAINTENANCE',
  Note: 'NOTE',
  Production: 'PRODUCTION',
  Quality: 'QUALITY',
  StateChange: 'STATE_CHANGE'
} as const;

export type TimelineItemKind = typeof TimelineItemKind[keyof typeof TimelineItemKind];
export const TrendDirection = {
  Down: 'DOWN',
  None: 'NONE',
  Up: 'UP'
} as const;

export type TrendDirection = typeof TrendDirection[keyof typeof TrendDirection];
export type Warning = {
  __typename?: 'Warning';
  /** Noisy-OR of the signals' scores, 0..1 (heuristic, not a calibrated risk). */
  score: Scalars['Float']['output'];
  severity: WarningSeverity;
  /** Contributing signals, strongest first. */
  signals: Array<WarningSignal>;
  /** The process variable, quality characteristic or equipment id the warning is about. */
  subject: Scalars['ID']['output'];
};

export const WarningSeverity = {
  Critical: 'CRITICAL',
  Info: 'INFO',
  Warning: 'WARNING'
} as const;

export type WarningSeverity = typeof WarningSeverity[keyof typeof WarningSeverity];
export type WarningSignal = {
  __typename?: 'WarningSignal';
  at?: Maybe<Scalars['DateTime']['output']>;
  detail: Scalars['String']['output'];
  /** DRIFT, STABILITY, DEGRADATION or ANOMALY. */
  kind: Scalars['String']['output'];
  /** 0..1 strength of the evidence (heuristic). */
  score: Scalars['Float']['output'];
};

export type WorkCenter = {
  __typename?: 'WorkCenter';
  /**
   * Discrepancies of this work center's recent orders (open, and closed with an operation started in the ERP's last
   * 14 days: quantities and completion) and of its equipment per shift (downtime, good/scrap/produced), largest
   * impact first. `first` is 1–500; page on with `after` (the previous page's `pageInfo.endCursor`).
   */
  discrepancies: DiscrepancyConnection;
  equipment?: Maybe<Array<Equipment>>;
  id: Scalars['ID']['output'];
  recentProductionOrders?: Maybe<Array<ProductionOrder>>;
  /** The timelines of the work center's equipment merged into one stream (same arguments and windows as Equipment.timeline). */
  timeline: TimelineConnection;
};


export type WorkCenterDiscrepanciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type WorkCenterTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<TimelineItemKind>>;
  newestFirst?: InputMaybe<Scalars['Boolean']['input']>;
  range?: InputMaybe<TimeRange>;
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Area: Area;
  Equipment: Equipment;
  ProcessVariable: ProcessVariable;
  ProductionOrder: ProductionOrder;
  QualityCharacteristic: QualityCharacteristic;
  Site: Site;
  WorkCenter: WorkCenter;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Area:
    ( { __typename: 'Area' }
    & GraphQLRecursivePick<FederationTypes['Area'], {"id":true}> );
  Equipment:
    ( { __typename: 'Equipment' }
    & GraphQLRecursivePick<FederationTypes['Equipment'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"processVariables":{"id":true,"recentSamples":{"time":true,"value":true}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"processVariables":{"id":true,"recentSamples":{"time":true,"value":true}},"recentStates":{"state":true,"startTime":true,"endTime":true},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"processVariables":{"id":true,"recentSamples":{"time":true,"value":true}},"recentStates":{"startTime":true,"endTime":true},"recentProduction":{"from":true,"to":true,"records":{"startTime":true,"recordedTime":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"id":true,"title":true,"type":true,"status":true,"reportedAt":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"text":true,"mentions":{"kind":true,"value":true}},"recentProduction":{"records":{"recordId":true,"startTime":true,"endTime":true,"operationSequence":true,"productionOrder":{"id":true},"goodQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"recentStates":{"state":true,"startTime":true,"endTime":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"recentStates":{"startTime":true,"endTime":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}},"recentProduction":{"from":true,"to":true,"records":{"startTime":true,"recordedTime":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"id":true,"title":true,"type":true,"status":true,"reportedAt":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"text":true,"mentions":{"kind":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}},"recentProduction":{"records":{"recordId":true,"startTime":true,"endTime":true,"operationSequence":true,"productionOrder":{"id":true},"goodQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"recentStates":{"startTime":true,"endTime":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentProduction":{"from":true,"to":true,"records":{"startTime":true,"recordedTime":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"id":true,"title":true,"type":true,"status":true,"reportedAt":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"text":true,"mentions":{"kind":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentProduction":{"records":{"recordId":true,"startTime":true,"endTime":true,"operationSequence":true,"productionOrder":{"id":true},"goodQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"id":true,"title":true,"type":true,"status":true,"reportedAt":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"text":true,"mentions":{"kind":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentProduction":{"records":{"recordId":true,"startTime":true,"endTime":true,"operationSequence":true,"productionOrder":{"id":true},"goodQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentProduction":{"from":true,"to":true,"records":{"startTime":true,"recordedTime":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentProduction":{"records":{"recordId":true,"startTime":true,"endTime":true,"operationSequence":true,"productionOrder":{"id":true},"goodQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"startTime":true,"endTime":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}},"recentProduction":{"from":true,"to":true,"records":{"startTime":true,"recordedTime":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"id":true,"title":true,"type":true,"status":true,"reportedAt":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"text":true,"mentions":{"kind":true,"value":true}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}},"recentProduction":{"records":{"recordId":true,"startTime":true,"endTime":true,"operationSequence":true,"productionOrder":{"id":true},"goodQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"startTime":true,"endTime":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentProduction":{"from":true,"to":true,"records":{"startTime":true,"recordedTime":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"id":true,"title":true,"type":true,"status":true,"reportedAt":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"text":true,"mentions":{"kind":true,"value":true}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentProduction":{"records":{"recordId":true,"startTime":true,"endTime":true,"operationSequence":true,"productionOrder":{"id":true},"goodQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"id":true,"title":true,"type":true,"status":true,"reportedAt":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"text":true,"mentions":{"kind":true,"value":true}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentProduction":{"records":{"recordId":true,"startTime":true,"endTime":true,"operationSequence":true,"productionOrder":{"id":true},"goodQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentProduction":{"from":true,"to":true,"records":{"startTime":true,"recordedTime":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentProduction":{"records":{"recordId":true,"startTime":true,"endTime":true,"operationSequence":true,"productionOrder":{"id":true},"goodQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"startTime":true,"endTime":true},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentProduction":{"from":true,"to":true,"records":{"startTime":true,"recordedTime":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentMaintenance":{"id":true,"title":true,"type":true,"status":true,"reportedAt":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"text":true,"mentions":{"kind":true,"value":true}},"recentProduction":{"records":{"recordId":true,"startTime":true,"endTime":true,"operationSequence":true,"productionOrder":{"id":true},"goodQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentProduction":{"records":{"recordId":true,"startTime":true,"endTime":true,"operationSequence":true,"productionOrder":{"id":true},"goodQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentMaintenance":{"id":true,"title":true,"type":true,"status":true,"reportedAt":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"text":true,"mentions":{"kind":true,"value":true}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentProduction":{"from":true,"to":true,"records":{"startTime":true,"recordedTime":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentProduction":{"records":{"recordId":true,"startTime":true,"endTime":true,"operationSequence":true,"productionOrder":{"id":true},"goodQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"startTime":true,"endTime":true},"recentProduction":{"from":true,"to":true,"records":{"startTime":true,"recordedTime":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentProduction":{"records":{"recordId":true,"startTime":true,"endTime":true,"operationSequence":true,"productionOrder":{"id":true},"goodQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentMaintenance":{"id":true,"title":true,"type":true,"status":true,"reportedAt":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"text":true,"mentions":{"kind":true,"value":true}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentProduction":{"from":true,"to":true,"records":{"startTime":true,"recordedTime":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentProduction":{"records":{"recordId":true,"startTime":true,"endTime":true,"operationSequence":true,"productionOrder":{"id":true},"goodQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"id":true,"title":true,"type":true,"status":true,"reportedAt":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"text":true,"mentions":{"kind":true,"value":true}},"recentProduction":{"records":{"recordId":true,"startTime":true,"endTime":true,"operationSequence":true,"productionOrder":{"id":true},"goodQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"recentProduction":{"records":{"recordId":true,"startTime":true,"endTime":true,"operationSequence":true,"productionOrder":{"id":true},"goodQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Equipment'], {"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}}}> ) );
  ProcessVariable:
    ( { __typename: 'ProcessVariable' }
    & GraphQLRecursivePick<FederationTypes['ProcessVariable'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['ProcessVariable'], {"unit":true,"recentSamples":{"time":true,"value":true},"equipment":{"id":true,"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}}}}>
        | GraphQLRecursivePick<FederationTypes['ProcessVariable'], {"unit":true,"recentSamples":{"time":true,"value":true},"equipment":{"id":true,"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}}}}>
        | GraphQLRecursivePick<FederationTypes['ProcessVariable'], {"unit":true,"recentSamples":{"time":true,"value":true},"equipment":{"id":true,"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}}},"lowerSpecLimit":true,"upperSpecLimit":true}>
        | GraphQLRecursivePick<FederationTypes['ProcessVariable'], {"unit":true,"recentSamples":{"time":true,"value":true},"equipment":{"id":true,"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}}},"lowerSpecLimit":true,"upperSpecLimit":true}>
        | GraphQLRecursivePick<FederationTypes['ProcessVariable'], {"unit":true,"recentSamples":{"time":true,"value":true},"equipment":{"id":true,"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}}}}>
        | GraphQLRecursivePick<FederationTypes['ProcessVariable'], {"unit":true,"recentSamples":{"time":true,"value":true},"equipment":{"id":true,"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}}},"lowerSpecLimit":true,"upperSpecLimit":true}>
        | GraphQLRecursivePick<FederationTypes['ProcessVariable'], {"unit":true,"recentSamples":{"time":true,"value":true},"lowerSpecLimit":true,"upperSpecLimit":true,"equipment":{"id":true,"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}}}}> ) );
  ProductionOrder:
    ( { __typename: 'ProductionOrder' }
    & GraphQLRecursivePick<FederationTypes['ProductionOrder'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['ProductionOrder'], {"status":true,"plannedQuantity":{"value":true},"freshness":{"asOf":true},"operations":{"sequence":true,"actualStart":true,"completedQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}},"recentProduction":{"from":true,"to":true,"records":{"operationSequence":true,"startTime":true,"recordedTime":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"operationSequence":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['ProductionOrder'], {"status":true,"plannedQuantity":{"value":true},"freshness":{"asOf":true},"operations":{"sequence":true,"actualStart":true,"completedQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}},"recentProduction":{"from":true,"to":true,"records":{"operationSequence":true,"startTime":true,"recordedTime":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"operationSequence":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}>
        | GraphQLRecursivePick<FederationTypes['ProductionOrder'], {"status":true,"freshness":{"asOf":true},"operations":{"sequence":true,"actualStart":true,"completedQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}},"recentProduction":{"from":true,"to":true,"records":{"operationSequence":true,"startTime":true,"recordedTime":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"operationSequence":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}> ) );
  QualityCharacteristic:
    ( { __typename: 'QualityCharacteristic' }
    & GraphQLRecursivePick<FederationTypes['QualityCharacteristic'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['QualityCharacteristic'], {"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}},"equipment":{"id":true,"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"type":true,"status":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"mentions":{"kind":true,"value":true}}}}> ) );
  Site:
    ( { __typename: 'Site' }
    & GraphQLRecursivePick<FederationTypes['Site'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Site'], {"areas":{"workCenters":{"id":true,"equipment":{"id":true,"recentStates":{"state":true,"startTime":true,"endTime":true},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentProduction":{"from":true,"to":true,"records":{"startTime":true,"recordedTime":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}},"recentProductionOrders":{"id":true,"status":true,"plannedQuantity":{"value":true},"freshness":{"asOf":true},"operations":{"sequence":true,"actualStart":true,"completedQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}},"recentProduction":{"from":true,"to":true,"records":{"operationSequence":true,"startTime":true,"recordedTime":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"operationSequence":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}}}}> ) );
  WorkCenter:
    ( { __typename: 'WorkCenter' }
    & GraphQLRecursivePick<FederationTypes['WorkCenter'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['WorkCenter'], {"equipment":{"id":true,"recentStates":{"state":true,"startTime":true,"endTime":true},"spreadsheetDowntime":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"minutes":true,"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}},"recentProduction":{"from":true,"to":true,"records":{"startTime":true,"recordedTime":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true}}},"recentLabor":{"from":true,"to":true,"records":{"clockIn":true,"clockOut":true,"quantity":{"value":true},"scrapQuantity":{"value":true},"dataQuality":{"issues":{"code":true}}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}},"recentProductionOrders":{"id":true,"status":true,"plannedQuantity":{"value":true},"freshness":{"asOf":true},"operations":{"sequence":true,"actualStart":true,"completedQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}},"recentProduction":{"from":true,"to":true,"records":{"operationSequence":true,"startTime":true,"recordedTime":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"operationSequence":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['WorkCenter'], {"equipment":{"id":true,"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"id":true,"title":true,"type":true,"status":true,"reportedAt":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"text":true,"mentions":{"kind":true,"value":true}},"recentProduction":{"records":{"recordId":true,"startTime":true,"endTime":true,"operationSequence":true,"productionOrder":{"id":true},"goodQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}}},"recentProductionOrders":{"id":true,"status":true,"plannedQuantity":{"value":true},"freshness":{"asOf":true},"operations":{"sequence":true,"actualStart":true,"completedQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}},"recentProduction":{"from":true,"to":true,"records":{"operationSequence":true,"startTime":true,"recordedTime":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true}}},"spreadsheetProduction":{"coverage":{"from":true,"to":true},"lines":{"shiftStart":true,"operationSequence":true,"goodQuantity":{"value":true},"scrapQuantity":{"value":true},"provenance":{"file":true,"sheet":true,"row":true,"modifiedAt":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['WorkCenter'], {"equipment":{"id":true,"recentStates":{"state":true,"startTime":true,"endTime":true,"reasonCode":true},"recentMaintenance":{"id":true,"title":true,"type":true,"status":true,"reportedAt":true,"completedAt":true,"failure":{"classCode":true,"problemCode":true,"remedyCode":true}},"recentNotes":{"id":true,"time":true,"endTime":true,"category":true,"confidence":true,"text":true,"mentions":{"kind":true,"value":true}},"recentProduction":{"records":{"recordId":true,"startTime":true,"endTime":true,"operationSequence":true,"productionOrder":{"id":true},"goodQuantity":{"value":true,"unit":true},"scrapQuantity":{"value":true,"unit":true}}},"processVariables":{"id":true,"unit":true,"lowerSpecLimit":true,"upperSpecLimit":true,"recentSamples":{"time":true,"value":true}},"qualityCharacteristics":{"id":true,"unit":true,"lsl":true,"usl":true,"recentMeasurements":{"time":true,"value":{"value":true}}}}}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AnomalyAssessment: ResolverTypeWrapper<AnomalyAssessment>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AnomalyDetector: AnomalyDetector;
  AnomalyModelStatus: AnomalyModelStatus;
  AnomalyState: AnomalyState;
  Area: ResolverTypeWrapper<AreaRep>;
  CapabilityIndex: ResolverTypeWrapper<CapabilityIndex>;
  DataFreshness: ResolverTypeWrapper<DataFreshness>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DataQuality: ResolverTypeWrapper<DataQuality>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DataQualityIssue: ResolverTypeWrapper<DataQualityIssue>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DegradationAssessment: ResolverTypeWrapper<DegradationAssessment>;
  DegradationDirection: DegradationDirection;
  DegradationState: DegradationState;
  Discrepancy: ResolverTypeWrapper<DiscrepancyParent>;
  DiscrepancyConnection: ResolverTypeWrapper<DiscrepancyPage>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DiscrepancyEdge: ResolverTypeWrapper<Omit<DiscrepancyEdge, 'node'> & { node: ResolversTypes['Discrepancy'] }>;
  DriftAssessment: ResolverTypeWrapper<DriftAssessment>;
  DriftState: DriftState;
  Equipment: ResolverTypeWrapper<EquipmentRep>;
  EquipmentState: EquipmentState;
  EquipmentStateInterval: ResolverTypeWrapper<EquipmentStateInterval>;
  Explanation: ResolverTypeWrapper<Explanation>;
  ExplanationBaseline: ResolverTypeWrapper<ExplanationBaseline>;
  ExplanationParameter: ResolverTypeWrapper<ExplanationParameter>;
  ExplanationWindow: ResolverTypeWrapper<ExplanationWindow>;
  FailureReport: ResolverTypeWrapper<FailureReport>;
  InputProvenance: ResolverTypeWrapper<InputProvenance>;
  InterpretationEvent: ResolverTypeWrapper<InterpretationEvent>;
  InterpretationEventKind: InterpretationEventKind;
  LaborRecord: ResolverTypeWrapper<LaborRecord>;
  LossCategory: LossCategory;
  MaintenanceReset: ResolverTypeWrapper<MaintenanceReset>;
  MaintenanceWorkOrder: ResolverTypeWrapper<MaintenanceWorkOrder>;
  MaintenanceWorkOrderStatus: MaintenanceWorkOrderStatus;
  MaintenanceWorkOrderType: MaintenanceWorkOrderType;
  NelsonRuleViolation: ResolverTypeWrapper<NelsonRuleViolation>;
  NoteCategory: NoteCategory;
  NoteMention: ResolverTypeWrapper<NoteMention>;
  NoteMentionKind: NoteMentionKind;
  OperatorNote: ResolverTypeWrapper<OperatorNote>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlantTime: ResolverTypeWrapper<PlantTime>;
  ProcessSample: ResolverTypeWrapper<ProcessSample>;
  ProcessVariable: ResolverTypeWrapper<ProcessVariableRep>;
  ProductionOrder: ResolverTypeWrapper<ProductionOrderRep>;
  ProductionOrderOperation: ResolverTypeWrapper<ProductionOrderOperation>;
  ProductionOrderStatus: ProductionOrderStatus;
  ProductionRecord: ResolverTypeWrapper<Omit<ProductionRecord, 'productionOrder'> & { productionOrder?: Maybe<ResolversTypes['ProductionOrder']> }>;
  QualityCharacteristic: ResolverTypeWrapper<QualityCharacteristicRep>;
  QualityMeasurement: ResolverTypeWrapper<QualityMeasurement>;
  Quantity: ResolverTypeWrapper<Quantity>;
  RecentLabor: ResolverTypeWrapper<RecentLabor>;
  RecentProduction: ResolverTypeWrapper<Omit<RecentProduction, 'records'> & { records: Array<ResolversTypes['ProductionRecord']> }>;
  ReconciledFigure: ResolverTypeWrapper<FigureParent>;
  ReconciledProductionQuantities: ResolverTypeWrapper<QuantitiesParent>;
  ReconciliationCandidate: ResolverTypeWrapper<FigureCandidate>;
  ReconciliationSource: ReconciliationSource;
  ScrapReason: ScrapReason;
  ShiftDowntimeFigure: ResolverTypeWrapper<ShiftFigureParent>;
  ShiftProductionFigure: ResolverTypeWrapper<ShiftProductionParent>;
  Site: ResolverTypeWrapper<SiteRep>;
  SpreadsheetCoverage: ResolverTypeWrapper<SpreadsheetCoverage>;
  SpreadsheetDowntime: ResolverTypeWrapper<SpreadsheetDowntime>;
  SpreadsheetDowntimeLine: ResolverTypeWrapper<SpreadsheetDowntimeLine>;
  SpreadsheetProduction: ResolverTypeWrapper<SpreadsheetProduction>;
  SpreadsheetProductionLine: ResolverTypeWrapper<SpreadsheetProductionLine>;
  SpreadsheetProvenance: ResolverTypeWrapper<SpreadsheetProvenance>;
  StabilityAssessment: ResolverTypeWrapper<StabilityAssessment>;
  StabilityState: StabilityState;
  TimeRange: TimeRange;
  TimelineConnection: ResolverTypeWrapper<TimelineConnection>;
  TimelineEdge: ResolverTypeWrapper<TimelineEdge>;
  TimelineItem: ResolverTypeWrapper<TimelineItem>;
  TimelineItemKind: TimelineItemKind;
  TrendDirection: TrendDirection;
  Warning: ResolverTypeWrapper<Warning>;
  WarningSeverity: WarningSeverity;
  WarningSignal: ResolverTypeWrapper<WarningSignal>;
  WorkCenter: ResolverTypeWrapper<WorkCenterRep>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AnomalyAssessment: AnomalyAssessment;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Area: AreaRep;
  CapabilityIndex: CapabilityIndex;
  DataFreshness: DataFreshness;
  Boolean: Scalars['Boolean']['output'];
  DataQuality: DataQuality;
  String: Scalars['String']['output'];
  DataQualityIssue: DataQualityIssue;
  DateTime: Scalars['DateTime']['output'];
  DegradationAssessment: DegradationAssessment;
  Discrepancy: DiscrepancyParent;
  DiscrepancyConnection: DiscrepancyPage;
  Int: Scalars['Int']['output'];
  DiscrepancyEdge: Omit<DiscrepancyEdge, 'node'> & { node: ResolversParentTypes['Discrepancy'] };
  DriftAssessment: DriftAssessment;
  Equipment: EquipmentRep;
  EquipmentStateInterval: EquipmentStateInterval;
  Explanation: Explanation;
  ExplanationBaseline: ExplanationBaseline;
  ExplanationParameter: ExplanationParameter;
  ExplanationWindow: ExplanationWindow;
  FailureReport: FailureReport;
  InputProvenance: InputProvenance;
  InterpretationEvent: InterpretationEvent;
  LaborRecord: LaborRecord;
  MaintenanceReset: MaintenanceReset;
  MaintenanceWorkOrder: MaintenanceWorkOrder;
  NelsonRuleViolation: NelsonRuleViolation;
  NoteMention: NoteMention;
  OperatorNote: OperatorNote;
  PageInfo: PageInfo;
  PlantTime: PlantTime;
  ProcessSample: ProcessSample;
  ProcessVariable: ProcessVariableRep;
  ProductionOrder: ProductionOrderRep;
  ProductionOrderOperation: ProductionOrderOperation;
  ProductionRecord: Omit<ProductionRecord, 'productionOrder'> & { productionOrder?: Maybe<ResolversParentTypes['ProductionOrder']> };
  QualityCharacteristic: QualityCharacteristicRep;
  QualityMeasurement: QualityMeasurement;
  Quantity: Quantity;
  RecentLabor: RecentLabor;
  RecentProduction: Omit<RecentProduction, 'records'> & { records: Array<ResolversParentTypes['ProductionRecord']> };
  ReconciledFigure: FigureParent;
  ReconciledProductionQuantities: QuantitiesParent;
  ReconciliationCandidate: FigureCandidate;
  ShiftDowntimeFigure: ShiftFigureParent;
  ShiftProductionFigure: ShiftProductionParent;
  Site: SiteRep;
  SpreadsheetCoverage: SpreadsheetCoverage;
  SpreadsheetDowntime: SpreadsheetDowntime;
  SpreadsheetDowntimeLine: SpreadsheetDowntimeLine;
  SpreadsheetProduction: SpreadsheetProduction;
  SpreadsheetProductionLine: SpreadsheetProductionLine;
  SpreadsheetProvenance: SpreadsheetProvenance;
  StabilityAssessment: StabilityAssessment;
  TimeRange: TimeRange;
  TimelineConnection: TimelineConnection;
  TimelineEdge: TimelineEdge;
  TimelineItem: TimelineItem;
  Warning: Warning;
  WarningSignal: WarningSignal;
  WorkCenter: WorkCenterRep;
}>;

export type AnomalyAssessmentResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['AnomalyAssessment'] = ResolversParentTypes['AnomalyAssessment']> = ResolversObject<{
  anomalousPoints?: Resolver<Array<ResolversTypes['DateTime']>, ParentType, ContextType>;
  anomalousSince?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  detector?: Resolver<ResolversTypes['AnomalyDetector'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['Explanation'], ParentType, ContextType>;
  modelStatus?: Resolver<ResolversTypes['AnomalyModelStatus'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['AnomalyState'], ParentType, ContextType>;
  variables?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type AreaResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area'], FederationReferenceType extends FederationReferenceTypes['Area'] = FederationReferenceTypes['Area']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Area']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CapabilityIndexResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['CapabilityIndex'] = ResolversParentTypes['CapabilityIndex']> = ResolversObject<{
  lower?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  upper?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type DataFreshnessResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['DataFreshness'] = ResolversParentTypes['DataFreshness']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DataQualityResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['DataQuality'] = ResolversParentTypes['DataQuality']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completeness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['DataQualityIssue']>, ParentType, ContextType>;
  normalized?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DataQualityIssueResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['DataQualityIssue'] = ResolversParentTypes['DataQualityIssue']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raw?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DegradationAssessmentResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['DegradationAssessment'] = ResolversParentTypes['DegradationAssessment']> = ResolversObject<{
  accelerating?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  acceleratingSince?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  crossingAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['Explanation'], ParentType, ContextType>;
  levelNow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rulDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rulLowerDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rulUpperDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  slopeLowerPerDay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  slopePerDay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  slopeUpperPerDay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['DegradationState'], ParentType, ContextType>;
}>;

export type DiscrepancyResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['Discrepancy'] = ResolversParentTypes['Discrepancy']> = ResolversObject<{
  candidates?: Resolver<Array<ResolversTypes['ReconciliationCandidate']>, ParentType, ContextType>;
  chosenSource?: Resolver<ResolversTypes['ReconciliationSource'], ParentType, ContextType>;
  chosenValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  disagreeing?: Resolver<Array<ResolversTypes['ReconciliationSource']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  maxDeviation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shiftStart?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tolerance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DiscrepancyConnectionResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['DiscrepancyConnection'] = ResolversParentTypes['DiscrepancyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DiscrepancyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DiscrepancyEdgeResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['DiscrepancyEdge'] = ResolversParentTypes['DiscrepancyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Discrepancy'], ParentType, ContextType>;
}>;

export type DriftAssessmentResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['DriftAssessment'] = ResolversParentTypes['DriftAssessment']> = ResolversObject<{
  direction?: Resolver<ResolversTypes['TrendDirection'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['Explanation'], ParentType, ContextType>;
  firstAlarmAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  magnitudeSigma?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resets?: Resolver<Array<ResolversTypes['MaintenanceReset']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['DriftState'], ParentType, ContextType>;
}>;

export type EquipmentResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['Equipment'] = ResolversParentTypes['Equipment'], FederationReferenceType extends FederationReferenceTypes['Equipment'] = FederationReferenceTypes['Equipment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Equipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  anomaly?: Resolver<Maybe<ResolversTypes['AnomalyAssessment']>, ParentType, ContextType, RequireFields<EquipmentAnomalyArgs, 'recentPoints'>>;
  events?: Resolver<Array<ResolversTypes['InterpretationEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reconciledDowntime?: Resolver<Array<ResolversTypes['ShiftDowntimeFigure']>, ParentType, ContextType>;
  reconciledProduction?: Resolver<Array<ResolversTypes['ShiftProductionFigure']>, ParentType, ContextType, Partial<EquipmentReconciledProductionArgs>>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, RequireFields<EquipmentTimelineArgs, 'first' | 'newestFirst'>>;
  warnings?: Resolver<Array<ResolversTypes['Warning']>, ParentType, ContextType>;
}>;

export type ExplanationResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['Explanation'] = ResolversParentTypes['Explanation']> = ResolversObject<{
  algorithmVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  baseline?: Resolver<Maybe<ResolversTypes['ExplanationBaseline']>, ParentType, ContextType>;
  inputs?: Resolver<Array<ResolversTypes['InputProvenance']>, ParentType, ContextType>;
  inputsHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  parameters?: Resolver<Array<ResolversTypes['ExplanationParameter']>, ParentType, ContextType>;
  window?: Resolver<ResolversTypes['ExplanationWindow'], ParentType, ContextType>;
}>;

export type ExplanationBaselineResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['ExplanationBaseline'] = ResolversParentTypes['ExplanationBaseline']> = ResolversObject<{
  from?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  n?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sigma?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ExplanationParameterResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['ExplanationParameter'] = ResolversParentTypes['ExplanationParameter']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExplanationWindowResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['ExplanationWindow'] = ResolversParentTypes['ExplanationWindow']> = ResolversObject<{
  from?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  n?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type InputProvenanceResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['InputProvenance'] = ResolversParentTypes['InputProvenance']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InterpretationEventResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['InterpretationEvent'] = ResolversParentTypes['InterpretationEvent']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InterpretationEventKind'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MaintenanceResetResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['MaintenanceReset'] = ResolversParentTypes['MaintenanceReset']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MaintenanceWorkOrderResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['MaintenanceWorkOrder'] = ResolversParentTypes['MaintenanceWorkOrder']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type NelsonRuleViolationResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['NelsonRuleViolation'] = ResolversParentTypes['NelsonRuleViolation']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  times?: Resolver<Array<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type OperatorNoteResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['OperatorNote'] = ResolversParentTypes['OperatorNote']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlantTimeResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['PlantTime'] = ResolversParentTypes['PlantTime']> = ResolversObject<{
  ambiguous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  local?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shiftedFromGap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  utc?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ProcessVariableResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['ProcessVariable'] = ResolversParentTypes['ProcessVariable'], FederationReferenceType extends FederationReferenceTypes['ProcessVariable'] = FederationReferenceTypes['ProcessVariable']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProcessVariable']> | FederationReferenceType, FederationReferenceType, ContextType>;
  degradation?: Resolver<Maybe<ResolversTypes['DegradationAssessment']>, ParentType, ContextType, RequireFields<ProcessVariableDegradationArgs, 'confidence' | 'direction' | 'threshold'>>;
  drift?: Resolver<Maybe<ResolversTypes['DriftAssessment']>, ParentType, ContextType, RequireFields<ProcessVariableDriftArgs, 'baselinePoints' | 'sensitivity'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stability?: Resolver<Maybe<ResolversTypes['StabilityAssessment']>, ParentType, ContextType, RequireFields<ProcessVariableStabilityArgs, 'confidence' | 'windowPoints'>>;
}>;

export type ProductionOrderResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['ProductionOrder'] = ResolversParentTypes['ProductionOrder'], FederationReferenceType extends FederationReferenceTypes['ProductionOrder'] = FederationReferenceTypes['ProductionOrder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductionOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reconciledCompletion?: Resolver<ResolversTypes['ReconciledFigure'], ParentType, ContextType>;
  reconciledQuantities?: Resolver<ResolversTypes['ReconciledProductionQuantities'], ParentType, ContextType>;
}>;

export type QualityCharacteristicResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['QualityCharacteristic'] = ResolversParentTypes['QualityCharacteristic'], FederationReferenceType extends FederationReferenceTypes['QualityCharacteristic'] = FederationReferenceTypes['QualityCharacteristic']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['QualityCharacteristic']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stability?: Resolver<Maybe<ResolversTypes['StabilityAssessment']>, ParentType, ContextType, RequireFields<QualityCharacteristicStabilityArgs, 'confidence' | 'windowPoints'>>;
}>;

export type QuantityResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['Quantity'] = ResolversParentTypes['Quantity']> = ResolversObject<{
  sourceUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ReconciledFigureResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['ReconciledFigure'] = ResolversParentTypes['ReconciledFigure']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['ReconciliationCandidate']>, ParentType, ContextType>;
  chosenSource?: Resolver<Maybe<ResolversTypes['ReconciliationSource']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  discrepancy?: Resolver<Maybe<ResolversTypes['Discrepancy']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ReconciledProductionQuantitiesResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['ReconciledProductionQuantities'] = ResolversParentTypes['ReconciledProductionQuantities']> = ResolversObject<{
  goodQuantity?: Resolver<ResolversTypes['ReconciledFigure'], ParentType, ContextType>;
  producedQuantity?: Resolver<ResolversTypes['ReconciledFigure'], ParentType, ContextType>;
  scrapQuantity?: Resolver<ResolversTypes['ReconciledFigure'], ParentType, ContextType>;
}>;

export type ReconciliationCandidateResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['ReconciliationCandidate'] = ResolversParentTypes['ReconciliationCandidate']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  normalized?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  raw?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suspect?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  system?: Resolver<ResolversTypes['ReconciliationSource'], ParentType, ContextType>;
}>;

export type ShiftDowntimeFigureResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['ShiftDowntimeFigure'] = ResolversParentTypes['ShiftDowntimeFigure']> = ResolversObject<{
  downtimeMinutes?: Resolver<ResolversTypes['ReconciledFigure'], ParentType, ContextType>;
  shift?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shiftEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  shiftStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ShiftProductionFigureResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['ShiftProductionFigure'] = ResolversParentTypes['ShiftProductionFigure']> = ResolversObject<{
  closed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  goodQuantity?: Resolver<ResolversTypes['ReconciledFigure'], ParentType, ContextType>;
  producedQuantity?: Resolver<ResolversTypes['ReconciledFigure'], ParentType, ContextType>;
  scrapQuantity?: Resolver<ResolversTypes['ReconciledFigure'], ParentType, ContextType>;
  shift?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shiftEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  shiftStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type SiteResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site'], FederationReferenceType extends FederationReferenceTypes['Site'] = FederationReferenceTypes['Site']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Site']> | FederationReferenceType, FederationReferenceType, ContextType>;
  discrepancies?: Resolver<ResolversTypes['DiscrepancyConnection'], ParentType, ContextType, RequireFields<SiteDiscrepanciesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type StabilityAssessmentResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['StabilityAssessment'] = ResolversParentTypes['StabilityAssessment']> = ResolversObject<{
  cp?: Resolver<Maybe<ResolversTypes['CapabilityIndex']>, ParentType, ContextType>;
  cpk?: Resolver<Maybe<ResolversTypes['CapabilityIndex']>, ParentType, ContextType>;
  cpm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['Explanation'], ParentType, ContextType>;
  lowerSpecLimit?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pp?: Resolver<Maybe<ResolversTypes['CapabilityIndex']>, ParentType, ContextType>;
  ppk?: Resolver<Maybe<ResolversTypes['CapabilityIndex']>, ParentType, ContextType>;
  sigmaOverall?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sigmaWithin?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['StabilityState'], ParentType, ContextType>;
  upperSpecLimit?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  violations?: Resolver<Array<ResolversTypes['NelsonRuleViolation']>, ParentType, ContextType>;
}>;

export type TimelineConnectionResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimelineEdgeResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineItem'], ParentType, ContextType>;
}>;

export type TimelineItemResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['TimelineItem'] = ResolversParentTypes['TimelineItem']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  equipmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineItemKind'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WarningResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['Warning'] = ResolversParentTypes['Warning']> = ResolversObject<{
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['WarningSeverity'], ParentType, ContextType>;
  signals?: Resolver<Array<ResolversTypes['WarningSignal']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WarningSignalResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['WarningSignal'] = ResolversParentTypes['WarningSignal']> = ResolversObject<{
  at?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type WorkCenterResolvers<ContextType = InterpretationContext, ParentType extends ResolversParentTypes['WorkCenter'] = ResolversParentTypes['WorkCenter'], FederationReferenceType extends FederationReferenceTypes['WorkCenter'] = FederationReferenceTypes['WorkCenter']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkCenter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  discrepancies?: Resolver<ResolversTypes['DiscrepancyConnection'], ParentType, ContextType, RequireFields<WorkCenterDiscrepanciesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, RequireFields<WorkCenterTimelineArgs, 'first' | 'newestFirst'>>;
}>;

export type Resolvers<ContextType = InterpretationContext> = ResolversObject<{
  AnomalyAssessment?: AnomalyAssessmentResolvers<ContextType>;
  Area?: AreaResolvers<ContextType>;
  CapabilityIndex?: CapabilityIndexResolvers<ContextType>;
  DataFreshness?: DataFreshnessResolvers<ContextType>;
  DataQuality?: DataQualityResolvers<ContextType>;
  DataQualityIssue?: DataQualityIssueResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DegradationAssessment?: DegradationAssessmentResolvers<ContextType>;
  Discrepancy?: DiscrepancyResolvers<ContextType>;
  DiscrepancyConnection?: DiscrepancyConnectionResolvers<ContextType>;
  DiscrepancyEdge?: DiscrepancyEdgeResolvers<ContextType>;
  DriftAssessment?: DriftAssessmentResolvers<ContextType>;
  Equipment?: EquipmentResolvers<ContextType>;
  Explanation?: ExplanationResolvers<ContextType>;
  ExplanationBaseline?: ExplanationBaselineResolvers<ContextType>;
  ExplanationParameter?: ExplanationParameterResolvers<ContextType>;
  ExplanationWindow?: ExplanationWindowResolvers<ContextType>;
  InputProvenance?: InputProvenanceResolvers<ContextType>;
  InterpretationEvent?: InterpretationEventResolvers<ContextType>;
  MaintenanceReset?: MaintenanceResetResolvers<ContextType>;
  MaintenanceWorkOrder?: MaintenanceWorkOrderResolvers<ContextType>;
  NelsonRuleViolation?: NelsonRuleViolationResolvers<ContextType>;
  OperatorNote?: OperatorNoteResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlantTime?: PlantTimeResolvers<ContextType>;
  ProcessVariable?: ProcessVariableResolvers<ContextType>;
  ProductionOrder?: ProductionOrderResolvers<ContextType>;
  QualityCharacteristic?: QualityCharacteristicResolvers<ContextType>;
  Quantity?: QuantityResolvers<ContextType>;
  ReconciledFigure?: ReconciledFigureResolvers<ContextType>;
  ReconciledProductionQuantities?: ReconciledProductionQuantitiesResolvers<ContextType>;
  ReconciliationCandidate?: ReconciliationCandidateResolvers<ContextType>;
  ShiftDowntimeFigure?: ShiftDowntimeFigureResolvers<ContextType>;
  ShiftProductionFigure?: ShiftProductionFigureResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  StabilityAssessment?: StabilityAssessmentResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineItem?: TimelineItemResolvers<ContextType>;
  Warning?: WarningResolvers<ContextType>;
  WarningSignal?: WarningSignalResolvers<ContextType>;
  WorkCenter?: WorkCenterResolvers<ContextType>;
}>;

