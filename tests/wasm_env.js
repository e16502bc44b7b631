// --pre-js of the wasm unit tests: hands GoogleTest's sharing variables from node's environment to the
// program's (Emscripten's getenv() does not read process.env), so ctest can run the suite in shards.
Module.preRun = Module.preRun || [];
Module.preRun.push(() => {
  for (const k of ['GTEST_TOTAL_SHARDS', 'GTEST_SHARD_INDEX', 'GTEST_FILTER']) {
    if (process.env[k] !== undefined) ENV[k] = process.env[k];
  }
});
