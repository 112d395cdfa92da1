namespace Assessment.Bench.Ingest;

/// <summary>The COPY yardstick's repetitions: one big COPY each, and one COPY and commit per submission-sized batch each.</summary>
internal sealed record CopyResult(IReadOnlyList<TimeSpan> Single, IReadOnlyList<TimeSpan> Batched)
{
    public TimeSpan Best => Single.Min();

    public TimeSpan BestBatched => Batched.Min();
}
