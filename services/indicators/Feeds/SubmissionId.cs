namespace Assessment.Indicators.Feeds;

/// <summary>Client-chosen submission ids: 1 to 128 characters of letters, digits and . _ : -</summary>
public static class SubmissionId
{
    public const int MaxLength = 128;

    public static bool IsValid(string id) =>
        id.Length is > 0 and <= MaxLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-');
}
