// Waiting options for the first render of a lazily loaded page: its chunk is compiled on first
// import, which takes seconds while turbo runs every package's tests on the same two cores.
export const lazyLoad = { timeout: 30_000 };
