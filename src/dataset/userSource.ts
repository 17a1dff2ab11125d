// A source a person added in this browser (see src/user-data/addReport.ts) is told apart by its id, so that every
// view can mark the figures it gives.
export const USER_SOURCE_PREFIX = 'user-';

export const userSourceId = (region: string, year: number): string => `${USER_SOURCE_PREFIX}${region}-${year}`;

export const isUserSource = (sourceId: string): boolean => sourceId.startsWith(USER_SOURCE_PREFIX);
