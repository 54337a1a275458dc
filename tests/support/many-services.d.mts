export function manyServicesFiles(
  count: number,
): { name: string; mimeType: string; buffer: Buffer }[];
