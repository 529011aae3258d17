/**
 * What became of the findings between two recorded runs: which were resolved, which are new,
 * which are still present ({@link io.perfloop.core.compare.findings.FindingsDiff}), and for each
 * resolved one how its predicted gain compares with what was measured
 * ({@link io.perfloop.core.compare.findings.PredictedVsMeasured}). Rendered as text by
 * {@link io.perfloop.core.compare.findings.FindingsDiffText}.
 */
package io.perfloop.core.compare.findings;
