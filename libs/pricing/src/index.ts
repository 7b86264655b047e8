// Public API of the pricing domain library: the versioned price tables and token cost arithmetic, shared by the
// cost meter (which prices every recorded call) and the tools that estimate a job before it runs.
export * from './price-table';
export * from './token-cost';
export * from './lane-estimate';
