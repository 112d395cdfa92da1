namespace Assessment.Bench.Ingest;

/// <summary>
/// Lays the values out over the key space in layers: the first pass over every key is revision 1, each later pass a
/// correction (the next revision), as regions resend corrected figures. Submission n holds values n*size .. n*size+size-1
/// of that sequence, so one submission never holds the same key twice while size &lt;= the number of keys.
/// </summary>
internal static class SubmissionPlan
{
    public static IReadOnlyList<PlannedSubmission> Create(IReadOnlyList<ObservationKey> keys, int totalValues, int perSubmission, string runId)
    {
        if (perSubmission > keys.Count)
        {
            throw new ArgumentException($"{perSubmission} values per submission need at least as many keys; the catalogue has {keys.Count}.");
        }

        var random = new Random(20250101);
        var submissions = new List<PlannedSubmission>();
        for (var start = 0; start < totalValues; start += perSubmission)
        {
            var values = new List<PlannedValue>(perSubmission);
            for (var i = start; i < Math.Min(start + perSubmission, totalValues); i++)
            {
                var key = keys[i % keys.Count];
                values.Add(new PlannedValue(key, Plausible(key, random), i / keys.Count + 1));
            }

            submissions.Add(new PlannedSubmission($"bench-{runId}-{submissions.Count:D6}", values));
        }

        return submissions;
    }

    /// <summary>A value in the middle third of the valid range, with some spread so outlier checks have work to do.</summary>
    private static double Plausible(ObservationKey key, Random random)
    {
        var span = key.ValidMax - key.ValidMin;
        return Math.Round(key.ValidMin + span * (0.4 + 0.2 * random.NextDouble()), 3);
    }
}
