import { createContext, useContext } from 'react';

/**
 * The popup's one clock, handed down by context so only the countdowns re-render every second, not the rows
 * around them (500 rows must stay cheap).
 */
export const NowContext = createContext(0);

export const useNowValue = () => useContext(NowContext);
