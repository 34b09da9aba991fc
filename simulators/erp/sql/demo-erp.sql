-- PlantGraph demo ERP: Epicor-flavoured tables (schema Erp) and the integration views (schema dbo).
-- GENERATED from simulators/erp/erp-schema.ts; do not edit by hand (a test checks this file is current).
-- Run in an empty database (e.g. CREATE DATABASE PlantERP; USE PlantERP;) with sqlcmd or SSMS.

CREATE SCHEMA Erp;
GO

CREATE TABLE Erp.Company (
  Company nvarchar(8) NOT NULL,
  Name nvarchar(50) NOT NULL,
  CONSTRAINT PK_Company PRIMARY KEY (Company)
);
GO

CREATE TABLE Erp.Plant (
  Company nvarchar(8) NOT NULL,
  Plant nvarchar(8) NOT NULL,
  Name nvarchar(50) NOT NULL,
  SiteID_c nvarchar(20) NULL,
  CONSTRAINT PK_Plant PRIMARY KEY (Company, Plant)
);
GO

CREATE TABLE Erp.JCDept (
  Company nvarchar(8) NOT NULL,
  JCDept nvarchar(8) NOT NULL,
  Description nvarchar(30) NOT NULL,
  CONSTRAINT PK_JCDept PRIMARY KEY (Company, JCDept)
);
GO

CREATE TABLE Erp.ResourceGroup (
  Company nvarchar(8) NOT NULL,
  Plant nvarchar(8) NOT NULL,
  ResourceGrpID nvarchar(8) NOT NULL,
  Description nvarchar(30) NOT NULL,
  JCDept nvarchar(8) NOT NULL,
  NumberOfMachines int NOT NULL,
  DailyCapacity1 decimal(8,2) NOT NULL,
  Inactive bit NOT NULL,
  CONSTRAINT PK_ResourceGroup PRIMARY KEY (Company, ResourceGrpID)
);
GO

CREATE TABLE Erp.Resource (
  Company nvarchar(8) NOT NULL,
  Plant nvarchar(8) NOT NULL,
  ResourceID nvarchar(20) NOT NULL,
  ResourceGrpID nvarchar(8) NOT NULL,
  Description nvarchar(50) NOT NULL,
  ResourceType nvarchar(8) NOT NULL,
  EquipID nvarchar(20) NOT NULL,
  Inactive bit NOT NULL,
  UserChar1 nvarchar(30) NOT NULL,
  CONSTRAINT PK_Resource PRIMARY KEY (Company, ResourceID)
);
GO

CREATE TABLE Erp.UOMConv (
  Company nvarchar(8) NOT NULL,
  UOMClassID nvarchar(12) NOT NULL,
  UOMCode nvarchar(6) NOT NULL,
  ConvFactor decimal(20,9) NOT NULL,
  ConvOperator nvarchar(1) NOT NULL,
  CONSTRAINT PK_UOMConv PRIMARY KEY (Company, UOMClassID, UOMCode)
);
GO

CREATE TABLE Erp.Part (
  Company nvarchar(8) NOT NULL,
  PartNum nvarchar(50) NOT NULL,
  PartDescription nvarchar(100) NOT NULL,
  RevisionNum nvarchar(12) NOT NULL,
  IUM nvarchar(6) NOT NULL,
  PUM nvarchar(6) NOT NULL,
  PurchasingFactor decimal(20,9) NOT NULL,
  TypeCode nvarchar(8) NOT NULL,
  ClassID nvarchar(4) NOT NULL,
  InActive bit NOT NULL,
  CONSTRAINT PK_Part PRIMARY KEY (Company, PartNum)
);
GO

CREATE TABLE Erp.PartWhse (
  Company nvarchar(8) NOT NULL,
  PartNum nvarchar(50) NOT NULL,
  WarehouseCode nvarchar(8) NOT NULL,
  OnHandQty decimal(22,8) NOT NULL,
  CONSTRAINT PK_PartWhse PRIMARY KEY (Company, PartNum, WarehouseCode)
);
GO

CREATE TABLE Erp.PartTran (
  Company nvarchar(8) NOT NULL,
  Plant nvarchar(8) NOT NULL,
  SysDate date NOT NULL,
  SysTime int NOT NULL,
  TranNum int NOT NULL,
  PartNum nvarchar(50) NOT NULL,
  TranType nvarchar(7) NOT NULL,
  TranDate date NOT NULL,
  TranQty decimal(22,8) NOT NULL,
  UM nvarchar(6) NOT NULL,
  JobNum nvarchar(14) NOT NULL,
  WareHouseCode nvarchar(8) NOT NULL,
  CONSTRAINT PK_PartTran PRIMARY KEY (Company, SysDate, SysTime, TranNum)
);
GO

CREATE TABLE Erp.JobHead (
  Company nvarchar(8) NOT NULL,
  Plant nvarchar(8) NOT NULL,
  JobNum nvarchar(14) NOT NULL,
  PartNum nvarchar(50) NOT NULL,
  RevisionNum nvarchar(12) NOT NULL,
  ProdQty decimal(22,8) NOT NULL,
  IUM nvarchar(6) NOT NULL,
  QtyCompleted decimal(22,8) NOT NULL,
  StartDate date NULL,
  StartHour decimal(6,2) NOT NULL,
  DueDate date NULL,
  DueHour decimal(6,2) NOT NULL,
  ReqDueDate date NULL,
  JobFirm bit NOT NULL,
  JobReleased bit NOT NULL,
  JobComplete bit NOT NULL,
  JobClosed bit NOT NULL,
  JobHeld bit NOT NULL,
  CreateDate datetime NULL,
  LastChangedOn datetime NULL,
  CONSTRAINT PK_JobHead PRIMARY KEY (Company, JobNum)
);
GO

CREATE TABLE Erp.JobOper (
  Company nvarchar(8) NOT NULL,
  JobNum nvarchar(14) NOT NULL,
  AssemblySeq int NOT NULL,
  OprSeq int NOT NULL,
  OpCode nvarchar(8) NOT NULL,
  EstSetHours decimal(22,8) NOT NULL,
  EstProdHours decimal(22,8) NOT NULL,
  ProdStandard decimal(22,8) NOT NULL,
  StdFormat nvarchar(2) NOT NULL,
  QtyCompleted decimal(22,8) NOT NULL,
  ActProdHours decimal(22,8) NOT NULL,
  ActSetupHours decimal(22,8) NOT NULL,
  OpComplete bit NOT NULL,
  ActualStartDate date NULL,
  ActualStartHour decimal(6,2) NOT NULL,
  CONSTRAINT PK_JobOper PRIMARY KEY (Company, JobNum, AssemblySeq, OprSeq)
);
GO

CREATE TABLE Erp.JobOpDtl (
  Company nvarchar(8) NOT NULL,
  JobNum nvarchar(14) NOT NULL,
  AssemblySeq int NOT NULL,
  OprSeq int NOT NULL,
  OpDtlSeq int NOT NULL,
  ResourceGrpID nvarchar(8) NOT NULL,
  ResourceID nvarchar(20) NOT NULL,
  CONSTRAINT PK_JobOpDtl PRIMARY KEY (Company, JobNum, AssemblySeq, OprSeq, OpDtlSeq)
);
GO

CREATE TABLE Erp.LaborDtl (
  Company nvarchar(8) NOT NULL,
  LaborDtlSeq int NOT NULL,
  EmployeeNum nvarchar(9) NOT NULL,
  JobNum nvarchar(14) NOT NULL,
  AssemblySeq int NOT NULL,
  OprSeq int NOT NULL,
  ResourceID nvarchar(20) NOT NULL,
  LaborType nvarchar(1) NOT NULL,
  LaborQty decimal(22,8) NOT NULL,
  ScrapQty decimal(22,8) NOT NULL,
  ScrapReasonCode nvarchar(30) NOT NULL,
  DiscrepQty decimal(22,8) NOT NULL,
  ClockInDate date NULL,
  ClockinTime decimal(6,2) NOT NULL,
  ClockOutTime decimal(6,2) NOT NULL,
  ClockInMInute int NOT NULL,
  ClockOutMinute int NOT NULL,
  LaborHrs decimal(22,8) NOT NULL,
  Downtime bit NOT NULL,
  Shift int NOT NULL,
  PayrollDate date NULL,
  CONSTRAINT PK_LaborDtl PRIMARY KEY (Company, LaborDtlSeq)
);
GO

CREATE INDEX IX_LaborDtl_Company_JobNum_OprSeq ON Erp.LaborDtl (Company, JobNum, OprSeq);
GO

CREATE VIEW dbo.vw_Sites AS
SELECT
  p.Company AS Company,
  p.Plant AS Plant,
  p.Name AS PlantName,
  p.SiteID_c AS SiteID
FROM Erp.Plant p;
GO

CREATE VIEW dbo.vw_WorkCenters AS
SELECT
  g.Company AS Company,
  g.Plant AS Plant,
  g.ResourceGrpID AS ResourceGrpID,
  g.Description AS Description,
  g.JCDept AS JCDept,
  d.Description AS DeptDescription,
  g.NumberOfMachines AS NumberOfMachines,
  g.Inactive AS Inactive
FROM Erp.ResourceGroup g LEFT JOIN Erp.JCDept d ON d.Company = g.Company AND d.JCDept = g.JCDept;
GO

CREATE VIEW dbo.vw_Resources AS
SELECT
  r.Company AS Company,
  r.Plant AS Plant,
  r.ResourceID AS ResourceID,
  r.ResourceGrpID AS ResourceGrpID,
  r.Description AS Description,
  r.ResourceType AS ResourceType,
  r.EquipID AS EquipID,
  r.UserChar1 AS MesMachineCode,
  r.Inactive AS Inactive
FROM Erp.Resource r;
GO

CREATE VIEW dbo.vw_Parts AS
SELECT
  p.Company AS Company,
  p.PartNum AS PartNum,
  p.RevisionNum AS RevisionNum,
  p.PartDescription AS PartDescription,
  p.IUM AS IUM,
  p.PUM AS PUM,
  p.PurchasingFactor AS PurchasingFactor,
  p.TypeCode AS TypeCode,
  p.ClassID AS ClassID,
  p.InActive AS InActive
FROM Erp.Part p;
GO

CREATE VIEW dbo.vw_Jobs AS
SELECT
  j.Company AS Company,
  j.Plant AS Plant,
  j.JobNum AS JobNum,
  j.PartNum AS PartNum,
  j.RevisionNum AS RevisionNum,
  j.ProdQty AS ProdQty,
  j.IUM AS IUM,
  j.QtyCompleted AS QtyCompleted,
  j.StartDate AS StartDate,
  j.StartHour AS StartHour,
  j.DueDate AS DueDate,
  j.DueHour AS DueHour,
  j.JobReleased AS JobReleased,
  j.JobComplete AS JobComplete,
  j.JobClosed AS JobClosed,
  j.JobHeld AS JobHeld,
  CASE WHEN EXISTS (SELECT 1 FROM Erp.JobOper s WHERE s.Company = j.Company AND s.JobNum = j.JobNum AND s.ActualStartDate > '1901-01-01') THEN 1 ELSE 0 END AS JobStarted,
  j.CreateDate AS CreateDate
FROM Erp.JobHead j;
GO

CREATE VIEW dbo.vw_OpenJobs AS
SELECT
  j.Company AS Company,
  j.Plant AS Plant,
  j.JobNum AS JobNum,
  j.PartNum AS PartNum,
  j.RevisionNum AS RevisionNum,
  j.ProdQty AS ProdQty,
  j.IUM AS IUM,
  j.QtyCompleted AS QtyCompleted,
  j.StartDate AS StartDate,
  j.StartHour AS StartHour,
  j.DueDate AS DueDate,
  j.DueHour AS DueHour,
  j.JobReleased AS JobReleased,
  j.JobComplete AS JobComplete,
  j.JobClosed AS JobClosed,
  j.JobHeld AS JobHeld,
  CASE WHEN EXISTS (SELECT 1 FROM Erp.JobOper s WHERE s.Company = j.Company AND s.JobNum = j.JobNum AND s.ActualStartDate > '1901-01-01') THEN 1 ELSE 0 END AS JobStarted,
  j.CreateDate AS CreateDate
FROM Erp.JobHead j WHERE j.JobClosed = 0 AND j.JobComplete = 0;
GO

CREATE VIEW dbo.vw_JobOperStatus AS
SELECT
  o.Company AS Company,
  j.Plant AS Plant,
  o.JobNum AS JobNum,
  o.AssemblySeq AS AssemblySeq,
  o.OprSeq AS OprSeq,
  o.OpCode AS OpCode,
  d.ResourceGrpID AS ResourceGrpID,
  d.ResourceID AS ResourceID,
  o.EstSetHours AS EstSetHours,
  o.EstProdHours AS EstProdHours,
  o.ProdStandard AS ProdStandard,
  o.StdFormat AS StdFormat,
  o.QtyCompleted AS QtyCompleted,
  (SELECT COALESCE(SUM(l.ScrapQty), 0) FROM Erp.LaborDtl l WHERE l.Company = o.Company AND l.JobNum = o.JobNum AND l.AssemblySeq = o.AssemblySeq AND l.OprSeq = o.OprSeq) AS ScrapQty,
  j.IUM AS IUM,
  o.OpComplete AS OpComplete,
  o.ActualStartDate AS ActualStartDate,
  o.ActualStartHour AS ActualStartHour
FROM Erp.JobOper o JOIN Erp.JobHead j ON j.Company = o.Company AND j.JobNum = o.JobNum LEFT JOIN Erp.JobOpDtl d ON d.Company = o.Company AND d.JobNum = o.JobNum AND d.AssemblySeq = o.AssemblySeq AND d.OprSeq = o.OprSeq AND d.OpDtlSeq = 10;
GO

CREATE VIEW dbo.vw_LaborActuals AS
SELECT
  l.Company AS Company,
  l.LaborDtlSeq AS LaborDtlSeq,
  l.EmployeeNum AS EmployeeNum,
  l.JobNum AS JobNum,
  l.AssemblySeq AS AssemblySeq,
  l.OprSeq AS OprSeq,
  l.ResourceID AS ResourceID,
  l.LaborType AS LaborType,
  l.LaborQty AS LaborQty,
  l.ScrapQty AS ScrapQty,
  l.ScrapReasonCode AS ScrapReasonCode,
  l.ClockInDate AS ClockInDate,
  l.ClockinTime AS ClockinTime,
  l.ClockOutTime AS ClockOutTime,
  l.ClockInMInute AS ClockInMInute,
  l.ClockOutMinute AS ClockOutMinute,
  l.LaborHrs AS LaborHrs,
  l.Shift AS Shift
FROM Erp.LaborDtl l;
GO

CREATE VIEW dbo.vw_OnHand AS
SELECT
  w.Company AS Company,
  w.PartNum AS PartNum,
  p.IUM AS IUM,
  SUM(w.OnHandQty) AS OnHandQty
FROM Erp.PartWhse w JOIN Erp.Part p ON p.Company = w.Company AND p.PartNum = w.PartNum GROUP BY w.Company, w.PartNum, p.IUM;
GO
