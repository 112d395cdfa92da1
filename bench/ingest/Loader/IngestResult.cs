namespace Assessment.Bench.Ingest;

/// <summary>What the gRPC phase measured: values accepted, wall time, per-push receipt latencies, retried pushes.</summary>
internal sealed record IngestResult(long Accepted, long NewRevisions, long Warnings, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs, int Retries);
