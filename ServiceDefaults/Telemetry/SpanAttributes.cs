namespace Assessment.ServiceDefaults.Telemetry;

/// <summary>
/// The span attributes the ops team searches by, one name each across every service and hop, so a search for a
/// submission id or a cycle finds the gateway call, the indicators write, the consumers and the run alike.
/// </summary>
public static class SpanAttributes
{
    public const string SubmissionId = "assessment.submission_id";

    /// <summary>Body codes, comma-separated (the first 20 when a feed covers more).</summary>
    public const string Body = "assessment.body";

    public const string Cycle = "assessment.cycle";

    public const string Run = "assessment.run";

    /// <summary>Observations a feed carried or a run read.</summary>
    public const string Observations = "assessment.observations";

    /// <summary>Feeds a coalesced run stands for.</summary>
    public const string Feeds = "assessment.feeds";

    public const string EventId = "assessment.event_id";

    public const int MaxBodies = 20;

    public static string Bodies(IEnumerable<string> codes) => string.Join(",", codes.Distinct().Take(MaxBodies));
}
