/** The overview strip's height, in px (its top border adds one): the axis keeps its room from the first paint. */
export const OVERVIEW_H = 40
