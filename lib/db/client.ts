import { PrismaClient as SqliteClient } from "../generated/sqlite/client";
import { PrismaClient as PostgresClient } from "../generated/postgres/client";
import { databaseKind, postgresAdapter, sqliteAdapter, type DatabaseKind } from "./config";
import { AdapterTap, adapterExecute, adapterQuery } from "./adapter-raw";
import type { SqlQueryable } from "@prisma/driver-adapter-utils";

/**
 * What the app uses of a database: the common methods of each model and
 * interactive transactions. Both generated clients come from one model
 * definition, so both satisfy this interface. The full client types are not
 * interchangeable (isolation levels, case-insensitive filters, aggregate
 * typings differ), which is why the app is typed against this subset rather
 * than against either client.
 */
type Methods = "findUnique" | "findUniqueOrThrow" | "findFirst" | "findFirstOrThrow" | "findMany" | "create" | "update" | "updateMany" | "upsert" | "delete" | "deleteMany" | "count" | "createMany";
type Delegates<C> = {
  [M in "organization" | "report" | "revision" | "user" | "session" | "auditEvent" | "comment" | "customFigure" | "publicationSerial" | "checklistItem" | "reportFigure" | "reportSearch" | "loginThrottle" | "notice" | "reminder" | "dataRequest" | "dataReply" | "figureSource"]: C extends Record<M, infer D> ? Pick<D, Methods & keyof D> : never;
};
/**
 * SQL the models cannot express (the full-text index, the roll-up sums) goes
 * through `raw`, written once with `?` placeholders; `kind` says which
 * dialect the caller must speak where the two differ.
 */
export interface Raw {
  kind: DatabaseKind;
  query<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  execute(sql: string, ...params: unknown[]): Promise<number>;
}
export type Tx = Delegates<SqliteClient> & { raw: Raw };
/** A transaction that speaks SQL only (Db.rawTransaction); a Tx is one too, so code written for it runs in either. */
export type RawTx = Pick<Tx, "raw">;

/** PostgreSQL numbers its placeholders. No statement here has a `?` inside a string literal. */
function dialect(kind: DatabaseKind, sql: string): string {
  if (kind === "sqlite") return sql;
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** The model delegates of a client or of an interactive transaction (Prisma's are getters, not spreadable). */
function delegatesOf(c: Delegates<SqliteClient>): Delegates<SqliteClient> {
  return {
    organization: c.organization,
    report: c.report,
    revision: c.revision,
    user: c.user,
    session: c.session,
    auditEvent: c.auditEvent,
    comment: c.comment,
    customFigure: c.customFigure,
    publicationSerial: c.publicationSerial,
    checklistItem: c.checklistItem,
    reportFigure: c.reportFigure,
    reportSearch: c.reportSearch,
    loginThrottle: c.loginThrottle,
    notice: c.notice,
    reminder: c.reminder,
    dataRequest: c.dataRequest,
    dataReply: c.dataReply,
    figureSource: c.figureSource,
  };
}

/** Raw SQL on a connection the adapter tap finds when the statement runs (adapter-raw.ts). */
function raw(kind: DatabaseKind, on: () => Promise<SqlQueryable>): Raw {
  return {
    kind,
    query: async <T>(sql: string, ...params: unknown[]) => adapterQuery<T>(await on(), dialect(kind, sql), params),
    execute: async (sql: string, ...params: unknown[]) => adapterExecute(await on(), dialect(kind, sql), params),
  };
}

/** An interactive transaction's time limit (Prisma's default is 5 s); a bulk load sets a longer one. */
export interface TransactionOptions {
  timeoutMs?: number;
}

export interface Db extends Tx {
  transaction<R>(fn: (tx: Tx) => Promise<R>, options?: TransactionOptions): Promise<R>;
  /**
   * A transaction straight on the driver adapter, without Prisma's
   * transaction machinery or query compiler: for the autosave, which runs
   * every few seconds for every writer and is all SQL (adapter-raw.ts).
   */
  rawTransaction<R>(fn: (tx: RawTx) => Promise<R>): Promise<R>;
  disconnect(): Promise<void>;
}

const limits = (options?: TransactionOptions) => (options?.timeoutMs ? { timeout: options.timeoutMs, maxWait: options.timeoutMs } : undefined);

export function createDb(url: string): Db {
  if (databaseKind(url) === "postgres") {
    const tap = new AdapterTap(postgresAdapter(url));
    const pg = new PostgresClient({ adapter: tap });
    return {
      organization: pg.organization,
      report: pg.report,
      revision: pg.revision,
      user: pg.user,
      session: pg.session,
      auditEvent: pg.auditEvent,
      comment: pg.comment,
      customFigure: pg.customFigure,
      publicationSerial: pg.publicationSerial,
      checklistItem: pg.checklistItem,
      reportFigure: pg.reportFigure,
      reportSearch: pg.reportSearch,
      loginThrottle: pg.loginThrottle,
      notice: pg.notice,
      reminder: pg.reminder,
      dataRequest: pg.dataRequest,
      dataReply: pg.dataReply,
      figureSource: pg.figureSource,
      raw: raw("postgres", async () => (await pg.$connect(), tap.queryable())),
      transaction: (fn, options) => tap.scope(() => pg.$transaction((tx) => fn({ ...delegatesOf(tx), raw: raw("postgres", async () => tap.transactionQueryable()) }), limits(options))),
      rawTransaction: async (fn) => (await pg.$connect(), tap.rawTransaction((tx) => fn({ raw: raw("postgres", async () => tx) }))),
      disconnect: () => pg.$disconnect(),
    };
  }
  const tap = new AdapterTap(sqliteAdapter(url));
  const lite = new SqliteClient({ adapter: tap });
  return {
    organization: lite.organization,
    report: lite.report,
    revision: lite.revision,
    user: lite.user,
    session: lite.session,
    auditEvent: lite.auditEvent,
    comment: lite.comment,
    customFigure: lite.customFigure,
    publicationSerial: lite.publicationSerial,
    checklistItem: lite.checklistItem,
    reportFigure: lite.reportFigure,
    reportSearch: lite.reportSearch,
    loginThrottle: lite.loginThrottle,
    notice: lite.notice,
    reminder: lite.reminder,
    dataRequest: lite.dataRequest,
    dataReply: lite.dataReply,
    figureSource: lite.figureSource,
    raw: raw("sqlite", async () => (await lite.$connect(), tap.queryable())),
    transaction: (fn, options) => tap.scope(() => lite.$transaction((tx) => fn({ ...delegatesOf(tx), raw: raw("sqlite", async () => tap.transactionQueryable()) }), limits(options))),
    rawTransaction: async (fn) => (await lite.$connect(), tap.rawTransaction((tx) => fn({ raw: raw("sqlite", async () => tx) }))),
    disconnect: () => lite.$disconnect(),
  };
}
