declare module 'pouchdb-browser' {
  type Database = { info(): Promise<{ doc_count: number }>; destroy(): Promise<void> };
  const PouchDB: {
    new (name: string): Database;
    replicate(source: string, target: Database, options: { batch_size?: number }): Promise<unknown>;
  };
  export default PouchDB;
}
