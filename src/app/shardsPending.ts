import { createContext } from 'react';

/** True while the data the current filters need is still loading (only the sharded synthetic dataset ever waits). */
export const ShardsPending = createContext(false);
