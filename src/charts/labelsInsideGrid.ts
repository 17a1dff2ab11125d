// ECharts 6's way of keeping axis labels inside the grid's box (what `containLabel: true` did, which now needs a legacy
// module and warns): the labels' outer bounds are the grid box itself.
export const LABELS_INSIDE_GRID = { outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } as const;
