import { AsyncLocalStorage } from "node:async_hooks";
import {
  ColumnTypeEnum,
  type ArgType,
  type ColumnType,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
  type Transaction,
} from "@prisma/driver-adapter-utils";

/**
 * Raw SQL handed straight to the driver adapter, past Prisma's query
 * compiler. Prisma 6.19's client engine compiles every query, raw ones
 * included, in WebAssembly with its values inlined: a 13 KB report text
 * costs 2–5 ms to send where the driver needs 0.1 ms, and 80,000 small rows
 * come back in twice the driver's time. The save path and the roll-up write
 * and read such values, so `Raw` (lib/db/client.ts) goes through here.
 *
 * Inside an interactive transaction the SQL must run on that transaction's
 * connection. Prisma does not say which adapter transaction backs a `tx`, so
 * `db.transaction` runs inside `scope` and the tapped adapter files the
 * transaction it starts under the scope's store.
 */
export class AdapterTap implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider: SqlMigrationAwareDriverAdapterFactory["provider"];
  readonly adapterName: string;
  private adapter: SqlDriverAdapter | null = null;
  private readonly scopes = new AsyncLocalStorage<{ tx: Transaction | null }>();

  constructor(private readonly inner: SqlMigrationAwareDriverAdapterFactory) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connect();
    const scopes = this.scopes;
    // An own property over the prototype's method: the adapter's other methods, and its private fields, stay as they are.
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const tx = await start(isolationLevel);
      const scope = scopes.getStore();
      if (scope && !scope.tx) scope.tx = tx;
      return tx;
    };
    this.adapter = adapter;
    return adapter;
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.inner.connectToShadowDb();
  }

  /** Runs `fn` (a Prisma interactive transaction) so that `transactionQueryable` finds its connection. */
  scope<R>(fn: () => Promise<R>): Promise<R> {
    return this.scopes.run({ tx: null }, fn);
  }

  /** The connection of the transaction `fn` of the current scope runs in. */
  transactionQueryable(): SqlQueryable {
    const tx = this.scopes.getStore()?.tx;
    if (!tx) throw new Error("raw SQL of a transaction ran outside db.transaction's scope");
    return tx;
  }

  /**
   * A transaction of the adapter's own, as Prisma runs one (the adapter
   * begins it; COMMIT or ROLLBACK is sent as a statement, then the adapter
   * lets go of its connection or, on SQLite, of the lock that keeps one
   * transaction at a time), without Prisma's engine in between.
   */
  async rawTransaction<R>(fn: (tx: SqlQueryable) => Promise<R>): Promise<R> {
    const tx = await this.connected().startTransaction();
    const end = (sql: "COMMIT" | "ROLLBACK") => tx.executeRaw({ sql, args: [], argTypes: [] });
    let result: R;
    try {
      result = await fn(tx);
      await end("COMMIT");
    } catch (error) {
      // After a failed COMMIT PostgreSQL has ended the transaction (ROLLBACK then only warns); SQLite may still hold it.
      await end("ROLLBACK").catch(() => undefined);
      await tx.rollback();
      throw error;
    }
    await tx.commit();
    return result;
  }

  /** The adapter itself, for SQL outside a transaction; Prisma connects it on its first query. */
  queryable(): SqlQueryable {
    return this.connected();
  }

  private connected(): SqlDriverAdapter {
    if (!this.adapter) throw new Error("the database is not connected yet");
    return this.adapter;
  }
}

function argType(value: unknown): ArgType {
  if (typeof value === "number") return { scalarType: Number.isInteger(value) ? "bigint" : "float", arity: "scalar" };
  if (typeof value === "bigint") return { scalarType: "bigint", arity: "scalar" };
  if (typeof value === "boolean") return { scalarType: "boolean", arity: "scalar" };
  if (value instanceof Date) return { scalarType: "datetime", arity: "scalar" };
  return { scalarType: "string", arity: "scalar" };
}

const NUMERIC: readonly ColumnType[] = [ColumnTypeEnum.Int32, ColumnTypeEnum.Int64, ColumnTypeEnum.Numeric, ColumnTypeEnum.UnknownNumber];
const TEMPORAL: readonly ColumnType[] = [ColumnTypeEnum.DateTime, ColumnTypeEnum.Date];

/** A time as the drivers give it (SQLite: ISO 8601 with its offset; PostgreSQL: UTC without one) as a Date, as Prisma's raw queries give it. */
function asDate(value: string): Date {
  return new Date(/([zZ]|[+-]\d\d:?\d\d)$/.test(value) ? value : `${value.replace(" ", "T")}Z`);
}

function fromColumn(type: ColumnType | undefined, value: unknown): unknown {
  if (type === undefined) return value;
  if (NUMERIC.includes(type) && (typeof value === "string" || typeof value === "bigint")) return Number(value);
  if (TEMPORAL.includes(type) && typeof value === "string") return asDate(value);
  // SQLite keeps a boolean as 0 or 1 (its adapter gives it as text when the connection reads 64-bit integers).
  if (type === ColumnTypeEnum.Boolean && typeof value !== "boolean" && value !== null) return Number(value) !== 0;
  return value;
}

/** Rows as objects keyed by column name, numbers as numbers (the drivers give 64-bit ones as text), times as Dates, booleans as booleans. */
export async function adapterQuery<T>(on: SqlQueryable, sql: string, params: readonly unknown[]): Promise<T[]> {
  const result = await on.queryRaw({ sql, args: [...params], argTypes: params.map(argType) });
  return result.rows.map((row) => {
    const out: Record<string, unknown> = {};
    result.columnNames.forEach((name, i) => (out[name] = fromColumn(result.columnTypes[i], row[i])));
    return out as T;
  });
}

export function adapterExecute(on: SqlQueryable, sql: string, params: readonly unknown[]): Promise<number> {
  return on.executeRaw({ sql, args: [...params], argTypes: params.map(argType) });
}
