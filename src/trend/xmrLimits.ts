/**
 * The limits and zones of one XmR chart phase.
 *
 * @category Trend
 */
export interface XmrLimits {
  /** CL, the mean of the baseline values. */
  readonly centerLine: number;
  /** MR̄, the mean moving range of the baseline. */
  readonly movingRangeMean: number;
  /** UCL = CL + 2.66·MR̄. */
  readonly upperLimit: number;
  /** LCL = CL − 2.66·MR̄ (not clipped at 0). */
  readonly lowerLimit: number;
  /** σ = 2.66·MR̄/3, the zone width. */
  readonly sigma: number;
  /** Zone boundaries CL ± σ and CL ± 2σ. */
  readonly zones: {
    readonly upperOne: number;
    readonly upperTwo: number;
    readonly lowerOne: number;
    readonly lowerTwo: number;
  };
  /** The upper limit of the moving-range chart, 3.268·MR̄. */
  readonly movingRangeUpperLimit: number;
}
