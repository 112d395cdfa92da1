namespace Assessment.Bench.Ingest;

/// <summary>
/// Each client is one regional system: it owns the keys of its own bodies (bodies dealt to clients in turn), as a region
/// only ever writes its own numbers, so two clients never write the same key. Within a client the values lie over its
/// keys in layers: the first pass over every key is revision 1, each later pass a correction (the next revision), as
/// regions resend corrected figures. A client's submission n holds values n*size .. n*size+size-1 of its sequence, so one
/// submission never holds the same key twice while size &lt;= the client's number of keys.
/// </summary>
internal static class SubmissionPlan
{
    public static IReadOnlyList<IReadOnlyList<PlannedSubmission>> Create(IReadOnlyList<ObservationKey> keys, int totalValues, int perSubmission,
        int clients, string runId)
    {
        var bodies = keys.Select(k => k.BodyCode).Distinct().Order(StringComparer.Ordinal).ToList();
        if (clients < 1 || clients > bodies.Count)
        {
            throw new ArgumentException($"{clients} clients: expected 1 to {bodies.Count}, one or more bodies per client.");
        }

        var owner = bodies.Select((body, index) => (body, index)).ToDictionary(b => b.body, b => b.index % clients, StringComparer.Ordinal);
        var random = new Random(20250101);
        var queues = new List<IReadOnlyList<PlannedSubmission>>();
        for (var client = 0; client < clients; client++)
        {
            var own = keys.Where(k => owner[k.BodyCode] == client).ToList();
            if (perSubmission > own.Count)
            {
                throw new ArgumentException($"{perSubmission} values per submission need at least as many keys per client; client {client} has {own.Count}. Use fewer clients.");
            }

            var share = totalValues / clients + (client < totalValues % clients ? 1 : 0);
            queues.Add(Layers(own, share, perSubmission, $"bench-{runId}-c{client:D2}", random));
        }

        return queues;
    }

    /// <summary>One client's pushes: its keys in passes, each pass after the first a correction of every key.</summary>
    public static IReadOnlyList<PlannedSubmission> Layers(IReadOnlyList<ObservationKey> keys, int totalValues, int perSubmission, string idPrefix, Random random)
    {
        var submissions = new List<PlannedSubmission>();
        for (var start = 0; start < totalValues; start += perSubmission)
        {
            var values = new List<PlannedValue>(perSubmission);
            for (var i = start; i < Math.Min(start + perSubmission, totalValues); i++)
            {
                var key = keys[i % keys.Count];
                values.Add(new PlannedValue(key, Plausible(key, random), i / keys.Count + 1));
            }

            submissions.Add(new PlannedSubmission($"{idPrefix}-{submissions.Count:D6}", values));
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
