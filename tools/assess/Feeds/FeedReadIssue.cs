namespace Assessment.Cli.Feeds;

/// <summary>A value the CLI could not turn into an observation (before sending anything): where, what and why.</summary>
internal sealed record FeedReadIssue(int Row, string Field, string Value, string Reason);
