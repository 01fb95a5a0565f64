// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
// The WebAssembly glue's declarations. The API is the Node.js package's,
// declared once, in index.d.ts (the build puts it next to this file):
// `await load()` resolves to an object of exactly that module's type.
import type * as WeaveHeap from './index.js';

export type {
  Region,
  WeaveHeapBuffer,
  Bytes,
  WeaveHeapString,
  Vector,
  Batch,
  BatchStream,
  VarVector,
  ListVector,
  Foreign,
  View,
  ViewMembers,
  ViewOptions,
  RegionOptions,
  Stats,
  HandleKind,
  ElementType,
  TypedArray,
  TypedArrayConstructor,
  BytesInput,
  BytesOutput,
} from './index.js';

// What needs no instance: the module exports it too.
export {
  VERSION,
  ABI_VERSION,
  IDL_HASH,
  IDL,
  MAX_ALIGN,
  MAX_SIZE,
  DEFAULT_ALIGN,
  DEFAULT_CHUNK_SIZE,
  WeaveHeapError,
  InvalidArgumentError,
  OutOfMemoryError,
  StaleHandleError,
  ReusedHandleError,
  ForgedHandleError,
  WrongKindError,
  BorrowError,
  BorrowConflictError,
  InvalidUtf8Error,
  OutOfRangeError,
  SystemCallError,
} from './index.js';

/**
 * Instantiates the core module and resolves to the API over it. `source`: a
 * URL (file: in Node.js, fetched otherwise) or its string, a Response or a
 * promise of one, the module's bytes, or a compiled WebAssembly.Module;
 * weaveheap.wasm next to the glue by default.
 */
export declare function load(source?: unknown): Promise<typeof WeaveHeap>;
/** The API over an instance of the core module someone else instantiated. */
export declare function fromInstance(instance: { readonly exports: object }): typeof WeaveHeap;
