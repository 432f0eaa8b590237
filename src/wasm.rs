//! The boundary to JavaScript (the only module that knows wasm-bindgen).
//! Filled in by the WebAssembly package work.
