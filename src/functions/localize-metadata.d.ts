export interface FunctionsMetadata {
  functions: { id: string; name: string; description?: string; parameters: { name: string; description?: string }[] }[];
}

export interface VietnameseTable {
  [id: string]: { description: string; parameters: { [name: string]: { name?: string; description: string } } };
}

export function localizeMetadata<T extends FunctionsMetadata>(metadata: T, table: VietnameseTable): T;
