// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
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
export type T9 = wh.VarVector;
export type T10 = wh.ListVector;
export type T11 = wh.Foreign;
export type T12 = wh.WeaveHeapError;
export type T13 = wh.RegionOptions["chunkSize"];
export type T14 = wh.RegionOptions["byteLimit"];
export type T15 = wh.RegionOptions["threadSafe"];
export type T16 = wh.View;
export type T17 = wh.Stats["allocations"];
export type T18 = wh.Stats["releases"];
export type T19 = wh.Stats["bytesAllocated"];
export type T20 = wh.Stats["bytesLive"];
export type T21 = wh.Stats["bytesPeak"];
export type T22 = wh.Stats["bytesReserved"];
export type T23 = wh.Stats["borrowsTaken"];
export type T24 = wh.Stats["borrowsActive"];
export type T25 = wh.Stats["borrowConflicts"];
export type T26 = wh.Stats["staleRejected"];
export type T27 = wh.Stats["copies"];
export type T28 = wh.Stats["copyBytes"];
export type T29 = wh.Stats["regionsLive"];
export type T30 = wh.Stats["imports"];
export type T31 = wh.WeaveHeapError;
export type T32 = wh.InvalidArgumentError;
export type T33 = wh.OutOfMemoryError;
export type T34 = wh.StaleHandleError;
export type T35 = wh.ReusedHandleError;
export type T36 = wh.ForgedHandleError;
export type T37 = wh.WrongKindError;
export type T38 = wh.BorrowError;
export type T39 = wh.BorrowConflictError;
export type T40 = wh.InvalidUtf8Error;
export type T41 = wh.OutOfRangeError;
export type T42 = wh.SystemCallError;

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
  wh.Vector.prototype.resize,
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
  wh.Region.prototype.varVector,
  wh.VarVector.prototype.close,
  wh.VarVector.prototype.length,
  wh.VarVector.prototype.capacity,
  wh.VarVector.prototype.dataLength,
  wh.VarVector.prototype.dataCapacity,
  wh.VarVector.prototype.resize,
  wh.VarVector.prototype.nullCount,
  wh.VarVector.prototype.isUtf8,
  wh.VarVector.prototype.append,
  wh.VarVector.prototype.appendNull,
  wh.VarVector.prototype.get,
  wh.VarVector.prototype.valueOffset,
  wh.VarVector.prototype.valueLength,
  wh.VarVector.prototype.isValid,
  wh.VarVector.prototype.read,
  wh.Region.prototype.batch,
  wh.Batch.prototype.close,
  wh.Batch.prototype.addColumn,
  wh.Batch.prototype.numColumns,
  wh.Batch.prototype.numRows,
  wh.Batch.prototype.columnName,
  wh.Batch.prototype.validate,
  wh.Batch.prototype.appendRow,
  wh.Region.prototype.listVector,
  wh.ListVector.prototype.close,
  wh.ListVector.prototype.length,
  wh.ListVector.prototype.capacity,
  wh.ListVector.prototype.nullCount,
  wh.ListVector.prototype.isMap,
  wh.ListVector.prototype.isValid,
  wh.ListVector.prototype.valueOffset,
  wh.ListVector.prototype.valueLength,
  wh.ListVector.prototype.append,
  wh.ListVector.prototype.appendNull,
  wh.ListVector.prototype.lookup,
  wh.Region.prototype.batchStream,
  wh.BatchStream.prototype.close,
  wh.BatchStream.prototype.addBatch,
  wh.BatchStream.prototype.numBatches,
  wh.Region.prototype.foreign,
  wh.Foreign.prototype.close,
  wh.Foreign.prototype.length,
  wh.Foreign.prototype.nullCount,
  wh.Foreign.prototype.offset,
  wh.Foreign.prototype.numChildren,
  wh.Foreign.prototype.format,
  wh.WeaveHeapBuffer.prototype.view,
  wh.Bytes.prototype.view,
  wh.WeaveHeapString.prototype.view,
  wh.Vector.prototype.view,
  wh.VarVector.prototype.view,
  wh.Foreign.prototype.view,
  wh.WeaveHeapBuffer.prototype.view,
  wh.Bytes.prototype.view,
  wh.WeaveHeapString.prototype.view,
  wh.Vector.prototype.view,
  wh.VarVector.prototype.view,
  wh.Foreign.prototype.view,
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
