// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 94be2fd8bfe5920168adfebb86c1374aa2299371ff165931150eb0dd95d39f43
// The API contract (docs/api.md, JavaScript column) against index.d.ts:
// type-checked with tsc --strict (not run). Every class, struct, field and
// error of the column is a type there, every function, constructor and
// method a value.
import * as wh from 'weaveheap';

export type T1 = wh.Region;
export type T2 = wh.WeaveHeapBuffer;
export type T3 = wh.Bytes;
export type T4 = wh.WeaveHeapString;
export type T5 = wh.View;
export type T6 = wh.Vector;
export type T7 = wh.Batch;
export type T8 = wh.BatchStream;
export type T9 = wh.WeaveHeapError;
export type T10 = wh.RegionOptions["chunkSize"];
export type T11 = wh.RegionOptions["byteLimit"];
export type T12 = wh.RegionOptions["threadSafe"];
export type T13 = wh.View;
export type T14 = wh.Stats["allocations"];
export type T15 = wh.Stats["releases"];
export type T16 = wh.Stats["bytesAllocated"];
export type T17 = wh.Stats["bytesLive"];
export type T18 = wh.Stats["bytesPeak"];
export type T19 = wh.Stats["bytesReserved"];
export type T20 = wh.Stats["borrowsTaken"];
export type T21 = wh.Stats["borrowsActive"];
export type T22 = wh.Stats["borrowConflicts"];
export type T23 = wh.Stats["staleRejected"];
export type T24 = wh.Stats["copies"];
export type T25 = wh.Stats["copyBytes"];
export type T26 = wh.Stats["regionsLive"];
export type T27 = wh.WeaveHeapError;
export type T28 = wh.InvalidArgumentError;
export type T29 = wh.OutOfMemoryError;
export type T30 = wh.StaleHandleError;
export type T31 = wh.ReusedHandleError;
export type T32 = wh.ForgedHandleError;
export type T33 = wh.WrongKindError;
export type T34 = wh.BorrowError;
export type T35 = wh.BorrowConflictError;
export type T36 = wh.InvalidUtf8Error;
export type T37 = wh.OutOfRangeError;
export type T38 = wh.SystemCallError;

export const values: unknown[] = [
  wh.versionNumber,
  wh.versionString,
  wh.abiVersion,
  wh.idlHash,
  wh.strerror,
  wh.Region,
  wh.Region.prototype.close,
  wh.Region.prototype.reset,
  wh.Region.prototype.stats,
  wh.Region.prototype.alloc,
  wh.WeaveHeapBuffer.prototype.close,
  wh.WeaveHeapBuffer.prototype.size,
  wh.WeaveHeapBuffer.prototype.write,
  wh.WeaveHeapBuffer.prototype.read,
  wh.Region.prototype.bytes,
  wh.Bytes.prototype.close,
  wh.Bytes.prototype.length,
  wh.Bytes.prototype.dup,
  wh.Region.prototype.string,
  wh.WeaveHeapString.prototype.close,
  wh.WeaveHeapString.prototype.length,
  wh.WeaveHeapString.prototype.dup,
  wh.Region.prototype.vector,
  wh.Vector.prototype.close,
  wh.Vector.prototype.length,
  wh.Vector.prototype.capacity,
  wh.Vector.prototype.elementType,
  wh.Vector.prototype.nullCount,
  wh.Vector.prototype.append,
  wh.Vector.prototype.extend,
  wh.Vector.prototype.appendNull,
  wh.Vector.prototype.set,
  wh.Vector.prototype.get,
  wh.Vector.prototype.appendF64,
  wh.Vector.prototype.setF64,
  wh.Vector.prototype.getF64,
  wh.Vector.prototype.isValid,
  wh.Vector.prototype.read,
  wh.Region.prototype.batch,
  wh.Batch.prototype.close,
  wh.Batch.prototype.addColumn,
  wh.Batch.prototype.numColumns,
  wh.Batch.prototype.numRows,
  wh.Batch.prototype.columnName,
  wh.Region.prototype.batchStream,
  wh.BatchStream.prototype.close,
  wh.BatchStream.prototype.addBatch,
  wh.BatchStream.prototype.numBatches,
  wh.WeaveHeapBuffer.prototype.view,
  wh.Bytes.prototype.view,
  wh.WeaveHeapString.prototype.view,
  wh.Vector.prototype.view,
  wh.WeaveHeapBuffer.prototype.view,
  wh.Bytes.prototype.view,
  wh.WeaveHeapString.prototype.view,
  wh.Vector.prototype.view,
  wh.View.prototype.close,
  wh.handleKindOf,
  wh.stats,
  wh.statsSetEnabled,
  wh.statsEnabled,
  wh.publishStart,
  wh.publishNow,
  wh.publishStop,
  wh.publishActive,
];
