namespace Assessment.Cli.Contests;

/// <summary>How the assessment centre decides a contest.</summary>
internal static class ContestOutcome
{
    public static readonly string[] All = ["upheld", "rejected", "partly-upheld"];
}
