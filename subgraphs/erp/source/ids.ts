/** Canonical ids of ERP entities. Company-scoped ids keep ACME/J004512 and ACME-MX/J004512 apart. */
export const materialId = (company: string, partNumber: string): string => `${company}/${partNumber}`;
export const orderId = (company: string, jobNumber: string): string => `${company}/${jobNumber}`;

/** `<Company>/<Rest>` → parts; null when malformed. Company codes never contain '/'; part and job numbers may. */
export function splitCompanyId(id: string): { company: string; rest: string } | null {
  const i = id.indexOf('/');
  if (i <= 0 || i === id.length - 1) return null;
  return { company: id.slice(0, i).trim().toUpperCase(), rest: id.slice(i + 1).trim() };
}

/** The canonical form of an ERP code key: trailing/leading spaces trimmed, upper case (SQL Server compares case-insensitively). */
export const canonicalKey = (raw: string): string => raw.trim().toUpperCase();
