namespace Assessment.Cli.Feeds;

/// <summary>
/// A feed file read into values, with what the file itself said about the submission (a JSON file may carry its id and
/// dry-run flag) and the problems found while reading; nothing is sent while there are any.
/// </summary>
internal sealed record FeedFile(
    FeedFormat Format,
    IReadOnlyList<SourcedValue> Values,
    IReadOnlyList<FeedReadIssue> Issues,
    string? SubmissionId = null,
    bool DryRun = false);
