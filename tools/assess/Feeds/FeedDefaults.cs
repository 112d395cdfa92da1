namespace Assessment.Cli.Feeds;

/// <summary>--body and --period: the body and period of values whose file does not name them (and the period of a wide CSV).</summary>
internal sealed record FeedDefaults(string? Body, string? Period);
