/**
 * The run directory format: {@code runs/<id>/run.json}, one directory per measured run.
 *
 * <p>A {@link io.perfloop.core.run.Run} is written by {@link io.perfloop.core.run.RunWriter} and read back by
 * {@link io.perfloop.core.run.RunReader}. The file carries {@code "format": 1}; readers refuse other
 * versions with a clear message. Within format 1 new fields may be added (readers ignore fields they do
 * not know), so later steps (findings, CPU, allocations, queries per request) extend the records without
 * breaking old files. Latency histograms are HdrHistogram's compressed encoding in base64
 * ({@link io.perfloop.core.run.HistogramCodec}); per-second windows are columnar arrays
 * ({@link io.perfloop.core.run.SecondSeries}) so a comparison can take them as samples directly.
 */
package io.perfloop.core.run;
