import { PrismaClient as SqliteClient } from "../generated/sqlite/client";
import { PrismaClient as PostgresClient } from "../generated/postgres/client";
import { databaseKind, postgresAdapter, sqliteAdapter } from "./config";

/**
 * What the app uses of a database: the common methods of each model and
 * interactive transactions. Both generated clients come from one model
 * definition, so both satisfy this interface. The full client types are not
 * interchangeable (isolation levels, case-insensitive filters, aggregate
 * typings differ), which is why the app is typed against this subset rather
 * than against either client.
 */
type Methods = "findUnique" | "findUniqueOrThrow" | "findFirst" | "findFirstOrThrow" | "findMany" | "create" | "update" | "updateMany" | "upsert" | "delete" | "deleteMany" | "count";
type Delegates<C> = {
  [M in "organization" | "report" | "revision" | "user" | "session" | "auditEvent" | "comment" | "customFigure" | "publicationSerial" | "checklistItem"]: C extends Record<M, infer D> ? Pick<D, Methods & keyof D> : never;
};
export type Tx = Delegates<SqliteClient>;

export interface Db extends Tx {
  transaction<R>(fn: (tx: Tx) => Promise<R>): Promise<R>;
  disconnect(): Promise<void>;
}

export function createDb(url: string): Db {
  if (databaseKind(url) === "postgres") {
    const pg = new PostgresClient({ adapter: postgresAdapter(url) });
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
      transaction: (fn) => pg.$transaction((tx) => fn(tx)),
      disconnect: () => pg.$disconnect(),
    };
  }
  const lite = new SqliteClient({ adapter: sqliteAdapter(url) });
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
    transaction: (fn) => lite.$transaction((tx) => fn(tx)),
    disconnect: () => lite.$disconnect(),
  };
}
